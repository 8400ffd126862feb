"""Changes on disk and "open elsewhere": a watcher for the open map file and its lock file.

:class:`FileWatcher` notices when another program changes, replaces or deletes the open
file. It watches the file and its folder (an atomic replace by an editor swaps the file's
inode, which drops a plain file watch), waits a moment for the writes to settle (250 ms;
the environment variable ``CJM_DESKTOP_WATCH_SETTLE_MS`` overrides it, a seam for tests), and
compares the file's signature (mtime, size, SHA-256) with the one recorded when the map
was read or saved here — so our own saves never count as outside changes.

:class:`FileLock` gives each window that opens a map its own lock file,
``.<name>.<token>.cjm-lock`` beside the map's real file (links resolved), holding the
process id, host and start time, so a second opener warns — also another window of the same
process. Locks are created with ``O_CREAT | O_EXCL | O_NOFOLLOW`` and read only from regular
files, a few KB at most: nothing planted beside a map (a link, a FIFO, a device) is ever
written through or read without bound. A lock whose process is gone (a crash) is stale and
ignored (:mod:`.processes` tells a zombie or a reused id from the writer); a window removes
only its own lock when it lets the map go.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import socket
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from ..files.disk_state import FileStamp
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


def _signature(stamp: FileStamp) -> Signature:
    return 0, stamp.size, stamp.sha256


def _same_content(a: Signature | None, b: Signature | None) -> bool:
    """Same bytes count as unchanged even if the time stamp moved (a touch, a sync tool)."""
    if a is None or b is None:
        return a is b
    return a[1:] == b[1:]


SETTLE_ENV = "CJM_DESKTOP_WATCH_SETTLE_MS"
DEFAULT_SETTLE_MS = 250


def settle_time_ms() -> int:
    """How long a change on disk must rest before it is looked at (10 ms … 10 s)."""
    try:
        value = int(os.environ.get(SETTLE_ENV, DEFAULT_SETTLE_MS))
    except ValueError:
        value = DEFAULT_SETTLE_MS
    return min(max(value, 10), 10_000)


class FileWatcher(QObject):
    """Reports outside changes of one file: :attr:`changedOnDisk` / :attr:`removedOnDisk`."""

    changedOnDisk = Signal(object)  # Path  # noqa: N815 (Qt signal naming)
    removedOnDisk = Signal(object)  # Path  # noqa: N815
    # After every look at the file, with what :meth:`check_now` returned (tests wait on it).
    checked = Signal(object)  # str | None

    def __init__(self, parent: QObject | None = None, settle_ms: int | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self._known: Signature | None = None
        self._reported: Signature | None | str = "nothing"
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._poke)
        self._watcher.directoryChanged.connect(self._poke)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(settle_ms if settle_ms is not None else settle_time_ms())
        self._settle.timeout.connect(self.check_now)

    def watch(self, path: Path | None, known: FileStamp | None = None) -> None:
        """Follow ``path`` (None stops); ``known`` (else its current content) is what we know."""
        self.stop()
        self.path = Path(path) if path is not None else None
        if self.path is None:
            return
        self._known = _signature(known) if known is not None else file_signature(self.path)
        self._reported = "nothing"
        self._rewatch()

    def stop(self) -> None:
        self._settle.stop()
        for name in self._watcher.files() + self._watcher.directories():
            self._watcher.removePath(name)
        self.path = None

    def note_saved(self, path: Path, known: FileStamp | None = None) -> None:
        """We just wrote ``path`` ourselves (``known``: exactly what): not an outside change."""
        if self.path is None or Path(path) != self.path:
            self.watch(path, known)
            return
        self._known = _signature(known) if known is not None else file_signature(self.path)
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
        outcome = self._compare()
        self.checked.emit(outcome)
        return outcome

    def _compare(self) -> str | None:
        if self.path is None:
            return None
        self._rewatch()
        current = file_signature(self.path)
        if _same_content(current, self._known):
            self._reported = "nothing"
            return None
        reported = self._reported
        if not isinstance(reported, str) and _same_content(current, reported):  # not "nothing"
            return None  # already told the user about exactly this
        self._reported = current
        if current is None:
            self.removedOnDisk.emit(self.path)
            return "removed"
        self.changedOnDisk.emit(self.path)
        return "changed"


# ----- lock files -------------------------------------------------------------------------
LOCK_SUFFIX = ".cjm-lock"
MAX_LOCK_BYTES = 4096
_TOKEN = re.compile(r"[0-9a-f]{32}")
_READ_FLAGS = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
               | getattr(os, "O_CLOEXEC", 0))
_CREATE_FLAGS = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
                 | getattr(os, "O_CLOEXEC", 0))
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LockHolder:
    """Who else has the map open."""

    pid: int
    host: str
    since: datetime | None
    same_process: bool = False


def real_path(path: Path) -> Path:
    """The file a name stands for (links resolved), so aliases share one set of locks."""
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError):
        return Path(os.path.abspath(path))


def lock_path_for(path: Path, token: str | None = None) -> Path:
    """The lock file of one opener (``token``) beside the real file; without a token, the
    single lock file older versions wrote (still honoured when read)."""
    real = real_path(Path(path))
    if token is None:
        return real.parent / f".{real.name}{LOCK_SUFFIX}"
    return real.parent / f".{real.name}.{token}{LOCK_SUFFIX}"


def lock_files(path: Path) -> list[Path]:
    """Every lock entry beside the real file: one per opener, and an old single lock."""
    real = real_path(Path(path))
    prefix = f".{real.name}."
    legacy = f".{real.name}{LOCK_SUFFIX}"
    found: list[Path] = []
    try:
        with os.scandir(real.parent) as entries:
            for entry in entries:
                name = entry.name
                if name == legacy or (name.startswith(prefix) and name.endswith(LOCK_SUFFIX)
                      and _TOKEN.fullmatch(name[len(prefix):-len(LOCK_SUFFIX)])):
                    found.append(Path(entry.path))
    except OSError:
        pass
    return sorted(found)


class NotALockFile(Exception):
    """A lock entry that is not a regular file (a link, a FIFO, a device): never used."""


def read_lock_file(lock: Path) -> dict[str, object] | None:
    """The content of one lock file (a few KB at most, regular files only, links never
    followed); None when it is gone or not a lock. Raises NotALockFile for a special file."""
    try:
        descriptor = os.open(lock, _READ_FLAGS)
    except FileNotFoundError:
        return None
    except OSError as error:
        if os.path.islink(lock):
            raise NotALockFile(str(lock)) from None
        log.debug("cannot read the lock %s: %s", lock, error)
        return None
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise NotALockFile(str(lock))
        raw = os.read(descriptor, MAX_LOCK_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(descriptor)
    if len(raw) > MAX_LOCK_BYTES:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def _holder(data: dict[str, object]) -> LockHolder | None:
    try:
        raw_pid = data["pid"]
        if not isinstance(raw_pid, int | float | str):
            return None  # a list, an object, null: no process id
        pid = int(raw_pid)
        host = str(data.get("host", ""))
    except (KeyError, TypeError, ValueError, OverflowError):
        return None
    since = None
    with contextlib.suppress(TypeError, ValueError):
        since = datetime.fromisoformat(str(data.get("since")))
    here = socket.gethostname()
    written_at = since.timestamp() if since is not None else None
    if host == here and pid != os.getpid() and not is_running(pid, data.get("process_start"),
                                                              written_at):
        return None  # stale: that editor crashed (gone, a zombie, or its id reused)
    return LockHolder(pid, host, since, same_process=(pid == os.getpid() and host == here))


def read_lock(path: Path, own_token: str | None = None,
              problems: list[str] | None = None) -> LockHolder | None:
    """The first live holder of ``path`` other than the opener ``own_token``; None if none.

    Lock entries that are not regular files are skipped (and named in ``problems``)."""
    holders: list[LockHolder] = []
    for lock in lock_files(path):
        token = lock.name.rsplit(".", 2)[-2] if lock.name.count(".") >= 2 else ""
        if own_token is not None and token == own_token:
            continue
        try:
            data = read_lock_file(lock)
        except NotALockFile:
            log.warning("ignoring %s: a lock must be a regular file", lock)
            if problems is not None:
                problems.append(str(lock))
            continue
        holder = _holder(data) if data is not None else None
        if holder is None:
            continue
        if holder.same_process and own_token is None:
            continue  # asked from outside any opener: our own windows do not count
        holders.append(holder)
    holders.sort(key=lambda h: h.same_process)  # another program first: it matters more
    return holders[0] if holders else None


class FileLock:
    """This window's claim on one map file: its own lock file beside the real file.

    Each opener (window) writes ``.<name>.<token>.cjm-lock``, created atomically with
    ``O_CREAT | O_EXCL | O_NOFOLLOW`` so nothing planted there is ever written through,
    and removes only that file; another opener closing never drops this one's claim."""

    def __init__(self) -> None:
        self.token = os.urandom(16).hex()  # as random as uuid4, without importing uuid and platform
        self.path: Path | None = None
        self.problems: list[str] = []
        self._file: Path | None = None

    def acquire(self, path: Path | None) -> LockHolder | None:
        """Claim ``path`` (releasing the previous one); returns who else has it open."""
        self.release()
        if path is None:
            return None
        self.path = Path(path)
        self.problems = []
        lock = lock_path_for(self.path, self.token)
        payload = {"pid": os.getpid(), "host": socket.gethostname(),
                   "since": datetime.now().astimezone().isoformat(timespec="seconds"),
                   "token": self.token, "process_start": start_token()}
        try:
            descriptor = os.open(lock, _CREATE_FLAGS, 0o644)
        except OSError as error:
            log.info("no lock for %s: %s", self.path, error)  # e.g. a read-only folder
        else:
            try:
                os.write(descriptor, (json.dumps(payload) + "\n").encode("utf-8"))
                self._file = lock
            except OSError:
                with contextlib.suppress(OSError):
                    os.unlink(lock)
            finally:
                os.close(descriptor)
        # Created before looking: of two openers at the same moment, the later sees the first.
        return read_lock(self.path, self.token, self.problems)

    def release(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._file)
        self._file = None
        self.path = None
