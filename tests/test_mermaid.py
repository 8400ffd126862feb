"""Mermaid journey text: the documented mapping, stable round trips, errors with lines."""

from __future__ import annotations

import pytest
from files_helpers import full_map

from cjm_desktop.files.errors import MapFileError
from cjm_desktop.files.formats import read_any, write_any
from cjm_desktop.files.mermaid import export_mermaid, import_mermaid
from cjm_desktop.files.templates import TEMPLATE_NAMES, load_sample, load_template
from cjm_desktop.model import Card, Persona

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


def body(text: str) -> list[str]:
    """The diagram without its ``%%`` comments."""
    return [line for line in text.splitlines() if not line.strip().startswith("%%")]


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
    # every task is a step of its section's stage; each actor's score is task score - 3
    assert [step.name for step in work.steps] == ["Make tea", "Go upstairs", "Do work"]
    scores = {(p.name, step.name): journey.emotion(p.id, stage.id, step.id).score
              for stage in journey.stages for step in stage.steps for p in journey.personas
              if journey.emotion(p.id, stage.id, step.id) is not None}
    assert scores == {("Me", "Make tea"): 2.0, ("Me", "Go upstairs"): 0.0,
                      ("Me", "Do work"): -2.0, ("Cat", "Do work"): -2.0,
                      ("Me", "Go downstairs"): 2.0, ("Cat", "Sit down"): 1.0}


def test_mermaid_round_trip_keeps_every_task_score_and_actors():
    """Mermaid's own documentation example comes back task by task (it came back with
    one score per section before)."""
    assert export_mermaid(import_mermaid(MERMAID)) == MERMAID


def test_a_task_without_actors_keeps_its_score():
    text = "journey\n  section A\n    Alone: 2\n    Together: 4: Me\n"
    journey = import_mermaid(text)
    assert [p.name for p in journey.personas] == ["(no actor)", "Me"]
    assert body(export_mermaid(journey))[2:] == ["      Alone: 2", "      Together: 4: Me"]


def test_export_of_a_map():
    text = export_mermaid(full_map())
    lines = text.splitlines()
    assert lines[0] == "journey" and "    title 음식 배달 앱 고객 여정" in lines
    assert "    section 인지" in lines
    # the actions lane's cards are tasks with the personas scored there as actors
    assert "      친구 추천 😀: 3.5: 김지은" in lines
    assert "      SNS 광고를 본다: 3.5: 김지은" in lines
    # a point with emotions but no action card keeps its emotions as a task named after it
    assert "      배달: 1: 김지은" in lines
    # what Mermaid cannot hold is named in comments
    assert any(line.startswith("    %% left out") and "접점" in line and "6 cards" in line
               for line in lines)
    assert "    %% left out: the to-be scores" in lines


@pytest.mark.parametrize("text", [
    MERMAID,
    "journey\n  title 점심: 주문; #1\n  section 인지\n    광고를 봄: 2: 김지은, 박민수\n"
    "  section 주문 #2\n    메뉴, 고르기: 4: 박민수, 김지은\n    결제: 5\n",
    "journey\n  Task without section: 3: A\n",
])
def test_export_import_export_is_stable(text):
    once = export_mermaid(import_mermaid(text))
    assert body(export_mermaid(import_mermaid(once))) == body(once)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_stable_for_templates_and_sample(lang):
    maps = [load_template(name, lang) for name in TEMPLATE_NAMES] + [load_sample(lang)]
    for journey in maps:
        once = export_mermaid(journey)
        assert body(export_mermaid(import_mermaid(once))) == body(once)


def test_reserved_characters_are_made_safe():
    journey = full_map()
    journey.update_card("c1", {"text": "시간: 12:30; 메뉴 #1\n둘째 줄"})
    journey.update_persona("p1", {"name": "김, 지은"})
    text = export_mermaid(journey)
    assert "시간： 12：30； 메뉴 ＃1 둘째 줄: 3.5: 김， 지은" in text
    assert "written as full-width" in text and "2 texts had ':'" in text
    assert "1 texts had line breaks" in text
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
    assert body(export_mermaid(read_any(path)))[1:] == body(export_mermaid(full_map()))[1:]
    (tmp_path / "bad.mmd").write_bytes(b"journey\n\xff\xfe\n")
    with pytest.raises(MapFileError, match="line 2"):
        read_any(tmp_path / "bad.mmd")


def test_text_that_reads_as_a_keyword_comes_back_as_text():
    """Issue: card texts starting with `section `, `title ` or `accDescr` were written as
    bare task lines, read back as keywords (13 cards came back as 10, the title replaced)."""
    texts = ["section 2 of the form", "title deed checked", "accDescr: hidden", "accTitle x",
             "%% not a comment", '"section quoted"', "Title case", "plain"]
    journey = import_mermaid("journey\n  title Keep me\n  section A\n    x: 3: Me\n")
    stage = journey.stages[0]
    lane = journey.lanes[0]
    for index, text in enumerate(texts):
        journey.add_card(Card(f"k{index}", "note", stage.id, lane.id, text=text,
                              step=stage.steps[0].id))
    out = export_mermaid(journey)
    assert "double quotes" in out
    back = import_mermaid(out)
    assert back.info.title == "Keep me"
    # ':' is written full-width (documented); nothing else changes
    expected = [text.replace(":", "：") for text in texts]
    assert sorted(c.text for c in back.cards.values()) == sorted(["x", *expected])


def test_a_lone_surrogate_is_replaced_and_said():
    """Issue: Mermaid export of a text with a lone surrogate raised UnicodeEncodeError."""
    journey = import_mermaid("journey\n  section A\n    x: 3: Me\n")
    journey.update_card(next(iter(journey.cards)), {"text": "broken \ud800 text"})
    out = export_mermaid(journey)
    out.encode("utf-8")
    assert "broken \ufffd text: 3: Me" in out and "lone surrogate" in out



def test_personas_left_out_are_named():
    journey = import_mermaid("journey\n  section A\n    x: 3: Me\n")
    journey.add_persona(Persona("pq", "Quiet", "#123456"))
    assert "    %% left out: personas without a score (Quiet)" in export_mermaid(journey)
