"""The insights computed from hand-built maps whose answers are known (model/insights)."""

from __future__ import annotations

import pytest
from fuzz_budget import slow_count
from hypothesis import given, settings
from hypothesis import strategies as st

from cjm_desktop.model import Card, JourneyMap, Lane, Persona, Stage, Step
from cjm_desktop.model import insights as ins
from cjm_desktop.model.insights_text import report


# ----- the rules, edge by edge ----------------------------------------------------------------
@pytest.mark.parametrize(("expectation", "performance", "expected"), [
    (4, 3, "complaint"), (5, 1, "complaint"), (4, 4, "satisfaction"), (5, 5, "satisfaction"),
    (3, 4, "delight"), (1, 5, "delight"), (3, 3, "indifference"), (1, 1, "indifference"),
    (None, 4, None), (4, None, None), (None, None, None),
])
def test_touchpoint_quadrants_split_at_3_and_4(expectation, performance, expected):
    assert ins.quadrant(expectation, performance) == expected


@pytest.mark.parametrize(("impact", "effort", "expected"), [
    (4, 3, "quick_win"), (5, 1, "quick_win"), (4, 4, "big_bet"), (5, 5, "big_bet"),
    (3, 3, "fill_in"), (1, 1, "fill_in"), (3, 4, "money_pit"), (1, 5, "money_pit"),
    (None, 2, None), (2, None, None),
])
def test_opportunity_classes_split_at_3_and_4(impact, effort, expected):
    assert ins.opportunity_class(impact, effort) == expected


@pytest.mark.parametrize(("target", "actual", "direction", "met"), [
    (30, 38, "lower", False), (30, 30, "lower", True), (30, 25, "lower", True),
    (80, 61, "higher", False), (80, 80, "higher", True), (80, 90, "higher", True),
    (None, 5, "higher", None), (5, None, "lower", None),
])
def test_kpi_met_follows_its_direction(target, actual, direction, met):
    assert ins.kpi_met(target, actual, direction) is met


def test_lowest_points_keep_every_tie():
    assert ins.lowest_points({}) == []
    scores = {("a", None): -1.0, ("b", "x"): -2.0, ("c", None): -2.0, ("d", None): 1.0}
    assert ins.lowest_points(scores) == [("b", "x"), ("c", None)]


# ----- a small map with known answers -----------------------------------------------------------
def _map() -> JourneyMap:
    j = JourneyMap()
    j.add_stage(Stage("s1", "Find"))
    j.add_stage(Stage("s2", "Buy", steps=[Step("t1", "Cart"), Step("t2", "Pay")]))
    j.add_stage(Stage("s3", "Use"))
    for lane_id, kind in (("lt", "touchpoints"), ("lp", "pain_points"), ("lo", "opportunities"),
                          ("lk", "kpis")):
        j.add_lane(Lane(lane_id, kind, kind))
    j.add_card(Card("tp1", "touchpoint", "s1", "lt", text="Search"))
    j.update_card("tp1", {"touchpoint.expectation": 4, "touchpoint.performance": 3,
                          "touchpoint.channel": "website", "touchpoint.complaint_count": 9})
    j.add_card(Card("tp2", "touchpoint", "s2", "lt", "t2", text="Pay page"))
    j.update_card("tp2", {"touchpoint.expectation": 3, "touchpoint.performance": 4,
                          "touchpoint.channel": "mobile_app", "touchpoint.complaint_count": 30})
    j.add_card(Card("tp3", "touchpoint", "s3", "lt", text="No ratings"))
    pains = [("p1", "s1", None, "financial", "high"), ("p2", "s1", None, "financial", "low"),
             ("p3", "s1", None, None, "medium"), ("p4", "s2", "t1", "process", None),
             ("p5", "s2", "t2", "process", "high"), ("p6", "s2", "t2", "support", "high")]
    for cid, stage, step, category, severity in pains:
        j.add_card(Card(cid, "pain_point", stage, "lp", step, text=cid))
        j.update_card(cid, {"pain_point.category": category, "pain_point.severity": severity})
    opps = [("o1", 5, 1, ["p1"], 0), ("o2", 5, 5, [], 9), ("o3", 4, 2, ["p5", "p6"], 0),
            ("o4", 4, 2, ["p2"], 0), ("o5", None, 2, [], 50), ("o6", 2, 5, [], 0)]
    for cid, impact, effort, linked, votes in opps:
        j.add_card(Card(cid, "opportunity", "s3", "lo", text=cid, votes=votes))
        j.update_card(cid, {"opportunity.impact": impact, "opportunity.effort": effort,
                            "opportunity.pain_points": linked})
    j.add_card(Card("k1", "kpi", "s2", "lk", "t2", text="time"))
    j.update_card("k1", {"kpi.target": 30, "kpi.actual": 38, "kpi.direction": "lower"})
    j.add_card(Card("k2", "kpi", "s3", "lk", text="rate"))
    j.update_card("k2", {"kpi.target": 80, "kpi.actual": 81})
    j.add_card(Card("k3", "kpi", "s3", "lk", text="no actual"))
    j.update_card("k3", {"kpi.target": 1})
    j.add_persona(Persona("pa", "A", preferred_channels=["Mobile app", "phone", "전화",
                                                          "Carrier pigeon"]))
    j.add_persona(Persona("pb", "B"))
    j.set_emotion("pa", "s1", None, {"score": -1.0, "to_be": 1.0})
    j.set_emotion("pa", "s2", "t1", {"score": -2.0})
    j.set_emotion("pa", "s2", "t2", {"score": -2.0, "to_be": 0.0})
    j.set_emotion("pb", "s1", None, {"score": 1.0, "to_be": 2.0})
    j.set_emotion("pb", "s3", None, {"to_be": 2.0})
    j.update_checklist("first_contact", {"answer": "yes"})
    j.update_checklist("checkout", {"answer": "partly"})
    j.update_checklist("feedback_loop", {"answer": "no"})
    return j


def test_pain_points_per_point_and_category_with_weights():
    result = ins.compute(_map())
    rows = [(c.stage, c.step, c.category, c.count, c.weighted) for c in result.pain_cells]
    assert rows == [("s1", None, "financial", 2, 4), ("s1", None, None, 1, 2),
                    ("s2", "t1", "process", 1, 0), ("s2", "t2", "process", 1, 3),
                    ("s2", "t2", "support", 1, 3)]
    stages = {s.stage: (s.count, s.weighted) for s in result.pain_stages}
    assert stages == {"s1": (3, 6), "s2": (3, 6), "s3": (0, 0)}
    assert result.worst_stage == "s1"  # a tie on weight and count: the first in reading order
    assert result.pain_cells[0].cards == ("p1", "p2")


def test_emotion_lows_averages_and_gaps():
    result = ins.compute(_map())
    assert [(e.persona, e.stage, e.step, e.score) for e in result.lowest] == [
        ("pa", "s2", "t1", -2.0), ("pa", "s2", "t2", -2.0), ("pb", "s1", None, 1.0)]
    by_stage = {s.stage: s for s in result.stage_emotions}
    assert by_stage["s1"].average == 0.0 and by_stage["s1"].to_be_average == 1.5
    assert by_stage["s1"].gap == 1.5  # (2 + 1) / 2
    assert by_stage["s2"].average == -2.0 and by_stage["s2"].gap == 2.0
    assert by_stage["s3"].average is None and by_stage["s3"].gap is None
    assert by_stage["s3"].to_be_average == 2.0


def test_touchpoints_quadrants_and_most_complained():
    result = ins.compute(_map())
    assert [(t.card, t.quadrant) for t in result.touchpoints] == [
        ("tp1", "complaint"), ("tp2", "delight"), ("tp3", None)]
    assert result.most_complained == ("tp2", "tp1")


def test_opportunities_ranked_by_the_documented_priority():
    result = ins.compute(_map())
    ranked = [(o.card, o.cls, o.pain_severity, o.rank) for o in result.opportunities]
    # impact − effort: o1 4, o3 2 (severity 6), o4 2 (severity 1), o2 0, o6 −3; o5 unrated last
    assert ranked == [("o1", "quick_win", 3, 1), ("o3", "quick_win", 6, 2),
                      ("o4", "quick_win", 1, 3), ("o2", "big_bet", 0, 4),
                      ("o6", "money_pit", 0, 5), ("o5", None, 0, 6)]


def test_kpis_met_or_missed_by_direction():
    result = ins.compute(_map())
    assert [(k.card, k.direction, k.met) for k in result.kpis] == [
        ("k1", "lower", False), ("k2", "higher", True), ("k3", "higher", None)]


def test_segments_show_preferred_channels_the_journey_lacks():
    result = ins.compute(_map())
    assert result.offered_channels == ("website", "mobile_app")
    first, second = result.segments
    assert first.preferred == ("mobile_app", "phone")
    assert first.missing == ("phone",) and first.other == ("Carrier pigeon",)
    assert second.preferred == () and second.missing == ()


def test_checklist_score_and_open_questions():
    check = ins.compute(_map()).checklist
    assert check.score == pytest.approx(1.5 / 6)
    assert check.answered == 3
    assert check.open == ("after_purchase_help", "feedback_loop", "touchpoints_mapped",
                          "satisfaction_surveyed")


def test_an_empty_map_has_empty_insights():
    result = ins.compute(JourneyMap())
    assert result.pain_cells == () and result.worst_stage is None
    assert result.lowest == () and result.touchpoints == () and result.opportunities == ()
    assert result.kpis == () and result.segments == ()
    assert result.checklist.score == 0 and result.checklist.answered == 0
    data = ins.to_json(result)
    assert data["pain_points"] == [] and data["checklist"]["score"] == 0


def test_json_has_the_documented_top_level_keys():
    data = ins.to_json(ins.compute(_map()))
    assert {"pain_points", "emotions", "touchpoints", "opportunities", "kpis", "segments",
            "checklist"} <= set(data)
    assert data["pain_points"][1] == {"stage": "s1", "step": None, "category": None, "count": 1,
                                      "weighted": 2, "cards": ["p3"]}
    assert data["touchpoints"][2]["quadrant"] is None
    assert data["opportunities"][-1]["class"] is None
    assert data["segments"][0]["missing"] == ["phone"]


# ----- any map: the insights never fail and keep their rules -------------------------------------
_rating = st.one_of(st.none(), st.integers(min_value=1, max_value=5))
_number = st.one_of(st.none(), st.floats(min_value=-1e9, max_value=1e9, allow_nan=False))


_ANY_CARDS = given(st.lists(st.tuples(
    st.sampled_from(["touchpoint", "pain_point", "opportunity", "kpi"]),
    _rating, _rating, _number, _number,
    st.sampled_from([None, "low", "medium", "high"]),
    st.sampled_from([None, "financial", "support"]),
    st.sampled_from(["higher", "lower"]),
    st.integers(min_value=0, max_value=50)), max_size=25))


@settings(max_examples=25, deadline=None)
@_ANY_CARDS
def test_any_map_gives_json_ready_insights_that_keep_the_rules(cards):
    import json

    j = _map()
    for index, (kind, a, b, target, actual, severity, category, direction, votes) in \
            enumerate(cards):
        cid = f"x{index}"
        lane = {"touchpoint": "lt", "pain_point": "lp", "opportunity": "lo", "kpi": "lk"}[kind]
        j.add_card(Card(cid, kind, "s3", lane, text=cid, votes=votes))
        changes = {
            "touchpoint": {"touchpoint.expectation": a, "touchpoint.performance": b},
            "pain_point": {"pain_point.severity": severity, "pain_point.category": category},
            "opportunity": {"opportunity.impact": a, "opportunity.effort": b,
                            "opportunity.pain_points": ["p1"] if votes % 2 else []},
            "kpi": {"kpi.target": target, "kpi.actual": actual, "kpi.direction": direction},
        }[kind]
        j.update_card(cid, changes)
    result = ins.compute(j)
    json.dumps(ins.to_json(result), allow_nan=False)
    assert report(j, result).startswith(("Insights", "인사이트"))
    assert [o.rank for o in result.opportunities] == list(range(1, len(result.opportunities) + 1))
    for t in result.touchpoints:
        assert t.quadrant == ins.quadrant(t.expectation, t.performance)
    for k in result.kpis:
        assert k.met is ins.kpi_met(k.target, k.actual, k.direction)
    total = sum(1 for c in j.cards.values() if c.kind == "pain_point")
    assert sum(c.count for c in result.pain_cells) == total
    assert 0 <= result.checklist.score <= 1


@pytest.mark.slow
@settings(max_examples=slow_count(300), deadline=None)
@_ANY_CARDS
def test_any_map_gives_json_ready_insights_that_keep_the_rules_slow(cards):
    """The same property over more maps: ``pytest -m slow``."""
    test_any_map_gives_json_ready_insights_that_keep_the_rules.hypothesis.inner_test(cards)
