"""The one error type every file reader raises: :class:`MapFileError`.

Readers of all formats (native JSON, workbooks, tables, Mermaid text) report any problem
with their input as a ``MapFileError`` naming the file, the place in it and what is wrong,
so the command line and the window can show one clear line instead of a traceback.
"""

from __future__ import annotations

import os


class MapFileError(Exception):
    """A file could not be read as a journey map.

    ``path`` is the file (or ``"<stdin>"`` / ``"<memory>"``); ``where`` is the place in
    it — a JSON path such as ``$.cards[3].kind``, a ``line 12, column 5``, a sheet cell — or
    ``""`` when the problem concerns the whole file; ``message`` says what is wrong in
    plain English.
    """

    def __init__(self, path: str, where: str, message: str) -> None:
        self.path = str(path)
        self.where = where
        self.message = message
        super().__init__(self.__str__())

    def __str__(self) -> str:
        if self.where:
            return f"{self.path}: {self.where}: {self.message}"
        return f"{self.path}: {self.message}"

    def __reduce__(self):  # keep pickling (e.g. across processes) working
        return (type(self), (self.path, self.where, self.message))


def read_input_bytes(path: str | os.PathLike[str], max_bytes: int, what: str) -> bytes:
    """The whole content of an input file, or a MapFileError saying why it cannot be had
    (a folder, too large, unreadable). ``what`` names the expected kind ("a CSV file")."""
    name = os.fsdecode(os.fspath(path))
    try:
        if os.path.isdir(name):
            raise MapFileError(name, "", f"this is a folder, not {what}")
        if os.path.getsize(name) > max_bytes:
            raise MapFileError(name, "", "the file is too large to import (the limit is "
                               f"{max_bytes // (1024 * 1024)} MB)")
        with open(name, "rb") as stream:
            return stream.read()
    except OSError as error:
        raise MapFileError(name, "", f"cannot open the file: {error.strerror or error}") from None
