"""The numbers behind the emotion curve, without any drawing: x positions and labels, each
persona's scores with gaps, and the smoothed line to draw. Snapping, smoothing and moments
of truth themselves live once in ``model.emotion_curve`` (shared with the canvas lane).

Pure Python over the model (no Qt, no pyqtgraph), so the plot, the tests and the benchmark
agree on what the curve shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..model import JourneyMap
from ..model.emotion_curve import moments_of_truth, runs, sample_curve, snap_score
from ..model.vocab import EmotionLabel, label

NAN = float("nan")
__all__ = ["NAN", "XPoint", "moments_of_truth", "scores", "smooth", "snap_score",
           "tick_text", "x_points", "y_tick_text"]
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


def wrap(text: str, fits: Callable[[str], bool], max_lines: int = 2) -> list[str]:
    """``text`` in lines that each ``fits`` (greedy, by words; a word too long for a line
    is broken between characters), at most ``max_lines``, the last one ended with "…" when
    text is left over."""
    words = text.split()
    lines: list[str] = []
    line = ""
    while words:
        word = words.pop(0)
        candidate = f"{line} {word}" if line else word
        if fits(candidate):
            line = candidate
            continue
        if line:
            lines.append(line)
            line = ""
            words.insert(0, word)
            continue
        cut = _longest_fitting_prefix(word, fits)
        lines.append(word[:cut])
        if word[cut:]:
            words.insert(0, word[cut:])
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        while last and not fits(last + "…"):
            last = last[:-1]
        lines = [*lines[:max_lines - 1], last.rstrip() + "…"]
    return lines or [""]


def _longest_fitting_prefix(word: str, fits: Callable[[str], bool]) -> int:
    """How many of ``word``'s first characters fit (at least one): a binary search, as a
    prefix's width only grows with its length (a narrow column breaks long names often)."""
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if fits(word[:middle]):
            low = middle
        else:
            high = middle - 1
    return low


def tick_text(point: XPoint, limit: int = 14, fits: Callable[[str], bool] | None = None,
              max_lines: int = 2) -> str:
    """The x tick of a point: the stage name; a step shows its name under its stage's
    (the stage name only on the stage's first step, so columns stay readable).

    With ``fits`` (does a line fit the column?) names wrap over up to ``max_lines`` lines
    each instead of being cut at ``limit`` characters."""
    def lines(text: str) -> str:
        if fits is None:
            return elide(text, limit)
        return "\n".join(wrap(text, fits, max_lines))

    if point.step_id is None:
        return lines(point.stage_name)
    top = lines(point.stage_name) if point.first_of_stage else ""
    return f"{top}\n{lines(point.step_name)}"


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


def smooth(values: list[float], samples: int = 8,
           shift: list[float] | None = None) -> tuple[list[float], list[float]]:
    """The line through the points for drawing (``model.emotion_curve``, the one smoothing
    every view uses). Gaps stay gaps: NaN values break the line (a NaN follows each run).
    ``shift`` moves point ``i`` sideways by ``shift[i]`` columns (a point drawn beside
    another persona's equal one); the line passes through the moved points."""
    xs: list[float] = []
    ys: list[float] = []
    for run in runs(values):
        points = [(i + (shift[i] if shift and i < len(shift) else 0.0), values[i])
                  for i in run]
        for x, y in sample_curve(points, samples):
            xs.append(x)
            ys.append(y)
        xs.append(NAN)
        ys.append(NAN)
    return xs, ys
