"""The entities of a journey map as plain dataclasses.

They hold data only; every change goes through :class:`cjm_desktop.model.journey.JourneyMap`
so that invariants hold and change events are emitted. Fields are the ones of PRODUCT.md
"The domain". Enumerated fields hold the vocabulary identifiers from ``vocab``.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

from .vocab import (
    CardKind,
    ChecklistQuestion,
    KpiDirection,
    LaneKind,
    OpportunityScope,
    OpportunityStatus,
    Scenario,
)

EMOTION_MIN = -2.0
EMOTION_MAX = 2.0


@dataclass
class MapInfo:
    title: str = ""
    description: str = ""
    owner: str = ""
    version_label: str = ""
    review_date: str | None = None  # ISO date "YYYY-MM-DD"
    language: str = "ko"
    scenario: str = Scenario.AS_IS.value
    created: str = ""  # ISO 8601 timestamp
    modified: str = ""


@dataclass
class Step:
    id: str
    name: str = ""
    description: str = ""


@dataclass
class Stage:
    id: str
    name: str = ""
    description: str = ""
    goal: str = ""
    desired_experience: str = ""
    color: str = "#4C78A8"
    steps: list[Step] = field(default_factory=list)


@dataclass
class Lane:
    id: str
    kind: str = LaneKind.FREE_TEXT.value
    title: str = ""
    height: float | None = None  # None: grows to fit its tallest cell


@dataclass
class TouchpointInfo:
    channel: str | None = None
    online: bool | None = None
    team: str = ""
    satisfaction: int | None = None  # CSAT 1–5
    expectation: int | None = None  # 1–5
    performance: int | None = None  # 1–5
    response_time: str = ""
    complaint_count: int | None = None
    complaint_types: list[str] = field(default_factory=list)


@dataclass
class PainPointInfo:
    category: str | None = None
    severity: str | None = None
    touchpoint: str | None = None  # id of a touchpoint card
    whys: list[str] = field(default_factory=list)  # the 5 Whys chain, first "why" first


@dataclass
class OpportunityInfo:
    pain_points: list[str] = field(default_factory=list)  # ids of pain-point cards
    impact: int | None = None  # 1–5
    effort: int | None = None  # 1–5
    owner: str = ""
    status: str = OpportunityStatus.IDEA.value
    scope: str = OpportunityScope.STEP.value


@dataclass
class KpiInfo:
    name: str = ""
    target: float | None = None
    actual: float | None = None
    unit: str = ""
    direction: str = KpiDirection.HIGHER.value  # which way is better: "higher" or "lower"


KIND_INFO_FIELD: dict[str, str] = {
    CardKind.TOUCHPOINT.value: "touchpoint",
    CardKind.PAIN_POINT.value: "pain_point",
    CardKind.OPPORTUNITY.value: "opportunity",
    CardKind.KPI.value: "kpi",
}

_KIND_INFO_TYPE: dict[str, type] = {
    CardKind.TOUCHPOINT.value: TouchpointInfo,
    CardKind.PAIN_POINT.value: PainPointInfo,
    CardKind.OPPORTUNITY.value: OpportunityInfo,
    CardKind.KPI.value: KpiInfo,
}


@dataclass
class Card:
    id: str
    kind: str = CardKind.NOTE.value
    stage: str = ""
    lane: str = ""
    step: str | None = None
    text: str = ""
    notes: str = ""
    color: str | None = None
    tags: list[str] = field(default_factory=list)
    votes: int = 0
    author: str = ""  # who wrote it (a workshop participant's name), "" when unknown
    touchpoint: TouchpointInfo | None = None
    pain_point: PainPointInfo | None = None
    opportunity: OpportunityInfo | None = None
    kpi: KpiInfo | None = None

    def __post_init__(self) -> None:
        ensure_kind_info(self)

    @property
    def cell(self) -> tuple[str, str | None, str]:
        return (self.stage, self.step, self.lane)


def ensure_kind_info(card: Card) -> None:
    """Give a card the detail record of its kind and drop the records of other kinds."""
    for kind, attr in KIND_INFO_FIELD.items():
        if kind == card.kind:
            if getattr(card, attr) is None:
                setattr(card, attr, _KIND_INFO_TYPE[kind]())
        else:
            setattr(card, attr, None)


@dataclass
class EmpathyMap:
    says: list[str] = field(default_factory=list)
    thinks: list[str] = field(default_factory=list)
    does: list[str] = field(default_factory=list)
    feels: list[str] = field(default_factory=list)
    pains: list[str] = field(default_factory=list)
    gains: list[str] = field(default_factory=list)


@dataclass
class Segment:
    age_group: str = ""
    region: str = ""
    purchase_pattern: str = ""


@dataclass
class Persona:
    id: str
    name: str = ""
    color: str = "#E45756"
    photo: str | None = None  # data URI ("data:image/png;base64,…"), at most 512 px a side
    age: int | None = None
    gender: str = ""
    occupation: str = ""
    location: str = ""
    family: str = ""
    income: str = ""
    urban_rural: str = ""  # "urban", "rural", or free text
    quote: str = ""
    bio: str = ""
    personality: str = ""
    information_sources: list[str] = field(default_factory=list)
    preferred_channels: list[str] = field(default_factory=list)
    values: list[str] = field(default_factory=list)
    goals_short_term: list[str] = field(default_factory=list)
    goals_long_term: list[str] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    wishes: list[str] = field(default_factory=list)
    segment: Segment = field(default_factory=Segment)
    empathy: EmpathyMap = field(default_factory=EmpathyMap)


@dataclass
class Emotion:
    persona: str
    stage: str
    step: str | None = None
    score: float | None = None  # as-is, −2…+2 in half steps; None: no score (a gap)
    to_be: float | None = None
    label: str | None = None
    note: str = ""

    @property
    def key(self) -> tuple[str, str, str | None]:
        return (self.persona, self.stage, self.step)

    def is_empty(self) -> bool:
        return self.score is None and self.to_be is None and not self.label and not self.note


@dataclass
class ChecklistItem:
    question: str
    answer: str | None = None
    note: str = ""


def default_checklist() -> list[ChecklistItem]:
    return [ChecklistItem(question=q.value) for q in ChecklistQuestion]


@dataclass
class Comment:
    """A remark on a card, stage or persona (see ``comments``)."""

    id: str
    target: str  # id of a card, stage or persona
    author: str = ""
    time: str = ""  # ISO 8601 timestamp
    text: str = ""
    resolved: bool = False


LIST_FIELDS_OF_PERSONA: tuple[str, ...] = (
    "information_sources",
    "preferred_channels",
    "values",
    "goals_short_term",
    "goals_long_term",
    "needs",
    "problems",
    "wishes",
)


def get_path(obj: Any, path: str) -> Any:
    """Read a dotted attribute path such as ``"touchpoint.channel"``."""
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def set_path(obj: Any, path: str, value: Any) -> None:
    """Write a dotted attribute path; the attribute must already exist."""
    *parents, last = path.split(".")
    for part in parents:
        obj = getattr(obj, part)
    if obj is None or not hasattr(obj, last):
        raise AttributeError(path)
    setattr(obj, last, value)


def field_names(cls: type) -> list[str]:
    return [f.name for f in fields(cls)]


_T = TypeVar("_T")


def clone(value: _T) -> _T:
    """A deep copy, so values handed in or out never alias model state."""
    return copy.deepcopy(value)
