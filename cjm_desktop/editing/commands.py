"""Undo commands: each one calls model operations only, in ``redo`` and ``undo``.

The first ``redo`` (when the command is pushed) passes the origin of the edit so the widget
that started it can skip its own echo; later undo/redo pass ``UNDO_ORIGIN`` so every view,
the originating one included, refreshes. Remove commands keep the model's removal record,
which puts everything back exactly where it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from ..model import JourneyMap
from ..model.base import CellKey, EmotionKey
from ..model.entities import Card, Emotion, Lane, Persona, Stage, Step, clone
from .undo_guard import guarded

UNDO_ORIGIN = "undo"
# Changes made by someone else in a live session: applied with no undo step.
REMOTE_ORIGIN = "remote"

# Merge ids: commands of one id may merge into the previous one (a typing burst).
MERGE_UPDATE = 1001
MERGE_EMOTION = 1002
MERGE_NEW_CARD = 1003  # a card just added takes its first text into its own step


class ModelCommand(QUndoCommand):
    """A command that knows its journey map and the origin of its first redo."""

    def __init__(self, text: str, journey: JourneyMap, origin: Any = None) -> None:
        super().__init__(text)
        self.journey = journey
        self._origin = origin
        self._done_once = False
        self.skip_next_redo = False

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # a live-mode undo or redo may be refused halfway (undo_guard.run_step)
        super().__init_subclass__(**kwargs)
        for name in ("apply", "undo"):
            if name in cls.__dict__:
                setattr(cls, name, guarded(cls.__dict__[name]))

    def redo(self) -> None:
        # The Document applies a command itself (so a ModelError can refuse it before it
        # reaches the stack) and then pushes it; QUndoStack.push's redo is then skipped.
        if self.skip_next_redo:
            self.skip_next_redo = False
            return
        self.apply()

    def apply(self) -> None:
        raise NotImplementedError

    def origin(self) -> Any:
        """The origin for this redo: the caller's the first time, UNDO_ORIGIN after."""
        if self._done_once:
            return UNDO_ORIGIN
        self._done_once = True
        return self._origin


class AddCommand(ModelCommand):
    """Adds a stage, lane, persona or card; undo removes it again."""

    def __init__(self, text: str, journey: JourneyMap, add: Callable[..., None],
                 remove: Callable[..., Any], origin: Any = None) -> None:
        super().__init__(text, journey, origin)
        self._add = add
        self._remove = remove

    def apply(self) -> None:
        self._add(origin=self.origin())

    def undo(self) -> None:
        self._remove(origin=UNDO_ORIGIN)


def add_stage(journey: JourneyMap, stage: Stage, index: int | None, text: str,
              origin: Any = None) -> AddCommand:
    return AddCommand(text, journey, lambda origin: journey.add_stage(stage, index, origin=origin),
                      lambda origin: journey.remove_stage(stage.id, origin=origin), origin)


def add_lane(journey: JourneyMap, lane: Lane, index: int | None, text: str,
             origin: Any = None) -> AddCommand:
    return AddCommand(text, journey, lambda origin: journey.add_lane(lane, index, origin=origin),
                      lambda origin: journey.remove_lane(lane.id, origin=origin), origin)


def add_persona(journey: JourneyMap, persona: Persona, index: int | None, text: str,
                origin: Any = None) -> AddCommand:
    return AddCommand(
        text, journey, lambda origin: journey.add_persona(persona, index, origin=origin),
        lambda origin: journey.remove_persona(persona.id, origin=origin), origin)


def add_card(journey: JourneyMap, card: Card, position: int | None, text: str,
             origin: Any = None) -> AddCardCommand:
    return AddCardCommand(journey, card, position, text, origin)


class AddCardCommand(AddCommand):
    """Adds a card. The text typed into a card just added joins this step (``mergeWith`` a
    ``NEW_CARD_TEXT`` update), so creating and typing a card is one undo step; a card left
    empty is taken back with no step at all (``discard``)."""

    def __init__(self, journey: JourneyMap, card: Card, position: int | None, text: str,
                 origin: Any = None) -> None:
        # Later edits may replace or retarget the card object in the map (a kind change, a
        # first step adopting stage cards); redo must add the card exactly as it was added.
        self.card_id = card.id
        self._snapshot = clone(card)

        def add(origin: Any) -> None:
            journey.add_card(card if not journey.has_id(card.id) and card == self._snapshot
                             else clone(self._snapshot), position, origin=origin)

        super().__init__(text, journey, add,
                         lambda origin: journey.remove_card(card.id, origin=origin), origin)
        self._discard = False

    def id(self) -> int:
        return MERGE_NEW_CARD

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt API)
        if not (isinstance(other, UpdateCommand) and other.joins_new_card
                and other.target == ("card", self.card_id)
                and self.card_id in self.journey.cards):
            return False
        self._snapshot = clone(self.journey.cards[self.card_id])  # the card with its text
        return True

    def discard(self, on: bool = True) -> None:
        """Make the next undo (of this command, the top of the stack) delete it as well."""
        self._discard = on

    def undo(self) -> None:
        super().undo()
        if self._discard:
            self.setObsolete(True)  # QUndoStack.undo then deletes the command


class AddStepCommand(ModelCommand):
    def __init__(self, journey: JourneyMap, stage_id: str, step: Step, index: int | None,
                 text: str, origin: Any = None) -> None:
        super().__init__(text, journey, origin)
        self.stage_id, self.step, self.index = stage_id, step, index

    def apply(self) -> None:
        self.journey.add_step(self.stage_id, self.step, self.index, origin=self.origin())

    def undo(self) -> None:
        # keep_content: a first step adopted the stage's cards; give them back.
        self.journey.remove_step(self.stage_id, self.step.id, keep_content=True,
                                 origin=UNDO_ORIGIN)


class RemoveCommand(ModelCommand):
    """Removes something through a model call that returns a record; undo restores it."""

    def __init__(self, text: str, journey: JourneyMap, remove: Callable[..., Any],
                 restore: Callable[..., None], origin: Any = None) -> None:
        super().__init__(text, journey, origin)
        self._remove = remove
        self._restore = restore
        self._record: Any = None

    def apply(self) -> None:
        self._record = self._remove(origin=self.origin())

    def undo(self) -> None:
        self._restore(self._record, origin=UNDO_ORIGIN)


class MoveCommand(ModelCommand):
    """Moves a stage, step, lane or persona to an index; undo moves it back."""

    def __init__(self, text: str, journey: JourneyMap, move: Callable[..., int],
                 index: int, origin: Any = None) -> None:
        super().__init__(text, journey, origin)
        self._move = move
        self._index = index
        self._old = index

    def apply(self) -> None:
        self._old = self._move(self._index, origin=self.origin())

    def undo(self) -> None:
        self._move(self._old, origin=UNDO_ORIGIN)


class MoveCardCommand(ModelCommand):
    def __init__(self, journey: JourneyMap, card_id: str, cell: CellKey, position: int | None,
                 text: str, origin: Any = None) -> None:
        super().__init__(text, journey, origin)
        self.card_id, self.cell, self.position = card_id, cell, position
        self._old: tuple[CellKey, int] | None = None

    def apply(self) -> None:
        self._old = self.journey.move_card(self.card_id, self.cell, self.position,
                                           origin=self.origin())

    def undo(self) -> None:
        assert self._old is not None
        old_cell, old_position = self._old
        self.journey.move_card(self.card_id, old_cell, old_position, origin=UNDO_ORIGIN)


class UpdateCommand(ModelCommand):
    """Sets fields through an update call returning the old values; merges typing bursts.

    ``target`` names what is edited (e.g. ``("card", "c12")``); two updates merge when they
    edit the same target and the same fields within one burst (same ``burst`` number)."""

    def __init__(self, text: str, journey: JourneyMap, target: tuple[Any, ...],
                 changes: dict[str, Any], update: Callable[..., Any],
                 revert: Callable[..., None], burst: int | None, origin: Any = None) -> None:
        super().__init__(text, journey, origin)
        self.target = target
        self.changes = dict(changes)
        self._update = update
        self._revert = revert
        self.burst = burst
        self._record: Any = None
        self.joins_new_card = False  # set by Document.set_new_card_text

    def id(self) -> int:
        if self.joins_new_card:
            return MERGE_NEW_CARD
        return MERGE_UPDATE if self.burst is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt API)
        if not isinstance(other, UpdateCommand) or other.burst != self.burst:
            return False
        if other.target != self.target or set(other.changes) != set(self.changes):
            return False
        if "kind" in self.changes:
            return False
        self.changes = dict(other.changes)
        return True

    def apply(self) -> None:
        record = self._update(self.changes, origin=self.origin())
        if self._record is None:
            self._record = record

    def undo(self) -> None:
        self._revert(self._record, origin=UNDO_ORIGIN)


class EmotionCommand(ModelCommand):
    def __init__(self, journey: JourneyMap, key: EmotionKey, changes: dict[str, Any],
                 text: str, burst: int | None, origin: Any = None) -> None:
        super().__init__(text, journey, origin)
        self.key = key
        self.changes = dict(changes)
        self.burst = burst
        self._before: Emotion | None = None
        self._captured = False

    def id(self) -> int:
        return MERGE_EMOTION if self.burst is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt API)
        if not isinstance(other, EmotionCommand) or other.burst != self.burst:
            return False
        if other.key != self.key or set(other.changes) != set(self.changes):
            return False
        self.changes = dict(other.changes)
        return True

    def apply(self) -> None:
        persona, stage, step = self.key
        before = self.journey.set_emotion(persona, stage, step, self.changes,
                                          origin=self.origin())
        if not self._captured:
            self._before, self._captured = before, True

    def undo(self) -> None:
        self.journey.put_emotion(self.key, self._before, origin=UNDO_ORIGIN)


class SwapContentCommand(ModelCommand):
    """Puts another map's whole content into the journey (a merge or accepted changes);
    undo swaps it back. ``after`` tells the views to rebuild (the Document's reset)."""

    def __init__(self, text: str, journey: JourneyMap, content: JourneyMap,
                 after: Callable[[], None]) -> None:
        super().__init__(text, journey)
        self._content = content
        self._after = after

    def apply(self) -> None:
        self.journey.swap_content(self._content)
        self._after()

    def undo(self) -> None:
        self.apply()
