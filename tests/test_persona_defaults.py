"""A new persona's name and colour: in the map's content language, numbered after the
personas already there, and a colour no persona on the map has (one rule, in the model,
for every path that adds a persona); the undo history says whose field an edit changed."""

from __future__ import annotations

import itertools

import pytest

from cjm_desktop.editing import Document
from cjm_desktop.files.templates import load_sample, load_template
from cjm_desktop.model.persona_defaults import (
    DISTINCT,
    PERSONA_COLORS,
    color_distance,
    copy_name,
    default_persona_name,
    next_persona_color,
)


def test_palette_colours_are_distinguishable_from_each_other():
    assert len(set(PERSONA_COLORS)) == len(PERSONA_COLORS) >= 8
    for a, b in itertools.combinations(PERSONA_COLORS, 2):
        assert color_distance(a, b) >= DISTINCT, (a, b)


def test_next_colour_is_one_no_persona_has_and_is_not_like_a_custom_one():
    assert next_persona_color([]) == PERSONA_COLORS[0]
    assert next_persona_color([PERSONA_COLORS[0]]) == PERSONA_COLORS[1]
    assert next_persona_color([PERSONA_COLORS[1]]) == PERSONA_COLORS[0]
    # a hand-picked colour close to the palette's first keeps the first for nobody else
    assert next_persona_color(["#E55858"]) == PERSONA_COLORS[1]
    assert next_persona_color(["#e45756", "not a colour"]) == PERSONA_COLORS[1]
    chosen: list[str] = []
    for _ in PERSONA_COLORS:
        chosen.append(next_persona_color(chosen))
    assert sorted(chosen) == sorted(PERSONA_COLORS)  # all of them before any repeats
    assert next_persona_color(chosen) in PERSONA_COLORS  # then it goes round again


@pytest.mark.parametrize(("names", "language", "expected"), [
    ([], "ko", "페르소나 1"),
    (["페르소나 1"], "ko", "페르소나 2"),
    (["김지은", "박민호"], "ko", "페르소나 3"),
    (["Persona 1"], "en", "Persona 2"),
    (["Persona 2"], "en", "Persona 3"),  # "Persona 2" is taken: the next free number
    (["A", "Persona 3"], "en", "Persona 4"),
    ([], "fr", "Persona 1"),
])
def test_default_name_follows_the_personas_in_the_content_language(names, language,
                                                                   expected):
    assert default_persona_name(names, language) == expected


def test_copy_name_is_in_the_content_language():
    assert copy_name("김지은", "ko") == "김지은 (사본)"
    assert copy_name("Jimin", "en") == "Jimin (copy)"


@pytest.mark.parametrize(("language", "expected"), [("ko", "페르소나 2"), ("en", "Persona 2")])
def test_second_persona_on_a_new_map_has_its_own_colour_and_a_name_in_the_map_language(
        qapp, language, expected):
    document = Document(load_template("stages-4", language))
    first = document.journey.personas[0]
    new_id = document.add_persona()
    second = document.journey.persona(new_id)
    assert second.name == expected
    assert color_distance(second.color, first.color) >= DISTINCT
    third = document.journey.persona(document.add_persona())
    assert third.name == expected[:-1] + "3"
    assert len({first.color, second.color, third.color}) == 3


def test_duplicate_gets_a_new_colour_and_a_content_language_name(qapp):
    document = Document(load_sample("ko"))
    source = document.journey.personas[0]
    copy_id = document.duplicate_persona(source.id)
    copy = document.journey.persona(copy_id)
    assert copy.name == f"{source.name} (사본)"
    assert all(color_distance(copy.color, p.color) >= DISTINCT
               for p in document.journey.personas if p.id != copy_id)


def _last_undo_text(document: Document) -> str:
    stack = document.undo_stack
    return stack.text(stack.count() - 1)


def test_undo_history_names_the_persona_and_the_field(qapp):
    document = Document(load_sample("en"))
    persona = document.journey.personas[0]
    name = persona.name
    document.update_persona(persona.id, {"goals_short_term": ["Eat on time"]})
    assert _last_undo_text(document) == f"Edit {name}'s short-term goals"
    document.update_persona(persona.id, {"segment.region": "Busan"})
    assert _last_undo_text(document) == f"Edit {name}'s region"
    document.update_persona(persona.id, {"empathy.feels": ["hungry"]})
    assert _last_undo_text(document) == f"Edit {name}'s empathy map"
    document.update_persona(persona.id, {"name": "Jimin"})
    assert _last_undo_text(document) == f"Rename persona “{name}”"
    stage = document.journey.stages[0]
    step = stage.steps[0].id if stage.steps else None
    document.set_emotion(persona.id, stage.id, step, {"score": 1.5})
    assert _last_undo_text(document).startswith(f"Set Jimin's score at {stage.name}")
    document.set_emotion(persona.id, stage.id, step, {"note": "ok"})
    assert _last_undo_text(document).startswith(f"Edit Jimin's note at {stage.name}")
    new_id = document.add_persona()
    assert _last_undo_text(document) == "Add persona “Persona 3”"
    document.move_persona(new_id, 0)
    assert _last_undo_text(document) == "Move persona “Persona 3”"
    document.remove_persona(new_id)
    assert _last_undo_text(document) == "Delete persona “Persona 3”"
    document.duplicate_persona(persona.id)
    assert _last_undo_text(document) == "Duplicate persona “Jimin”"


def test_add_in_the_panel_on_a_korean_map_names_it_in_korean_whatever_the_interface(qtbot):
    from cjm_desktop.app import ensure_app
    from cjm_desktop.panels.personas import PersonaPanel

    ensure_app()
    document = Document(load_template("stages-4", "ko"))
    panel = PersonaPanel(document)
    qtbot.addWidget(panel)
    first = document.journey.personas[0]
    panel.add_action.trigger()
    second = document.journey.persona(panel.active_persona_id())
    assert second.name == "페르소나 2" and panel.form.name_edit.text() == "페르소나 2"
    assert second.color != first.color
    assert panel.list.item(1).text() == "페르소나 2"


def test_status_bar_counts_say_one_persona_not_one_personas(qtbot):
    from cjm_desktop.app import create_main_window

    window = create_main_window(None)
    qtbot.addWidget(window)
    journey = window.document.journey
    while len(journey.personas) > 1:
        window.document.remove_persona(journey.personas[-1].id)
    text = window.counts_label.text()
    assert "1 persona" in text and "1 personas" not in text
    assert f"{len(journey.stages)} stages" in text
    window.document.remove_persona(journey.personas[0].id)
    assert "0 personas" in window.counts_label.text()
    window.document.undo_stack.setClean()
