"""Merge never loses an added card nor revives a deleted one (hypothesis).

Two random edit sequences A and B start from the same sample map. Whatever side each
conflict is decided for, merge(base, A, B) holds every card either side added and no card
either side deleted — except a card a conflict names (then the person decides, and the
conflict says so), every dot vote either side added, and merge(base, A, A) is A.
"""

from __future__ import annotations

import pytest
from fuzz_budget import slow_count
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjm_desktop.files import map_to_dict
from cjm_desktop.files.templates import load_sample
from cjm_desktop.model.base import ModelError
from cjm_desktop.model.entities import Card, Stage
from cjm_desktop.model.merge import Side, merge_maps
from cjm_desktop.model.voting import VoteSettings, VoteTally
from cjm_desktop.model.workshop_plan import builtin_plan

EDITS = ("text", "remove", "add", "move", "remove_stage", "add_stage", "persona", "emotion",
         "tags", "plan", "vote", "author")


def _with_plan(journey):
    journey.set_workshop_plan(builtin_plan("review", journey.info.language, journey))
    return journey


def _apply(journey, data, side: str, count: int) -> None:
    """Run ``count`` random edits."""
    for n in range(count):
        edit = data.draw(st.sampled_from(EDITS))
        cards = sorted(journey.cards)
        cells = [cell for cell in journey.cells()
                 if journey.lane(cell[2]).kind != "emotions"]
        try:
            if edit == "text" and cards:
                journey.update_card(data.draw(st.sampled_from(cards)), {"text": f"{side}{n}"})
            elif edit == "author" and cards:
                journey.update_card(data.draw(st.sampled_from(cards)), {"author": side})
            elif edit == "plan" and journey.workshop_plan is not None:
                plan = journey.workshop_plan
                activity = data.draw(st.sampled_from(plan.activities))
                activity.minutes = data.draw(st.integers(1, 60))
                journey.set_workshop_plan(plan)
            elif edit == "vote" and cards:
                journey.add_vote_tally(VoteTally(f"{side}{n}", VoteSettings(participants=[side]),
                                                 [(side, data.draw(st.sampled_from(cards)))]))
            elif edit == "tags" and cards:
                journey.update_card(data.draw(st.sampled_from(cards)), {"tags": [side]})
            elif edit == "remove" and cards:
                journey.remove_card(data.draw(st.sampled_from(cards)))
            elif edit == "add" and cells:
                stage, step, lane = data.draw(st.sampled_from(cells))
                text = f"added-{side}-{n}"
                journey.add_card(Card(id=journey.new_id("card"), stage=stage, step=step,
                                      lane=lane, text=text),
                                 data.draw(st.integers(0, 3)))
            elif edit == "move" and cards and cells:
                journey.move_card(data.draw(st.sampled_from(cards)),
                                  data.draw(st.sampled_from(cells)), data.draw(st.integers(0, 3)))
            elif edit == "remove_stage" and len(journey.stages) > 1:
                journey.remove_stage(data.draw(st.sampled_from([s.id for s in journey.stages])))
            elif edit == "add_stage":
                journey.add_stage(Stage(id=journey.new_id("stage"), name=f"{side}{n}"),
                                  data.draw(st.integers(0, len(journey.stages))))
            elif edit == "persona" and journey.personas:
                persona = data.draw(st.sampled_from(journey.personas))
                journey.update_persona(persona.id, {"name": f"{side}{n}"})
            elif edit == "emotion" and journey.personas:
                persona = data.draw(st.sampled_from(journey.personas))
                stage_id, step_id = data.draw(st.sampled_from(journey.points()))
                journey.set_emotion(persona.id, stage_id, step_id,
                                    {"score": data.draw(st.sampled_from([-2, 0, 1.5]))})
        except ModelError:
            pass


def _named(conflicts) -> set[str]:
    """Card ids a conflict names, itself or as something a deleted record holds."""
    names = {c.key for c in conflicts if c.kind == "card"}
    for conflict in conflicts:
        names.update(key for kind, key in conflict.needed_by if kind == "card")
    return names


_EDIT_SEQUENCES = given(data=st.data(), language=st.sampled_from(["ko", "en"]),
                        prefer=st.sampled_from([Side.OURS, Side.THEIRS]))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@_EDIT_SEQUENCES
def test_merge_keeps_every_added_card_and_no_deleted_one(data, language, prefer):
    base, a, b = (_with_plan(load_sample(language)) for _ in range(3))
    _apply(a, data, "A", data.draw(st.integers(0, 12)))
    _apply(b, data, "B", data.draw(st.integers(0, 12)))
    result = merge_maps(base, a, b)
    merged = result.journey(prefer=prefer)
    named = _named(result.conflicts)
    for side, renamed in ((a, {}), (b, result.renamed)):
        for card_id in set(side.cards) - set(base.cards):
            merged_id = renamed.get(card_id, card_id)
            assert merged_id in merged.cards or merged_id in named, side.cards[card_id]
    deleted = {cid for cid in base.cards if cid not in a.cards or cid not in b.cards}
    for card_id in deleted - named:
        assert card_id not in merged.cards, card_id
    titles = {tally.title for tally in merged.vote_tallies}
    for side in (a, b):  # every vote either side held is in the merge (with its title)
        assert {t.title for t in side.vote_tallies} <= titles
    assert map_to_dict(merge_maps(base, a, a).journey()) == map_to_dict(a)


@pytest.mark.slow
@settings(max_examples=slow_count(200), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@_EDIT_SEQUENCES
def test_merge_keeps_every_added_card_and_no_deleted_one_slow(data, language, prefer):
    """The same property over more edit sequences: ``pytest -m slow``."""
    test_merge_keeps_every_added_card_and_no_deleted_one.hypothesis.inner_test(
        data, language, prefer)
