"""The one error type every file reader raises: :class:`MapFileError`.

Readers of all formats (native JSON, workbooks, tables, Mermaid text) report any problem
with their input as a ``MapFileError`` naming the file, the place in it and what is wrong,
so the command line and the window can show one clear line instead of a traceback.
"""

from __future__ import annotations

import os

ECHO_LIMIT = 80
MESSAGE_LIMIT = 2000
WHERE_LIMIT = 200


def clip(value: object, limit: int = ECHO_LIMIT) -> str:
    """A user value as echoed in a message: its repr, cut to about ``limit`` characters."""
    if isinstance(value, int) and not isinstance(value, bool):
        digits = len(str(abs(value))) if abs(value) < 10**1000 else 1001
        if digits > limit:
            return f"a number with {'over 1,000' if digits > 1000 else digits} digits"
    text = value if isinstance(value, str) else None
    if text is not None and len(text) > limit:
        return repr(text[: limit - 3] + "...")
    shown = repr(value)
    return shown if len(shown) <= limit + 2 else shown[:limit] + "..."


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


class MapFileError(Exception):
    """A file could not be read as a journey map.

    ``path`` is the file (or ``"<stdin>"`` / ``"<memory>"``); ``where`` is the place in
    it — a JSON path such as ``$.cards[3].kind``, a ``line 12, column 5``, a sheet cell — or
    ``""`` when the problem concerns the whole file; ``message`` says what is wrong in
    plain English.
    """

    def __init__(self, path: str, where: str, message: str) -> None:
        self.path = str(path)
        # A message never echoes a whole hostile value (values are clipped where they are
        # quoted; this is the backstop so no error line can run to kilobytes).
        self.where = _cut(where, WHERE_LIMIT)
        self.message = _cut(message, MESSAGE_LIMIT)
        super().__init__(self.__str__())

    def __str__(self) -> str:
        if self.where:
            return f"{self.path}: {self.where}: {self.message}"
        return f"{self.path}: {self.message}"

    # keep pickling (e.g. across processes) working
    def __reduce__(self) -> tuple[type[MapFileError], tuple[str, str, str]]:
        return (type(self), (self.path, self.where, self.message))


def read_input_bytes(path: str | os.PathLike[str], max_bytes: int, what: str) -> bytes:
    """The whole content of an input file, or a MapFileError saying why it cannot be had
    (a folder, a device or pipe, too large, unreadable). ``what`` names the expected kind
    ("a CSV file"). See :func:`bounded_read.read_regular_file`."""
    from .bounded_read import read_regular_file

    return read_regular_file(path, max_bytes, what)
