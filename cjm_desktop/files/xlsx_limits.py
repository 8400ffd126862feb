"""Reading a workbook's bytes and rows within fixed limits, whatever the file claims.

A workbook is a zip archive of XML parts. Before anything is inflated,
:func:`check_archive` reads the zip directory and refuses an archive whose parts would
unpack beyond :data:`MAX_PART_BYTES` each or :data:`MAX_UNPACKED_BYTES` together, or that
is compressed beyond :data:`MAX_RATIO` (a zip bomb); the zip reader itself never inflates a
part past the size its directory declares. A password-protected workbook (an encrypted
OLE container, not a zip) is named as such.

:func:`read_rows` then walks a sheet's XML row by row instead of trusting its
``<dimension>`` (openpyxl pads every row to the declared size and yields filler rows):
it keeps only rows holding a value, each cut after its last non-empty cell, and refuses
more than :data:`MAX_ROWS` rows, a value beyond column :data:`MAX_COLUMNS` or a cell longer
than Excel's 32,767 characters, naming the cell. It also returns the sheet's merged ranges
so the importer can report them instead of reading blanks. Each refusal is one line.
"""

from __future__ import annotations

import contextlib
import io
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.worksheet._reader import WorkSheetParser

from .bounded_read import MAX_TABLE_ROWS, megabytes
from .errors import MapFileError
from .xlsx_safe import EXCEL_CELL_LIMIT

MAX_XLSX_BYTES = 200 * 1024 * 1024      # the file on disk
MAX_PART_BYTES = 320 * 1024 * 1024      # one part, unpacked
MAX_UNPACKED_BYTES = 640 * 1024 * 1024  # all parts, unpacked
MAX_RATIO = 1000                        # unpacked : packed, for archives over RATIO_FLOOR
RATIO_FLOOR = 64 * 1024 * 1024
MAX_PARTS = 10_000
MAX_ROWS = MAX_TABLE_ROWS               # rows holding a value, per sheet
MAX_COLUMNS = 500                       # last column a value may sit in
EXCEL_MAX_ROW = 1_048_576

_PATCH_LOCK = threading.Lock()
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


def check_archive(raw: bytes, path: str) -> io.BytesIO:
    """``raw`` as a seekable stream once its zip directory is within the limits."""
    if raw.startswith(_OLE_MAGIC):
        if _ENCRYPTED in raw:
            raise MapFileError(path, "", "the workbook is protected with a password; open it "
                               "in Excel, remove the password (File ▸ Info ▸ Protect "
                               "Workbook) and save it again")
        raise MapFileError(path, "", "not an Excel workbook (.xlsx): this is an old .xls "
                           "file; save it as .xlsx first")
    stream = io.BytesIO(raw)
    if not zipfile.is_zipfile(stream):
        raise MapFileError(path, "", "not an Excel workbook (.xlsx): the file is not a "
                           "zip archive (an old .xls, or a damaged file?)")
    try:
        with zipfile.ZipFile(stream) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError,
            EOFError) as error:
        raise MapFileError(path, "", f"not a readable Excel workbook: {error}") from None
    if len(members) > MAX_PARTS:
        raise MapFileError(path, "", f"the workbook has {len(members):,} parts; "
                           f"the limit is {MAX_PARTS:,}")
    total = packed = 0
    for member in members:
        if member.file_size > MAX_PART_BYTES:
            raise MapFileError(path, "", f"the part {member.filename[:80]!r} would unpack to "
                               f"{megabytes(member.file_size)}; the limit is "
                               f"{megabytes(MAX_PART_BYTES)} a part")
        total += member.file_size
        packed += member.compress_size
    if total > MAX_UNPACKED_BYTES:
        raise MapFileError(path, "", f"the workbook would unpack to {megabytes(total)}; the "
                           f"limit is {megabytes(MAX_UNPACKED_BYTES)}")
    if total > RATIO_FLOOR and total > MAX_RATIO * max(1, packed):
        raise MapFileError(path, "", f"the workbook is compressed {total // max(1, packed):,} "
                           f"to 1 (a zip bomb?); the limit is {MAX_RATIO:,} to 1")
    stream.seek(0)
    return stream


@contextlib.contextmanager
def dimensions_not_scanned() -> Iterator[None]:
    """While opening a workbook read-only, do not look for each sheet's ``<dimension>``.

    openpyxl scans every sheet's whole XML for it when the workbook is opened (all of it
    when the tag is missing, keeping every parsed row element); :func:`read_rows` never
    uses it, so the scan is skipped."""
    # a private openpyxl method, patched for the time of the open (untyped on purpose)
    sheet_class: Any = ReadOnlyWorksheet
    original = sheet_class._get_size
    with _PATCH_LOCK:
        sheet_class._get_size = lambda self: None
        try:
            yield
        finally:
            sheet_class._get_size = original


@dataclass
class SheetRows:
    """The rows of one sheet that hold a value, and its merged ranges ("B2:C3")."""

    rows: list[tuple[int, list[Any]]] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def read_rows(ws: Any, path: str, last_row: int | None = None, *,
              data_only: bool = True) -> SheetRows:
    """The non-empty rows of the read-only sheet ``ws`` (up to ``last_row``), bounded; with
    ``data_only=False`` a formula cell reads as its formula text instead of its saved value."""
    workbook = ws.parent
    result = SheetRows()
    with ws._get_source() as source:  # the sheet's XML part, inflated as it is read
        parser = WorkSheetParser(source, ws._shared_strings, data_only=data_only,
                                 epoch=workbook.epoch, date_formats=workbook._date_formats,
                                 timedelta_formats=workbook._timedelta_formats)
        for number, cells in parser.parse():
            if last_row is not None and number > last_row:
                break
            values: dict[int, Any] = {}
            for cell in cells:
                value = cell["value"]
                if _blank(value):
                    continue
                column = cell["column"]
                place = f"{ws.title}!{get_column_letter(min(column, 16384))}{number}"
                if column > MAX_COLUMNS:
                    raise MapFileError(path, place, f"a value beyond column "
                                       f"{get_column_letter(MAX_COLUMNS)} ({MAX_COLUMNS}); "
                                       f"the limit is {MAX_COLUMNS} columns")
                if isinstance(value, str) and len(value) > EXCEL_CELL_LIMIT:
                    raise MapFileError(path, place, f"the cell holds {len(value):,} "
                                       f"characters; the limit is {EXCEL_CELL_LIMIT:,} "
                                       "(Excel's)")
                values[column] = value
            if not values:
                continue
            if number > EXCEL_MAX_ROW or len(result.rows) > MAX_ROWS:  # + a header row
                raise MapFileError(path, f"{ws.title}, row {number}", "the sheet has more "
                                   f"than {MAX_ROWS:,} rows with values; the limit is "
                                   f"{MAX_ROWS:,} rows")
            row: list[Any] = [None] * max(values)
            for column, value in values.items():
                row[column - 1] = value
            result.rows.append((number, row))
        merged = parser.merged_cells
        if merged is not None:
            result.merged = [str(cell_range.ref) for cell_range in merged.mergeCell][:1000]
    return result


def refuse_merged(path: str, sheet: str, rows: SheetRows, first_row: int) -> None:
    """Merged cells at or below ``first_row`` would read as blanks: say so instead."""
    from openpyxl.utils.cell import range_boundaries

    for ref in rows.merged:
        try:
            _min_col, _min_row, _max_col, max_row = range_boundaries(ref)
        except (ValueError, TypeError):
            continue
        if max_row is not None and max_row >= first_row:
            raise MapFileError(path, f"{sheet}!{ref[:40]}", "merged cells: only the first "
                               "cell of a merged range holds its value; unmerge the cells "
                               "(and fill them in) before importing")


def data_sheet_text(ws: Any, path: str, max_chars: int) -> str:
    """The text held down column A of the ``_cjm`` sheet, at most ``max_chars`` long."""
    parts: list[str] = []
    size = 0
    expected = 1
    workbook = ws.parent
    with ws._get_source() as source:
        parser = WorkSheetParser(source, ws._shared_strings, data_only=True,
                                 epoch=workbook.epoch, date_formats=workbook._date_formats,
                                 timedelta_formats=workbook._timedelta_formats)
        for number, cells in parser.parse():
            value = next((c["value"] for c in cells if c["column"] == 1), None)
            if number != expected or value is None:
                break
            text = str(value)
            size += len(text)
            if size > max_chars:
                raise MapFileError(path, f"sheet {ws.title}", "the map it holds is too "
                                   f"large; maps up to {megabytes(max_chars)} can be opened")
            parts.append(text)
            expected += 1
    return "".join(parts)
