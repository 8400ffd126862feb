"""Importing a plain table (not the app's own workbook) from xlsx: Korean and English headers."""

from __future__ import annotations

import openpyxl
import pytest

from cjm_desktop.files.errors import MapFileError
from cjm_desktop.files.import_report import ImportReport
from cjm_desktop.files.xlsx_import import import_xlsx


def write_table(path, rows, title="Sheet1", before=None):
    book = openpyxl.Workbook()
    if before is not None:
        book.active.title = "Notes"
        book.active["A1"] = before
        ws = book.create_sheet(title)
    else:
        ws = book.active
        ws.title = title
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def test_english_headers(tmp_path):
    path = write_table(tmp_path / "shop.xlsx", [
        ["Stage", "Lane", "Text", "Kind", "Channel", "Category", "Notes"],
        ["Awareness", "Touchpoints", "Sees an ad", None, "Advertising", None, "bus stop"],
        ["Awareness", "Actions", "Asks a friend", None, None, None, None],
        ["Purchase", "Pain points", "Checkout fails", "pain point", None, "Process", None],
        ["Purchase", "Ideas", "One-click pay", "Opportunity", None, None, None],
        [None, None, None, None, None, None, None],
    ], before="a notes sheet without a table comes first")
    journey = import_xlsx(path)
    assert journey.info.title == "shop" and journey.info.language == "en"
    assert [s.name for s in journey.stages] == ["Awareness", "Purchase"]
    assert [(lane.title, lane.kind) for lane in journey.lanes] == [
        ("Touchpoints", "touchpoints"), ("Actions", "actions"), ("Pain points", "pain_points"),
        ("Ideas", "free_text")]
    cards = journey.ordered_cards()
    by_text = {card.text: card for card in cards}
    assert by_text["Sees an ad"].kind == "touchpoint"
    assert by_text["Sees an ad"].touchpoint.channel == "advertising"
    assert by_text["Sees an ad"].notes == "bus stop"
    assert by_text["Asks a friend"].kind == "note"
    assert by_text["Checkout fails"].pain_point.category == "process"
    assert by_text["One-click pay"].kind == "opportunity"


def test_korean_headers_with_personas_and_scores(tmp_path):
    path = write_table(tmp_path / "여정.xlsx", [
        ["고객 여정 표"],  # a title row above the header
        ["단계", "행", "내용", "종류", "채널", "카테고리", "페르소나", "점수"],
        ["인지", "접점", "인스타그램 광고", None, "소셜 미디어", None, None, None],
        ["인지", None, None, None, None, None, "김지은", 1.5],
        ["인지", None, None, None, None, None, "박민수", "-0.5"],
        ["구매", "고충점", "배달비가 비싸다", None, None, "재정", None, None],
        ["구매", None, None, None, None, None, "김지은", -2],
    ])
    journey = import_xlsx(path)
    assert journey.info.language == "ko"
    assert [s.name for s in journey.stages] == ["인지", "구매"]
    assert [lane.kind for lane in journey.lanes] == ["touchpoints", "pain_points", "emotions"]
    assert [p.name for p in journey.personas] == ["김지은", "박민수"]
    kim, park = journey.personas
    first, second = journey.stages
    assert journey.emotion(kim.id, first.id).score == 1.5
    assert journey.emotion(park.id, first.id).score == -0.5
    assert journey.emotion(kim.id, second.id).score == -2
    pain = next(c for c in journey.cards.values() if c.text == "배달비가 비싸다")
    assert pain.kind == "pain_point" and pain.pain_point.category == "financial"
    assert len(journey.cards) == 2  # emotion rows made no cards


def test_steps_become_sub_columns(tmp_path):
    path = write_table(tmp_path / "steps.xlsx", [
        ["Stage", "Step", "Lane", "Text"],
        ["Buy", "Cart", "Actions", "adds"],
        ["Buy", "Pay", "Actions", "pays"],
        ["Use", None, "Actions", "uses"],
    ])
    journey = import_xlsx(path)
    buy, use = journey.stages
    assert [step.name for step in buy.steps] == ["Cart", "Pay"] and not use.steps
    assert [c.text for c in journey.ordered_cards()] == ["adds", "pays", "uses"]


def test_every_problem_is_reported_with_its_place(tmp_path):
    path = write_table(tmp_path / "bad2.xlsx", [
        ["Stage", "Lane", "Text", "Kind", "Channel", "Persona", "Score", "Colour of sky"],
        ["A", "Touchpoints", "ok", None, "carrier pigeon", None, None, "blue"],
        ["A", None, "no lane", None, None, None, None, None],
        [None, "Actions", "no stage", None, None, None, None, None],
        ["A", "Actions", "x", "gizmo", None, None, None, None],
        ["A", None, None, None, None, "Kim", 7, None],
        ["A", None, None, None, None, "Kim", 0.3, None],
    ])
    report = ImportReport()
    journey = import_xlsx(path, report)
    lines = report.detail_lines()
    assert "read sheet 'Sheet1'" in lines
    assert report.kept_columns == ["Colour of sky"]
    places = [line.split(": ", 1)[0] for line in lines if line.startswith("Sheet1")]
    assert places == ["Sheet1!E2", "Sheet1, row 3", "Sheet1, row 4", "Sheet1!D5",
                      "Sheet1!G6", "Sheet1!G7"]
    assert any("'carrier pigeon' is not a channel" in line for line in lines)
    ok = next(card for card in journey.cards.values() if card.text == "ok")
    assert ok.notes == "Colour of sky: blue\nChannel: carrier pigeon"
    assert report.rows == 6 and report.card_rows == 3 and report.score_rows == 2
    assert len(report.skipped) == 1  # rows 6 and 7 name a persona (its bad scores reported)


def test_a_workbook_without_a_table_is_refused(tmp_path):
    path = write_table(tmp_path / "none.xlsx", [["Name", "Age"], ["Kim", 3]])
    with pytest.raises(MapFileError, match="no sheet has a header row"):
        import_xlsx(path)
