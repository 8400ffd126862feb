"""Changes on disk and "open elsewhere": a watcher for the open map file and its lock file.

:class:`FileWatcher` notices when another program changes, replaces or deletes the open
file. It watches the file and its folder (an atomic replace by an editor swaps the file's
inode, which drops a plain file watch), waits a moment for the writes to settle, and
compares the file's signature (mtime, size, SHA-256) with the one recorded when the map
was read or saved here — so our own saves never count as outside changes.

:class:`FileLock` keeps ``.<name>.cjm-lock`` beside the map with this process's id, so a
second instance opening the same map can warn. A lock whose process is gone (a crash) is
stale and ignored (:mod:`.processes` tells a zombie or a reused id from the writer); ours is
removed when the map is closed. Windows of one process share a registry instead, since they
share the process id.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from ..files import atomic_write_text
from .processes import is_running, pid_alive, start_token

__all__ = ["FileLock", "FileWatcher", "LockHolder", "lock_path_for", "pid_alive", "read_lock"]

Signature = tuple[int, int, str]


def file_signature(path: Path) -> Signature | None:
    """(mtime ns, size, SHA-256) of a regular file, or None when it is not there."""
    try:
        info = path.stat()
        digest = hashlib.sha256()
        with open(path, "rb") as stream:
            for block in iter(lambda: stream.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size, digest.hexdigest()


def _same_content(a: Signature | None, b: Signature | None) -> bool:
    """Same bytes count as unchanged even if the time stamp moved (a touch, a sync tool)."""
    if a is None or b is None:
        return a is b
    return a[1:] == b[1:]


class FileWatcher(QObject):
    """Reports outside changes of one file: :attr:`changedOnDisk` / :attr:`removedOnDisk`."""

    changedOnDisk = Signal(object)  # Path  # noqa: N815 (Qt signal naming)
    removedOnDisk = Signal(object)  # Path  # noqa: N815

    def __init__(self, parent: QObject | None = None, settle_ms: int = 250) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self._known: Signature | None = None
        self._reported: Signature | None | str = "nothing"
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._poke)
        self._watcher.directoryChanged.connect(self._poke)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(settle_ms)
        self._settle.timeout.connect(self.check_now)

    def watch(self, path: Path | None) -> None:
        """Follow ``path`` (None stops); its current content is what we know."""
        self.stop()
        self.path = Path(path) if path is not None else None
        if self.path is None:
            return
        self._known = file_signature(self.path)
        self._reported = "nothing"
        self._rewatch()

    def stop(self) -> None:
        self._settle.stop()
        for name in self._watcher.files() + self._watcher.directories():
            self._watcher.removePath(name)
        self.path = None

    def note_saved(self, path: Path) -> None:
        """We just wrote ``path`` ourselves: this content is known, not an outside change."""
        if self.path is None or Path(path) != self.path:
            self.watch(path)
            return
        self._known = file_signature(self.path)
        self._reported = "nothing"
        self._rewatch()

    def accept_disk(self) -> None:
        """The user has seen the outside change (reloaded or kept theirs): stop reporting it."""
        if self.path is not None:
            self._known = file_signature(self.path)
            self._reported = "nothing"

    def _rewatch(self) -> None:
        if self.path is None:
            return
        wanted = [str(self.path), str(self.path.parent)]
        present = set(self._watcher.files() + self._watcher.directories())
        for name in wanted:
            if name not in present and os.path.exists(name):
                self._watcher.addPath(name)

    def _poke(self, _name: str) -> None:
        self._settle.start()  # editors write in several steps: look once they are done

    def check_now(self) -> str | None:
        """Compare the file with what we know; emits and returns "changed"/"removed"/None."""
        if self.path is None:
            return None
        self._rewatch()
        current = file_signature(self.path)
        if _same_content(current, self._known):
            self._reported = "nothing"
            return None
        if self._reported != "nothing" and _same_content(current, self._reported):  # type: ignore[arg-type]
            return None  # already told the user about exactly this
        self._reported = current
        if current is None:
            self.removedOnDisk.emit(self.path)
            return "removed"
        self.changedOnDisk.emit(self.path)
        return "changed"


# ----- lock files -------------------------------------------------------------------------
_OPEN_HERE: dict[str, set[str]] = {}  # resolved path -> tokens of this process's holders


@dataclass(frozen=True)
class LockHolder:
    """Who else has the map open."""

    pid: int
    host: str
    since: datetime | None
    same_process: bool = False


def lock_path_for(path: Path) -> Path:
    return path.parent / f".{path.name}.cjm-lock"


def _key(path: Path) -> str:
    with contextlib.suppress(OSError):
        return str(path.resolve())
    return os.path.abspath(path)


def read_lock(path: Path) -> LockHolder | None:
    """The live holder named by the lock file beside ``path``; None if none or stale."""
    try:
        data = json.loads(lock_path_for(path).read_text(encoding="utf-8"))
        pid = int(data["pid"])
        host = str(data.get("host", ""))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    since = None
    with contextlib.suppress(TypeError, ValueError):
        since = datetime.fromisoformat(str(data.get("since")))
    if pid == os.getpid() and host == socket.gethostname():
        return None  # ours (other windows of this process are in the registry)
    written_at = since.timestamp() if since is not None else None
    if host == socket.gethostname() and not is_running(pid, data.get("process_start"),
                                                       written_at):
        return None  # stale: that editor crashed (gone, a zombie, or its id reused)
    return LockHolder(pid, host, since)


class FileLock:
    """This window's claim on one map file."""

    def __init__(self) -> None:
        self.token = uuid.uuid4().hex
        self.path: Path | None = None
        self._wrote = False

    def acquire(self, path: Path | None) -> LockHolder | None:
        """Claim ``path`` (releasing the previous one); returns who else has it open."""
        self.release()
        if path is None:
            return None
        self.path = Path(path)
        key = _key(self.path)
        others = _OPEN_HERE.setdefault(key, set())
        holder: LockHolder | None = None
        if others:
            holder = LockHolder(os.getpid(), socket.gethostname(), None, same_process=True)
        others.add(self.token)
        outside = read_lock(self.path)
        if outside is not None:
            return outside  # leave their lock alone
        if holder is None:
            payload = {"pid": os.getpid(), "host": socket.gethostname(),
                       "since": datetime.now().astimezone().isoformat(timespec="seconds"),
                       "process_start": start_token()}
            try:
                atomic_write_text(lock_path_for(self.path), json.dumps(payload) + "\n")
                self._wrote = True
            except OSError:
                pass  # a read-only folder: no lock, but the map still opens
        return holder

    def release(self) -> None:
        if self.path is None:
            return
        key = _key(self.path)
        tokens = _OPEN_HERE.get(key, set())
        tokens.discard(self.token)
        if not tokens:
            _OPEN_HERE.pop(key, None)
            lock = lock_path_for(self.path)
            with contextlib.suppress(OSError, ValueError, TypeError, KeyError):
                data = json.loads(lock.read_text(encoding="utf-8"))
                if int(data["pid"]) == os.getpid():
                    lock.unlink()
        self._wrote = False
        self.path = None
