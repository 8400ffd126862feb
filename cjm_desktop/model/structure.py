"""Operations on the grid's structure: stages, their steps, and lanes.

Removing something returns a record holding everything that hung on it (cards with their
positions, emotions); ``restore_*`` takes that record and puts it all back exactly, which
is what undo needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .base import CellKey, MapState, ModelError
from .entities import Card, Emotion, Lane, Stage, Step, clone, get_path, set_path
from .events import What
from .vocab import LaneKind


@dataclass
class RemovedCards:
    """Cards taken out of the grid, with their cell positions, in restore order."""

    cards: list[tuple[Card, int]] = field(default_factory=list)
    unlinked: list[tuple[str, str, Any]] = field(default_factory=list)


@dataclass
class RemovedStage:
    stage: Stage
    index: int
    content: RemovedCards
    emotions: list[Emotion]


@dataclass
class RemovedStep:
    stage_id: str
    step: Step
    index: int
    content: RemovedCards
    emotions: list[Emotion]


@dataclass
class RemovedLane:
    lane: Lane
    index: int
    content: RemovedCards


class StructureOps(MapState):
    # ----- helpers shared with the card operations -----------------------------------
    def _take_cards(self, predicate: Any) -> RemovedCards:
        """Remove every card whose cell matches ``predicate`` (used by stage/lane removal)."""
        taken = RemovedCards()
        for cell, ids in list(self._cells.items()):
            if not predicate(cell):
                continue
            for position, card_id in enumerate(ids):
                taken.cards.append((self.cards[card_id], position))
            del self._cells[cell]
        taken_ids = {card.id for card, _ in taken.cards}
        for card, _ in taken.cards:
            del self.cards[card.id]
            self._release_id(card.id)
        taken.unlinked = self._unlink_many(taken_ids)
        return taken

    def _put_back_cards(self, taken: RemovedCards) -> None:
        for card, position in sorted(taken.cards, key=lambda item: item[1]):
            self._claim_id(card.id)
            self.cards[card.id] = card
            self._cells.setdefault(card.cell, []).insert(position, card.id)
        self._relink(taken.unlinked)

    def _unlink_many(self, removed_ids: set[str]) -> list[tuple[str, str, Any]]:
        """Drop links from remaining cards to ``removed_ids``; return what to put back."""
        if not removed_ids:
            return []
        undo: list[tuple[str, str, Any]] = []
        for card in self.cards.values():
            if card.pain_point is not None and card.pain_point.touchpoint in removed_ids:
                undo.append((card.id, "pain_point.touchpoint", card.pain_point.touchpoint))
                card.pain_point.touchpoint = None
            if card.opportunity is not None and removed_ids & set(card.opportunity.pain_points):
                links = list(card.opportunity.pain_points)
                undo.append((card.id, "opportunity.pain_points", links))
                card.opportunity.pain_points = [
                    pid for pid in card.opportunity.pain_points if pid not in removed_ids]
        return undo

    def _relink(self, unlinked: list[tuple[str, str, Any]]) -> None:
        for card_id, path, value in unlinked:
            set_path(self.cards[card_id], path, clone(value))

    def relink(self, unlinked: list[tuple[str, str, Any]], *, origin: Any = None) -> None:
        """Put back the links that taking cards out dropped (the cards are back, elsewhere:
        a step moved to another stage with its cards); links of cards gone meanwhile stay
        dropped."""
        kept = [entry for entry in unlinked if entry[0] in self.cards]
        self._relink(kept)
        for card_id in dict.fromkeys(card_id for card_id, _path, _value in kept):
            self._emit(What.CARD_UPDATED, (card_id,), origin)

    def _take_emotions(self, predicate: Any) -> list[Emotion]:
        taken = [emotion for key, emotion in self.emotions.items() if predicate(key)]
        for emotion in taken:
            del self.emotions[emotion.key]
        return taken

    def _emit_removed_cards(self, taken: RemovedCards, origin: Any) -> None:
        for card, _ in taken.cards:
            self._emit(What.CARD_REMOVED, (card.id,), origin)

    # ----- stages ---------------------------------------------------------------------
    def add_stage(self, stage: Stage, index: int | None = None, *, origin: Any = None) -> None:
        for step in stage.steps:
            if step.id in self._ids:
                raise ModelError(f"id {step.id!r} is already used")
        self._claim_id(stage.id)
        for step in stage.steps:
            self._ids.add(step.id)
        index = len(self.stages) if index is None else max(0, min(index, len(self.stages)))
        self.stages.insert(index, stage)
        self._stage_by_id[stage.id] = stage
        self._emit(What.STAGE_ADDED, (stage.id,), origin)

    def remove_stage(self, stage_id: str, *, origin: Any = None) -> RemovedStage:
        stage = self.stage(stage_id)
        index = self.stages.index(stage)
        content = self._take_cards(lambda cell: cell[0] == stage_id)
        emotions = self._take_emotions(lambda key: key[1] == stage_id)
        del self.stages[index]
        del self._stage_by_id[stage.id]
        self._release_id(stage.id)
        for step in stage.steps:
            self._release_id(step.id)
        self._emit_removed_cards(content, origin)
        self._emit(What.STAGE_REMOVED, (stage_id,), origin)
        return RemovedStage(stage, index, content, emotions)

    def restore_stage(self, record: RemovedStage, *, origin: Any = None) -> None:
        self.add_stage(record.stage, record.index, origin=origin)
        for emotion in record.emotions:
            self.emotions[emotion.key] = emotion
        self._put_back_cards(record.content)
        for card, _ in record.content.cards:
            self._emit(What.CARD_ADDED, (card.id,), origin)
        for emotion in record.emotions:
            self._emit(What.EMOTION_UPDATED, emotion.key, origin)

    def move_stage(self, stage_id: str, index: int, *, origin: Any = None) -> int:
        """Move a stage to ``index`` (in the list without it); returns its old index."""
        stage = self.stage(stage_id)
        old = self.stages.index(stage)
        self.stages.pop(old)
        index = max(0, min(index, len(self.stages)))
        self.stages.insert(index, stage)
        self._emit(What.STAGE_MOVED, (stage_id,), origin)
        return old

    def update_stage(self, stage_id: str, changes: dict[str, Any], *,
                     origin: Any = None) -> dict[str, Any]:
        """Set fields of a stage (not its id or steps); returns the old values."""
        stage = self.stage(stage_id)
        return self._update(stage, changes, forbidden={"id", "steps"},
                            what=What.STAGE_UPDATED, ids=(stage_id,), origin=origin)

    # ----- steps ----------------------------------------------------------------------
    def add_step(self, stage_id: str, step: Step, index: int | None = None, *,
                 origin: Any = None) -> None:
        """Add a step. The first step of a stage adopts the stage's cards and emotions."""
        stage = self.stage(stage_id)
        self._claim_id(step.id)
        first = not stage.steps
        index = len(stage.steps) if index is None else max(0, min(index, len(stage.steps)))
        stage.steps.insert(index, step)
        moved: list[str] = []
        if first:
            moved = self._retarget_point(stage_id, None, step.id)
        self._emit(What.STEP_ADDED, (stage_id, step.id), origin)
        for card_id in moved:
            self._emit(What.CARD_MOVED, (card_id,), origin)

    def _retarget_point(self, stage_id: str, old_step: str | None,
                        new_step: str | None) -> list[str]:
        """Move every card and emotion of (stage, old_step) to (stage, new_step)."""
        moved: list[str] = []
        for cell in [c for c in self._cells if c[0] == stage_id and c[1] == old_step]:
            ids = self._cells.pop(cell)
            self._cells[(stage_id, new_step, cell[2])] = ids
            for card_id in ids:
                self.cards[card_id].step = new_step
            moved.extend(ids)
        for key in [k for k in self.emotions if k[1] == stage_id and k[2] == old_step]:
            emotion = self.emotions.pop(key)
            emotion.step = new_step
            self.emotions[emotion.key] = emotion
        return moved

    def remove_step(self, stage_id: str, step_id: str, *, keep_content: bool = False,
                    origin: Any = None) -> RemovedStep:
        """Remove a step with its cards and emotions. With ``keep_content`` and when it
        is the stage's only step, its content moves up to the stage instead."""
        stage = self.stage(stage_id)
        steps = {step.id: step for step in stage.steps}
        if step_id not in steps:
            raise ModelError(f"stage {stage_id!r} has no step {step_id!r}")
        index = stage.steps.index(steps[step_id])
        release = keep_content and len(stage.steps) == 1
        if release:
            moved = self._retarget_point(stage_id, step_id, None)
            content, emotions = RemovedCards(), []
        else:
            moved = []
            content = self._take_cards(lambda cell: cell[0] == stage_id and cell[1] == step_id)
            emotions = self._take_emotions(lambda key: key[1] == stage_id and key[2] == step_id)
        del stage.steps[index]
        self._release_id(step_id)
        self._emit_removed_cards(content, origin)
        self._emit(What.STEP_REMOVED, (stage_id, step_id), origin)
        for card_id in moved:
            self._emit(What.CARD_MOVED, (card_id,), origin)
        # (a released step's content stays with the stage: restoring the step, its first,
        # takes it back)
        return RemovedStep(stage_id, steps[step_id], index, content, emotions)

    def restore_step(self, record: RemovedStep, *, origin: Any = None) -> None:
        self.add_step(record.stage_id, record.step, record.index, origin=origin)
        for emotion in record.emotions:
            self.emotions[emotion.key] = emotion
        self._put_back_cards(record.content)
        for card, _ in record.content.cards:
            self._emit(What.CARD_ADDED, (card.id,), origin)
        for emotion in record.emotions:
            self._emit(What.EMOTION_UPDATED, emotion.key, origin)

    def move_step(self, stage_id: str, step_id: str, index: int, *, origin: Any = None) -> int:
        stage = self.stage(stage_id)
        positions = [step.id for step in stage.steps]
        if step_id not in positions:
            raise ModelError(f"stage {stage_id!r} has no step {step_id!r}")
        old = positions.index(step_id)
        step = stage.steps.pop(old)
        stage.steps.insert(max(0, min(index, len(stage.steps))), step)
        self._emit(What.STEP_MOVED, (stage_id, step_id), origin)
        return old

    def update_step(self, step_id: str, changes: dict[str, Any], *,
                    origin: Any = None) -> dict[str, Any]:
        stage, step = self.find_step(step_id)
        return self._update(step, changes, forbidden={"id"}, what=What.STEP_UPDATED,
                            ids=(stage.id, step_id), origin=origin)

    # ----- lanes ----------------------------------------------------------------------
    def add_lane(self, lane: Lane, index: int | None = None, *, origin: Any = None) -> None:
        LaneKind(lane.kind)
        self._claim_id(lane.id)
        index = len(self.lanes) if index is None else max(0, min(index, len(self.lanes)))
        self.lanes.insert(index, lane)
        self._lane_by_id[lane.id] = lane
        self._emit(What.LANE_ADDED, (lane.id,), origin)

    def remove_lane(self, lane_id: str, *, origin: Any = None) -> RemovedLane:
        lane = self.lane(lane_id)
        index = self.lanes.index(lane)
        content = self._take_cards(lambda cell: cell[2] == lane_id)
        del self.lanes[index]
        del self._lane_by_id[lane_id]
        self._release_id(lane_id)
        self._emit_removed_cards(content, origin)
        self._emit(What.LANE_REMOVED, (lane_id,), origin)
        return RemovedLane(lane, index, content)

    def restore_lane(self, record: RemovedLane, *, origin: Any = None) -> None:
        self.add_lane(record.lane, record.index, origin=origin)
        self._put_back_cards(record.content)
        for card, _ in record.content.cards:
            self._emit(What.CARD_ADDED, (card.id,), origin)

    def move_lane(self, lane_id: str, index: int, *, origin: Any = None) -> int:
        lane = self.lane(lane_id)
        old = self.lanes.index(lane)
        self.lanes.pop(old)
        self.lanes.insert(max(0, min(index, len(self.lanes))), lane)
        self._emit(What.LANE_MOVED, (lane_id,), origin)
        return old

    def update_lane(self, lane_id: str, changes: dict[str, Any], *,
                    origin: Any = None) -> dict[str, Any]:
        lane = self.lane(lane_id)
        height = changes.get("height")
        if height is not None and not (isinstance(height, int | float) and 0 < height < 1e6):
            raise ModelError("a lane height must be a positive number of pixels")
        if "kind" in changes:
            kind = LaneKind(changes["kind"])
            if kind == LaneKind.EMOTIONS and any(
                    ids for cell, ids in self._cells.items() if cell[2] == lane_id):
                raise ModelError("a lane with cards cannot become the emotion lane")
        return self._update(lane, changes, forbidden={"id"}, what=What.LANE_UPDATED,
                            ids=(lane_id,), origin=origin)

    # ----- generic field update -------------------------------------------------------
    def _update(self, target: Any, changes: dict[str, Any], *, forbidden: set[str], what: What,
                ids: tuple[Any, ...], origin: Any) -> dict[str, Any]:
        for path in changes:
            if path.split(".", 1)[0] in forbidden:
                raise ModelError(f"{path!r} cannot be changed this way")
            try:
                get_path(target, path)
            except AttributeError:
                raise ModelError(f"unknown field {path!r}") from None
        old = {path: clone(get_path(target, path)) for path in changes}
        for path, value in changes.items():
            set_path(target, path, clone(value))
        self._emit(what, ids, origin, tuple(changes))
        return old


__all__ = ["CellKey", "RemovedCards", "RemovedLane", "RemovedStage", "RemovedStep",
           "StructureOps"]
