"""The numbers behind the emotion curve, without any drawing: x positions and labels, each
persona's scores with gaps, moments of truth, snapping and smoothing.

Pure Python over the model (no Qt, no pyqtgraph), so the plot, the tests and the benchmark
agree on what the curve shows.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..model import JourneyMap
from ..model.entities import EMOTION_MAX, EMOTION_MIN
from ..model.vocab import EmotionLabel, label

NAN = float("nan")
Y_TICKS: tuple[tuple[float, EmotionLabel], ...] = (
    (2.0, EmotionLabel.DELIGHTED),
    (1.0, EmotionLabel.SATISFIED),
    (0.0, EmotionLabel.NEUTRAL),
    (-1.0, EmotionLabel.CONFUSED),
    (-2.0, EmotionLabel.ANGRY),
)


@dataclass(frozen=True)
class XPoint:
    """One x position: a stage (step None) or one step of a stage."""

    stage_id: str
    step_id: str | None
    stage_name: str
    step_name: str
    first_of_stage: bool


def x_points(journey: JourneyMap) -> list[XPoint]:
    result: list[XPoint] = []
    previous_stage = None
    for stage_id, step_id in journey.points():
        stage = journey.stage(stage_id)
        step_name = ""
        if step_id is not None:
            step = next((s for s in stage.steps if s.id == step_id), None)
            step_name = step.name if step is not None else ""
        result.append(XPoint(stage_id, step_id, stage.name, step_name,
                             stage_id != previous_stage))
        previous_stage = stage_id
    return result


def elide(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: max(1, limit - 1)].rstrip() + "…"


def tick_text(point: XPoint, limit: int = 14) -> str:
    """The x tick of a point: the stage name; a step shows its name under its stage's
    (the stage name only on the stage's first step, so columns stay readable)."""
    if point.step_id is None:
        return elide(point.stage_name, limit)
    top = elide(point.stage_name, limit) if point.first_of_stage else ""
    return f"{top}\n{elide(point.step_name, limit)}"


def y_tick_text(value: float, language: str) -> str:
    for score, emotion in Y_TICKS:
        if score == value:
            sign = "+" if value > 0 else ("−" if value < 0 else "")
            return f"{sign}{abs(value):g} {label(emotion, language)}"
    return f"{value:+g}"


def scores(journey: JourneyMap, persona_id: str, points: list[XPoint],
           field: str = "score") -> list[float]:
    """The persona's ``score`` or ``to_be`` at each point; NaN where there is none (a gap)."""
    values: list[float] = []
    for point in points:
        emotion = journey.emotions.get((persona_id, point.stage_id, point.step_id))
        value = getattr(emotion, field) if emotion is not None else None
        values.append(NAN if value is None else float(value))
    return values


def moments_of_truth(values: list[float]) -> list[int]:
    """Indexes of the lowest scored points (all of them when tied); none without scores."""
    finite = [v for v in values if not math.isnan(v)]
    if not finite:
        return []
    lowest = min(finite)
    return [i for i, v in enumerate(values) if v == lowest]


def snap(value: float) -> float:
    """A dragged score: nearest half step inside −2…+2."""
    return max(EMOTION_MIN, min(EMOTION_MAX, round(value * 2) / 2))


def smooth(values: list[float], samples: int = 8,
           shift: list[float] | None = None) -> tuple[list[float], list[float]]:
    """A smooth line through the points (monotone cubic, so it never overshoots a score).

    Gaps stay gaps: NaN values break the line. ``shift`` moves point ``i`` sideways by
    ``shift[i]`` (a point drawn beside another persona's equal one), the line in between
    following smoothly. Returns x and y lists for drawing."""
    xs: list[float] = []
    ys: list[float] = []
    run: list[int] = []
    for i, v in enumerate([*values, NAN]):
        if not math.isnan(v):
            run.append(i)
            continue
        if run:
            _smooth_run(run, values, samples, xs, ys)
            xs.append(NAN)
            ys.append(NAN)
            run = []
    if shift and any(shift):
        xs = [_shifted(x, shift) for x in xs]
    return xs, ys


def _shifted(x: float, shift: list[float]) -> float:
    if math.isnan(x):
        return x
    k = min(int(x), len(shift) - 1)
    t = x - k
    after = shift[k + 1] if k + 1 < len(shift) else shift[k]
    return x + (1 - t) * shift[k] + t * after


def _smooth_run(run: list[int], values: list[float], samples: int,
                xs: list[float], ys: list[float]) -> None:
    ys_run = [values[i] for i in run]
    n = len(run)
    if n == 1:
        xs.append(float(run[0]))
        ys.append(ys_run[0])
        return
    slopes = [(ys_run[k + 1] - ys_run[k]) for k in range(n - 1)]  # x spacing is 1
    tangents = [slopes[0]] + [
        0.0 if slopes[k - 1] * slopes[k] <= 0 else (slopes[k - 1] + slopes[k]) / 2
        for k in range(1, n - 1)] + [slopes[-1]]
    for k in range(n - 1):  # Fritsch–Carlson limits keep each piece monotone
        if slopes[k] == 0:
            tangents[k] = tangents[k + 1] = 0.0
            continue
        a, b = tangents[k] / slopes[k], tangents[k + 1] / slopes[k]
        h = a * a + b * b
        if h > 9:
            t = 3 / math.sqrt(h)
            tangents[k], tangents[k + 1] = t * a * slopes[k], t * b * slopes[k]
    for k in range(n - 1):
        y0, y1, m0, m1 = ys_run[k], ys_run[k + 1], tangents[k], tangents[k + 1]
        for s in range(samples):
            t = s / samples
            h00, h10 = 2 * t**3 - 3 * t**2 + 1, t**3 - 2 * t**2 + t
            h01, h11 = -2 * t**3 + 3 * t**2, t**3 - t**2
            xs.append(run[k] + t)
            ys.append(h00 * y0 + h10 * m0 + h01 * y1 + h11 * m1)
    xs.append(float(run[-1]))
    ys.append(ys_run[-1])
