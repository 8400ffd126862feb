"""The workbook prints as a stakeholder would want it: landscape, fitted, one typeface,
labels beside their values; LibreOffice turns the sample's workbook into at most 12 pages,
none empty, no header word split across lines."""

from __future__ import annotations

import re
import shutil
import subprocess

import openpyxl
import pytest

from cjm_desktop.files.card_columns import CARD_COLUMNS
from cjm_desktop.files.templates import load_sample
from cjm_desktop.files.xlsx_export import export_xlsx
from cjm_desktop.files.xlsx_style import FONT_FAMILY


@pytest.mark.parametrize("language", ["ko", "en"])
def test_every_cell_names_the_font_family_of_the_language(tmp_path, language):
    path = tmp_path / "m.xlsx"
    export_xlsx(load_sample(language), path)
    book = openpyxl.load_workbook(path)
    for ws in book.worksheets:
        if ws.sheet_state != "visible":
            continue
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    assert cell.font.name == FONT_FAMILY[language], (ws.title, cell.coordinate)


def test_page_setup_of_every_sheet(tmp_path):
    path = tmp_path / "m.xlsx"
    export_xlsx(load_sample("en"), path)
    book = openpyxl.load_workbook(path)
    for ws in book.worksheets:
        if ws.sheet_state != "visible":
            continue
        assert ws.page_setup.orientation == "landscape", ws.title
        if ws.title == "Touchpoints & cards":
            assert ws.print_title_rows == "$1:$1" and ws.print_title_cols == "$A:$A"
            assert ws["A1"].value == "Text"
            assert int(ws.page_setup.fitToWidth) == 2
        else:
            assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
            assert int(ws.page_setup.fitToWidth) == 1, ws.title
    about = book["About"]
    for row in about.iter_rows(max_row=12, max_col=2):
        for cell in row:
            if cell.value is not None:
                assert cell.alignment.vertical == "top", cell.coordinate


def test_column_widths_fit_the_longest_word_of_their_header(tmp_path):
    path = tmp_path / "m.xlsx"
    export_xlsx(load_sample("en"), path)
    ws = openpyxl.load_workbook(path)["Touchpoints & cards"]
    for index, column in enumerate(CARD_COLUMNS, 1):
        width = ws.column_dimensions[openpyxl.utils.get_column_letter(index)].width
        longest = max(len(word) for word in column.en.split())
        assert width >= longest + 2, column.en


@pytest.mark.office
@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice or poppler is not installed")
def test_the_sample_workbook_prints_in_at_most_12_pages(tmp_path):
    paths = []
    for language in ("ko", "en"):
        path = tmp_path / f"sample-{language}.xlsx"
        journey = load_sample(language)
        # one card written by a participant, so the Author column is used (and printed)
        journey.update_card(journey.ordered_cards()[0].id, {"author": "Jisoo"})
        export_xlsx(journey, path)
        paths.append(path)
    result = subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
         "--convert-to", "pdf", "--outdir", str(tmp_path), *map(str, paths)],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    for path in paths:
        pdf = path.with_suffix(".pdf")
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                              check=True).stdout
        pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        assert pages <= 12, (path.name, pages)
        texts = [subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf),
                                 "-"], capture_output=True, text=True, check=True).stdout
                 for n in range(1, pages + 1)]
        assert all(text.strip() for text in texts), "a page without content"
        if "en" in path.name:
            words = set(re.findall(r"[\w']+", "\n".join(texts)))
            for column in CARD_COLUMNS:
                for word in re.findall(r"[\w']+", column.en):
                    assert word in words, f"header word {word!r} split across lines"
