"""Shared look of the workbook: borders, fills, tints, row heights and page setup."""

from __future__ import annotations

import copy
import math
import re
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.workbook import Workbook
from openpyxl.worksheet.properties import PageSetupProperties
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


# One typeface on every cell, named for the map's language (LibreOffice and Excel substitute
# a similar face where it is missing).
FONT_FAMILY = {"ko": "Malgun Gothic", "en": "Calibri"}


def use_font_family(workbook: Workbook, language: str) -> None:
    """Name the language's font family on every font of the workbook (headers and body
    alike; cells keep their size, weight and colour). Works on the font table, so it costs
    nothing per cell."""
    family = FONT_FAMILY.get(language, FONT_FAMILY["en"])
    # openpyxl offers no public way to its font table and named styles (nor types for them)
    tables: Any = workbook
    fonts = []
    for font in tables._fonts:
        renamed = copy.copy(font)
        renamed.name = family
        fonts.append(renamed)
    tables._fonts = IndexedList(fonts)
    tables._named_styles["Normal"].font = Font(name=family, size=11)


def text_units(text: str) -> int:
    """The width of ``text`` in Excel character units (a wide East Asian letter is two)."""
    if text.isascii():
        return len(text)
    return len(text) + len(_WIDE.findall(text))


# the wide and full-width characters of Unicode's East Asian Width (W, F), by block
_WIDE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff"
                   "\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f"
                   "\uff00-\uff60\uffe0-\uffe6\U0001f300-\U0001f64f\U0001f900-\U0001f9ff"
                   "\U00020000-\U0003fffd]")


def header_width(header: str, bold: bool = True) -> float:
    """A column width at which no word of ``header`` is split across lines."""
    longest = max((text_units(word) for word in header.split()), default=1)
    return longest * (1.15 if bold else 1.0) + 2.5


def fit_words(ws: Worksheet, cap: float = 24.0, wide: float = 28.0) -> None:
    """Widen each narrow column (under ``wide``) to its longest word, at most ``cap``, so a
    printed value such as "Recommendations" is not split mid-word."""
    longest: dict[int, int] = {}
    widths: dict[int, float] = {}
    for (_row, column), cell in ws._cells.items():
        if not isinstance(cell.value, str):
            continue
        if column not in widths:
            widths[column] = ws.column_dimensions[get_column_letter(column)].width or \
                DEFAULT_WIDTH
        if widths[column] >= wide or len(cell.value) * 2 + 2 <= widths[column]:
            continue  # a wide column, or a value too short to hold a word that long
        units = max((text_units(word) for word in cell.value.split()), default=0)
        if units > longest.get(column, 0):
            longest[column] = units
    for column, units in longest.items():
        needed = min(cap, units * 1.1 + 2)
        if needed > widths[column]:
            ws.column_dimensions[get_column_letter(column)].width = needed


def text_lines(text: str, width_chars: float) -> int:
    """How many lines ``text`` takes in a wrapped cell ``width_chars`` wide (roughly)."""
    total = 0
    for line in text.split("\n"):
        units = text_units(line)
        total += max(1, math.ceil(units / max(1.0, width_chars - 1)))
    return total


def fit_row_heights(ws: Worksheet, min_row: int = 1) -> None:
    """Give rows with wrapped text the height their longest cell needs (Excel and
    LibreOffice do not grow rows of a generated file by themselves)."""
    widths: dict[int, float] = {}
    lines: dict[int, int] = {}
    # The ids of wrapping alignments: reading cell.alignment builds an object per cell.
    # (openpyxl's style tables and per-cell style arrays are private and untyped.)
    book: Any = ws.parent
    wrapping = {index for index, alignment in enumerate(book._alignments)
                if alignment.wrap_text}
    # Only the cells that exist: iter_rows() would create every empty cell of the range.
    cells: dict[tuple[int, int], Any] = ws._cells
    for (row, column), cell in cells.items():
        if row < min_row or not isinstance(cell.value, str):
            continue
        style = cell._style  # None: a cell never styled
        if style is None or style.alignmentId not in wrapping:
            continue
        if column not in widths:
            width = ws.column_dimensions[get_column_letter(column)].width
            widths[column] = width or DEFAULT_WIDTH
        lines[row] = max(lines.get(row, 1), text_lines(cell.value, widths[column]))
    for row, count in lines.items():
        if count > 1:
            ws.row_dimensions[row].height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * count + 4)


def landscape(ws: Worksheet, *, fit_width: bool = True, title_rows: str | None = None,
              title_cols: str | None = None, pages_wide: int = 1, pages_tall: int = 0) -> None:
    """A4 landscape print, fitted to the page width (as many pages down as needed, or at
    most ``pages_tall``), or to ``pages_wide`` pages across."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    if fit_width or pages_wide > 1:
        ws.page_setup.fitToWidth = pages_wide
        ws.page_setup.fitToHeight = pages_tall
        properties = ws.sheet_properties.pageSetUpPr
        if properties is None:
            properties = ws.sheet_properties.pageSetUpPr = PageSetupProperties()
        properties.fitToPage = True
    if title_rows:
        ws.print_title_rows = title_rows
    if title_cols:
        ws.print_title_cols = title_cols
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
