"""Insights: what a journey map says about where customers hurt and what to fix first.

Pure functions over a :class:`JourneyMap` (no Qt, no files), shared by the Insights dock,
the full view, the workbook's Insights sheet, the PDF page and ``cjm-desktop insights``.
The rules (documented for users in docs/insights.md):

- **Pain points** are counted per point of the journey (a step, or a stage without steps) and
  category (``None``: uncategorised); ``weighted`` sums the severities (low 1, medium 2,
  high 3; a pain point without a severity adds 0). The stage that hurts most has the highest
  weighted sum (then the most pain points; then the first in reading order).
- **Ratings** 1–5 are *high* at 4 or 5 and *low* at 1 to 3. Touchpoints fall into
  expectation × performance quadrants, opportunities into impact × effort classes; a missing
  value gives no quadrant (``None``).
- **Opportunities** rank by impact − effort (both rated first, unrated last), then the summed
  severity of their linked pain points, then votes, then reading order.
- A **KPI** is met when its actual is at least its target ("higher is better") or at most
  its target ("lower is better"); without both numbers it is neither (``None``).
- **Segments**: a persona's preferred channels (vocabulary values, read in either language)
  against the channels of the map's touchpoints; free-text preferences that name no channel
  are kept apart as ``other``.
- The **checklist** score is (yes + ½ partly) / number of questions, from 0 to 1.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import fmean

from .entities import Card
from .journey import JourneyMap
from .vocab import (
    CardKind,
    Channel,
    ChecklistAnswer,
    KpiDirection,
    PainCategory,
    Severity,
    parse,
)

SEVERITY_WEIGHT: dict[str, int] = {Severity.LOW.value: 1, Severity.MEDIUM.value: 2,
                                   Severity.HIGH.value: 3}
CATEGORIES: tuple[str | None, ...] = (*(c.value for c in PainCategory), None)
HIGH_RATING = 4  # a 1–5 rating of 4 or 5 is high; 1 to 3 is low

COMPLAINT, SATISFACTION, DELIGHT, INDIFFERENCE = "complaint", "satisfaction", "delight", \
    "indifference"
QUADRANTS: tuple[str, ...] = (COMPLAINT, SATISFACTION, DELIGHT, INDIFFERENCE)
QUICK_WIN, BIG_BET, FILL_IN, MONEY_PIT = "quick_win", "big_bet", "fill_in", "money_pit"
CLASSES: tuple[str, ...] = (QUICK_WIN, BIG_BET, FILL_IN, MONEY_PIT)
MOST_COMPLAINED = 5  # how many touchpoints the "most complaints" list names


# ----- the rules ----------------------------------------------------------------------------
def is_high(rating: int | None) -> bool | None:
    return None if rating is None else rating >= HIGH_RATING


def quadrant(expectation: int | None, performance: int | None) -> str | None:
    """A touchpoint's state on expectation × performance (None when a value is missing)."""
    high_e, high_p = is_high(expectation), is_high(performance)
    if high_e is None or high_p is None:
        return None
    if high_e:
        return SATISFACTION if high_p else COMPLAINT
    return DELIGHT if high_p else INDIFFERENCE


def opportunity_class(impact: int | None, effort: int | None) -> str | None:
    """An opportunity's class on impact × effort (None when a value is missing)."""
    high_i, high_e = is_high(impact), is_high(effort)
    if high_i is None or high_e is None:
        return None
    if high_i:
        return BIG_BET if high_e else QUICK_WIN
    return MONEY_PIT if high_e else FILL_IN


def kpi_met(target: float | None, actual: float | None, direction: str) -> bool | None:
    if target is None or actual is None:
        return None
    if direction == KpiDirection.LOWER.value:
        return actual <= target
    return actual >= target


def lowest_points(scores: dict[tuple[str, str | None], float]) -> list[tuple[str, str | None]]:
    """The points with the lowest score (all of them when tied): the moments of truth."""
    if not scores:
        return []
    lowest = min(scores.values())
    return [point for point, value in scores.items() if value == lowest]


# ----- results ------------------------------------------------------------------------------
@dataclass(frozen=True)
class PainCell:
    stage: str
    step: str | None
    category: str | None
    count: int
    weighted: int
    cards: tuple[str, ...]


@dataclass(frozen=True)
class StagePain:
    stage: str
    count: int
    weighted: int
    cards: tuple[str, ...]


@dataclass(frozen=True)
class EmotionLow:
    persona: str
    stage: str
    step: str | None
    score: float


@dataclass(frozen=True)
class StageEmotion:
    stage: str
    average: float | None  # as-is, across personas and the stage's points
    to_be_average: float | None
    gap: float | None  # mean of (to-be − as-is) where both are scored


@dataclass(frozen=True)
class TouchpointRow:
    card: str
    stage: str
    expectation: int | None
    performance: int | None
    quadrant: str | None
    satisfaction: int | None
    response_time: str
    complaint_count: int | None
    complaint_types: tuple[str, ...]


@dataclass(frozen=True)
class OpportunityRow:
    card: str
    stage: str
    impact: int | None
    effort: int | None
    cls: str | None
    votes: int
    pain_points: tuple[str, ...]
    pain_severity: int
    rank: int  # 1 = do first


@dataclass(frozen=True)
class KpiRow:
    card: str
    stage: str
    name: str
    target: float | None
    actual: float | None
    unit: str
    direction: str
    met: bool | None


@dataclass(frozen=True)
class SegmentRow:
    persona: str
    age_group: str
    region: str
    purchase_pattern: str
    preferred: tuple[str, ...]
    offered: tuple[str, ...]
    missing: tuple[str, ...]
    other: tuple[str, ...]


@dataclass(frozen=True)
class ChecklistResult:
    score: float
    answered: int
    questions: tuple[tuple[str, str | None], ...]
    open: tuple[str, ...]  # unanswered or answered "no", in order


@dataclass(frozen=True)
class Insights:
    pain_cells: tuple[PainCell, ...]
    pain_stages: tuple[StagePain, ...]
    worst_stage: str | None
    lowest: tuple[EmotionLow, ...]
    stage_emotions: tuple[StageEmotion, ...]
    touchpoints: tuple[TouchpointRow, ...]
    most_complained: tuple[str, ...]
    opportunities: tuple[OpportunityRow, ...]  # ranked
    kpis: tuple[KpiRow, ...]
    offered_channels: tuple[str, ...]
    segments: tuple[SegmentRow, ...]
    checklist: ChecklistResult


# ----- computing ------------------------------------------------------------------------------
def compute(journey: JourneyMap) -> Insights:
    """Every insight of ``journey``, in the map's reading order."""
    cards = journey.ordered_cards()
    pain_cells, pain_stages, worst = _pain(journey, cards)
    lowest, stage_emotions = _emotions(journey)
    touchpoints = tuple(_touchpoint_row(c) for c in cards if c.kind == CardKind.TOUCHPOINT)
    complained = sorted((t for t in touchpoints if t.complaint_count),
                        key=lambda t: -(t.complaint_count or 0))
    offered = _offered_channels(cards)
    return Insights(
        pain_cells=pain_cells, pain_stages=pain_stages, worst_stage=worst,
        lowest=lowest, stage_emotions=stage_emotions,
        touchpoints=touchpoints,
        most_complained=tuple(t.card for t in complained[:MOST_COMPLAINED]),
        opportunities=_opportunities(journey, cards),
        kpis=tuple(_kpi_row(c) for c in cards if c.kind == CardKind.KPI),
        offered_channels=offered,
        segments=tuple(_segment_row(journey, i, offered) for i in range(len(journey.personas))),
        checklist=checklist_result(journey),
    )


def _severity(card: Card) -> int:
    info = card.pain_point
    return SEVERITY_WEIGHT.get(info.severity or "", 0) if info is not None else 0


def _pain(journey: JourneyMap, cards: list[Card],
          ) -> tuple[tuple[PainCell, ...], tuple[StagePain, ...], str | None]:
    by_cell: dict[tuple[str, str | None, str | None], list[Card]] = {}
    for card in cards:
        if card.kind == CardKind.PAIN_POINT and card.pain_point is not None:
            key = (card.stage, card.step, card.pain_point.category)
            by_cell.setdefault(key, []).append(card)
    cells: list[PainCell] = []
    for stage_id, step_id in journey.points():
        for category in CATEGORIES:
            found = by_cell.get((stage_id, step_id, category))
            if found:
                cells.append(PainCell(stage_id, step_id, category, len(found),
                                      sum(_severity(c) for c in found),
                                      tuple(c.id for c in found)))
    stages: list[StagePain] = []
    for stage in journey.stages:
        mine = [cell for cell in cells if cell.stage == stage.id]
        stages.append(StagePain(stage.id, sum(c.count for c in mine),
                                sum(c.weighted for c in mine),
                                tuple(card for c in mine for card in c.cards)))
    hurting = [s for s in stages if s.count]
    worst = max(hurting, key=lambda s: (s.weighted, s.count), default=None)
    return tuple(cells), tuple(stages), worst.stage if worst else None


def _emotions(journey: JourneyMap) -> tuple[tuple[EmotionLow, ...], tuple[StageEmotion, ...]]:
    points = journey.points()
    lows: list[EmotionLow] = []
    for persona in journey.personas:
        scores: dict[tuple[str, str | None], float] = {}
        for stage_id, step_id in points:
            emotion = journey.emotion(persona.id, stage_id, step_id)
            if emotion is not None and emotion.score is not None:
                scores[(stage_id, step_id)] = emotion.score
        lows.extend(EmotionLow(persona.id, stage, step, scores[(stage, step)])
                    for stage, step in lowest_points(scores))
    stages: list[StageEmotion] = []
    persona_ids = {p.id for p in journey.personas}
    for stage in journey.stages:
        emotions = [e for (pid, sid, _step), e in journey.emotions.items()
                    if sid == stage.id and pid in persona_ids]
        as_is = [e.score for e in emotions if e.score is not None]
        to_be = [e.to_be for e in emotions if e.to_be is not None]
        gaps = [e.to_be - e.score for e in emotions if e.score is not None and e.to_be is not None]
        stages.append(StageEmotion(stage.id, fmean(as_is) if as_is else None,
                                   fmean(to_be) if to_be else None,
                                   fmean(gaps) if gaps else None))
    return tuple(lows), tuple(stages)


def _touchpoint_row(card: Card) -> TouchpointRow:
    info = card.touchpoint
    assert info is not None
    return TouchpointRow(card.id, card.stage, info.expectation, info.performance,
                         quadrant(info.expectation, info.performance), info.satisfaction,
                         info.response_time, info.complaint_count, tuple(info.complaint_types))


def _opportunities(journey: JourneyMap, cards: list[Card]) -> tuple[OpportunityRow, ...]:
    rows: list[tuple[tuple[float, ...], Card, int]] = []
    for order, card in enumerate(c for c in cards if c.kind == CardKind.OPPORTUNITY):
        info = card.opportunity
        assert info is not None
        severity = sum(_severity(journey.cards[p]) for p in info.pain_points
                       if p in journey.cards)
        rated = info.impact is not None and info.effort is not None
        net = (info.impact or 0) - (info.effort or 0)
        rows.append(((0 if rated else 1, -net, -severity, -card.votes, order), card, severity))
    rows.sort(key=lambda row: row[0])
    result: list[OpportunityRow] = []
    for rank, (_key, card, severity) in enumerate(rows, start=1):
        info = card.opportunity
        assert info is not None
        result.append(OpportunityRow(card.id, card.stage, info.impact, info.effort,
                                     opportunity_class(info.impact, info.effort), card.votes,
                                     tuple(info.pain_points), severity, rank))
    return tuple(result)


def _kpi_row(card: Card) -> KpiRow:
    info = card.kpi
    assert info is not None
    direction = info.direction or KpiDirection.HIGHER.value
    return KpiRow(card.id, card.stage, info.name, info.target, info.actual, info.unit,
                  direction, kpi_met(info.target, info.actual, direction))


def _offered_channels(cards: list[Card]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for card in cards:
        if card.kind == CardKind.TOUCHPOINT and card.touchpoint and card.touchpoint.channel:
            seen.setdefault(card.touchpoint.channel, None)
    return tuple(seen)


def _segment_row(journey: JourneyMap, index: int, offered: tuple[str, ...]) -> SegmentRow:
    persona = journey.personas[index]
    preferred: dict[str, None] = {}
    other: list[str] = []
    for text in persona.preferred_channels:
        found = parse(Channel, text)
        if found is None:
            if text.strip():
                other.append(text.strip())
        else:
            preferred.setdefault(found.value, None)
    missing = tuple(c for c in preferred if c not in offered)
    segment = persona.segment
    return SegmentRow(persona.id, segment.age_group, segment.region, segment.purchase_pattern,
                      tuple(preferred), offered, missing, tuple(other))


def checklist_result(journey: JourneyMap) -> ChecklistResult:
    items = journey.checklist
    yes = sum(1 for item in items if item.answer == ChecklistAnswer.YES.value)
    partly = sum(1 for item in items if item.answer == ChecklistAnswer.PARTLY.value)
    score = (yes + 0.5 * partly) / len(items) if items else 0.0
    return ChecklistResult(
        score=score,
        answered=sum(1 for item in items if item.answer is not None),
        questions=tuple((item.question, item.answer) for item in items),
        open=tuple(item.question for item in items
                   if item.answer in (None, ChecklistAnswer.NO.value)))


# ----- JSON ---------------------------------------------------------------------------------
JSON_VERSION = 1


def to_json(insights: Insights) -> dict[str, object]:
    """The insights as plain JSON data (the shape docs/insights.md documents)."""
    return {
        "version": JSON_VERSION,
        "pain_points": [{"stage": c.stage, "step": c.step, "category": c.category,
                         "count": c.count, "weighted": c.weighted, "cards": list(c.cards)}
                        for c in insights.pain_cells],
        "worst_stage": insights.worst_stage,
        "emotions": {
            "lowest": [{"persona": e.persona, "stage": e.stage, "step": e.step,
                        "score": e.score} for e in insights.lowest],
            "stages": [{"stage": s.stage, "average": s.average,
                        "to_be_average": s.to_be_average, "gap": s.gap}
                       for s in insights.stage_emotions],
        },
        "touchpoints": [{"card": t.card, "expectation": t.expectation,
                         "performance": t.performance, "quadrant": t.quadrant,
                         "satisfaction": t.satisfaction, "response_time": t.response_time,
                         "complaint_count": t.complaint_count,
                         "complaint_types": list(t.complaint_types)}
                        for t in insights.touchpoints],
        "opportunities": [{"card": o.card, "impact": o.impact, "effort": o.effort,
                           "class": o.cls, "votes": o.votes, "rank": o.rank,
                           "pain_points": list(o.pain_points),
                           "pain_severity": o.pain_severity}
                          for o in insights.opportunities],
        "kpis": [{"card": k.card, "stage": k.stage, "target": k.target, "actual": k.actual,
                  "direction": k.direction, "met": k.met} for k in insights.kpis],
        "segments": [{"persona": s.persona,
                      "segment": {"age_group": s.age_group, "region": s.region,
                                  "purchase_pattern": s.purchase_pattern},
                      "preferred": list(s.preferred), "offered": list(s.offered),
                      "missing": list(s.missing), "other": list(s.other)}
                     for s in insights.segments],
        "checklist": {"score": insights.checklist.score,
                      "answered": insights.checklist.answered,
                      "questions": [{"question": q, "answer": a}
                                    for q, a in insights.checklist.questions],
                      "open": list(insights.checklist.open)},
    }
