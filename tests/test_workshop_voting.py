"""Dot voting and the workshop plan, Qt-free: dot budgets, take-back, stacking, hidden
counts, reveal order, the tally; plan progression, prompts and real durations (fake clock)."""

from __future__ import annotations

import pytest
from workshop_helpers import FakeClock

from cjm_desktop.model import JourneyMap, Lane
from cjm_desktop.model.vocab import LaneKind
from cjm_desktop.model.voting import (
    Refusal,
    VoteScope,
    VoteSettings,
    VoteState,
    VotingSession,
)
from cjm_desktop.model.workshop_plan import (
    ActivityKind,
    PlanRun,
    builtin_plan,
)


def session(**settings):
    values = {"dots": 3, "participants": ["Ann", "Bo"], **settings}
    return VotingSession(VoteSettings(**values), ["c1", "c2", "c3"], title="Pain points")


def test_each_participant_has_their_dots_and_no_more():
    vote = session()
    for card in ("c1", "c2", "c2"):
        assert vote.cast("Ann", card).ok
    assert vote.remaining("Ann") == 0 and vote.remaining("Bo") == 3
    refused = vote.cast("Ann", "c3")
    assert not refused.ok and refused.reason is Refusal.NO_DOTS_LEFT
    assert vote.totals() == {"c1": 1, "c2": 2, "c3": 0}


def test_a_dot_can_be_taken_back_and_cast_again():
    vote = session()
    vote.cast("Ann", "c1")
    assert vote.take_back("Ann", "c1").ok
    assert vote.remaining("Ann") == 3 and vote.count("c1") == 0
    assert vote.take_back("Ann", "c1").reason is Refusal.NO_DOT_THERE
    assert vote.take_back("Bo", "c1").reason is Refusal.NO_DOT_THERE


def test_stacking_can_be_forbidden():
    vote = session(allow_stacking=False)
    assert vote.cast("Ann", "c1").ok
    assert vote.cast("Ann", "c1").reason is Refusal.NO_STACKING
    assert vote.cast("Bo", "c1").ok  # another person may


def test_unknown_people_and_cards_are_refused():
    vote = session()
    assert vote.cast("Eve", "c1").reason is Refusal.UNKNOWN_PARTICIPANT
    assert vote.cast("Ann", "c9").reason is Refusal.UNKNOWN_CARD


def test_counts_stay_hidden_until_the_reveal_and_then_rank_the_cards():
    vote = session()
    vote.cast("Ann", "c3")
    vote.cast("Bo", "c3")
    vote.cast("Bo", "c1")
    assert not vote.counts_visible()
    vote.close()
    assert vote.state is VoteState.CLOSED and vote.cast("Ann", "c2").reason is Refusal.NOT_OPEN
    vote.reveal()
    assert vote.state is VoteState.REVEALED and vote.counts_visible()
    assert vote.ranked() == [("c3", 2, 1), ("c1", 1, 2), ("c2", 0, 3)]


def test_ties_share_a_rank_in_reading_order():
    vote = session()
    vote.cast("Ann", "c2")
    vote.cast("Bo", "c1")
    assert vote.ranked() == [("c1", 1, 1), ("c2", 1, 1), ("c3", 0, 3)]


def test_open_counts_are_visible_while_voting():
    assert session(hidden=False).counts_visible()


def test_the_tally_lists_every_dot_by_participant():
    vote = session()
    vote.cast("Ann", "c1")
    vote.cast("Bo", "c2")
    tally = vote.tally()
    assert tally.dots == [("Ann", "c1"), ("Bo", "c2")] and tally.title == "Pain points"
    assert tally.totals() == {"c1": 1, "c2": 1}


def test_next_participant_skips_those_without_dots():
    vote = session(dots=1)
    assert vote.next_participant(None) == "Ann"
    vote.cast("Ann", "c1")
    assert vote.next_participant("Ann") == "Bo"
    vote.cast("Bo", "c1")
    assert vote.next_participant("Bo") is None


@pytest.mark.parametrize("settings", [
    {"dots": 0}, {"participants": []}, {"participants": ["A", "A"]},
    {"scope": VoteScope.LANE}, {"participants": [" "]},
])
def test_bad_settings_are_refused_with_a_reason(settings):
    with pytest.raises(ValueError):
        session(**settings)


def journey_with_lanes() -> JourneyMap:
    journey = JourneyMap()
    for kind in (LaneKind.ACTIONS, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES):
        journey.add_lane(Lane(journey.new_id("lane"), kind.value, kind.value))
    return journey


def test_the_builtin_plans_come_in_korean_and_english_with_their_lanes():
    journey = journey_with_lanes()
    ko = builtin_plan("journey", "ko", journey)
    en = builtin_plan("journey", "en", journey)
    assert ko.total_minutes() == en.total_minutes() == 120
    assert ko.activities[0].prompt == "무엇을 하나요? 행동을 적어 주세요"
    assert [a.kind for a in ko.activities] == [a.kind for a in en.activities]
    assert ko.activities[0].lane == journey.lanes[0].id
    assert ko.activities[1].lane is None  # this map has no thoughts lane
    assert sum(a.kind is ActivityKind.VOTE for a in en.activities) == 2
    assert builtin_plan("review", "en").total_minutes() == 45
    assert all(not a.problems() for a in ko.activities + en.activities)


def test_a_plan_run_goes_activity_by_activity_and_keeps_real_durations():
    clock = FakeClock()
    run = PlanRun(builtin_plan("review", "en"), clock)
    assert run.activity is None
    first = run.next(set())
    assert first is not None and first.title == "Review the pain points"
    clock.advance(90)
    second = run.next({"c1", "c2"})
    assert second is not None and second.kind is ActivityKind.VOTE
    clock.advance(30)
    run.next({"c1", "c2"})
    clock.advance(10)
    assert run.next({"c1", "c2", "c3"}) is None and run.current is None
    assert [(r.index, r.seconds(clock()), r.new_cards) for r in run.records] == [
        (0, 90, ["c1", "c2"]), (1, 30, []), (2, 10, ["c3"])]


def test_the_plan_runner_signals_the_current_activity_and_times_it(qapp):
    from cjm_desktop.editing import Document
    from cjm_desktop.workshop.plan_runner import PlanRunner
    from cjm_desktop.workshop.timer import Countdown, Phase

    clock = FakeClock()
    document = Document(journey_with_lanes())
    countdown = Countdown(clock)
    runner = PlanRunner(document, builtin_plan("review", "en", document.journey), countdown,
                        clock)
    seen = []
    runner.activityChanged.connect(lambda: seen.append(runner.current()))
    runner.next()
    current = runner.current()
    assert current is not None and current.prompt == "Is a pain point missing? Write it down"
    assert current.lane == document.journey.lanes[1].id and not current.is_vote
    assert countdown.phase is Phase.RUNNING and countdown.text() == "20:00"
    runner.next()
    assert seen[-1] is not None and seen[-1].is_vote and countdown.text() == "10:00"
    runner.next()
    runner.next()
    assert seen[-1] is None and len(seen) == 4
