"""The shared emotion-view logic (model/emotion_curve.py, model/ids.py): the one smoothing
every view draws, moments of truth, snapping and the emotion-point id codec."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjm_desktop.model.emotion_curve import (
    curve_pieces,
    moments_of_truth,
    runs,
    sample_curve,
    snap_score,
)
from cjm_desktop.model.ids import (
    emotion_point_id,
    is_emotion_point_id,
    kind_of,
    parse_emotion_point_id,
)

scores = st.floats(min_value=-2.0, max_value=2.0, allow_nan=False)
half_steps = st.integers(min_value=-4, max_value=4).map(lambda n: n / 2)


# a shared 2-core machine generates slowly: the checks are about the curve, not the clock
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(scores, half_steps), min_size=1, max_size=12),
       st.lists(st.floats(min_value=0.2, max_value=300.0), min_size=12, max_size=12))
def test_the_curve_passes_through_every_point_and_never_leaves_the_scale(values, widths):
    xs = [sum(widths[:i]) for i in range(len(values))]  # uneven columns, like the canvas
    points = list(zip(xs, values, strict=True))
    line = sample_curve(points)
    for point in points:
        assert point in line
    assert all(-2.0 <= y <= 2.0 for _, y in line)
    # no piece goes beyond its two end scores: no invented peak or dip
    start = points[0]
    for c1, c2, end in curve_pieces(points):
        low, high = min(start[1], end[1]), max(start[1], end[1])
        assert low <= c1[1] <= high and low <= c2[1] <= high
        start = end


def test_the_curve_that_overshot_on_the_canvas_stays_in_range():
    line = sample_curve([(0.0, 2.0), (140.0, 2.0), (320.0, -2.0)])
    assert max(y for _, y in line) == 2.0
    assert min(y for _, y in line) == -2.0
    assert all(y == 2.0 for x, y in line if x <= 140.0)  # equal scores: a flat line


def test_moments_of_truth_are_the_lowest_scores_ties_included():
    assert moments_of_truth([1.0, -1.5, None, -1.5, math.nan, 0.0]) == [1, 3]
    assert moments_of_truth([None, math.nan]) == []
    assert runs([1.0, None, 0.5, 0.0, math.nan, 2.0]) == [[0], [2, 3], [5]]


@pytest.mark.parametrize(("pointed", "score"), [(2.4, 2.0), (-9.0, -2.0), (0.74, 0.5),
                                                (0.76, 1.0), (-0.2, 0.0)])
def test_a_pointed_score_snaps_to_half_steps_on_the_scale(pointed, score):
    assert snap_score(pointed) == score


def test_the_emotion_point_id_round_trips_and_names_its_kind():
    from cjm_desktop.files.templates import load_sample

    journey = load_sample("en")
    persona = journey.personas[0]
    stage = journey.stages[0]
    step = stage.steps[0].id if stage.steps else None
    ident = emotion_point_id(persona.id, stage.id, step)
    assert parse_emotion_point_id(ident) == (persona.id, stage.id, step)
    assert parse_emotion_point_id(emotion_point_id("p1", "s1", None)) == ("p1", "s1", None)
    assert is_emotion_point_id(ident) and not is_emotion_point_id(stage.id)
    assert kind_of(journey, ident) == "emotion-point"
    assert kind_of(journey, stage.id) == "stage"
    assert kind_of(journey, journey.lanes[0].id) == "lane"
    assert kind_of(journey, persona.id) == "persona"
    assert kind_of(journey, next(iter(journey.cards))) == "card"
    assert kind_of(journey, "nothing") is None
    with pytest.raises(ValueError):
        parse_emotion_point_id("no-separator")
