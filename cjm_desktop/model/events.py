"""Change events: what changed in a journey map, and who started the change.

Every model operation emits one :class:`Change`. Views subscribe to the map and update
only what the event names; ``origin`` lets the widget that made an edit recognise its
own change and leave the user's cursor alone (see DESIGN.md, Idiom 6).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


class What:
    """The kinds of change, written ``<entity>.<verb>``."""

    INFO_UPDATED = "info.updated"
    STAGE_ADDED = "stage.added"
    STAGE_REMOVED = "stage.removed"
    STAGE_MOVED = "stage.moved"
    STAGE_UPDATED = "stage.updated"
    STEP_ADDED = "step.added"
    STEP_REMOVED = "step.removed"
    STEP_MOVED = "step.moved"
    STEP_UPDATED = "step.updated"
    LANE_ADDED = "lane.added"
    LANE_REMOVED = "lane.removed"
    LANE_MOVED = "lane.moved"
    LANE_UPDATED = "lane.updated"
    CARD_ADDED = "card.added"
    CARD_REMOVED = "card.removed"
    CARD_MOVED = "card.moved"
    CARD_UPDATED = "card.updated"
    PERSONA_ADDED = "persona.added"
    PERSONA_REMOVED = "persona.removed"
    PERSONA_MOVED = "persona.moved"
    PERSONA_UPDATED = "persona.updated"
    EMOTION_UPDATED = "emotion.updated"
    CHECKLIST_UPDATED = "checklist.updated"


@dataclass(frozen=True)
class Change:
    """One change. ``ids`` names the changed objects (for an emotion: persona, stage, step);
    ``fields`` names the changed fields of an update; ``origin`` is whoever asked for it."""

    what: str
    ids: tuple[Any, ...] = ()
    fields: tuple[str, ...] = ()
    origin: Any = None

    @property
    def entity(self) -> str:
        return self.what.split(".", 1)[0]


Listener = Callable[[Change], None]


class ChangeNotifier:
    """A minimal observer list; listeners are called in subscription order."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        if listener not in self._listeners:
            self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def emit(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)
