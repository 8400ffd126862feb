"""The Document: every edit is one undo step, typing bursts merge, undo/redo are exact."""

from __future__ import annotations

import copy

import pytest

from cjm_desktop.editing import Document
from cjm_desktop.files.templates import load_sample
from cjm_desktop.model import ModelError


@pytest.fixture
def doc(qapp):
    return Document(load_sample("ko"))


def cell_of(doc, lane_kind="touchpoints", stage_index=0):
    j = doc.journey
    lane = next(lane for lane in j.lanes if lane.kind == lane_kind)
    stage_id, step_id = [p for p in j.points() if p[0] == j.stages[stage_index].id][0]
    return (stage_id, step_id, lane.id)


def test_undo_all_then_redo_all_is_exact(doc):
    j = doc.journey
    original = copy.deepcopy(j.snapshot())
    cell = cell_of(doc)
    new = doc.add_card(cell, text="새 카드")
    doc.update_card(new, {"text": "새 카드 수정", "touchpoint.channel": "phone"})
    doc.move_cards([new], cell_of(doc, stage_index=2), 0)
    doc.remove_stage(j.stages[1].id)
    doc.add_lane("kpis", "지표")
    doc.set_emotion(j.personas[0].id, *j.points()[0], {"score": 2})
    doc.duplicate_persona(j.personas[0].id)
    final = copy.deepcopy(j.snapshot())
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert j.snapshot() == original
    while doc.undo_stack.canRedo():
        doc.undo_stack.redo()
    assert j.snapshot() == final


def test_typing_burst_is_one_undo_step_and_end_burst_starts_another(doc):
    card = next(iter(doc.journey.cards))
    before = doc.undo_stack.count()
    for text in ("a", "ab", "abc"):
        doc.update_card(card, {"text": text}, merge=True)
    assert doc.undo_stack.count() == before + 1
    doc.end_burst()
    doc.update_card(card, {"text": "abcd"}, merge=True)
    assert doc.undo_stack.count() == before + 2
    doc.undo_stack.undo()
    assert doc.journey.card(card).text == "abc"


def test_refused_edit_leaves_no_undo_step(doc):
    card = next(iter(doc.journey.cards))
    count = doc.undo_stack.count()
    with pytest.raises(ModelError):
        doc.update_card(card, {"votes": -3})
    assert doc.undo_stack.count() == count
    assert not doc.is_modified()


def test_clean_state_follows_save_and_undo(doc, tmp_path):
    path = tmp_path / "map.cjm.json"
    assert not doc.is_modified()
    doc.add_stage("새 단계")
    assert doc.is_modified()
    doc.save_as(path)
    assert not doc.is_modified() and doc.path == path
    doc.undo_stack.undo()
    assert doc.is_modified()
    doc.undo_stack.redo()
    assert not doc.is_modified()


def test_moving_several_cards_is_one_step_and_keeps_their_order(doc):
    j = doc.journey
    source, target = cell_of(doc, stage_index=0), cell_of(doc, stage_index=3)
    a = doc.add_card(source, text="A")
    b = doc.add_card(source, text="B")
    count = doc.undo_stack.count()
    doc.move_cards([b, a], target, 1)
    assert doc.undo_stack.count() == count + 1
    ids = j.cell_ids(target)
    assert ids[1:3] == [a, b]
    doc.undo_stack.undo()
    assert j.cell_ids(source)[-2:] == [a, b]

