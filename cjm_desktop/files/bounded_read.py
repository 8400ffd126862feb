"""The one way every reader takes bytes from the disk: regular files only, never past a limit.

A name may point at anything — a FIFO (reading it would wait forever), ``/dev/zero`` (endless
bytes), a socket, a folder. :func:`read_regular_file` opens without blocking, looks at what
it actually opened (``fstat`` of the descriptor, so a symlink swapped in between cannot
fool it), refuses anything that is not a regular file, and reads at most ``max_bytes``
even if the file grows while it is read. Every refusal is a :class:`MapFileError` with one
plain line naming the limit.
"""

from __future__ import annotations

import os
import stat

from .errors import MapFileError

_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
               | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0))
_BLOCK = 1 << 20
MAX_TABLE_ROWS = 100_000  # rows of a table (CSV, workbook sheet) read into cards


def megabytes(size: int) -> str:
    """``size`` bytes for a message: "200 MB", "1.5 MB", "12 KB"."""
    if size >= 2**20:
        value = size / 2**20
        return f"{value:,.0f} MB" if value >= 10 or value == int(value) else f"{value:.1f} MB"
    return f"{max(1, size // 1024):,} KB"


def read_regular_file(path: str | os.PathLike[str], max_bytes: int, what: str) -> bytes:
    """The whole content of the regular file ``path``, at most ``max_bytes`` long.

    ``what`` names the expected kind for messages ("a CSV file"). Raises MapFileError for a
    missing, unreadable, special (device, FIFO, socket) or too large file, or a folder."""
    return read_regular_file_with_stat(path, max_bytes, what)[0]


def read_regular_file_with_stat(path: str | os.PathLike[str], max_bytes: int,
                                what: str) -> tuple[bytes, os.stat_result]:
    """Like :func:`read_regular_file`, with the ``fstat`` of the file the bytes came from."""
    name = os.fsdecode(os.fspath(path))
    try:
        descriptor = os.open(name, _OPEN_FLAGS)
    except FileNotFoundError:
        raise MapFileError(name, "", "no such file") from None
    except IsADirectoryError:
        raise MapFileError(name, "", f"this is a folder, not {what}") from None
    except PermissionError:
        if os.path.isdir(name):  # Windows refuses to open folders with EACCES
            raise MapFileError(name, "", f"this is a folder, not {what}") from None
        raise MapFileError(name, "", "permission denied: the file cannot be read") from None
    except (OSError, ValueError) as error:  # ValueError: a name with a NUL character
        reason = getattr(error, "strerror", None) or str(error)
        raise MapFileError(name, "", f"the file cannot be read: {reason}") from None
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise MapFileError(name, "", f"this is a folder, not {what}")
        if not stat.S_ISREG(info.st_mode):
            raise MapFileError(name, "", "this is not a regular file (a device, a pipe or a "
                               f"socket), not {what}")
        if info.st_size > max_bytes:
            raise MapFileError(name, "", f"the file is too large ({megabytes(info.st_size)}); "
                               f"the limit is {megabytes(max_bytes)}")
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:
            block = os.read(descriptor, min(_BLOCK, max_bytes + 1 - total))
            if not block:
                break
            chunks.append(block)
            total += len(block)
    except MapFileError:
        raise
    except MemoryError:
        raise MapFileError(name, "", "the file is too large to read") from None
    except OSError as error:
        raise MapFileError(name, "", f"the file cannot be read: "
                           f"{error.strerror or error}") from None
    finally:
        os.close(descriptor)
    if total > max_bytes:
        raise MapFileError(name, "", f"the file is too large (it grew while being read); "
                           f"the limit is {megabytes(max_bytes)}")
    return b"".join(chunks), info
