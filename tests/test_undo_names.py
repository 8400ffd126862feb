"""The undo history names each edit precisely, in the interface language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog
from window_helpers import window_fixture  # noqa: F401 (the window fixture)

from cjm_desktop.main_window.docks_feature import select


def last_step(window) -> str:
    stack = window.document.undo_stack
    return stack.text(stack.index() - 1)


def a_card(window, kind: str):
    return next(c for c in window.document.journey.ordered_cards() if c.kind == kind)


@pytest.mark.parametrize(("changes", "name"), [
    ({"text": "new"}, "Edit card text"),
    ({"notes": "why"}, "Edit card notes"),
    ({"tags": ["a"]}, "Edit card tags"),
    ({"touchpoint.channel": "phone"}, "Set channel"),
    ({"touchpoint.satisfaction": 4}, "Set satisfaction"),
    ({"text": "new", "notes": "why"}, "Edit card"),
])
def test_card_edits_name_the_field(window, changes, name):
    card = a_card(window, "touchpoint")
    window.document.update_card(card.id, changes)
    assert last_step(window) == name


def test_undo_menu_and_history_show_the_precise_name(window):
    card = a_card(window, "pain_point")
    window.document.update_card(card.id, {"pain_point.severity": "low"})
    assert window.undo_action.text().replace("&", "") == "Undo Set severity"
    window.document.undo_stack.undo()
    assert window.redo_action.text().split("\t")[0].replace("&", "") == "Redo Set severity"


def test_structure_edits_name_what_changed(window, monkeypatch):
    document = window.document
    stage = document.journey.stages[0]
    select(window, [stage.id])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Order", True))
    window.structure_actions.rename_stage.trigger()
    assert last_step(window) == "Rename stage"
    document.update_stage(stage.id, {"color": "#123456"})
    assert last_step(window) == "Recolour stage"
    document.update_stage(stage.id, {"goal": "eat"})
    assert last_step(window) == "Edit customer goal"
    lane = document.journey.lanes[0]
    document.update_lane(lane.id, {"title": "Doing"})
    assert last_step(window) == "Rename lane"
    document.update_info({"title": "Dinner"})
    assert last_step(window) == "Rename map"
    document.update_checklist("checkout", {"answer": "yes"})
    assert last_step(window) == "Answer checklist question"


def test_emotion_edits_name_the_persona_and_the_stage(window):
    document = window.document
    journey = document.journey
    persona = journey.personas[0]
    stage = next(s for s in journey.stages if not s.steps)
    document.set_emotion(persona.id, stage.id, None, {"score": 1.5, "label": "happy"})
    assert last_step(window) == f"Set {persona.name}'s score at {stage.name}"
    document.set_emotion(persona.id, stage.id, None, {"note": "quote"})
    assert last_step(window) == f"Edit {persona.name}'s note at {stage.name}"
    with_steps = next(s for s in journey.stages if s.steps)
    step = with_steps.steps[0]
    document.set_emotion(persona.id, with_steps.id, step.id, {"to_be": 2.0})
    assert last_step(window) == (f"Set {persona.name}'s to-be score at "
                                 f"{with_steps.name} · {step.name}")


def test_duplicating_names_the_cards(window):
    card = a_card(window, "note")
    window.document.duplicate_cards([card.id])
    assert last_step(window) == "Duplicate card"


def test_names_speak_korean_in_a_korean_interface(qapp, window):
    from cjm_desktop import i18n

    i18n.install_translations(qapp, "ko")
    try:
        card = a_card(window, "touchpoint")
        window.document.update_card(card.id, {"text": "새 내용"})
        assert last_step(window) == "카드 내용 편집"
        persona = window.document.journey.personas[0]
        stage = next(s for s in window.document.journey.stages if not s.steps)
        window.document.set_emotion(persona.id, stage.id, None, {"score": -1.0})
        assert last_step(window) == f"{persona.name}의 감정 점수 설정 ({stage.name})"
    finally:
        i18n.install_translations(qapp, "en")
