"""Card edits of the Document: add, paste, move, duplicate, delete and update cards.

A mixin of :class:`cjm_desktop.editing.document.Document`, kept apart so each module stays
small. Multi-card edits are one undo macro, so one gesture is one undo step.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from ..model import Card, JourneyMap
from ..model.base import CellKey
from ..model.entities import clone
from . import commands as cmd
from . import edit_names as names
from .edit_rules import normal_changes, unchanged


def tr(text: str) -> str:
    return QCoreApplication.translate("Document", text)


class CardEditing:
    _journey: JourneyMap
    undo_stack: QUndoStack

    def push(self, command: cmd.ModelCommand) -> None:  # provided by Document
        raise NotImplementedError

    def undo(self) -> bool:  # provided by Document
        raise NotImplementedError

    def macro(self, text: str) -> Any:  # provided by Document
        raise NotImplementedError

    def _burst_for(self, merge: bool) -> int | None:  # provided by Document
        raise NotImplementedError

    def new_card(self, cell: CellKey, kind: str | None = None, text: str = "") -> Card:
        raise NotImplementedError

    def add_card(self, cell: CellKey, kind: str | None = None, text: str = "",
                 position: int | None = None, *, fields: dict[str, Any] | None = None,
                 origin: Any = None) -> str:
        """Add a card to a cell (at the end, or at ``position``); returns its id."""
        card = self.new_card(cell, kind, text)
        for path, value in (fields or {}).items():
            _set_card_field(card, path, value)
        self.push(cmd.add_card(self._journey, card, position, tr("Add card"), origin))
        return card.id

    def _new_card_step(self, card_id: str) -> cmd.AddCardCommand | None:
        """The undo step that added ``card_id`` when it is the last one done, else None."""
        stack = self.undo_stack
        if stack.index() != stack.count() or stack.index() == 0:
            return None
        top = stack.command(stack.index() - 1)
        if isinstance(top, cmd.AddCardCommand) and top.card_id == card_id:
            return top
        return None

    def set_new_card_text(self, card_id: str, text: str, *, origin: Any = None) -> None:
        """Give a card just added (by :meth:`add_card`) its first text. When adding it was
        the last edit, the text joins that undo step: creating and typing a card is one
        step, and undo takes the card away with its text. Otherwise an ordinary edit."""
        j = self._journey
        if j.card(card_id).text == text:
            return
        joins = self._new_card_step(card_id) is not None
        command = cmd.UpdateCommand(
            tr("Edit card"), j, ("card", card_id), {"text": text},
            lambda ch, origin: j.update_card(card_id, ch, origin=origin),
            lambda rec, origin: j.revert_card_update(card_id, rec, origin=origin),
            self._burst_for(False), origin)
        command.joins_new_card = joins
        self.push(command)

    def discard_new_card(self, card_id: str, *, origin: Any = None) -> None:
        """Take back a card just added and left without text (its editor was left): when
        adding it was the last edit, the card goes with its undo step — nothing remains to
        undo or redo. Otherwise the card is deleted as an ordinary edit."""
        step = self._new_card_step(card_id)
        if step is not None:
            step.discard()
            if not self.undo():  # someone else changed it since (live): it stays
                step.discard(False)
        elif card_id in self._journey.cards:
            self.remove_cards([card_id], origin=origin)

    def add_cards(self, cell: CellKey, texts: Sequence[str], position: int | None = None, *,
                  kind: str | None = None, origin: Any = None) -> list[str]:
        """One card per text, in order, as one undo step (pasting lines of text)."""
        return self.insert_cards(cell, [self.new_card(cell, kind, t) for t in texts], position,
                                 text=tr("Paste cards"), origin=origin)

    def insert_cards(self, cell: CellKey, cards: Sequence[Card], position: int | None = None,
                     *, text: str | None = None, origin: Any = None) -> list[str]:
        """Insert copies of ``cards`` (fresh ids) into a cell as one undo step.

        Links to cards that do not exist in this map are dropped (pasting elsewhere)."""
        j = self._journey
        ids: list[str] = []
        j.check_cell(cell)  # refuse before the macro: a refused edit leaves no undo step
        start = len(j.cell_ids(cell)) if position is None else max(0, position)
        with self.macro(text or tr("Paste cards")):
            for offset, source in enumerate(cards):
                card = clone(source)
                card.id = j.new_id("card")
                card.stage, card.step, card.lane = cell
                _drop_dangling_links(card, j)
                self.push(cmd.add_card(j, card, start + offset, tr("Add card"), origin))
                ids.append(card.id)
        return ids

    def remove_cards(self, card_ids: Sequence[str], *, origin: Any = None) -> None:
        j = self._journey
        ids = [cid for cid in card_ids if cid in j.cards]
        if not ids:
            return
        text = tr("Delete card") if len(ids) == 1 else tr("Delete cards")
        with self.macro(text):
            for card_id in ids:
                self.push(cmd.RemoveCommand(
                    text, j, lambda origin, cid=card_id: j.remove_card(cid, origin=origin),
                    lambda rec, origin: j.restore_card(rec, origin=origin), origin))

    def move_cards(self, card_ids: Sequence[str], cell: CellKey, position: int | None = None,
                   *, origin: Any = None) -> None:
        """Move cards (kept in reading order) into ``cell`` before the card now at
        ``position`` among the cell's other cards (None: at the end). One undo step."""
        j = self._journey
        j.check_cell(cell)
        moving = [c.id for c in j.ordered_cards() if c.id in set(card_ids)]
        if not moving:
            return
        staying = [cid for cid in j.cell_ids(cell) if cid not in set(moving)]
        if position is not None:
            position = max(0, position)
        anchor = staying[position] if position is not None and position < len(staying) else None
        if j.cell_ids(cell) == _final_order(staying, moving, anchor):
            return  # dropped where they already are
        text = tr("Move card") if len(moving) == 1 else tr("Move cards")
        with self.macro(text):
            previous: str | None = None
            for card_id in moving:
                current = [cid for cid in j.cell_ids(cell) if cid != card_id]
                if previous is not None:
                    index = current.index(previous) + 1
                elif anchor is not None:
                    index = current.index(anchor)
                else:
                    index = len(current)
                self.push(cmd.MoveCardCommand(j, card_id, cell, index, text, origin))
                previous = card_id

    def duplicate_cards(self, card_ids: Sequence[str], *, origin: Any = None) -> list[str]:
        """Copy each card right after its original; returns the copies' ids."""
        j = self._journey
        ids = [c.id for c in j.ordered_cards() if c.id in set(card_ids)]
        new_ids: list[str] = []
        with self.macro(names.cards_duplicated(ids)):
            for card_id in ids:
                source = j.card(card_id)
                copy = clone(source)
                copy.id = j.new_id("card")
                position = j.card_position(card_id) + 1
                self.push(cmd.add_card(j, copy, position, tr("Add card"), origin))
                new_ids.append(copy.id)
        return new_ids

    def update_card(self, card_id: str, changes: dict[str, Any], *, merge: bool = False,
                    origin: Any = None) -> None:
        """Set card fields by dotted path; ``merge`` joins a typing burst into one step.
        Colours take their one spelling; an edit that changes nothing leaves no step."""
        j = self._journey
        changes = normal_changes(changes)
        if unchanged(j.card(card_id), changes):
            return
        self.push(cmd.UpdateCommand(
            names.card_edit(changes), j, ("card", card_id), changes,
            lambda ch, origin: j.update_card(card_id, ch, origin=origin),
            lambda rec, origin: j.revert_card_update(card_id, rec, origin=origin),
            self._burst_for(merge), origin))


def _final_order(staying: list[str], moving: list[str], anchor: str | None) -> list[str]:
    at = staying.index(anchor) if anchor is not None else len(staying)
    return staying[:at] + moving + staying[at:]


def _set_card_field(card: Card, path: str, value: Any) -> None:
    from ..model.entities import ensure_kind_info, set_path

    if path == "kind":
        card.kind = value
        ensure_kind_info(card)
    else:
        set_path(card, path, value)


def _drop_dangling_links(card: Card, journey: JourneyMap) -> None:
    if card.pain_point is not None and card.pain_point.touchpoint not in journey.cards:
        card.pain_point.touchpoint = None
    if card.opportunity is not None:
        card.opportunity.pain_points = [
            pid for pid in card.opportunity.pain_points if pid in journey.cards]
