"""The state of a journey map and the queries over it; the operations live in mixins.

:class:`MapState` owns the containers (stages, lanes, personas, cards by cell, emotions,
checklist), id allocation, change notification and validation helpers shared by the
operation mixins in ``structure``, ``cards`` and ``people``.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .entities import (
    EMOTION_MAX,
    EMOTION_MIN,
    Card,
    ChecklistItem,
    Comment,
    Emotion,
    Lane,
    MapInfo,
    Persona,
    Stage,
    Step,
    default_checklist,
)
from .events import Change, ChangeNotifier, What
from .vocab import LaneKind
from .voting import VoteTally
from .workshop_plan import WorkshopPlan

CellKey = tuple[str, str | None, str]  # (stage id, step id or None, lane id)
EmotionKey = tuple[str, str, str | None]  # (persona id, stage id, step id or None)
Point = tuple[str, str | None]  # an x position of the journey: (stage id, step id or None)

ID_PREFIXES = {"stage": "s", "step": "t", "lane": "l", "card": "c", "persona": "p",
               "comment": "m"}
# A tag new ids carry (``c51-k3f``) so that people editing one map live never hand out
# the same id: letters, digits and underscores, at most 32; empty means no tag.
_ID_TAG = re.compile(r"[A-Za-z0-9_]{1,32}")


class ModelError(ValueError):
    """An operation that would break the map's invariants; nothing was changed."""


class MapState:
    def __init__(self) -> None:
        self.info = MapInfo()
        self.stages: list[Stage] = []
        self.lanes: list[Lane] = []
        self.personas: list[Persona] = []
        self.checklist: list[ChecklistItem] = default_checklist()
        self.cards: dict[str, Card] = {}
        self.emotions: dict[EmotionKey, Emotion] = {}
        self.workshop_plan: WorkshopPlan | None = None  # the saved agenda (workshop mode)
        self.vote_tallies: list[VoteTally] = []  # finished dot votes, oldest first
        self.comments: list[Comment] = []  # in thread order (model.comments)
        self._cells: dict[CellKey, list[str]] = {}
        self._ids: set[str] = set()
        # id → object for stages, lanes and personas (kept by add/remove; lists keep order)
        self._stage_by_id: dict[str, Stage] = {}
        self._lane_by_id: dict[str, Lane] = {}
        self._persona_by_id: dict[str, Persona] = {}
        self._serial = 0
        self.id_tag = ""  # set with set_id_tag: who hands out new ids (live co-editing)
        self._notifier = ChangeNotifier()

    # ----- notification -------------------------------------------------------------
    def subscribe(self, listener: Any) -> None:
        self._notifier.subscribe(listener)

    def unsubscribe(self, listener: Any) -> None:
        self._notifier.unsubscribe(listener)

    def _emit(self, what: What, ids: tuple[Any, ...], origin: Any,
              changed: tuple[str, ...] = ()) -> None:
        self._notifier.emit(Change(what=what, ids=ids, fields=changed, origin=origin))

    # ----- ids ------------------------------------------------------------------------
    def new_id(self, entity: str) -> str:
        """A fresh id for a new stage, step, lane, card, persona or comment; with an id
        tag it ends in ``-TAG``."""
        prefix = ID_PREFIXES[entity]
        suffix = f"-{self.id_tag}" if self.id_tag else ""
        while True:
            self._serial += 1
            candidate = f"{prefix}{self._serial}{suffix}"
            if candidate not in self._ids:
                return candidate

    def set_id_tag(self, tag: str) -> None:
        """Make new ids carry ``tag`` (empty: the plain ids). Raises ModelError for a tag
        that is not 1–32 letters, digits or underscores."""
        if tag and not (isinstance(tag, str) and _ID_TAG.fullmatch(tag)):
            raise ModelError(f"{tag!r} can't tag ids: use up to 32 letters, digits or _")
        self.id_tag = tag

    def _claim_id(self, entity_id: str) -> None:
        if not entity_id or not isinstance(entity_id, str):
            raise ModelError("an id must be a non-empty text")
        if entity_id in self._ids:
            raise ModelError(f"id {entity_id!r} is already used")
        self._ids.add(entity_id)

    def _release_id(self, entity_id: str) -> None:
        self._ids.discard(entity_id)

    def has_id(self, entity_id: str) -> bool:
        return entity_id in self._ids

    # ----- queries --------------------------------------------------------------------
    def stage(self, stage_id: str) -> Stage:
        try:
            return self._stage_by_id[stage_id]
        except (KeyError, TypeError):
            raise ModelError(f"no stage {stage_id!r}") from None

    def stage_index(self, stage_id: str) -> int:
        return self.stages.index(self.stage(stage_id))

    def find_step(self, step_id: str) -> tuple[Stage, Step]:
        for stage in self.stages:
            for step in stage.steps:
                if step.id == step_id:
                    return stage, step
        raise ModelError(f"no step {step_id!r}")

    def lane(self, lane_id: str) -> Lane:
        try:
            return self._lane_by_id[lane_id]
        except (KeyError, TypeError):
            raise ModelError(f"no lane {lane_id!r}") from None

    def lane_index(self, lane_id: str) -> int:
        return self.lanes.index(self.lane(lane_id))

    def persona(self, persona_id: str) -> Persona:
        try:
            return self._persona_by_id[persona_id]
        except (KeyError, TypeError):
            raise ModelError(f"no persona {persona_id!r}") from None

    def persona_index(self, persona_id: str) -> int:
        return self.personas.index(self.persona(persona_id))

    def card(self, card_id: str) -> Card:
        try:
            return self.cards[card_id]
        except KeyError:
            raise ModelError(f"no card {card_id!r}") from None

    def cell_ids(self, cell: CellKey) -> list[str]:
        """Card ids of a cell in their order (a copy)."""
        return list(self._cells.get(cell, ()))

    def cards_in(self, cell: CellKey) -> list[Card]:
        return [self.cards[cid] for cid in self._cells.get(cell, ())]

    def card_position(self, card_id: str) -> int:
        card = self.card(card_id)
        return self._cells[card.cell].index(card_id)

    def cells(self) -> list[CellKey]:
        """Every cell of the grid, stage by stage (steps in order), lane by lane."""
        return [(stage_id, step_id, lane.id)
                for stage_id, step_id in self.points() for lane in self.lanes]

    def points(self) -> list[Point]:
        """The x positions of the journey: each step, or the stage itself when it has none."""
        result: list[Point] = []
        for stage in self.stages:
            if stage.steps:
                result.extend((stage.id, step.id) for step in stage.steps)
            else:
                result.append((stage.id, None))
        return result

    def ordered_cards(self) -> list[Card]:
        """All cards in reading order: by stage, step, lane, then position in the cell."""
        return [card for cell in self.cells() for card in self.cards_in(cell)]

    def emotion(self, persona_id: str, stage_id: str, step_id: str | None = None) -> Emotion | None:
        return self.emotions.get((persona_id, stage_id, step_id))

    def checklist_item(self, question: str) -> ChecklistItem:
        for item in self.checklist:
            if item.question == question:
                return item
        raise ModelError(f"no checklist question {question!r}")

    # ----- validation helpers ---------------------------------------------------------
    def check_cell(self, cell: CellKey) -> None:
        stage_id, step_id, lane_id = cell
        stage = self.stage(stage_id)
        lane = self.lane(lane_id)
        self._check_point(stage, step_id)
        if lane.kind == LaneKind.EMOTIONS.value:
            raise ModelError("cards cannot be placed in the emotion lane")

    def _check_point(self, stage: Stage, step_id: str | None) -> None:
        if stage.steps:
            if step_id not in {step.id for step in stage.steps}:
                raise ModelError(f"stage {stage.id!r} has steps: choose one of them")
        elif step_id is not None:
            raise ModelError(f"stage {stage.id!r} has no step {step_id!r}")

    def swap_content(self, other: MapState) -> None:
        """Exchange everything the two maps hold (not their listeners or id tag): a merged or
        imported result becomes this map in one step, and swapping again undoes it."""
        for name in set(vars(self)) | set(vars(other)):
            if name not in ("_notifier", "id_tag"):  # who edits stays, like the listeners
                mine, theirs = vars(self).get(name), vars(other).get(name)
                setattr(self, name, theirs)
                setattr(other, name, mine)

    # ----- equality -------------------------------------------------------------------
    def snapshot(self) -> tuple[Any, ...]:
        """Everything a file would hold, in a comparable form (ids included, no counters)."""
        cells = {key: tuple(ids) for key, ids in self._cells.items() if ids}
        return (
            self.info, self.stages, self.lanes, self.personas, self.checklist,
            sorted(self.cards.items()), sorted(cells.items(), key=repr),
            sorted(self.emotions.items(), key=repr), self.workshop_plan, self.vote_tallies,
            self.comments,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MapState):
            return NotImplemented
        return self.snapshot() == other.snapshot()
    # (defining __eq__ leaves the class unhashable: Python sets __hash__ to None)


def check_score(value: Any, what: str = "score") -> float | None:
    """A valid emotion score: None or a number in −2…+2 in half steps."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ModelError(f"{what} must be a number from -2 to +2")
    if not EMOTION_MIN <= value <= EMOTION_MAX or (value * 2) != int(value * 2):
        raise ModelError(f"{what} must be from -2 to +2 in steps of 0.5, not {value}")
    return float(value)


def check_rating(value: Any, what: str) -> int | None:
    """A valid 1–5 rating or None."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise ModelError(f"{what} must be a whole number from 1 to 5")
    return value
