"""Build the example plain tables' workbooks from their CSV: resources/examples/
plain-table.{ko,en}.xlsx from plain-table.{ko,en}.csv (the CSV is the one written by hand).

Run after editing a CSV example and commit both; a test imports all four files.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "resources" / "examples"
NUMBER_HEADERS = {"점수", "Score"}


def build(language: str) -> Path:
    source = EXAMPLES / f"plain-table.{language}.csv"
    rows = list(csv.reader(source.read_text(encoding="utf-8-sig").splitlines()))
    book = Workbook()
    sheet = book.active
    sheet.title = "여정" if language == "ko" else "Journey"
    numeric = [header in NUMBER_HEADERS for header in rows[0]]
    for row in rows:
        sheet.append([float(cell) if numeric[i] and cell and row is not rows[0] else
                      (cell or None) for i, cell in enumerate(row)])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, header in enumerate(rows[0], 1):
        width = max(len(header), *(len(row[index - 1]) for row in rows[1:])) + 2
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = min(width, 50)
    target = source.with_suffix(".xlsx")
    book.properties.creator = "CJM Desktop"
    book.save(target)
    return target


def main() -> int:
    for language in ("ko", "en"):
        print(build(language).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
