"""Two personas with the same score at the same point: both stay visible, side by side, on
the emotion plot and on the canvas emotion lane (one rule, model/overlap.py)."""

from __future__ import annotations

import math

import pytest
from canvas_helpers import make_plot
from PySide6.QtCore import QPointF

from cjm_desktop.editing import Document
from cjm_desktop.files.templates import load_sample
from cjm_desktop.model.overlap import side_by_side

NAN = float("nan")


def test_equal_scores_get_centred_slots_and_lone_scores_stay_put():
    rows = [[1.0, 0.5, None, -2.0],
            [1.0, 0.0, 2.0, -2.0],
            [NAN, 0.5, 2.0, -2.0]]
    assert side_by_side(rows) == [[-0.5, -0.5, 0.0, -1.0],
                                  [0.5, 0.0, -0.5, 0.0],
                                  [0.0, 0.5, 0.5, 1.0]]
    assert side_by_side([]) == []
    assert side_by_side([[1.0, None]]) == [[0.0, 0.0]]


def test_a_shifted_line_passes_through_its_shifted_points_and_keeps_its_gaps():
    from cjm_desktop.plots.curve_data import smooth

    values = [1.0, 0.0, NAN, -1.0]
    shift = [-0.1, 0.2, 0.0, 0.05]
    xs, ys = smooth(values, shift=shift)
    plain_xs, plain_ys = smooth(values)
    assert all(-2.0 <= y <= 2.0 for y in ys if not math.isnan(y))
    for i, value in enumerate(values):
        if not math.isnan(value):
            assert any(abs(x - (i + shift[i])) < 1e-9 and y == value
                       for x, y in zip(xs, ys, strict=True))
    assert sum(math.isnan(x) for x in xs) == sum(math.isnan(x) for x in plain_xs)


def _same_score_everywhere(document: Document, score: float, index: int = 0):
    journey = document.journey
    stage_id, step_id = journey.points()[index]
    for persona in journey.personas:
        document.set_emotion(persona.id, stage_id, step_id, {"score": score, "to_be": score})
    return stage_id, step_id


@pytest.fixture
def plot(qtbot):
    return make_plot(qtbot)


def test_plot_draws_equal_scores_of_two_personas_side_by_side(plot):
    first, second = (p.id for p in plot.document.journey.personas)
    _same_score_everywhere(plot.document, 1.5)
    for kind in ("score", "to_be"):
        a = next(x for x, y in plot.spots(first, kind) if round(x) == 0 and y == 1.5)
        b = next(x for x, y in plot.spots(second, kind) if round(x) == 0 and y == 1.5)
        assert a < b  # apart, the first persona on the left, both inside column 0
        apart = plot.point_scene_pos(second, 0, kind).x() - plot.point_scene_pos(first, 0,
                                                                                   kind).x()
        assert apart >= 6  # pixels: neither point covers the other's middle
        # each persona's line runs through its own point, not between the two
        line = plot.curves[first].line if kind == "score" else plot.curves[first].to_be_line
        xs, ys = line.getData()
        assert any(abs(x - a) < 1e-9 and abs(y - 1.5) < 1e-9
                   for x, y in zip(xs, ys, strict=True))
    # a score the other persona does not share stays on its column
    journey = plot.document.journey
    stage_id, step_id = journey.points()[0]
    plot.document.set_emotion(second, stage_id, step_id, {"score": -1.0})
    assert (0.0, 1.5) in plot.spots(first)


def test_plot_grabs_the_persona_one_clicks_among_equal_scores(plot):
    """Each of two equal points can still be dragged: the pointer finds the one under it."""
    journey = plot.document.journey
    first, second = (p.id for p in journey.personas)
    _same_score_everywhere(plot.document, 0.5)
    item = plot.points_item
    for persona_id in (first, second):
        x = next(x for x, y in plot.spots(persona_id) if round(x) == 0 and y == 0.5)
        found = item._spot_at(item.mapFromView(QPointF(x, 0.5)))
        assert found is not None and found[0] == persona_id


def test_canvas_emotion_lane_draws_equal_scores_side_by_side(qapp):
    from cjm_desktop.canvas.emotion_lane import FACE_R
    from cjm_desktop.canvas.scene import JourneyScene

    document = Document(load_sample("ko"))
    scene = JourneyScene(document)
    journey = document.journey
    stage_id, step_id = _same_score_everywhere(document, -1.0)
    scene.flush()
    lane = next(iter(scene.emotion_lanes.values()))
    first, second = (lane.markers[f"{p.id}|{stage_id}|{step_id or ''}"]
                     for p in journey.personas)
    assert first.pos().y() == second.pos().y()
    assert second.pos().x() - first.pos().x() > FACE_R  # each face's middle shows
    centre = lane.xs[0]
    assert math.isclose((first.pos().x() + second.pos().x()) / 2, centre)
    dots = [d for _c, _p, ds in lane._future for d in ds if abs(d.x() - centre) < 20
            and d.y() == lane.y_of(-1.0)]
    assert len({d.x() for d in dots}) == 2  # the to-be dots are apart too
