"""Crash recovery: find the recovery copies autosave left behind, restore or discard them.

A copy is recoverable when the process that wrote it is gone (a crash, a kill, a power
cut). Copies of editors still running — another window of this app — are not offered.
Hidden files (names starting with a dot) in the recovery folder are unfinished atomic
writes of a killed process and are never offered; old ones are swept away.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..files import load_map
from .autosave import DATA_SUFFIX, META_SUFFIX, Autosaver, recovery_folder
from .document import Document
from .file_watch import pid_alive

STALE_TEMP_SECONDS = 3600


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


def _read_meta(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _still_running(meta: dict[str, object]) -> bool:
    pid = meta.get("pid")
    if not isinstance(pid, int):
        return False
    if meta.get("host") not in (None, socket.gethostname()):
        return False  # written on another machine (a synced folder): offer it
    return pid_alive(pid)


def _sweep_temp_files(folder: Path) -> None:
    now = time.time()
    for path in folder.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            if now - path.stat().st_mtime > STALE_TEMP_SECONDS:
                path.unlink()


def list_entries(folder: Path | None = None) -> list[RecoveryEntry]:
    """Recoverable maps, newest first."""
    folder = Path(folder) if folder is not None else recovery_folder()
    if not folder.is_dir():
        return []
    _sweep_temp_files(folder)
    entries: list[RecoveryEntry] = []
    for data_path in folder.glob(f"*{DATA_SUFFIX}"):
        if data_path.name.startswith(".") or not data_path.is_file():
            continue
        session = data_path.name[: -len(DATA_SUFFIX)]
        meta_path = folder / f"{session}{META_SUFFIX}"
        meta = _read_meta(meta_path)
        if _still_running(meta):
            continue
        saved_at = None
        with contextlib.suppress(TypeError, ValueError):
            saved_at = datetime.fromisoformat(str(meta.get("saved_at")))
        if saved_at is None:
            with contextlib.suppress(OSError):
                saved_at = datetime.fromtimestamp(data_path.stat().st_mtime).astimezone()
        original = meta.get("original_path")
        pid = meta.get("pid")
        entries.append(RecoveryEntry(
            session=session, data_path=data_path, meta_path=meta_path,
            title=str(meta.get("title") or ""),
            original_path=Path(original) if isinstance(original, str) and original else None,
            saved_at=saved_at, pid=pid if isinstance(pid, int) else None))
    # A description without its map is left over from a removal that was cut short.
    for meta_path in folder.glob(f"*{META_SUFFIX}"):
        session = meta_path.name[: -len(META_SUFFIX)]
        if not (folder / f"{session}{DATA_SUFFIX}").exists() \
                and not _still_running(_read_meta(meta_path)):
            with contextlib.suppress(OSError):
                meta_path.unlink()
    entries.sort(key=lambda e: e.saved_at.timestamp() if e.saved_at else 0.0, reverse=True)
    return entries


def restore(entry: RecoveryEntry, document: Document,
            autosaver: Autosaver | None = None) -> None:
    """Show the recovered map in ``document``, marked modified, at its original path.

    Raises files.MapFileError when the copy cannot be read (the document is untouched).
    With an ``autosaver`` the copy becomes that session's own, so a second crash before
    the next save still finds it; without one the copy is removed."""
    journey = load_map(entry.data_path)
    if autosaver is not None:
        autosaver.adopt(entry.data_path, entry.meta_path)
    document.replace(journey, entry.original_path, modified=True)
    if autosaver is None:
        discard(entry)


def discard(entry: RecoveryEntry) -> None:
    """Delete a recovery copy for good."""
    for path in (entry.meta_path, entry.data_path):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
