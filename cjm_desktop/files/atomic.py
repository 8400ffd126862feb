"""Atomic file writes: the target either keeps its old content or gets the new, whole.

The data goes to a hidden temporary file in the target's folder, is flushed to disk and
then renamed over the target (``os.replace`` is atomic on one file system), so a crash or a
full disk in the middle of a save never leaves a half-written map behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes,
                       before_replace: Callable[[Path], None] | None = None) -> None:
    """Write ``data`` to ``path`` atomically; raises OSError and leaves the old file alone.

    A read-only file is never replaced (PermissionError). ``before_replace(target)`` runs
    once the new bytes are safely on disk, just before they take the file's place; if it
    raises, nothing is replaced (Save uses it to look for outside changes at the last
    moment)."""
    target = Path(path)
    if target.is_symlink():
        # Write through a link to the file it names, rather than replacing the link.
        target = Path(os.path.realpath(target))
    folder = target.parent if str(target.parent) else Path(".")
    mode: int | None = None
    with contextlib.suppress(FileNotFoundError):
        mode = stat.S_IMODE(os.stat(target).st_mode)
    if mode is not None and (mode & 0o222 == 0 or not os.access(target, os.W_OK)):
        raise PermissionError(errno.EACCES, "the file is read-only", str(target))
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is not None:
            os.chmod(temp_name, mode)
        else:
            # mkstemp creates 0600 files; a new map gets the usual permissions instead.
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp_name, 0o666 & ~umask)
        if before_replace is not None:
            before_replace(target)
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _sync_folder(folder)


def atomic_write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` atomically (UTF-8 without BOM, newlines kept as given)."""
    atomic_write_bytes(path, text.encode(encoding))


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows syncing a folder."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        descriptor = os.open(folder, flags)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
