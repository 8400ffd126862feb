"""Pure layout math of the canvas grid: no Qt, so it is unit-tested on its own.

Columns are the journey's points (a stage, or each of its steps); rows are lanes. Given
column widths and the measured heights of the cards in each cell, :func:`compute_layout`
places everything; :class:`Layout` answers hit-tests (which cell, which insert position)
from a scene point with bisection, so a drag costs O(log n) per mouse move.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

Point = tuple[str, "str | None"]

LANE_HEADER_W = 176.0
STAGE_HEADER_H = 72.0
STEP_HEADER_H = 32.0
COLUMN_W = 216.0  # the default card width (editing.appearance) plus the cell padding
COLUMN_MIN_W = 128.0
CELL_PAD = 8.0
CARD_GAP = 8.0
ROW_MIN_H = 72.0
EMOTION_ROW_H = 184.0


def column_width(card_width: float) -> float:
    """The width of a column holding cards ``card_width`` wide."""
    return float(card_width) + 2 * CELL_PAD


@dataclass(frozen=True)
class RowSpec:
    lane_id: str
    fixed_height: float | None = None  # emotion lane or a lane with a set height


@dataclass
class Layout:
    points: list[Point]
    lane_ids: list[str]
    col_x: list[float]
    col_w: list[float]
    row_y: list[float]
    row_h: list[float]
    header_h: float
    has_steps: bool
    lane_w: float = LANE_HEADER_W
    stage_spans: dict[str, tuple[float, float]] = field(default_factory=dict)
    # per cell (col, row): the y of each card's top, in cell order
    card_tops: dict[tuple[int, int], list[float]] = field(default_factory=dict)
    card_heights: dict[tuple[int, int], list[float]] = field(default_factory=dict)

    @property
    def width(self) -> float:
        return (self.col_x[-1] + self.col_w[-1]) if self.col_x else self.lane_w

    @property
    def height(self) -> float:
        return (self.row_y[-1] + self.row_h[-1]) if self.row_y else self.header_h

    def frame(self) -> tuple[Any, ...]:
        """What the grid, the headers and the emotion lanes are drawn from (not the cards)."""
        return (self.points, self.lane_ids, self.col_x, self.col_w, self.row_y, self.row_h,
                self.header_h, self.has_steps, self.lane_w, self.stage_spans)

    def card_width(self, col: int) -> float:
        return self.col_w[col] - 2 * CELL_PAD

    def cell_rect(self, col: int, row: int) -> tuple[float, float, float, float]:
        return (self.col_x[col], self.row_y[row], self.col_w[col], self.row_h[row])

    def column_at(self, x: float) -> int | None:
        i = bisect_right(self.col_x, x) - 1
        if i < 0 or x >= self.col_x[i] + self.col_w[i]:
            return None
        return i

    def row_at(self, y: float) -> int | None:
        i = bisect_right(self.row_y, y) - 1
        if i < 0 or y >= self.row_y[i] + self.row_h[i]:
            return None
        return i

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        col, row = self.column_at(x), self.row_at(y)
        return None if col is None or row is None else (col, row)

    def nearest_cell(self, x: float, y: float) -> tuple[int, int] | None:
        """The cell under a point, clamped into the grid (a drag past the edge still lands)."""
        if not self.col_x or not self.row_y:
            return None
        x = min(max(x, self.col_x[0]), self.width - 0.01)
        y = min(max(y, self.row_y[0]), self.height - 0.01)
        return self.cell_at(x, y)

    def insert_index(self, col: int, row: int, y: float, skip: frozenset[int] = frozenset()
                     ) -> int:
        """Where a card dropped at height ``y`` goes among the cell's cards: the number of
        cards (not counting the ``skip`` positions, i.e. the dragged ones) above it."""
        tops = self.card_tops.get((col, row), [])
        heights = self.card_heights.get((col, row), [])
        index = 0
        for i, (top, h) in enumerate(zip(tops, heights, strict=True)):
            if i in skip:
                continue
            if y > top + h / 2:
                index += 1
        return index

    def marker_y(self, col: int, row: int, index: int, skip: frozenset[int] = frozenset()
                 ) -> float:
        """The y of the insertion marker for ``index`` (counted without ``skip``)."""
        tops = self.card_tops.get((col, row), [])
        heights = self.card_heights.get((col, row), [])
        kept = [(t, h) for i, (t, h) in enumerate(zip(tops, heights, strict=True))
                if i not in skip]
        if not kept:
            return self.row_y[row] + CELL_PAD / 2
        if index < len(kept):
            return kept[index][0] - CARD_GAP / 2
        top, h = kept[-1]
        return top + h + CARD_GAP / 2

    def column_edge_at(self, x: float, grip: float) -> int | None:
        """The column whose right edge is within ``grip`` of ``x`` (for width dragging)."""
        for i, (cx, cw) in enumerate(zip(self.col_x, self.col_w, strict=True)):
            if abs(cx + cw - x) <= grip:
                return i
        return None

    def stage_drop_index(self, stage_order: Sequence[str], x: float) -> int:
        """Index among stages at which a dragged stage dropped at ``x`` lands."""
        index = 0
        for stage_id in stage_order:
            sx, sw = self.stage_spans[stage_id]
            if x > sx + sw / 2:
                index += 1
        return index


def stack_height(heights: Sequence[float]) -> float:
    """Height of a cell holding cards of these heights, padding included."""
    if not heights:
        return 0.0
    return 2 * CELL_PAD + sum(heights) + CARD_GAP * (len(heights) - 1)


def compute_layout(points: Sequence[Point], rows: Sequence[RowSpec],
                   widths: Mapping[Point, float],
                   cell_heights: Mapping[tuple[int, int], Sequence[float]], *,
                   lane_w: float = LANE_HEADER_W, column_w: float = COLUMN_W) -> Layout:
    """Place columns, rows and cards. ``cell_heights[(col, row)]`` lists the measured heights
    of the cell's cards in order; a row is as tall as its tallest cell (at least ROW_MIN_H).
    A column without a width of its own is ``column_w`` wide (see :func:`column_width`)."""
    has_steps = any(step is not None for _stage, step in points)
    header_h = STAGE_HEADER_H + (STEP_HEADER_H if has_steps else 0.0)
    col_x: list[float] = []
    col_w: list[float] = []
    x = lane_w
    spans: dict[str, tuple[float, float]] = {}
    for point in points:
        w = max(COLUMN_MIN_W, widths.get(point, column_w))
        col_x.append(x)
        col_w.append(w)
        stage_id = point[0]
        if stage_id in spans:
            sx, _sw = spans[stage_id]
            spans[stage_id] = (sx, x + w - sx)
        else:
            spans[stage_id] = (x, w)
        x += w
    row_y: list[float] = []
    row_h: list[float] = []
    y = header_h
    per_row: dict[int, list[tuple[int, Sequence[float]]]] = {}
    for (col, row), heights in cell_heights.items():
        per_row.setdefault(row, []).append((col, heights))
    tops: dict[tuple[int, int], list[float]] = {}
    for r, spec in enumerate(rows):
        cells = per_row.get(r, [])
        if spec.fixed_height is not None:
            h = spec.fixed_height
        else:
            h = max([ROW_MIN_H] + [stack_height(hs) for _c, hs in cells])
        for col, heights in cells:
            cy = y + CELL_PAD
            ts: list[float] = []
            for ch in heights:
                ts.append(cy)
                cy += ch + CARD_GAP
            tops[(col, r)] = ts
        row_y.append(y)
        row_h.append(h)
        y += h
    return Layout(list(points), [r.lane_id for r in rows], col_x, col_w, row_y, row_h,
                  header_h, has_steps, lane_w, spans, tops,
                  {key: list(v) for key, v in cell_heights.items()})


def same_frame(a: Layout, b: Layout) -> bool:
    """Whether two layouts have the same columns, rows and headers (cards may differ)."""
    return a.frame() == b.frame()
