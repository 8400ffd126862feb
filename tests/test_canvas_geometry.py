"""Pure layout math of the canvas grid (no Qt)."""

from __future__ import annotations

from cjm_desktop.canvas import geometry as geo


def _layout():
    points = [("s1", None), ("s2", "t1"), ("s2", "t2")]
    rows = [geo.RowSpec("l1"), geo.RowSpec("l2", fixed_height=100.0), geo.RowSpec("l3")]
    heights = {(0, 0): [40.0, 60.0], (2, 2): [30.0], (1, 0): [200.0]}
    return geo.compute_layout(points, rows, {("s2", "t1"): 300.0}, heights)


def test_columns_follow_points_and_stage_spans_cover_their_steps():
    lay = _layout()
    assert lay.has_steps
    assert lay.header_h == geo.STAGE_HEADER_H + geo.STEP_HEADER_H
    assert lay.col_x == [geo.LANE_HEADER_W, geo.LANE_HEADER_W + geo.COLUMN_W,
                         geo.LANE_HEADER_W + geo.COLUMN_W + 300.0]
    assert lay.stage_spans["s2"] == (lay.col_x[1], 300.0 + geo.COLUMN_W)
    assert lay.width == lay.col_x[2] + geo.COLUMN_W


def test_rows_grow_to_their_tallest_cell_and_fixed_rows_keep_their_height():
    lay = _layout()
    assert lay.row_h[0] == geo.stack_height([200.0]) == 2 * geo.CELL_PAD + 200.0
    assert lay.row_h[1] == 100.0
    assert lay.row_h[2] == geo.ROW_MIN_H
    assert lay.card_tops[(0, 0)] == [lay.row_y[0] + geo.CELL_PAD,
                                     lay.row_y[0] + geo.CELL_PAD + 40.0 + geo.CARD_GAP]


def test_hit_testing_finds_cell_and_insert_position():
    lay = _layout()
    top0, top1 = lay.card_tops[(0, 0)]
    x = lay.col_x[0] + 10
    assert lay.cell_at(x, top0 + 1) == (0, 0)
    assert lay.cell_at(5, top0) is None  # lane header column
    assert lay.insert_index(0, 0, top0 + 5) == 0
    assert lay.insert_index(0, 0, top1 + 50) == 2
    assert lay.insert_index(0, 0, top1 + 5) == 1
    # dragging the first card itself: positions are counted without it
    assert lay.insert_index(0, 0, top1 + 50, frozenset({0})) == 1
    assert lay.nearest_cell(-100, -100) == (0, 0)
    assert lay.nearest_cell(1e6, 1e6) == (2, 2)
    assert lay.marker_y(0, 0, 1) == top1 - geo.CARD_GAP / 2


def test_drop_indexes_for_stage_and_lane_reordering_and_column_edges():
    lay = _layout()
    s2x, s2w = lay.stage_spans["s2"]
    assert lay.stage_drop_index(["s2"], s2x - 1) == 0
    assert lay.stage_drop_index(["s2"], s2x + s2w) == 1
    assert lay.column_edge_at(lay.col_x[1] + 300.0 + 2, 4) == 1
    assert lay.column_edge_at(lay.col_x[1] + 150, 4) is None


def test_minimum_column_width_is_enforced():
    lay = geo.compute_layout([("s", None)], [geo.RowSpec("l")], {("s", None): 10.0}, {})
    assert lay.col_w == [geo.COLUMN_MIN_W]
