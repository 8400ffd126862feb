"""Autosave: a recovery copy of the open map, written shortly after every change.

An :class:`Autosaver` follows one Document. The first change after a write starts a
single-shot timer (``autosave/delaySeconds`` in QSettings, default 2 s; the environment
variable ``CJM_DESKTOP_AUTOSAVE_DELAY``, in seconds, overrides it: a seam for tests and
demos, inherited by editors they start as processes); later changes do
not push it back, so when the copy is written no edit is older than the delay, even while
the user keeps typing. On timeout the map is turned into plain data on the UI thread (a
snapshot: about 35 ms for the 5,000-card benchmark map) and encoded and written atomically
by one worker thread, so the window never waits for the disk.

The copy goes to ``<AppDataLocation>/recovery/<session>.cjm.json`` with a sidecar
``<session>.meta.json`` (title, original path, time, process id and start, host) that
:mod:`.recovery` reads at the next start. It never goes to the user's own file. It is
removed when the document is saved, when it is back to its saved state, and on a clean
close, so a recovery copy exists only while there is unsaved work.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, QStandardPaths, QTimer, Signal

from ..files import atomic_write_bytes, atomic_write_text
from ..files.cjm_json import check_writable, encode, map_to_dict
from .document import Document
from .processes import start_token

DELAY_KEY = "autosave/delaySeconds"
DELAY_ENV = "CJM_DESKTOP_AUTOSAVE_DELAY"
DEFAULT_DELAY_SECONDS = 2.0
DATA_SUFFIX = ".cjm.json"
META_SUFFIX = ".meta.json"


def recovery_folder() -> Path:
    """``<AppDataLocation>/recovery`` (not created here)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not base:
        base = str(Path.home() / ".cjm-desktop")
    return Path(base) / "recovery"


def configured_delay() -> float:
    """The autosave delay in seconds from the environment, else the settings (0.2 s … 10 min)."""
    stored = os.environ.get(DELAY_ENV) or QSettings().value(DELAY_KEY, DEFAULT_DELAY_SECONDS)
    try:
        if not isinstance(stored, int | float | str):
            raise TypeError(f"not a number: {type(stored).__name__}")
        value = float(stored)
    except (TypeError, ValueError):
        value = DEFAULT_DELAY_SECONDS
    return min(max(value, 0.2), 600.0)


def _same_file(a: Path, b: Path | None) -> bool:
    if b is None:
        return False
    with contextlib.suppress(OSError):
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    return os.path.abspath(a) == os.path.abspath(b)


def _write_copy(data_path: Path, meta_path: Path, data: dict[str, Any],
                meta: dict[str, Any]) -> datetime:
    """Worker thread: encode and write the copy, then its description."""
    data_path.parent.mkdir(parents=True, exist_ok=True)
    text = encode(data) + "\n"
    # The same size limit as Save: restore can always open the copy it finds.
    atomic_write_bytes(data_path, check_writable(text.encode("utf-8", errors="replace")))
    atomic_write_text(meta_path, json.dumps(meta, ensure_ascii=False, indent=2) + "\n")
    return datetime.fromisoformat(meta["saved_at"])


def _remove_copy(data_path: Path, meta_path: Path) -> None:
    for path in (meta_path, data_path):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


class Autosaver(QObject):
    """Keeps a recovery copy of ``document`` while it has unsaved changes."""

    written = Signal(object)  # datetime of the copy (UI thread)
    failed = Signal(str)  # why a copy could not be written
    removed = Signal()  # the copy is gone (saved, clean again, closed)
    _finished = Signal(object, object)  # (datetime | None, error text | None), from the worker

    def __init__(self, document: Document, folder: Path | None = None,
                 delay_seconds: float | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else document)
        self.document = document
        self.folder = Path(folder) if folder is not None else recovery_folder()
        stamp = time.strftime("%Y%m%d-%H%M%S")
        self.session = f"{stamp}-{os.getpid()}-{os.urandom(4).hex()}"
        self.delay = delay_seconds if delay_seconds is not None else configured_delay()
        self.last_written: datetime | None = None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cjm-autosave")
        self._pending: list[Future[Any]] = []
        self._has_copy = False
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(self.delay * 1000))
        self._timer.timeout.connect(self.save_now)
        self._finished.connect(self._on_finished)
        document.changed.connect(self._on_changed)
        document.reset.connect(self._on_reset)
        document.saved.connect(self._on_saved)

    # ----- where ----------------------------------------------------------------------
    @property
    def data_path(self) -> Path:
        return self.folder / f"{self.session}{DATA_SUFFIX}"

    @property
    def meta_path(self) -> Path:
        return self.folder / f"{self.session}{META_SUFFIX}"

    def has_copy(self) -> bool:
        return self._has_copy

    def is_scheduled(self) -> bool:
        return self._timer.isActive()

    def set_delay(self, seconds: float) -> None:
        """Change the delay between an edit and its recovery copy (Preferences)."""
        self.delay = seconds
        self._timer.setInterval(int(seconds * 1000))

    # ----- triggers -------------------------------------------------------------------
    def _on_changed(self, _change: object) -> None:
        self.schedule()

    def _on_reset(self) -> None:
        if self.document.is_modified():
            self.schedule()  # a restored map: keep it safe again
        else:
            self.discard_copy()  # another file was opened as it is on disk

    def _on_saved(self, _path: object) -> None:
        self.discard_copy()

    def schedule(self) -> None:
        """Write a copy after the delay unless one is already due (see module docstring)."""
        if not self._closed and not self._timer.isActive():
            self._timer.start()

    # ----- writing --------------------------------------------------------------------
    def save_now(self) -> Future[Any] | None:
        """Snapshot the map now and hand it to the worker; None when nothing needs saving."""
        self._timer.stop()
        if self._closed:
            return None
        if not self.document.is_modified():
            self.discard_copy()
            return None
        original = self.document.path
        if _same_file(self.data_path, original):
            # Someone opened a recovery copy itself: never write over the user's file.
            self.session += "-copy"
        data = map_to_dict(self.document.journey)
        meta = {
            "format": 1,
            "title": self.document.journey.info.title,
            "original_path": str(original) if original is not None else None,
            "saved_at": datetime.now().astimezone().isoformat(timespec="seconds"),
            "pid": os.getpid(),
            "process_start": start_token(),
            "host": socket.gethostname(),
            "session": self.session,
        }
        future = self._pool.submit(_write_copy, self.data_path, self.meta_path, data, meta)
        future.add_done_callback(self._report)
        self._pending.append(future)
        self._has_copy = True
        return future

    def _report(self, future: Future[Any]) -> None:
        """Worker thread: pass the outcome to the UI thread."""
        error = future.exception()
        try:
            if error is None:
                self._finished.emit(future.result(), None)
            else:
                reason = getattr(error, "strerror", None) or str(error)
                self._finished.emit(None, reason)
        except RuntimeError:  # the window is already gone
            pass

    def _on_finished(self, when: datetime | None, error: str | None) -> None:
        self._pending = [f for f in self._pending if not f.done()]
        if error is not None:
            self.failed.emit(error)
        elif when is not None and self._has_copy:
            self.last_written = when
            self.written.emit(when)

    def discard_copy(self) -> None:
        """Remove the recovery copy (queued behind any write still running)."""
        self._timer.stop()
        if not self._has_copy and not self.data_path.exists():
            return
        self._has_copy = False
        if self._closed:
            _remove_copy(self.data_path, self.meta_path)
        else:
            self._pending.append(self._pool.submit(_remove_copy, self.data_path,
                                                   self.meta_path))
        self.removed.emit()

    def adopt(self, data_path: Path, meta_path: Path) -> None:
        """Take over a restored copy as this session's own (so it survives another crash)."""
        self.flush()
        self.folder.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.replace(data_path, self.data_path)
            self._has_copy = True
        # The description names this process now, so no other start offers it meanwhile.
        meta: dict[str, Any] = {}
        with contextlib.suppress(OSError, ValueError):
            loaded = json.loads(meta_path.read_text(encoding="utf-8"))
            meta = loaded if isinstance(loaded, dict) else {}
        meta.pop("discarded_at", None)  # restored from the trash: a live copy again
        meta.update(pid=os.getpid(), process_start=start_token(), host=socket.gethostname(),
                    session=self.session)
        with contextlib.suppress(OSError):
            atomic_write_text(self.meta_path, json.dumps(meta, ensure_ascii=False, indent=2))
            meta_path.unlink()

    def flush(self, timeout: float = 10.0) -> None:
        """Wait until every queued write or removal is done (tests, closing)."""
        for future in list(self._pending):
            with contextlib.suppress(Exception):
                future.result(timeout)
        self._pending = [f for f in self._pending if not f.done()]

    def close(self) -> None:
        """Clean close: the work is saved or deliberately discarded, so no copy remains."""
        if self._closed:
            return
        self.discard_copy()
        self.flush()
        self._closed = True
        self._pool.shutdown(wait=True)
