"""What a window last read from or wrote to its map file, to notice changes made elsewhere.

A :class:`FileStamp` is the file's identity (device, inode) and the SHA-256 of its bytes,
taken from the very bytes that were parsed or written, so no change can slip in between
reading and remembering. Before Save replaces the file, :func:`check_unchanged` compares the
file now on disk with the stamp and raises :class:`DiskConflict` when its content differs:
the caller then asks the person instead of overwriting someone else's work.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass


@dataclass(frozen=True)
class FileStamp:
    """One version of a file: where it lives on disk and what it holds."""

    device: int
    inode: int
    size: int
    sha256: str

    @classmethod
    def of(cls, info: os.stat_result | None, data: bytes) -> FileStamp:
        device, inode = (info.st_dev, info.st_ino) if info is not None else (0, 0)
        return cls(device, inode, len(data), hashlib.sha256(data).hexdigest())

    def same_content(self, other: FileStamp | None) -> bool:
        return other is not None and (self.size, self.sha256) == (other.size, other.sha256)


class DiskConflict(Exception):
    """The file was changed (or replaced) elsewhere since this window read or wrote it."""

    def __init__(self, path: str, current: FileStamp | None) -> None:
        super().__init__(f"{path}: the file was changed by someone else since it was read")
        self.path = path
        self.current = current


_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def stamp_of(path: str | os.PathLike[str]) -> FileStamp | None:
    """The stamp of the regular file at ``path`` now; None when there is none to read."""
    try:
        descriptor = os.open(os.fspath(path), _FLAGS)
    except (OSError, ValueError):
        return None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            return None
        digest = hashlib.sha256()
        size = 0
        while True:
            block = os.read(descriptor, 1 << 20)
            if not block:
                break
            digest.update(block)
            size += len(block)
    except OSError:
        return None
    finally:
        os.close(descriptor)
    return FileStamp(info.st_dev, info.st_ino, size, digest.hexdigest())


def check_unchanged(path: str | os.PathLike[str], expected: FileStamp | None) -> None:
    """Raise DiskConflict when the file at ``path`` no longer holds ``expected``'s bytes.

    A file that is gone is no conflict (saving puts it back); neither is one replaced by
    an identical copy (a sync tool, a touch)."""
    if expected is None:
        return
    current = stamp_of(path)
    if current is not None and not expected.same_content(current):
        raise DiskConflict(os.fsdecode(os.fspath(path)), current)
