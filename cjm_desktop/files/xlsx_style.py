"""Shared look of the workbook: borders, fills, tints, row heights and page setup."""

from __future__ import annotations

import math
import unicodedata

from openpyxl.styles import Alignment, Border, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

LINE_HEIGHT = 15.0  # points per text line at the default 11-pt font
MAX_ROW_HEIGHT = 409.0  # Excel's limit
DEFAULT_WIDTH = 13.0

THIN = Side(style="thin", color="BFBFBF")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)


def soft(color: str, strength: float = 0.25) -> str:
    """A pale tint of ``#RRGGBB`` (mixed with white), as hex for fills."""
    try:
        rgb = [int(color.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4)]
    except (ValueError, IndexError):
        rgb = [0x4C, 0x78, 0xA8]
    mixed = [round(255 - (255 - c) * strength) for c in rgb]
    return "".join(f"{c:02X}" for c in mixed)


def fill(hex_rgb: str) -> PatternFill:
    return PatternFill("solid", start_color=hex_rgb, end_color=hex_rgb)


def text_lines(text: str, width_chars: float) -> int:
    """How many lines ``text`` takes in a wrapped cell ``width_chars`` wide (roughly)."""
    total = 0
    for line in text.split("\n"):
        units = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
        total += max(1, math.ceil(units / max(1.0, width_chars - 1)))
    return total


def fit_row_heights(ws: Worksheet, min_row: int = 1) -> None:
    """Give rows with wrapped text the height their longest cell needs (Excel and
    LibreOffice do not grow rows of a generated file by themselves)."""
    widths: dict[int, float] = {}
    lines: dict[int, int] = {}
    # Only the cells that exist: iter_rows() would create every empty cell of the range.
    for (row, column), cell in ws._cells.items():
        if row < min_row or not isinstance(cell.value, str) or not cell.alignment.wrap_text:
            continue
        if column not in widths:
            width = ws.column_dimensions[get_column_letter(column)].width
            widths[column] = width or DEFAULT_WIDTH
        lines[row] = max(lines.get(row, 1), text_lines(cell.value, widths[column]))
    for row, count in lines.items():
        if count > 1:
            ws.row_dimensions[row].height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * count + 4)


def landscape(ws: Worksheet, *, fit_width: bool = True, title_rows: str | None = None,
              title_cols: str | None = None) -> None:
    """A4 landscape print, fitted to the page width (as many pages down as needed)."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    if fit_width:
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        ws.print_title_rows = title_rows
    if title_cols:
        ws.print_title_cols = title_cols
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
