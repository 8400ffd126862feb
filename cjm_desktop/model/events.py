"""Change events: what changed in a journey map, and who started the change.

Every model operation emits one :class:`Change`. Views subscribe to the map and update
only what the event names; ``origin`` lets the widget that made an edit recognise its
own change and leave the user's cursor alone (see DESIGN.md, Idiom 6).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Entity(StrEnum):
    """What kind of thing a change is about."""

    INFO = "info"
    CHECKLIST = "checklist"
    STAGE = "stage"
    STEP = "step"
    LANE = "lane"
    CARD = "card"
    PERSONA = "persona"
    EMOTION = "emotion"
    WORKSHOP = "workshop"
    COMMENT = "comment"


class What(StrEnum):
    """The kinds of change, written ``<entity>.<verb>``. Listeners compare these members
    (``change.what is What.CARD_ADDED``, ``change.entity is Entity.CARD``), never strings."""

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
    WORKSHOP_UPDATED = "workshop.updated"  # the saved plan or vote tallies
    COMMENT_ADDED = "comment.added"
    COMMENT_REMOVED = "comment.removed"
    COMMENT_UPDATED = "comment.updated"

    @property
    def entity(self) -> Entity:
        return _ENTITY[self]


_ENTITY: dict[What, Entity] = {what: Entity(what.value.split(".", 1)[0]) for what in What}
# What changes the number of things on the map (the window's counts, for instance).
ADDED_OR_REMOVED: frozenset[What] = frozenset(
    what for what in What if what.value.endswith((".added", ".removed")))


@dataclass(frozen=True)
class Change:
    """One change. ``ids`` names the changed objects (for an emotion: persona, stage, step);
    ``fields`` names the changed fields of an update; ``origin`` is whoever asked for it."""

    what: What
    ids: tuple[Any, ...] = ()
    fields: tuple[str, ...] = ()
    origin: Any = None

    def __post_init__(self) -> None:
        if not isinstance(self.what, What):  # a plain "card.added" still reads as its member
            object.__setattr__(self, "what", What(self.what))

    @property
    def entity(self) -> Entity:
        return self.what.entity

    def touches(self, *fields: str) -> bool:
        """Whether an update changed any of ``fields`` (a path or a path's first part)."""
        changed = {f.split(".", 1)[0] for f in self.fields} | set(self.fields)
        return any(f in changed for f in fields)


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
