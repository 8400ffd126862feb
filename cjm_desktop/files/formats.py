"""Read and write a map in any file format, chosen by the file name's extension.

``read_any`` / ``write_any`` route ``.cjm.json``, ``.xlsx``, ``.csv`` and ``.mmd``. The
openpyxl-based modules are imported only when a workbook is read or written. Image and
document formats (``.png``, ``.svg``, ``.pdf``) need the canvas renderer, which lives in a
layer this one may not import: ``write_any`` raises :class:`UnsupportedFormat` for them so
the caller (the command line, the window) can route them to the renderer.
"""

from __future__ import annotations

import os

from ..model import JourneyMap
from .errors import MapFileError
from .import_report import ImportReport

READABLE = (".cjm.json", ".xlsx", ".csv", ".mmd")
RENDERED = (".png", ".svg", ".pdf")


class UnsupportedFormat(Exception):
    """``write_any`` cannot write this format itself (``extension`` says which)."""

    def __init__(self, path: str, extension: str) -> None:
        self.path = path
        self.extension = extension
        super().__init__(f"{path}: {extension} files are drawn by the canvas renderer")


def extension_of(path: str | os.PathLike[str]) -> str:
    name = os.fsdecode(os.fspath(path)).lower()
    if name.endswith(".cjm.json"):
        return ".cjm.json"
    return os.path.splitext(name)[1]


def read_any(path: str | os.PathLike[str], report: ImportReport | None = None) -> JourneyMap:
    """Read a map from ``path`` by its extension. Every failure is a MapFileError; what an
    import made, changed and skipped goes to ``report`` (see ``import_report``)."""
    name = os.fsdecode(os.fspath(path))
    report = report if report is not None else ImportReport()
    report.path = name
    extension = extension_of(name)
    if os.path.isdir(name):
        raise MapFileError(name, "", "this is a folder, not a file")
    if extension == ".cjm.json" or extension == ".json":
        from .cjm_json import load_map
        journey = load_map(name)
        report.count(journey)
        return journey
    if extension == ".xlsx":
        from .xlsx_import import import_xlsx
        return import_xlsx(name, report)
    if extension == ".csv":
        from .csv_io import import_csv
        return import_csv(name, report)
    if extension == ".mmd":
        from .mermaid import read_mermaid
        return read_mermaid(name, report)
    raise MapFileError(name, "", f"cannot read {extension or 'extension-less'} files; "
                       "use .cjm.json, .xlsx, .csv or .mmd")


def write_any(journey: JourneyMap, path: str | os.PathLike[str]) -> None:
    """Write ``journey`` to ``path`` by its extension, atomically (OSError on I/O failure).

    Raises UnsupportedFormat for .png/.svg/.pdf and MapFileError for unknown extensions."""
    name = os.fsdecode(os.fspath(path))
    extension = extension_of(name)
    if extension in (".cjm.json", ".json"):
        from .cjm_json import save_map
        save_map(journey, name)
    elif extension == ".xlsx":
        from .xlsx_export import export_xlsx
        export_xlsx(journey, name)
    elif extension == ".csv":
        from .csv_io import export_csv
        export_csv(journey, name)
    elif extension == ".mmd":
        from .mermaid import write_mermaid
        write_mermaid(journey, name)
    elif extension in RENDERED:
        raise UnsupportedFormat(name, extension)
    else:
        raise MapFileError(name, "", f"cannot write {extension or 'extension-less'} files; "
                           "use .cjm.json, .xlsx, .csv, .mmd, .png, .svg or .pdf")
