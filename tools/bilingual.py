"""A small builder that writes one journey map in Korean or English from bilingual data.

Every text is given as a ``(korean, english)`` pair and :func:`pick` chooses one side, so the
Korean and English versions of a map are built by the very same calls in the same order:
they get the same ids and the same structure, and differ only in their words.
"""

from __future__ import annotations

from typing import Any

from cjm_desktop.model import (
    Card,
    JourneyMap,
    KpiInfo,
    Lane,
    OpportunityInfo,
    PainPointInfo,
    Stage,
    Step,
    TouchpointInfo,
)
from cjm_desktop.model.vocab import CardKind, LaneKind, label

Text = tuple[str, str]  # (Korean, English)


def pick(value: Any, lang: str) -> Any:
    """Choose the ``lang`` side of every (ko, en) pair inside ``value``."""
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, str) for v in value):
        return value[0] if lang == "ko" else value[1]
    if isinstance(value, list | tuple):
        return [pick(item, lang) for item in value]
    if isinstance(value, dict):
        return {key: pick(item, lang) for key, item in value.items()}
    return value


class MapBuilder:
    """Adds stages, lanes and cards to a fresh :class:`JourneyMap` in one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.journey = JourneyMap()
        self.journey.update_info({"language": lang})
        self.lanes: dict[str, str] = {}  # lane kind (or a custom key) -> lane id
        self.point: tuple[str, str | None] = ("", None)

    def t(self, value: Any) -> Any:
        return pick(value, self.lang)

    # ----- structure ------------------------------------------------------------------
    def stage(self, name: Text, *, color: str, goal: Text = ("", ""),
              desired: Text = ("", ""), description: Text = ("", "")) -> str:
        stage = Stage(id=self.journey.new_id("stage"), name=self.t(name),
                      description=self.t(description), goal=self.t(goal),
                      desired_experience=self.t(desired), color=color)
        self.journey.add_stage(stage)
        self.point = (stage.id, None)
        return stage.id

    def step(self, stage_id: str, name: Text, description: Text = ("", "")) -> str:
        step = Step(id=self.journey.new_id("step"), name=self.t(name),
                    description=self.t(description))
        self.journey.add_step(stage_id, step)
        return step.id

    def lane(self, kind: LaneKind, title: Text | None = None, *, key: str | None = None) -> str:
        """Add a lane; its title defaults to the kind's name in the map's language."""
        text = self.t(title) if title is not None else label(kind, self.lang)
        lane = Lane(id=self.journey.new_id("lane"), kind=kind.value, title=text)
        self.journey.add_lane(lane)
        self.lanes[key or kind.value] = lane.id
        return lane.id

    def at(self, stage_id: str, step_id: str | None = None) -> None:
        """Cards added from now on go to this stage (and step)."""
        self.point = (stage_id, step_id)

    # ----- cards ----------------------------------------------------------------------
    def _add(self, kind: CardKind, lane: str, text: Text, notes: Text | None,
             tags: list[Text] | None, votes: int, **info: Any) -> str:
        stage_id, step_id = self.point
        card = Card(id=self.journey.new_id("card"), kind=kind.value, stage=stage_id,
                    step=step_id, lane=self.lanes[lane], text=self.t(text),
                    notes=self.t(notes) if notes else "", tags=self.t(tags or []),
                    votes=votes, **info)
        self.journey.add_card(card)
        return card.id

    def note(self, lane: str, text: Text, notes: Text | None = None, *,
             tags: list[Text] | None = None, votes: int = 0) -> str:
        return self._add(CardKind.NOTE, lane, text, notes, tags, votes)

    def touchpoint(self, text: Text, notes: Text | None = None, *, channel: str,
                   online: bool, team: Text, satisfaction: int | None = None,
                   expectation: int | None = None, performance: int | None = None,
                   response_time: Text = ("", ""), complaints: int | None = None,
                   complaint_types: list[Text] | None = None, tags: list[Text] | None = None,
                   votes: int = 0, lane: str = LaneKind.TOUCHPOINTS.value) -> str:
        info = TouchpointInfo(channel=channel, online=online, team=self.t(team),
                              satisfaction=satisfaction, expectation=expectation,
                              performance=performance, response_time=self.t(response_time),
                              complaint_count=complaints,
                              complaint_types=self.t(complaint_types or []))
        return self._add(CardKind.TOUCHPOINT, lane, text, notes, tags, votes, touchpoint=info)

    def pain(self, text: Text, notes: Text | None = None, *, category: str, severity: str,
             touchpoint: str | None = None, whys: list[Text] | None = None,
             tags: list[Text] | None = None, votes: int = 0) -> str:
        info = PainPointInfo(category=category, severity=severity, touchpoint=touchpoint,
                             whys=self.t(whys or []))
        return self._add(CardKind.PAIN_POINT, LaneKind.PAIN_POINTS.value, text, notes, tags,
                         votes, pain_point=info)

    def opportunity(self, text: Text, notes: Text | None = None, *, pains: list[str],
                    impact: int, effort: int, owner: Text, status: str, scope: str,
                    tags: list[Text] | None = None, votes: int = 0) -> str:
        info = OpportunityInfo(pain_points=list(pains), impact=impact, effort=effort,
                               owner=self.t(owner), status=status, scope=scope)
        return self._add(CardKind.OPPORTUNITY, LaneKind.OPPORTUNITIES.value, text, notes, tags,
                         votes, opportunity=info)

    def kpi(self, text: Text, notes: Text | None = None, *, name: Text, target: float,
            actual: float, unit: Text, tags: list[Text] | None = None, votes: int = 0,
            direction: str = "higher") -> str:
        info = KpiInfo(name=self.t(name), target=target, actual=actual, unit=self.t(unit),
                       direction=direction)
        return self._add(CardKind.KPI, LaneKind.KPIS.value, text, notes, tags, votes, kpi=info)

    # ----- people ---------------------------------------------------------------------
    def emotion(self, persona_id: str, point: tuple[str, str | None], score: float,
                label_value: str, note: Text, to_be: float | None = None) -> None:
        stage_id, step_id = point
        self.journey.set_emotion(persona_id, stage_id, step_id, {
            "score": score, "to_be": to_be, "label": label_value, "note": self.t(note)})
