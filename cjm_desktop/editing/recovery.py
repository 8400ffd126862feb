"""Crash recovery: find the recovery copies autosave left behind, restore or discard them.

A copy is recoverable when the process that wrote it is gone (a crash, a kill, a power
cut): gone, a zombie, or an unrelated process reusing its id (:mod:`.processes`). Copies
of editors still running — another window of this app — are not offered. Hidden files
(names starting with a dot) in the recovery folder are unfinished atomic writes of a
killed process and are never offered; old ones are swept away.

Discarding never deletes at once: the copy moves to the trash folder beside the recovery
folder (``recovery-trash``), stamped with the time it was discarded, and stays restorable
there for :data:`TRASH_KEEP_DAYS` days; :func:`purge_trash` (run at start) removes older
ones.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..files import atomic_write_text, load_map
from .autosave import DATA_SUFFIX, META_SUFFIX, Autosaver, recovery_folder
from .document import Document
from .processes import is_running

STALE_TEMP_SECONDS = 3600
TRASH_KEEP_DAYS = 7
TRASH_FOLDER_NAME = "recovery-trash"


@dataclass(frozen=True)
class RecoveryEntry:
    """One recoverable map."""

    session: str
    data_path: Path
    meta_path: Path
    title: str
    original_path: Path | None
    saved_at: datetime | None
    pid: int | None
    discarded_at: datetime | None = None  # set for copies in the trash

    @property
    def in_trash(self) -> bool:
        return self.discarded_at is not None


def trash_folder(folder: Path | None = None) -> Path:
    """The trash beside the recovery folder ``folder`` (the app's own by default)."""
    folder = Path(folder) if folder is not None else recovery_folder()
    return folder.parent / TRASH_FOLDER_NAME


def _read_meta(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    with contextlib.suppress(ValueError):
        return datetime.fromisoformat(value)
    return None


def _still_running(meta: dict[str, object]) -> bool:
    if meta.get("host") not in (None, socket.gethostname()):
        return False  # written on another machine (a synced folder): offer it
    saved_at = _parse_time(meta.get("saved_at"))
    return is_running(meta.get("pid"), meta.get("process_start"),
                      saved_at.timestamp() if saved_at is not None else None)


def _sweep_temp_files(folder: Path) -> None:
    now = time.time()
    for path in folder.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            if now - path.stat().st_mtime > STALE_TEMP_SECONDS:
                path.unlink()


def _copies(folder: Path) -> list[tuple[Path, Path, dict[str, object]]]:
    """(data, description, description's content) of every copy in ``folder``."""
    found = []
    for data_path in folder.glob(f"*{DATA_SUFFIX}"):
        if data_path.name.startswith(".") or not data_path.is_file():
            continue
        session = data_path.name[: -len(DATA_SUFFIX)]
        meta_path = folder / f"{session}{META_SUFFIX}"
        found.append((data_path, meta_path, _read_meta(meta_path)))
    return found


def _file_time(path: Path) -> datetime | None:
    with contextlib.suppress(OSError):
        return datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    return None


def _entry(data_path: Path, meta_path: Path, meta: dict[str, object],
           discarded_at: datetime | None = None) -> RecoveryEntry:
    original = meta.get("original_path")
    pid = meta.get("pid")
    return RecoveryEntry(
        session=data_path.name[: -len(DATA_SUFFIX)], data_path=data_path,
        meta_path=meta_path, title=str(meta.get("title") or ""),
        original_path=Path(original) if isinstance(original, str) and original else None,
        saved_at=_parse_time(meta.get("saved_at")) or _file_time(data_path),
        pid=pid if isinstance(pid, int) and not isinstance(pid, bool) else None,
        discarded_at=discarded_at)


def _sweep_orphans(folder: Path, keep: Callable[[dict[str, object]], bool]) -> None:
    """A description without its map is left over from a removal that was cut short."""
    for meta_path in folder.glob(f"*{META_SUFFIX}"):
        session = meta_path.name[: -len(META_SUFFIX)]
        if not (folder / f"{session}{DATA_SUFFIX}").exists() and not keep(_read_meta(meta_path)):
            with contextlib.suppress(OSError):
                meta_path.unlink()


def _newest_first(entries: list[RecoveryEntry]) -> list[RecoveryEntry]:
    def when(entry: RecoveryEntry) -> float:
        moment = entry.discarded_at or entry.saved_at
        return moment.timestamp() if moment is not None else 0.0

    return sorted(entries, key=when, reverse=True)


def list_entries(folder: Path | None = None) -> list[RecoveryEntry]:
    """Recoverable maps of editors that are no longer running, newest first."""
    folder = Path(folder) if folder is not None else recovery_folder()
    if not folder.is_dir():
        return []
    _sweep_temp_files(folder)
    entries = [_entry(data, meta_path, meta) for data, meta_path, meta in _copies(folder)
               if not _still_running(meta)]
    _sweep_orphans(folder, _still_running)
    return _newest_first(entries)


def _discarded_at(data_path: Path, meta: dict[str, object]) -> datetime | None:
    return _parse_time(meta.get("discarded_at")) or _file_time(data_path)


def list_trash(folder: Path | None = None) -> list[RecoveryEntry]:
    """Copies discarded in the last :data:`TRASH_KEEP_DAYS` days (``folder`` is the trash
    folder itself), most recently discarded first."""
    folder = Path(folder) if folder is not None else trash_folder()
    if not folder.is_dir():
        return []
    entries = []
    for data, meta_path, meta in _copies(folder):
        when = _discarded_at(data, meta)
        entries.append(_entry(data, meta_path, meta,
                              discarded_at=when or datetime.now().astimezone()))
    return _newest_first(entries)


def purge_trash(folder: Path | None = None, now: datetime | None = None,
                keep_days: float = TRASH_KEEP_DAYS) -> int:
    """Delete the copies discarded more than ``keep_days`` before ``now`` (default: the
    current time) from the trash folder ``folder``; returns how many went."""
    folder = Path(folder) if folder is not None else trash_folder()
    if not folder.is_dir():
        return 0
    now = now if now is not None else datetime.now().astimezone()
    limit = now.timestamp() - keep_days * 86400
    removed = 0
    _sweep_temp_files(folder)
    for data, meta_path, meta in _copies(folder):
        when = _discarded_at(data, meta)
        if when is not None and when.timestamp() < limit:
            try:
                _delete(meta_path, data)
            except OSError:
                continue  # a read-only trash: nothing is lost, the next start tries again
            removed += 1
    _sweep_orphans(folder, lambda _meta: False)
    return removed


def restore(entry: RecoveryEntry, document: Document,
            autosaver: Autosaver | None = None) -> None:
    """Show the recovered map in ``document``, marked modified, at its original path
    (a copy from the recovery folder or from the trash alike).

    Raises files.MapFileError when the copy cannot be read (the document is untouched).
    With an ``autosaver`` the copy becomes that session's own, so a second crash before
    the next save still finds it; without one the copy is removed."""
    journey = load_map(entry.data_path)
    if autosaver is not None:
        autosaver.adopt(entry.data_path, entry.meta_path)
    document.replace(journey, entry.original_path, modified=True)
    if autosaver is None:
        _delete(entry.meta_path, entry.data_path)


def _delete(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)


def discard(entry: RecoveryEntry, trash: Path | None = None,
            now: datetime | None = None) -> RecoveryEntry:
    """Move a recovery copy to the trash (``trash``: beside its folder by default), stamped
    with the time it was discarded; returns the copy as it is in the trash.

    Raises OSError when it cannot be moved (the copy then stays where it was)."""
    trash = Path(trash) if trash is not None else trash_folder(entry.data_path.parent)
    trash.mkdir(parents=True, exist_ok=True)
    session = entry.session
    while (trash / f"{session}{DATA_SUFFIX}").exists():
        session += "-again"
    data_path = trash / f"{session}{DATA_SUFFIX}"
    meta_path = trash / f"{session}{META_SUFFIX}"
    when = now if now is not None else datetime.now().astimezone()
    meta = _read_meta(entry.meta_path)
    meta.setdefault("title", entry.title)
    meta.setdefault("original_path",
                    str(entry.original_path) if entry.original_path is not None else None)
    if entry.saved_at is not None:
        meta.setdefault("saved_at", entry.saved_at.isoformat(timespec="seconds"))
    meta.update(session=session, discarded_at=when.isoformat(timespec="seconds"))
    # Description first, then the map, then the old description: a cut at any point
    # leaves the copy offered in one place, and the leftovers are swept.
    atomic_write_text(meta_path, json.dumps(meta, ensure_ascii=False, indent=2) + "\n")
    try:
        os.replace(entry.data_path, data_path)
    except OSError:
        _delete(meta_path)
        raise
    _delete(entry.meta_path)
    return _entry(data_path, meta_path, meta, discarded_at=when)
