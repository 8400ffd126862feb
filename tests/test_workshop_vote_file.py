"""Finishing a vote writes the cards' votes as one undo step and keeps the tally, which is
saved and loaded with the plan (schema 4); a schema-3 map gains an empty workshop object."""

from __future__ import annotations

import json

import pytest

from cjm_desktop.editing import Document
from cjm_desktop.editing.workshop_edits import record_vote, set_plan
from cjm_desktop.files import MapFileError, dumps, loads, map_to_dict
from cjm_desktop.files.migrations import SCHEMA_VERSION, migrate_3_to_4
from cjm_desktop.files.templates import load_sample
from cjm_desktop.model.voting import VoteScope, VoteSettings, VotingSession
from cjm_desktop.model.workshop_plan import builtin_plan


def pain_vote(document: Document) -> VotingSession:
    journey = document.journey
    lane = next(lane for lane in journey.lanes if lane.kind == "pain_points")
    cards = [c.id for c in journey.cards.values() if c.lane == lane.id]
    vote = VotingSession(VoteSettings(2, ["Ann", "Bo"], VoteScope.LANE, lane.id), cards,
                         title="Pain points")
    vote.cast("Ann", cards[0])
    vote.cast("Ann", cards[0])
    vote.cast("Bo", cards[1])
    vote.reveal()
    return vote


def test_finishing_a_vote_adds_the_totals_to_the_cards_in_one_undo_step(qapp):
    document = Document(load_sample("en"))
    vote = pain_vote(document)
    first, second = vote.card_ids[:2]
    before = {c: document.journey.card(c).votes for c in (first, second)}
    steps = document.undo_stack.count()
    record_vote(document, vote.tally())
    assert document.undo_stack.count() == steps + 1
    assert document.journey.card(first).votes == before[first] + 2
    assert document.journey.card(second).votes == before[second] + 1
    assert len(document.journey.vote_tallies) == 1
    document.undo_stack.undo()
    assert {c: document.journey.card(c).votes for c in (first, second)} == before
    assert document.journey.vote_tallies == []
    document.undo_stack.redo()
    assert document.journey.card(first).votes == before[first] + 2


def test_the_tally_and_the_plan_are_saved_and_loaded(qapp):
    document = Document(load_sample("ko"))
    record_vote(document, pain_vote(document).tally())
    set_plan(document, builtin_plan("journey", "ko", document.journey))
    data = map_to_dict(document.journey)
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["workshop"]["votes"][0]["dots"][0]["participant"] == "Ann"
    first = data["workshop"]["plan"]["activities"][0]
    assert first["prompt"] == "무엇을 하나요? 행동을 적어 주세요"
    loaded = loads(dumps(document.journey))
    assert loaded == document.journey
    assert loaded.vote_tallies[0].totals() == document.journey.vote_tallies[0].totals()


def test_a_schema_3_map_loads_with_no_plan_and_no_votes():
    data = map_to_dict(load_sample("en"))
    del data["workshop"]
    data["schema_version"] = 3
    assert migrate_3_to_4(data, "x")["workshop"] == {"plan": None, "votes": []}
    journey = loads(json.dumps(data))
    assert journey.workshop_plan is None and journey.vote_tallies == []


@pytest.mark.parametrize("change, where", [
    (lambda w: w["votes"][0]["dots"].append({"participant": "Eve", "card": "c1"}),
     "$.workshop.votes[0].dots[3].participant"),
    (lambda w: w["votes"][0].update(dots_per_participant=1), "$.workshop.votes[0].dots"),
    (lambda w: w["plan"]["activities"][0].update(lane="nope"),
     "$.workshop.plan.activities[0].lane"),
    (lambda w: w["plan"]["activities"][0].update(minutes=0),
     "$.workshop.plan.activities[0].minutes"),
])
def test_a_bad_workshop_object_is_refused_with_its_path(qapp, change, where):
    document = Document(load_sample("en"))
    record_vote(document, pain_vote(document).tally())
    set_plan(document, builtin_plan("review", "en", document.journey))
    data = map_to_dict(document.journey)
    change(data["workshop"])
    with pytest.raises(MapFileError) as caught:
        loads(json.dumps(data))
    assert caught.value.where == where


def test_a_plan_whose_lane_was_deleted_still_saves_and_loads(qapp):
    document = Document(load_sample("en"))
    plan = builtin_plan("review", "en", document.journey)
    set_plan(document, plan)
    document.remove_lane(plan.activities[0].lane)
    data = map_to_dict(document.journey)
    assert data["workshop"]["plan"]["activities"][0]["lane"] is None
    assert loads(json.dumps(data)).workshop_plan.activities[0].lane is None
