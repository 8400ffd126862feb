"""Writing user text into worksheet cells so that it always stays inert text.

Every cell whose value comes from a map goes through :func:`put`. It guarantees:

* text starting with ``=``, ``+``, ``-``, ``@``, tab or CR is stored as a string cell with
  the "quote prefix" flag (Excel and LibreOffice show it as typed and never evaluate it);
  openpyxl would otherwise turn ``"=..."`` into a formula, so the data type is forced;
* text that reads as an Excel error literal (``#N/A``, ``#DIV/0!``, …) is stored as a
  string cell, not an error cell;
* characters Excel forbids are replaced, never dropped unseen: a vertical tab, form feed or
  the C0 separators (U+001C–U+001F) become a line break, other C0 controls a space; U+FFFE,
  U+FFFF and lone surrogates become U+FFFD;
* text longer than Excel's 32,767-character cell limit (counted in UTF-16 units, as Excel
  does) is cut, ending with a visible ``… [truncated]`` marker within the limit.

Numbers and booleans are written as they are. :func:`clean_text` is the same text
transformation on its own, used by importers to know what an untouched cell holds.
"""

from __future__ import annotations

import re
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

EXCEL_CELL_LIMIT = 32767
TRUNCATION_MARK = "… [truncated]"
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

_FORBIDDEN_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LINE_LIKE = "\x0b\x0c\x1c\x1d\x1e\x1f"


def _replacement(match: re.Match[str]) -> str:
    char = match.group()
    if char in _LINE_LIKE:
        return "\n"
    return " " if char < "\x20" else "\ufffd"


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def clean_text(text: str) -> str:
    """``text`` as it will sit in a cell: forbidden characters removed, length capped."""
    if _FORBIDDEN_RE.search(text):
        text = _FORBIDDEN_RE.sub(_replacement, text)
    # A code point is at most two UTF-16 units, so short text needs no exact count.
    if len(text) * 2 <= EXCEL_CELL_LIMIT or _utf16_len(text) <= EXCEL_CELL_LIMIT:
        return text
    room = EXCEL_CELL_LIMIT - _utf16_len(TRUNCATION_MARK)
    kept = text[:room]
    while _utf16_len(kept) > room:
        kept = kept[: len(kept) - max(1, (_utf16_len(kept) - room) // 2)]
    return kept + TRUNCATION_MARK


def set_value(cell: Cell, value: Any) -> Cell:
    """Put ``value`` in an existing cell safely (see the module docstring)."""
    if isinstance(value, str):
        text = clean_text(value)
        cell.value = text
        cell.data_type = "s"  # never a formula, never an error literal
        if text.startswith(FORMULA_TRIGGERS):
            cell.quotePrefix = True
    else:
        cell.value = value
    return cell


def writable_cell(ws: Worksheet, row: int, column: int) -> Cell:
    """The cell at (row, column); a cell covered by a merged range cannot take a value."""
    cell = ws.cell(row=row, column=column)
    if not isinstance(cell, Cell):
        raise ValueError(f"cell {cell.coordinate} of {ws.title!r} lies inside a merged range")
    return cell


def put(ws: Worksheet, row: int, column: int, value: Any) -> Cell:
    """Write ``value`` at (row, column) of ``ws`` safely and return the cell."""
    return set_value(writable_cell(ws, row, column), value)


def put_raw_text(ws: Worksheet, row: int, column: int, text: str) -> Cell:
    """Write machine text (no cleaning, no cutting) that must still never be a formula."""
    cell = writable_cell(ws, row, column)
    cell.value = text
    cell.data_type = "s"
    if text.startswith(FORMULA_TRIGGERS):
        cell.quotePrefix = True
    return cell
