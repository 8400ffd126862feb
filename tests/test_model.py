"""Model invariants: ids, dense orders, references, removal records, change events."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cjm_desktop.model import (
    Card,
    Change,
    JourneyMap,
    Lane,
    ModelError,
    Persona,
    Stage,
    Step,
    What,
    vocab,
)


def small_map() -> JourneyMap:
    j = JourneyMap()
    for name in ("인지", "고려", "구매"):
        j.add_stage(Stage(j.new_id("stage"), name))
    j.add_lane(Lane(j.new_id("lane"), "touchpoints", "접점"))
    j.add_lane(Lane(j.new_id("lane"), "emotions", "감정"))
    j.add_lane(Lane(j.new_id("lane"), "pain_points", "고충점"))
    j.add_persona(Persona(j.new_id("persona"), "김지은"))
    return j


def test_ids_are_unique_across_kinds():
    j = small_map()
    ids = [s.id for s in j.stages] + [lane.id for lane in j.lanes] + [p.id for p in j.personas]
    assert len(ids) == len(set(ids))
    with pytest.raises(ModelError):
        j.add_lane(Lane(j.stages[0].id, "actions"))


def test_card_positions_stay_dense_after_moves_and_removals():
    j = small_map()
    s1, s2 = j.stages[0].id, j.stages[1].id
    lane = j.lanes[0].id
    ids = []
    for text in "abcde":
        card = Card(j.new_id("card"), "touchpoint", s1, lane, text=text)
        j.add_card(card)
        ids.append(card.id)
    j.move_card(ids[1], (s2, None, lane), 0)
    j.remove_card(ids[3])
    assert [c.text for c in j.cards_in((s1, None, lane))] == ["a", "c", "e"]
    assert [j.card_position(cid) for cid in (ids[0], ids[2], ids[4])] == [0, 1, 2]
    assert j.cards_in((s2, None, lane))[0].text == "b"


def test_cards_cannot_reference_missing_cells_or_the_emotion_lane():
    j = small_map()
    with pytest.raises(ModelError):
        j.add_card(Card(j.new_id("card"), "note", "nope", j.lanes[0].id))
    with pytest.raises(ModelError):
        j.add_card(Card(j.new_id("card"), "note", j.stages[0].id, j.lanes[1].id))
    assert not j.cards


def test_removing_a_stage_removes_its_cards_and_emotions_and_restore_puts_them_back():
    j = small_map()
    stage, lane, persona = j.stages[1].id, j.lanes[0].id, j.personas[0].id
    j.add_card(Card(j.new_id("card"), "touchpoint", stage, lane, text="앱 설치"))
    j.set_emotion(persona, stage, None, {"score": -1.5, "label": "frustrated", "note": "느려요"})
    before = copy.deepcopy(j.snapshot())
    record = j.remove_stage(stage)
    assert not j.cards and not j.emotions
    assert stage not in [s.id for s in j.stages]
    j.restore_stage(record)
    assert j.snapshot() == before


def test_removing_a_persona_removes_its_emotions():
    j = small_map()
    persona = j.personas[0].id
    j.set_emotion(persona, j.stages[0].id, None, {"score": 1})
    record = j.remove_persona(persona)
    assert not j.emotions
    j.restore_persona(record)
    assert j.emotion(persona, j.stages[0].id).score == 1.0


def test_first_step_adopts_the_stage_content_and_removal_gives_it_back():
    j = small_map()
    stage, lane, persona = j.stages[0].id, j.lanes[0].id, j.personas[0].id
    card = Card(j.new_id("card"), "note", stage, lane, text="검색")
    j.add_card(card)
    j.set_emotion(persona, stage, None, {"score": 0.5})
    step = Step(j.new_id("step"), "앱 검색")
    j.add_step(stage, step)
    assert j.card(card.id).step == step.id
    assert j.emotion(persona, stage, step.id).score == 0.5
    assert (stage, step.id) in j.points()
    j.remove_step(stage, step.id, keep_content=True)
    assert j.card(card.id).step is None
    assert j.emotion(persona, stage, None).score == 0.5


def test_scores_are_half_steps_between_minus_two_and_two():
    j = small_map()
    p, s = j.personas[0].id, j.stages[0].id
    for bad in (2.5, -3, 0.3, float("nan"), "1", True):
        with pytest.raises(ModelError):
            j.set_emotion(p, s, None, {"score": bad})
    j.set_emotion(p, s, None, {"score": -0.5, "to_be": 1.5})
    assert (j.emotion(p, s).score, j.emotion(p, s).to_be) == (-0.5, 1.5)


def test_links_follow_removed_cards_and_come_back_on_restore():
    j = small_map()
    s, tp_lane, pain_lane = j.stages[0].id, j.lanes[0].id, j.lanes[2].id
    touch = Card(j.new_id("card"), "touchpoint", s, tp_lane, text="앱")
    j.add_card(touch)
    pain = Card(j.new_id("card"), "pain_point", s, pain_lane, text="배달 지연")
    j.add_card(pain)
    j.update_card(pain.id, {"pain_point.touchpoint": touch.id})
    opp = Card(j.new_id("card"), "opportunity", s, pain_lane, text="실시간 추적")
    j.add_card(opp)
    j.update_card(opp.id, {"opportunity.pain_points": [pain.id]})
    record = j.remove_card(touch.id)
    assert j.card(pain.id).pain_point.touchpoint is None
    j.restore_card(record)
    assert j.card(pain.id).pain_point.touchpoint == touch.id
    update = j.update_card(pain.id, {"kind": "note"})
    assert j.card(opp.id).opportunity.pain_points == []
    j.revert_card_update(pain.id, update)
    assert j.card(opp.id).opportunity.pain_points == [pain.id]
    assert j.card(pain.id).pain_point.touchpoint == touch.id


def test_invalid_card_updates_change_nothing():
    j = small_map()
    card = Card(j.new_id("card"), "touchpoint", j.stages[0].id, j.lanes[0].id)
    j.add_card(card)
    before = copy.deepcopy(j.snapshot())
    for changes in ({"touchpoint.satisfaction": 6}, {"touchpoint.channel": "pigeon"},
                    {"votes": -1}, {"kpi.target": 3}, {"stage": "x"}):
        with pytest.raises(ModelError):
            j.update_card(card.id, changes)
    assert j.snapshot() == before


def test_change_events_say_what_and_who():
    j = small_map()
    seen: list[Change] = []
    j.subscribe(seen.append)
    j.update_stage(j.stages[0].id, {"name": "탐색"}, origin="inspector")
    j.move_stage(j.stages[0].id, 2, origin="canvas")
    assert seen[0] == Change(What.STAGE_UPDATED, (j.stages[2].id,), ("name",), "inspector")
    assert seen[1].what == What.STAGE_MOVED and seen[1].origin == "canvas"


def test_vocabularies_have_korean_and_english_names():
    for vocabulary in (vocab.LaneKind, vocab.Channel, vocab.PainCategory, vocab.EmotionLabel,
                       vocab.CardKind, vocab.OpportunityStatus, vocab.ChecklistQuestion):
        for value in vocabulary:
            ko, en = vocab.label(value, "ko"), vocab.label(value, "en")
            assert ko and en and ko != en or value == vocab.Channel.OTHER
            assert vocab.parse(vocabulary, ko) == value
            assert vocab.parse(vocabulary, en.upper()) == value
    assert vocab.label(vocab.PainCategory.FINANCIAL, "ko") == "재정"
    assert len(list(vocab.Channel)) == 15


operations = st.lists(
    st.tuples(st.sampled_from(["add", "move", "remove", "stage", "lane"]),
              st.integers(0, 20), st.integers(0, 20), st.integers(0, 5)),
    max_size=40)


@settings(max_examples=60, deadline=None)
@given(operations)
def test_random_operations_keep_the_invariants(ops):
    j = small_map()
    for op, a, b, c in ops:
        stages, lanes = j.stages, [lane for lane in j.lanes if lane.kind != "emotions"]
        cards = sorted(j.cards)
        try:
            if op == "add" and stages and lanes:
                cell = (stages[a % len(stages)].id, None, lanes[b % len(lanes)].id)
                j.add_card(Card(j.new_id("card"), "note", *cell[:1], lanes[b % len(lanes)].id),
                           c)
            elif op == "move" and cards and stages and lanes:
                j.move_card(cards[a % len(cards)],
                            (stages[b % len(stages)].id, None, lanes[c % len(lanes)].id), a)
            elif op == "remove" and cards:
                j.remove_card(cards[a % len(cards)])
            elif op == "stage" and stages:
                if c == 0 and len(stages) > 1:
                    j.remove_stage(stages[a % len(stages)].id)
                else:
                    j.move_stage(stages[a % len(stages)].id, b)
            elif op == "lane" and len(j.lanes) > 1:
                j.move_lane(j.lanes[a % len(j.lanes)].id, b)
        except ModelError:
            pass
        stage_ids = {s.id for s in j.stages}
        lane_ids = {lane.id for lane in j.lanes}
        seen = []
        for cell in j.cells():
            ids = j.cell_ids(cell)
            seen.extend(ids)
            assert [j.card_position(cid) for cid in ids] == list(range(len(ids)))
        assert sorted(seen) == sorted(j.cards)
        assert all(card.stage in stage_ids and card.lane in lane_ids for card in j.cards.values())
