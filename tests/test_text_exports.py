"""Every text export is valid for its format whatever the text: SVG parses as XML, CSV and
JSON give the text back exactly, Mermaid reads back with every card as a task; workbook cells
never become error cells and control characters stay visible."""

from __future__ import annotations

import xml.dom.minidom
import xml.etree.ElementTree as ET

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjm_desktop.files import dumps, loads
from cjm_desktop.files.csv_io import csv_text, import_csv_text
from cjm_desktop.files.mermaid import export_mermaid, import_mermaid
from cjm_desktop.files.xlsx_export import export_xlsx
from cjm_desktop.model import Card, JourneyMap, Lane, Persona, Stage

HOSTILE = ["\x0b", "\x01", "\x1b", "\x00", "\u200f", "\u202e", "😀👩‍👩‍👧", "\ufeff", "\x85",
           "\u2028", "=1+1", "section x", "title y", "accDescr: z", "%% c", ":#;,", "\r\n",
           "\t", '"quoted"', "x" * 40_000]
# Hypothesis text: any code point but lone surrogates (the model's inputs refuse them),
# with the hostile pieces mixed in.
TEXT = st.lists(st.one_of(st.text(max_size=30), st.sampled_from(HOSTILE)),
                min_size=1, max_size=4).map("".join)


def map_with(text: str) -> JourneyMap:
    journey = JourneyMap()
    journey.update_info({"title": text[:200], "language": "en"})
    journey.add_stage(Stage("s1", text[:300] or "-"))
    journey.add_lane(Lane("l1", "actions", "Actions"))
    journey.add_lane(Lane("l2", "emotions", "Emotions"))
    journey.add_persona(Persona("p1", (text[:100] or "P"), "#E45756"))
    journey.add_card(Card("c1", "note", "s1", "l1", text=text))
    journey.add_card(Card("c2", "note", "s1", "l1", text="plain", notes=text))
    journey.set_emotion("p1", "s1", None, {"score": 1.0})
    return journey


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_csv_json_and_mermaid_hold_any_text(text):
    journey = map_with(text)
    back = import_csv_text(csv_text(journey))
    in_csv = text.replace("\x00", "\ufffd")  # the one documented change
    assert {c.text for c in back.cards.values()} == {in_csv, "plain"}
    assert next(c for c in back.cards.values() if c.text == "plain").notes == in_csv
    assert [s.name for s in back.stages] == [s.name.replace("\x00", "\ufffd")
                                             for s in journey.stages]
    assert [p.name for p in back.personas] == [journey.personas[0].name.replace(
        "\x00", "\ufffd")]
    assert loads(dumps(journey)) == journey
    mermaid = export_mermaid(journey)
    again = import_mermaid(mermaid)
    assert len(again.cards) == 2 and len(again.stages) == 1
    assert export_mermaid(again).splitlines()[-2:] == mermaid.splitlines()[-2:]


@pytest.fixture(scope="module")
def app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


@settings(max_examples=12, deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(TEXT)
def test_svg_is_well_formed_xml_whatever_the_text(app, text):
    from cjm_desktop.canvas.render import svg_bytes

    svg = svg_bytes(map_with(text))
    xml.dom.minidom.parseString(svg)
    assert ET.fromstring(svg).tag.endswith("svg")


@pytest.mark.parametrize("control", ["\x0b", "\x01", "\x1b"])
def test_svg_with_a_control_character_parses(app, control):
    """Issue: a card with \\x0b, \\x01 or \\x1b gave an SVG that is not well-formed."""
    from cjm_desktop.canvas.render import svg_bytes

    ET.fromstring(svg_bytes(map_with(f"line 1{control}line 2")))


def test_excel_error_literals_stay_text_and_controls_stay_visible(tmp_path):
    journey = map_with("#N/A")
    literals = ["#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#N/A"]
    for index, literal in enumerate(literals):
        journey.add_card(Card(f"e{index}", "note", "s1", "l1", text=literal))
    journey.add_card(Card("v1", "note", "s1", "l1", text="line 1\x0bline 2"))
    journey.add_card(Card("v2", "note", "s1", "l1", text="a\x01b"))
    path = tmp_path / "m.xlsx"
    export_xlsx(journey, path)
    sheet = openpyxl.load_workbook(path)["Touchpoints & cards"]
    cells = {row[1].value: row[0] for row in sheet.iter_rows(min_row=2)}  # ID, Text
    for index, literal in enumerate(literals):
        assert cells[f"e{index}"].value == literal and cells[f"e{index}"].data_type == "s"
    assert cells["v1"].value == "line 1\nline 2"
    assert cells["v2"].value == "a b"
