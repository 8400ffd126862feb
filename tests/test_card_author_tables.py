"""The card's author in the tables: the workbook's cards sheet and the CSV export have an
Author column (the last one, so no older column moves), and importing reads it back."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from cjm_desktop.files.csv_io import export_csv, import_csv
from cjm_desktop.files.templates import load_sample
from cjm_desktop.files.xlsx_export import export_xlsx
from cjm_desktop.files.xlsx_import import import_xlsx
from cjm_desktop.model import JourneyMap

OLD_CSV_TAIL = ["Colour", "Persona", "Score", "To-be score", "Emotion label"]


def _with_authors(language: str = "en") -> tuple[JourneyMap, str]:
    journey = load_sample()
    journey.info.language = language
    card = journey.ordered_cards()[0]
    journey.update_card(card.id, {"author": "김민지"})
    return journey, card.id


def _csv_rows(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


@pytest.mark.parametrize(("language", "header"), [("en", "Author"), ("ko", "작성자")])
def test_the_cards_sheet_ends_with_the_author_column(tmp_path, language, header):
    journey, card_id = _with_authors(language)
    path = tmp_path / "map.xlsx"
    export_xlsx(journey, path)
    book = openpyxl.load_workbook(path)
    ws = next(sheet for sheet in book.worksheets if sheet.cell(1, 1).value in ("Text", "텍스트"))
    last = ws.max_column
    assert ws.cell(1, last).value == header
    ids = [ws.cell(row, 2).value for row in range(2, ws.max_row + 1)]
    assert ws.cell(ids.index(card_id) + 2, last).value == "김민지"
    assert ws.cell(1, last - 1).value in ("Colour", "색상")  # nothing before it moved


def test_an_author_edited_in_the_workbook_comes_back(tmp_path):
    journey, card_id = _with_authors()
    path = tmp_path / "map.xlsx"
    export_xlsx(journey, path)
    book = openpyxl.load_workbook(path)
    ws = next(sheet for sheet in book.worksheets if sheet.cell(1, 1).value == "Text")
    ids = [ws.cell(row, 2).value for row in range(2, ws.max_row + 1)]
    ws.cell(ids.index(card_id) + 2, ws.max_column).value = "Lee Jun"
    other = next(i for i in ids if i != card_id)
    ws.cell(ids.index(other) + 2, ws.max_column).value = "박서연"
    book.save(path)
    again = import_xlsx(path)
    assert again.card(card_id).author == "Lee Jun"
    assert again.card(other).author == "박서연"


def test_the_csv_ends_with_the_author_and_no_older_column_moves(tmp_path):
    journey, card_id = _with_authors()
    path = tmp_path / "map.csv"
    export_csv(journey, path)
    rows = _csv_rows(path)
    assert rows[0][-6:] == [*OLD_CSV_TAIL, "Author"]
    ids = [row[1] for row in rows]
    assert rows[ids.index(card_id)][-1] == "김민지"


def test_the_csv_author_comes_back_on_import(tmp_path):
    journey, card_id = _with_authors()
    path = tmp_path / "map.csv"
    export_csv(journey, path)
    again = import_csv(path)
    text = journey.card(card_id).text
    assert [c.author for c in again.cards.values() if c.text == text] == ["김민지"]
    assert sum(1 for c in again.cards.values() if c.author) == 1


def test_a_csv_without_an_author_column_gives_unknown_authors(tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("Stage,Lane,Text\nS,Actions,hello\n", encoding="utf-8")
    journey = import_csv(path)
    assert [c.author for c in journey.cards.values()] == [""]
