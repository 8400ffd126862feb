"""What every view of the emotion curve computes the same way: snapping a pointed score,
the smooth line through a persona's scores, and the moments of truth.

Pure Python (DESIGN.md Idiom 8): the canvas emotion lane, the emotion plot, the image/PDF
exports and the inspector use these functions, so they never disagree about a curve.

The smoothing is a monotone cubic (Fritsch–Carlson): it passes through every point, each
piece stays between its two end scores — so the line never leaves −2…+2 and never invents
a peak or a dip — and a run of equal scores is drawn flat. Points may sit at any increasing
x (the canvas columns have different widths; a point may be drawn a little aside).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from .vocab import snap_score

Point = tuple[float, float]
# One cubic Bézier piece after a start point: (first control, second control, end).
Piece = tuple[Point, Point, Point]

__all__ = ["Piece", "Point", "curve_pieces", "moments_of_truth", "runs", "sample_curve",
           "snap_score"]


def _missing(value: float | None) -> bool:
    return value is None or math.isnan(value)


def runs(values: Sequence[float | None]) -> list[list[int]]:
    """The indexes of each unbroken run of scores; a missing score (None or NaN) is a gap."""
    result: list[list[int]] = []
    current: list[int] = []
    for i, value in enumerate(values):
        if _missing(value):
            if current:
                result.append(current)
            current = []
        else:
            current.append(i)
    if current:
        result.append(current)
    return result


def moments_of_truth(values: Sequence[float | None]) -> list[int]:
    """Indexes of the lowest scores (all of them when tied); none without any score."""
    present = [v for v in values if v is not None and not _missing(v)]
    if not present:
        return []
    lowest = min(present)
    return [i for i, v in enumerate(values) if not _missing(v) and v == lowest]


def _tangents(points: Sequence[Point]) -> list[float]:
    """Fritsch–Carlson slopes at each point: zero at a peak, a dip or a flat run, and
    limited so that no piece overshoots its end scores."""
    n = len(points)
    widths = [max(points[k + 1][0] - points[k][0], 1e-9) for k in range(n - 1)]
    slopes = [(points[k + 1][1] - points[k][1]) / widths[k] for k in range(n - 1)]
    tangents = [slopes[0]]
    for k in range(1, n - 1):
        if slopes[k - 1] * slopes[k] <= 0:
            tangents.append(0.0)
        else:
            tangents.append((slopes[k - 1] + slopes[k]) / 2)
    tangents.append(slopes[-1])
    for k in range(n - 1):
        if slopes[k] == 0:
            tangents[k] = tangents[k + 1] = 0.0
            continue
        a, b = tangents[k] / slopes[k], tangents[k + 1] / slopes[k]
        if a < 0:
            tangents[k], a = 0.0, 0.0
        if b < 0:
            tangents[k + 1], b = 0.0, 0.0
        h = a * a + b * b
        if h > 9:
            t = 3 / math.sqrt(h)
            tangents[k], tangents[k + 1] = t * a * slopes[k], t * b * slopes[k]
    return tangents


def curve_pieces(points: Sequence[Point]) -> list[Piece]:
    """The smooth line through ``points`` (increasing x) as cubic Bézier pieces starting at
    ``points[0]``; each piece's control points lie between its end scores."""
    if len(points) < 2:
        return []
    tangents = _tangents(points)
    pieces: list[Piece] = []
    for k in range(len(points) - 1):
        (x0, y0), (x1, y1) = points[k], points[k + 1]
        third = (x1 - x0) / 3
        low, high = min(y0, y1), max(y0, y1)
        c1 = (x0 + third, min(high, max(low, y0 + tangents[k] * third)))
        c2 = (x1 - third, min(high, max(low, y1 - tangents[k + 1] * third)))
        pieces.append((c1, c2, (x1, y1)))
    return pieces


def sample_curve(points: Sequence[Point], samples: int = 8) -> list[Point]:
    """The smooth line through ``points`` as a polyline: ``samples`` points per piece,
    every given point included exactly."""
    if not points:
        return []
    result: list[Point] = [points[0]]
    start = points[0]
    for c1, c2, end in curve_pieces(points):
        for s in range(1, samples):
            t = s / samples
            u = 1 - t
            a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
            result.append((a * start[0] + b * c1[0] + c * c2[0] + d * end[0],
                           a * start[1] + b * c1[1] + c * c2[1] + d * end[1]))
        result.append(end)
        start = end
    return result
