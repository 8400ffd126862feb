"""Operations on cards: add, remove, move between cells and positions, update fields.

Cards live in cells (stage × optional step × lane) in a dense order. Links between cards
(a pain point's touchpoint, an opportunity's pain points) always name existing cards of the
right kind: removing a card or changing its kind drops the links to it, and the returned
record puts them back on undo.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .base import CellKey, ModelError, check_rating
from .entities import KIND_INFO_FIELD, Card, clone, ensure_kind_info, get_path, set_path
from .events import What
from .structure import StructureOps
from .vocab import (
    CardKind,
    Channel,
    KpiDirection,
    OpportunityScope,
    OpportunityStatus,
    PainCategory,
    Severity,
)

_RATING_FIELDS = {
    "touchpoint.satisfaction": "satisfaction",
    "touchpoint.expectation": "expectation",
    "touchpoint.performance": "performance",
    "opportunity.impact": "impact",
    "opportunity.effort": "effort",
}
_CHOICE_FIELDS: dict[str, type[StrEnum]] = {
    "touchpoint.channel": Channel,
    "pain_point.category": PainCategory,
    "pain_point.severity": Severity,
    "opportunity.status": OpportunityStatus,
    "opportunity.scope": OpportunityScope,
    "kpi.direction": KpiDirection,
}
# The same checks by detail record, with each vocabulary's values as a set: built once, as
# every card read or changed is checked against them.
_RATINGS_OF: dict[str | None, tuple[tuple[str, str], ...]] = {
    attr: tuple((path, name) for path, name in _RATING_FIELDS.items()
                if path.split(".", 1)[0] == attr)
    for attr in KIND_INFO_FIELD.values()}
_CHOICES_OF: dict[str | None, tuple[tuple[str, frozenset[str], str], ...]] = {
    attr: tuple((path, frozenset(v.value for v in vocabulary), path.split(".")[1])
                for path, vocabulary in _CHOICE_FIELDS.items()
                if path.split(".", 1)[0] == attr)
    for attr in KIND_INFO_FIELD.values()}
_KPI_DIRECTIONS = frozenset(d.value for d in KpiDirection)
_KINDS = frozenset(k.value for k in CardKind)
_TOUCHPOINT = CardKind.TOUCHPOINT.value
_PAIN_POINT = CardKind.PAIN_POINT.value


@dataclass
class RemovedCard:
    card: Card
    position: int
    unlinked: list[tuple[str, str, Any]] = field(default_factory=list)


@dataclass
class CardUpdate:
    """What an update replaced: old field values and links dropped by a kind change."""

    old: dict[str, Any]
    unlinked: list[tuple[str, str, Any]] = field(default_factory=list)


class CardOps(StructureOps):
    def add_card(self, card: Card, position: int | None = None, *, origin: Any = None) -> None:
        """Insert a card into its cell (``card.stage``, ``card.step``, ``card.lane``)."""
        if not isinstance(card.kind, str) or card.kind not in _KINDS:
            CardKind(card.kind)  # refused as before: a ValueError naming the kind
        self.check_cell(card.cell)
        ensure_kind_info(card)
        self._check_card_values(card)
        self._claim_id(card.id)
        self.cards[card.id] = card
        ids = self._cells.setdefault(card.cell, [])
        position = len(ids) if position is None else max(0, min(position, len(ids)))
        ids.insert(position, card.id)
        self._emit(What.CARD_ADDED, (card.id,), origin)

    def remove_card(self, card_id: str, *, origin: Any = None) -> RemovedCard:
        card = self.card(card_id)
        ids = self._cells[card.cell]
        position = ids.index(card_id)
        del ids[position]
        if not ids:
            del self._cells[card.cell]
        del self.cards[card_id]
        self._release_id(card_id)
        unlinked = self._unlink_many({card_id})
        self._emit(What.CARD_REMOVED, (card_id,), origin)
        for other_id, _path, _value in unlinked:
            self._emit(What.CARD_UPDATED, (other_id,), origin)
        return RemovedCard(card, position, unlinked)

    def restore_card(self, record: RemovedCard, *, origin: Any = None) -> None:
        self.add_card(record.card, record.position, origin=origin)
        self.relink(record.unlinked, origin=origin)

    def move_card(self, card_id: str, cell: CellKey, position: int | None = None, *,
                  origin: Any = None) -> tuple[CellKey, int]:
        """Move a card to ``position`` in ``cell`` (counted without the card itself).

        Returns the card's old cell and position, which is how to move it back."""
        card = self.card(card_id)
        self.check_cell(cell)
        old_cell = card.cell
        old_ids = self._cells[old_cell]
        old_position = old_ids.index(card_id)
        del old_ids[old_position]
        if not old_ids:
            del self._cells[old_cell]
        card.stage, card.step, card.lane = cell
        ids = self._cells.setdefault(cell, [])
        position = len(ids) if position is None else max(0, min(position, len(ids)))
        ids.insert(position, card_id)
        self._emit(What.CARD_MOVED, (card_id,), origin)
        return old_cell, old_position

    def update_card(self, card_id: str, changes: dict[str, Any], *,
                    origin: Any = None) -> CardUpdate:
        """Set card fields by dotted path (``"text"``, ``"touchpoint.channel"``, …).

        Changing ``kind`` replaces the kind's detail record; the old records are part of the
        returned :class:`CardUpdate`, so :meth:`revert_card_update` restores them."""
        card = self.card(card_id)
        changes = dict(changes)
        for path in changes:
            if path in ("id", "stage", "step", "lane"):
                raise ModelError(f"{path!r} cannot be changed this way: move the card")
        probe = clone(card)
        new_kind = changes.pop("kind", None)
        old: dict[str, Any] = {}
        if new_kind is not None:
            CardKind(new_kind)
            old["kind"] = card.kind
            for attr in KIND_INFO_FIELD.values():
                old[attr] = clone(getattr(card, attr))
            probe.kind = new_kind
            ensure_kind_info(probe)
        for path, value in changes.items():
            try:
                get_path(probe, path)
                set_path(probe, path, clone(value))
            except AttributeError:
                raise ModelError(f"card {card_id!r} has no field {path!r}") from None
        self._check_card_values(probe)
        for path in changes:
            if path.split(".", 1)[0] not in old:
                old[path] = clone(get_path(card, path))
        unlinked: list[tuple[str, str, Any]] = []
        if new_kind is not None and new_kind != card.kind:
            unlinked = self._unlink_many({card_id})
        self.cards[card_id] = probe
        changed = tuple(["kind"] if new_kind is not None else []) + tuple(changes)
        self._emit(What.CARD_UPDATED, (card_id,), origin, changed)
        for other_id, _path, _value in unlinked:
            self._emit(What.CARD_UPDATED, (other_id,), origin)
        return CardUpdate(old, unlinked)

    def revert_card_update(self, card_id: str, update: CardUpdate, *, origin: Any = None) -> None:
        card = self.card(card_id)
        if "kind" in update.old:
            card.kind = update.old["kind"]
        for path, value in update.old.items():
            if path != "kind":
                set_path(card, path, clone(value))
        self._relink(update.unlinked)
        self._emit(What.CARD_UPDATED, (card_id,), origin, tuple(update.old))
        for other_id, _path, _value in update.unlinked:
            self._emit(What.CARD_UPDATED, (other_id,), origin)

    # ----- validation -----------------------------------------------------------------
    def _check_card_values(self, card: Card) -> None:
        if not isinstance(card.text, str) or not isinstance(card.notes, str):
            raise ModelError("card text and notes must be text")
        if isinstance(card.votes, bool) or not isinstance(card.votes, int) or card.votes < 0:
            raise ModelError("votes must be a whole number of at least 0")
        if not isinstance(card.author, str):
            raise ModelError("the author must be text")
        if not isinstance(card.tags, list) or not all(isinstance(t, str) for t in card.tags):
            raise ModelError("tags must be a list of texts")
        attr = KIND_INFO_FIELD.get(card.kind)
        for path, name in _RATINGS_OF.get(attr, ()):
            check_rating(get_path(card, path), name)
        for path, allowed, name in _CHOICES_OF.get(attr, ()):
            value = get_path(card, path)
            if value is not None and value not in allowed:
                raise ModelError(f"{value!r} is not a valid {name}")
        if card.kpi is not None and card.kpi.direction not in _KPI_DIRECTIONS:
            raise ModelError("a KPI's direction must be higher or lower")
        if card.pain_point is not None and card.pain_point.touchpoint is not None:
            target = self.cards.get(card.pain_point.touchpoint)
            if target is None or target.kind != _TOUCHPOINT:
                raise ModelError("a pain point can only link to an existing touchpoint card")
        if card.opportunity is not None:
            for pain_id in card.opportunity.pain_points:
                target = self.cards.get(pain_id)
                if target is None or target.kind != _PAIN_POINT:
                    raise ModelError("an opportunity can only link to existing pain-point cards")
        if card.touchpoint is not None and card.touchpoint.complaint_count is not None:
            count = card.touchpoint.complaint_count
            if isinstance(count, bool) or not isinstance(count, int) or count < 0:
                raise ModelError("the complaint count must be a whole number of at least 0")
