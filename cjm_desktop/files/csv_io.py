"""CSV of cards: export (one row per card) and import (a plain table, see ``table_import``).

Export writes the columns of the workbook's cards sheet with headers in the map's language,
as UTF-8 with a BOM (so Excel detects the encoding) and CRLF line ends, atomically.
Because a CSV opened in a spreadsheet would evaluate ``=…`` cells, text starting with
``=``, ``+``, ``-``, ``@``, tab or CR (or with an apostrophe before one of those) gets one
leading apostrophe; the importer removes exactly that apostrophe, so text round-trips.

Import reads UTF-8 (with or without BOM), else CP949 (Korean Excel's "CSV" encoding);
the delimiter may be a comma, semicolon or tab.
"""

from __future__ import annotations

import csv
import errno
import io
import os
from typing import Any

from ..model import JourneyMap
from .atomic import atomic_write_bytes
from .bounded_read import MAX_TABLE_ROWS, megabytes
from .card_columns import CARD_COLUMNS, show_row
from .errors import MapFileError, read_input_bytes
from .table_import import HEADER_SEARCH_ROWS, build_map, looks_like_header

MAX_CSV_BYTES = 100 * 1024 * 1024
# A cell may be as long as the export writes it (the csv module's default stops at 131,072).
csv.field_size_limit(max(csv.field_size_limit(), MAX_CSV_BYTES))
# what a spreadsheet would read as a formula (same list as xlsx_safe, kept free of openpyxl)
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return "'" + value if _needs_apostrophe(value) else value
    return str(value)


def csv_text(journey: JourneyMap) -> str:
    language = journey.info.language
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([column.header(language) for column in CARD_COLUMNS])
    for card in journey.ordered_cards():
        writer.writerow([_cell_text(v) for v in show_row(card, journey, language)])
    return buffer.getvalue()


def export_csv(journey: JourneyMap, path: str | os.PathLike[str]) -> None:
    """Write every card as one CSV row (UTF-8 with BOM), atomically.

    A table larger than the import accepts is not written (OSError EFBIG naming the limit)."""
    data = csv_text(journey).encode("utf-8-sig", errors="replace")
    if len(data) > MAX_CSV_BYTES:
        raise OSError(errno.EFBIG, f"the table is too large to write ({megabytes(len(data))}); "
                      f"CSV files up to {megabytes(MAX_CSV_BYTES)} can be imported")
    atomic_write_bytes(path, data)


def _decode(raw: bytes, path: str) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp949")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise MapFileError(path, f"line {line}", "the file is neither UTF-8 nor CP949 (Korean) "
                           "text; save it from the spreadsheet as \"CSV UTF-8\"") from None


def _needs_apostrophe(value: str) -> bool:
    return value.startswith(FORMULA_TRIGGERS) or (
        value.startswith("'") and value[1:].startswith(FORMULA_TRIGGERS))


def _unquote(value: str) -> str:
    return value[1:] if value.startswith("'") and _needs_apostrophe(value[1:]) else value


def _parse_rows(text: str, path: str) -> list[list[str]]:
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    rows: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True):
            if len(rows) > MAX_TABLE_ROWS:  # the header and up to MAX_TABLE_ROWS rows
                raise MapFileError(path, f"line {len(rows) + 1}", "the table has more than "
                                   f"{MAX_TABLE_ROWS:,} rows; the limit is {MAX_TABLE_ROWS:,}")
            rows.append(row)
        return rows
    except csv.Error as error:
        raise MapFileError(path, "", f"not a valid CSV table: {error}") from None


def import_csv(path: str | os.PathLike[str]) -> JourneyMap:
    """Read a CSV table into a new map. Every failure is a MapFileError."""
    name = os.fsdecode(os.fspath(path))
    raw = read_input_bytes(name, MAX_CSV_BYTES, "a CSV file")
    return import_csv_text(_decode(raw, name), name)


def import_csv_text(text: str, path: str = "<memory>") -> JourneyMap:
    if "\x00" in text:
        raise MapFileError(path, "", "not a text file (it holds NUL bytes)")
    rows = [[_unquote(cell) for cell in row] for row in _parse_rows(text, path)]
    for index, header in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if looks_like_header(header):
            def locate(row: int, col: int, header: list[str] = header) -> str:
                if col < 0:
                    return f"row {row}"
                name = header[col].strip() if col < len(header) and header[col].strip() else \
                    f"#{col + 1}"
                return f"row {row}, column {name}"

            numbered = [(number, row) for number, row in enumerate(rows, 1)
                        if number > index + 1]
            return build_map(path, index + 1, header, numbered, locate)
    raise MapFileError(path, "line 1", "no header row with Stage, Lane and Text columns "
                       "(단계, 레인, 텍스트) in the first rows")
