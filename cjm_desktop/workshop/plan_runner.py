"""The Qt side of a running workshop plan: the current activity, with a change signal.

:class:`PlanRunner` wraps the Qt-free :class:`~cjm_desktop.model.workshop_plan.PlanRun`
over the Document's map and tells listeners (the presentation, a room server) when the
activity changes. :meth:`PlanRunner.current` is a small read-only snapshot:
title, prompt, lane id, stage id, kind and whether it is a vote. Starting an activity
also sets the countdown to its duration and starts it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from ..editing import Document
from ..model.workshop_plan import Activity, ActivityKind, Clock, PlanRun, WorkshopPlan
from .timer import Countdown


@dataclass(frozen=True)
class CurrentActivity:
    """What a room display needs of the running activity."""

    index: int
    count: int
    title: str
    prompt: str
    lane: str | None
    stage: str | None
    kind: ActivityKind
    minutes: float

    @property
    def is_vote(self) -> bool:
        return self.kind is ActivityKind.VOTE


class PlanRunner(QObject):
    activityChanged = Signal()  # the current activity changed (or the plan ended: None)

    def __init__(self, document: Document, plan: WorkshopPlan, countdown: Countdown,
                 clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.countdown = countdown
        self.run = PlanRun(plan, clock)

    @property
    def plan(self) -> WorkshopPlan:
        return self.run.plan

    def _card_ids(self) -> set[str]:
        return set(self.document.journey.cards)

    def current(self) -> CurrentActivity | None:
        activity, index = self.run.activity, self.run.current
        if activity is None or index is None:
            return None
        return CurrentActivity(index, len(self.plan.activities), activity.title,
                               activity.prompt, activity.lane, activity.stage, activity.kind,
                               activity.minutes)

    def start(self, index: int) -> Activity:
        activity = self.run.start(index, self._card_ids())
        self._time(activity)
        self.activityChanged.emit()
        return activity

    def has_next(self) -> bool:
        return self.run.has_next()

    def next(self) -> Activity | None:
        activity = self.run.next(self._card_ids())
        if activity is not None:
            self._time(activity)
        else:
            self.countdown.reset()
        self.activityChanged.emit()
        return activity

    def finish(self) -> None:
        self.run.finish(self._card_ids())

    def _time(self, activity: Activity) -> None:
        self.countdown.reset()
        self.countdown.set_minutes(activity.minutes)
        self.countdown.start()
