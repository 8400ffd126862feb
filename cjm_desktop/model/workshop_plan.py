"""The workshop plan: an agenda of timed activities, its built-in plans, and a plan run.

Qt-free (stdlib only). A :class:`WorkshopPlan` is saved in the map file; a
:class:`PlanRun` is the live progression through it (which activity is current, when each
started and ended, the cards that were new during each) and takes an injected clock
(seconds, monotonic), so tests and a room server drive it without Qt.

An :class:`Activity` has a title, a prompt shown on the presentation, the lane to focus
(by id; None keeps the current lane), a stage to focus (None keeps the current stage), a
duration in minutes and a kind: ``capture`` (write cards), ``score`` (score the focused
stage's emotions) or ``vote`` (a dot vote; ``vote`` holds its dots per participant and
scope). The built-in plans name lanes by kind; :func:`builtin_plan` resolves them against
a map.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from .vocab import LaneKind
from .voting import DEFAULT_DOTS, VoteScope

if TYPE_CHECKING:
    from .journey import JourneyMap

MAX_ACTIVITIES = 100
MAX_MINUTES = 600

Clock = Callable[[], float]


class ActivityKind(StrEnum):
    CAPTURE = "capture"
    SCORE = "score"
    VOTE = "vote"


@dataclass
class ActivityVote:
    """The vote an activity runs: dots per participant, scope, stacking, hidden counts."""

    dots: int = DEFAULT_DOTS
    scope: VoteScope = VoteScope.LANE
    allow_stacking: bool = True
    hidden: bool = True


@dataclass
class Activity:
    title: str
    prompt: str = ""
    minutes: float = 10
    kind: ActivityKind = ActivityKind.CAPTURE
    lane: str | None = None  # lane id to focus
    stage: str | None = None  # stage id to focus
    vote: ActivityVote | None = None  # set when kind is VOTE

    def problems(self) -> list[str]:
        found: list[str] = []
        if not self.title.strip():
            found.append("an activity needs a title")
        if isinstance(self.minutes, bool) or not isinstance(self.minutes, int | float) or not (
                0 < self.minutes <= MAX_MINUTES):
            found.append(f"an activity lasts more than 0 and at most {MAX_MINUTES} minutes")
        if (self.kind is ActivityKind.VOTE) != (self.vote is not None):
            found.append("a vote activity, and only a vote activity, has vote settings")
        return found


@dataclass
class WorkshopPlan:
    title: str = ""
    activities: list[Activity] = field(default_factory=list)

    def total_minutes(self) -> float:
        return sum(activity.minutes for activity in self.activities)


# ----- built-in plans ------------------------------------------------------------------
# (title, prompt, minutes, kind, lane kind) — lanes by kind, resolved per map.
_Row = tuple[str, str, float, ActivityKind, LaneKind | None]

_JOURNEY_KO: list[_Row] = [
    ("행동", "무엇을 하나요? 행동을 적어 주세요", 20, ActivityKind.CAPTURE, LaneKind.ACTIONS),
    ("생각과 감정", "무엇을 생각하고 느끼나요?", 20, ActivityKind.CAPTURE, LaneKind.THOUGHTS),
    ("감정 점수", "이 단계에서 감정은 몇 점인가요? (1–5)", 10, ActivityKind.SCORE,
     LaneKind.EMOTIONS),
    ("불편 사항", "어디에서 막히거나 불편한가요?", 20, ActivityKind.CAPTURE,
     LaneKind.PAIN_POINTS),
    ("불편 사항 투표", "가장 중요한 불편 사항에 점을 찍어 주세요", 10, ActivityKind.VOTE,
     LaneKind.PAIN_POINTS),
    ("기회", "어떻게 더 좋게 만들 수 있을까요?", 25, ActivityKind.CAPTURE,
     LaneKind.OPPORTUNITIES),
    ("기회 투표", "먼저 해 볼 기회에 점을 찍어 주세요", 15, ActivityKind.VOTE,
     LaneKind.OPPORTUNITIES),
]
_JOURNEY_EN: list[_Row] = [
    ("Actions", "What do they do? Write down the actions", 20, ActivityKind.CAPTURE,
     LaneKind.ACTIONS),
    ("Thoughts and feelings", "What do they think and feel?", 20, ActivityKind.CAPTURE,
     LaneKind.THOUGHTS),
    ("Emotion scores", "How does this stage feel? (1–5)", 10, ActivityKind.SCORE,
     LaneKind.EMOTIONS),
    ("Pain points", "Where do they get stuck or annoyed?", 20, ActivityKind.CAPTURE,
     LaneKind.PAIN_POINTS),
    ("Vote on pain points", "Put your dots on the pain points that matter most", 10,
     ActivityKind.VOTE, LaneKind.PAIN_POINTS),
    ("Opportunities", "How could we make it better?", 25, ActivityKind.CAPTURE,
     LaneKind.OPPORTUNITIES),
    ("Vote on opportunities", "Put your dots on the opportunities to try first", 15,
     ActivityKind.VOTE, LaneKind.OPPORTUNITIES),
]
_REVIEW_KO: list[_Row] = [
    ("불편 사항 돌아보기", "빠진 불편 사항이 있나요? 적어 주세요", 20, ActivityKind.CAPTURE,
     LaneKind.PAIN_POINTS),
    ("불편 사항 투표", "가장 중요한 불편 사항에 점을 찍어 주세요", 10, ActivityKind.VOTE,
     LaneKind.PAIN_POINTS),
    ("다음 할 일", "상위 불편 사항마다 기회를 하나씩 적어 주세요", 15, ActivityKind.CAPTURE,
     LaneKind.OPPORTUNITIES),
]
_REVIEW_EN: list[_Row] = [
    ("Review the pain points", "Is a pain point missing? Write it down", 20,
     ActivityKind.CAPTURE, LaneKind.PAIN_POINTS),
    ("Vote on pain points", "Put your dots on the pain points that matter most", 10,
     ActivityKind.VOTE, LaneKind.PAIN_POINTS),
    ("Next steps", "Write one opportunity for each top pain point", 15,
     ActivityKind.CAPTURE, LaneKind.OPPORTUNITIES),
]

BUILTIN_PLANS: dict[str, dict[str, tuple[str, list[_Row]]]] = {
    "journey": {"ko": ("여정 지도 워크숍 (2시간)", _JOURNEY_KO),
                "en": ("Journey-mapping workshop (2 hours)", _JOURNEY_EN)},
    "review": {"ko": ("불편 사항 검토 (45분)", _REVIEW_KO),
               "en": ("Pain-point review (45 minutes)", _REVIEW_EN)},
}


def builtin_plan(name: str, language: str, journey: JourneyMap | None = None) -> WorkshopPlan:
    """A built-in plan ("journey" or "review") in "ko" or "en"; lanes resolved on ``journey``
    (the first lane of each kind; None when the map has no such lane)."""
    title, rows = BUILTIN_PLANS[name]["en" if language == "en" else "ko"]
    activities = []
    for text, prompt, minutes, kind, lane_kind in rows:
        lane_id = None
        if journey is not None and lane_kind is not None:
            lane_id = next((lane.id for lane in journey.lanes if lane.kind == lane_kind), None)
        activities.append(Activity(text, prompt, minutes, kind, lane_id, None,
                                   ActivityVote() if kind is ActivityKind.VOTE else None))
    return WorkshopPlan(title, activities)


# ----- running a plan ------------------------------------------------------------------
@dataclass
class ActivityRecord:
    """What happened in one activity: when it ran and the cards it brought."""

    index: int
    started: float
    ended: float | None = None
    new_cards: list[str] = field(default_factory=list)

    def seconds(self, now: float) -> float:
        return (self.ended if self.ended is not None else now) - self.started


class PlanRun:
    """The progression through a plan: :meth:`start` an activity, :meth:`next` to go on."""

    def __init__(self, plan: WorkshopPlan, clock: Clock) -> None:
        self.plan = plan
        self._clock = clock
        self.current: int | None = None
        self.records: list[ActivityRecord] = []
        self._cards_before: set[str] = set()

    @property
    def activity(self) -> Activity | None:
        if self.current is None:
            return None
        return self.plan.activities[self.current]

    def start(self, index: int, card_ids: set[str]) -> Activity:
        """End the current activity (if any) and start activity ``index``."""
        if not 0 <= index < len(self.plan.activities):
            raise IndexError(f"the plan has no activity {index + 1}")
        self.finish(card_ids)
        self.current = index
        self.records.append(ActivityRecord(index, self._clock()))
        self._cards_before = set(card_ids)
        return self.plan.activities[index]

    def has_next(self) -> bool:
        following = 0 if self.current is None else self.current + 1
        return following < len(self.plan.activities)

    def next(self, card_ids: set[str]) -> Activity | None:
        """Start the next activity; at the end, finish the current one and return None."""
        if not self.has_next():
            self.finish(card_ids)
            self.current = None
            return None
        return self.start(0 if self.current is None else self.current + 1, card_ids)

    def finish(self, card_ids: set[str]) -> None:
        """End the running activity, noting the cards that appeared during it."""
        if self.records and self.records[-1].ended is None:
            record = self.records[-1]
            record.ended = self._clock()
            record.new_cards = sorted(set(card_ids) - self._cards_before)
