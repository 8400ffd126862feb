"""Every vocabulary value in every export is shown by its name in the map's own language,
never as the identifier the file format stores ("urban", "mobile_app", "in_progress")."""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from enum import StrEnum

import pytest
from openpyxl import load_workbook

from cjm_desktop.files.formats import read_any, write_any
from cjm_desktop.files.templates import load_sample
from cjm_desktop.model import Card, vocab
from cjm_desktop.model.vocab import (
    CardKind,
    Channel,
    ChecklistAnswer,
    ChecklistQuestion,
    EmotionLabel,
    OpportunityScope,
    OpportunityStatus,
    PainCategory,
    Settlement,
    Severity,
    label,
)

VOCABULARIES = [value for value in vars(vocab).values() if isinstance(value, type)
                and issubclass(value, StrEnum) and value is not StrEnum]
IDENTIFIERS = {member.value for vocabulary in VOCABULARIES for member in vocabulary}


def every_value_map(language: str):
    """The sample map in ``language`` with every vocabulary value in use somewhere."""
    journey = load_sample(language)
    points = [(s.id, s.steps[0].id if s.steps else None) for s in journey.stages]
    stage, step = points[0]
    lanes = {lane.kind: lane.id for lane in journey.lanes}
    first, second = journey.personas[0], journey.personas[1]
    journey.update_persona(first.id, {"urban_rural": Settlement.URBAN.value,
                                      "preferred_channels": [Channel.MOBILE_APP.value,
                                                             "카카오톡 채널"]})
    journey.update_persona(second.id, {"urban_rural": Settlement.RURAL.value})
    number = 0

    def card(kind: CardKind, changes: dict) -> None:
        nonlocal number
        number += 1
        lane = lanes.get({CardKind.TOUCHPOINT: "touchpoints", CardKind.PAIN_POINT: "pain_points",
                          CardKind.OPPORTUNITY: "opportunities"}.get(kind, ""),
                         journey.lanes[0].id)
        journey.add_card(Card(f"v{number}", kind.value, stage, lane, step,
                              text=f"card {number}"))
        journey.update_card(f"v{number}", changes)

    for channel in Channel:
        card(CardKind.TOUCHPOINT, {"touchpoint.channel": channel.value})
    for category, severity in zip(PainCategory, list(Severity) * 2, strict=False):
        card(CardKind.PAIN_POINT, {"pain_point.category": category.value,
                                   "pain_point.severity": severity.value})
    for status, scope in zip(OpportunityStatus, list(OpportunityScope) * 2, strict=False):
        card(CardKind.OPPORTUNITY, {"opportunity.status": status.value,
                                    "opportunity.scope": scope.value})
    for index, emotion in enumerate(EmotionLabel):
        at_stage, at_step = points[index % len(points)]
        journey.set_emotion(first.id if index < len(points) else second.id, at_stage, at_step,
                            {"score": 0.0, "label": emotion.value})
    for question, answer in zip(ChecklistQuestion, list(ChecklistAnswer) * 2, strict=False):
        journey.update_checklist(question.value, {"answer": answer.value})
    return journey


def pieces(text: str) -> list[str]:
    """The parts of a cell or line a vocabulary name could be: lines, list items."""
    return [part.strip(" •") for part in re.split(r"\n|, ", text) if part.strip(" •")]


def raw_identifiers(texts: list[str]) -> set[str]:
    return {piece for text in texts for piece in pieces(text) if piece in IDENTIFIERS}


def visible_cells(path) -> dict[str, list[str]]:
    book = load_workbook(path)
    return {sheet.title: [str(cell.value) for row in sheet.iter_rows() for cell in row
                          if isinstance(cell.value, str)]
            for sheet in book.worksheets if sheet.sheet_state == "visible"}


@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_workbook_shows_no_raw_vocabulary_value(tmp_path, language):
    journey = every_value_map(language)
    path = tmp_path / "map.xlsx"
    write_any(journey, path)
    sheets = visible_cells(path)
    assert {title: raw_identifiers(cells) for title, cells in sheets.items()
            if raw_identifiers(cells)} == {}


@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_persona_sheet_names_where_people_live_and_their_channels(tmp_path, language):
    journey = every_value_map(language)
    path = tmp_path / "map.xlsx"
    write_any(journey, path)
    book = load_workbook(path)
    sheet = book.worksheets[[ws.title for ws in book.worksheets].index(
        "페르소나" if language == "ko" else "Personas")]
    rows = {str(row[0].value): [cell.value for cell in row[1:]]
            for row in sheet.iter_rows() if row[0].value}
    urban_row = rows["도시/농촌" if language == "ko" else "Urban / rural"]
    assert urban_row[:2] == [label(Settlement.URBAN, language), label(Settlement.RURAL, language)]
    channels = rows["선호 채널" if language == "ko" else "Preferred channels"][0]
    assert channels.split("\n") == [label(Channel.MOBILE_APP, language), "카카오톡 채널"]
    # the workbook still opens as the same map
    back = read_any(path)
    assert back.personas[0].urban_rural == "urban"
    assert back.personas[0].preferred_channels == ["mobile_app", "카카오톡 채널"]


@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_cards_csv_shows_names_in_the_map_language(tmp_path, language):
    journey = every_value_map(language)
    path = tmp_path / "cards.csv"
    write_any(journey, path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert raw_identifiers(cells) == set()
    assert label(Channel.LIVE_CHAT, language) in cells
    assert label(OpportunityStatus.IN_PROGRESS, language) in cells


@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_mermaid_text_shows_no_raw_vocabulary_value(tmp_path, language):
    journey = every_value_map(language)
    path = tmp_path / "map.mmd"
    write_any(journey, path)
    assert raw_identifiers(path.read_text(encoding="utf-8").splitlines()) == set()


@pytest.mark.parametrize("language", ["ko", "en"])
def test_pictures_show_names_in_the_map_language_whatever_the_interface(qapp, language):
    from cjm_desktop.canvas import render
    from cjm_desktop.editing.display import display_language, set_display_language

    before = display_language()
    set_display_language("en" if language == "ko" else "ko")  # the other language on screen
    try:
        svg = render.svg_bytes(every_value_map(language)).decode("utf-8")
    finally:
        set_display_language(before)
    # the text is drawn as outlines, each keeping its words as a <title>
    texts = ["".join(element.itertext())
             for element in ET.fromstring(svg).iter("{http://www.w3.org/2000/svg}title")]
    assert raw_identifiers(texts) == set()
    joined = "\n".join(texts)
    assert label(Channel.LIVE_CHAT, language) in joined
    assert label(PainCategory.PRODUCTIVITY, language) in joined
    other = "en" if language == "ko" else "ko"
    assert label(PainCategory.PRODUCTIVITY, other) not in joined
