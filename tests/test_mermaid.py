"""Mermaid journey text: the documented mapping, stable round trips, errors with lines."""

from __future__ import annotations

import pytest
from files_helpers import full_map

from cjm_desktop.files.errors import MapFileError
from cjm_desktop.files.formats import read_any, write_any
from cjm_desktop.files.mermaid import export_mermaid, import_mermaid
from cjm_desktop.files.templates import TEMPLATE_NAMES, load_sample, load_template

MERMAID = """\
journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 4: Cat
"""


def test_import_follows_the_mapping():
    journey = import_mermaid(MERMAID)
    assert journey.info.title == "My working day" and journey.info.language == "en"
    assert [s.name for s in journey.stages] == ["Go to work", "Go home"]
    assert [lane.kind for lane in journey.lanes] == ["actions", "emotions"]
    assert [c.text for c in journey.ordered_cards()] == [
        "Make tea", "Go upstairs", "Do work", "Go downstairs", "Sit down"]
    me, cat = journey.personas
    assert (me.name, cat.name) == ("Me", "Cat")
    work, home = journey.stages
    # mean of (score - 3) over the section's tasks that name the actor, to half steps
    assert journey.emotion(me.id, work.id).score == 0.0  # (2 + 0 - 2) / 3
    assert journey.emotion(cat.id, work.id).score == -2.0
    assert journey.emotion(me.id, home.id).score == 2.0
    assert journey.emotion(cat.id, home.id).score == 1.0


def test_export_of_a_map():
    text = export_mermaid(full_map())
    lines = text.splitlines()
    assert lines[0] == "journey" and lines[1] == "    title 음식 배달 앱 고객 여정"
    assert "    section 인지" in lines
    # the actions lane's cards are tasks; the stage score is the personas' mean emotion + 3
    assert "      친구 추천 😀: 4: 김지은" in lines  # +0.5 rounds half up to 4
    assert "      SNS 광고를 본다: 4: 김지은" in lines
    # a stage with emotions but no action card keeps its emotions as a task named after it
    assert "      배달: 1: 김지은" in lines


@pytest.mark.parametrize("text", [
    MERMAID,
    "journey\n  title 점심: 주문; #1\n  section 인지\n    광고를 봄: 2: 김지은, 박민수\n"
    "  section 주문 #2\n    메뉴, 고르기: 4: 박민수, 김지은\n    결제: 5\n",
    "journey\n  Task without section: 3: A\n",
])
def test_export_import_export_is_stable(text):
    once = export_mermaid(import_mermaid(text))
    assert export_mermaid(import_mermaid(once)) == once


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_stable_for_templates_and_sample(lang):
    maps = [load_template(name, lang) for name in TEMPLATE_NAMES] + [load_sample(lang)]
    for journey in maps:
        once = export_mermaid(journey)
        assert export_mermaid(import_mermaid(once)) == once


def test_reserved_characters_are_made_safe():
    journey = full_map()
    journey.update_card("c1", {"text": "시간: 12:30; 메뉴 #1\n둘째 줄"})
    journey.update_persona("p1", {"name": "김, 지은"})
    text = export_mermaid(journey)
    assert "시간： 12：30； 메뉴 ＃1 둘째 줄: 4: 김， 지은" in text
    back = import_mermaid(text)
    assert [p.name for p in back.personas] == ["김， 지은"]


@pytest.mark.parametrize("text, where, message", [
    ("graph TD\n A-->B\n", "line 1", "expected 'journey'"),
    ("journey\n  section A\n  just words\n", "line 3", "not a task"),
    ("journey\n  section A\n  Task: many: Me\n", "line 3", "must be a number"),
    ("%% comment\njourney\n  section A\n\n  Task: 9: Me\n", "line 5", "from 1 to 5"),
    ("", "", "empty"),
])
def test_malformed_text_names_the_line(text, where, message):
    with pytest.raises(MapFileError) as caught:
        import_mermaid(text, "diagram.mmd")
    assert caught.value.where == where and message in caught.value.message
    assert str(caught.value).startswith("diagram.mmd: ")


def test_files(tmp_path):
    path = tmp_path / "map.mmd"
    write_any(full_map(), path)
    assert path.read_text("utf-8") == export_mermaid(full_map())
    assert export_mermaid(read_any(path)) == export_mermaid(full_map())
    (tmp_path / "bad.mmd").write_bytes(b"journey\n\xff\xfe\n")
    with pytest.raises(MapFileError, match="line 2"):
        read_any(tmp_path / "bad.mmd")
