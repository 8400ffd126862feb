"""Edit actions of the canvas view: clipboard, duplicate, delete, inline editing and
keyboard navigation between cards and cells. A mixin of ``view.CanvasView``.

Every change is a Document call with ``origin=self`` (DESIGN.md Idioms 1 and 6); a refused
edit (ModelError) goes to ``Document.refuse``, never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence

from ..editing.clipboard import (
    cards_from_mime,
    cards_to_mime,
    put_on_clipboard,
    text_to_lines,
)
from ..model import ModelError
from ..model.base import CellKey
from ..model.ids import parse_emotion_point_id
from . import style as st

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsView

    from ..editing import Document
    from .drag import DragController
    from .headers import HeaderItem
    from .inline_edit import InlineEditor
    from .scene import JourneyScene


def tr(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


if TYPE_CHECKING:
    _ViewBase = QGraphicsView  # the view this mixin is part of (see view.CanvasView)
else:
    _ViewBase = object


class ViewActions(_ViewBase):
    document: Document
    journey_scene: JourneyScene
    editor: InlineEditor
    drag: DragController
    selected_card_ids: Callable[[], list[str]]
    selected_ids: Callable[[], list[str]]
    selected_kind: Callable[[], str]
    select_ids: Callable[..., None]
    current_cell: Callable[[], CellKey | None]
    set_current_cell: Callable[[CellKey | None], None]
    report_error: Callable[[str], None]

    def _try(self, action: Callable[[], Any]) -> Any:
        try:
            return action()
        except ModelError as error:
            self.report_error(str(error))
            return None

    # ----- clipboard ------------------------------------------------------------------
    def _text_box(self) -> Any:
        """The open inline editor's text box: clipboard keys then act on its text."""
        return self.editor.box() if self.editor.is_active() else None

    def copy(self) -> bool:
        if (box := self._text_box()) is not None:
            box.copy()
            return False
        ids = self.selected_card_ids()
        if not ids:
            return False
        cards = [self.document.journey.cards[i] for i in ids]
        put_on_clipboard(cards_to_mime(cards))
        return True

    def cut(self) -> None:
        if (box := self._text_box()) is not None:
            box.cut()
            return
        if self.copy():
            self.delete_selected()

    def paste(self) -> list[str]:
        """Paste cards (app format) or lines of text (one card each) into the current cell,
        after the selected card when there is one; the pasted cards become the selection."""
        if (box := self._text_box()) is not None:
            box.paste()
            return []
        mime = QGuiApplication.clipboard().mimeData()
        cell = self.current_cell()
        if mime is None or cell is None:
            return []
        position = self._position_after_selection(cell)
        cards = cards_from_mime(mime)
        if cards:
            ids = self._try(lambda: self.document.insert_cards(cell, cards, position,
                                                                 origin=self))
        else:
            lines = text_to_lines(mime.text()) if mime.hasText() else []
            if not lines:
                return []
            ids = self._try(lambda: self.document.add_cards(cell, lines, position, origin=self))
        if ids:
            self.select_ids(ids)
        return ids or []

    def _position_after_selection(self, cell: CellKey) -> int | None:
        journey = self.document.journey
        inside = [journey.card_position(i) for i in self.selected_card_ids()
                  if journey.cards[i].cell == cell]
        return max(inside) + 1 if inside else None

    def duplicate(self) -> list[str]:
        ids = self.selected_card_ids()
        if not ids or self.editor.is_active():
            return []
        new_ids = self._try(lambda: self.document.duplicate_cards(ids, origin=self)) or []
        if new_ids:
            self.select_ids(new_ids)
        return new_ids

    def delete_selected(self) -> None:
        if (box := self._text_box()) is not None:
            box.textCursor().deleteChar()
            return
        kind, ids = self.selected_kind(), self.selected_ids()
        if kind == "card":
            journey = self.document.journey
            first = journey.cards[ids[0]]
            cell, position = first.cell, journey.card_position(ids[0])
            self._try(lambda: self.document.remove_cards(ids, origin=self))
            rest = journey.cell_ids(cell)
            if rest:  # keep a selection nearby so Delete can be pressed again
                self.select_ids([rest[min(position, len(rest) - 1)]])
        elif kind == "emotion-point":
            with self.document.macro(tr("Clear emotion")):
                for ident in ids:
                    persona, stage, step = parse_emotion_point_id(ident)
                    self._try(partial(self.document.set_emotion, persona, stage, step,
                                      {"score": None}, origin=self))

    def select_all(self) -> None:
        if (box := self._text_box()) is not None:
            box.selectAll()
            return
        scene = self.journey_scene
        self.select_ids([cid for cid in scene.cards
                         if scene.matches is None or cid in scene.matches],
                        ensure_visible=False)

    # ----- inline editing -------------------------------------------------------------
    def start_edit(self, item_id: str, kind: str = "card", *,
                   on_cancel: Callable[[], None] | None = None) -> None:
        """Open the in-place editor on a card's text or a stage / step / lane name."""
        scene = self.journey_scene
        scene.flush()
        journey = self.document.journey
        if kind == "card":
            card = journey.cards.get(item_id)
            if card is None:
                return
            rect = scene.card_rect(item_id)
            self.editor.start(rect, card.text, st.font("card"), lambda text: self._try(
                lambda: self._commit_card(item_id, text)), on_cancel, target=item_id)
            return
        groups: dict[str, Mapping[str, HeaderItem]] = {
            "stage": scene.stages, "step": scene.steps, "lane": scene.lanes}
        item = groups[kind].get(item_id)
        if item is None:
            return
        rect = item.mapRectToScene(item.rect)
        update: Callable[..., None]  # the Document's update_stage / _step / _lane
        if kind == "stage":
            text, update = journey.stage(item_id).name, self.document.update_stage
            rect = QRectF(rect.left() + 6, rect.top() + 8, rect.width() - 12, 32)
        elif kind == "step":
            text, update = journey.find_step(item_id)[1].name, self.document.update_step
        else:
            text, update = journey.lane(item_id).title, self.document.update_lane
            rect = QRectF(rect.left() + 6, rect.top() + 8, rect.width() - 12, 32)
        field = "title" if kind == "lane" else "name"

        def commit(value: str) -> None:
            value = " ".join(value.split())
            if value and value != text:
                self._try(lambda: update(item_id, {field: value}, origin=self))

        self.editor.start(rect, text, st.font("lane"), commit, multiline=False,
                          target=item_id)

    def _commit_card(self, card_id: str, text: str) -> None:
        journey = self.document.journey
        if card_id in journey.cards and journey.cards[card_id].text != text:
            self.document.update_card(card_id, {"text": text}, origin=self)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_card_and_edit(self, cell: CellKey, position: int | None, *,
                          kind: str | None = None, previous: str | None = None
                          ) -> str | None:
        """Add an empty card and open its editor with the keyboard focus. The text typed
        joins the card's undo step (one step: the card with its text); Enter then opens
        the next card below it, Esc ends (keeping what was typed). A card left empty (Esc,
        Enter or clicking away with no text) is taken back with its step, so no blank card
        and no stray step remain; the ``previous`` card (the one Enter was pressed on) is
        then selected again."""
        journey = self.document.journey
        card_id = self._try(lambda: self.document.add_card(cell, kind, "", position,
                                                             origin=self))
        if card_id is None:
            return None
        self.select_ids([card_id])
        filled = False

        def abandon() -> None:
            if self.document.journey is not journey:
                return  # another map was opened meanwhile: its cards are not ours to drop
            self._try(lambda: self.document.discard_new_card(card_id, origin=self))
            if previous is not None and previous in journey.cards:
                self.select_ids([previous])
            else:
                self.set_current_cell(cell)
            self.setFocus(Qt.FocusReason.OtherFocusReason)

        def commit(text: str) -> None:
            nonlocal filled
            if self.document.journey is not journey:
                return
            if not text.strip():
                abandon()
                return
            filled = self._try(lambda: self._fill_new_card(card_id, text)) is not None

        def next_card() -> None:
            if filled and self.document.journey is journey and card_id in journey.cards:
                card = journey.cards[card_id]
                self.add_card_and_edit(card.cell, journey.card_position(card_id) + 1,
                                       kind=card.kind, previous=card_id)

        scene = self.journey_scene
        scene.flush()
        self.editor.start(scene.card_rect(card_id), "", st.font("card"), commit, abandon,
                          target=card_id, on_enter=next_card, escape_commits=True)
        return card_id

    def _fill_new_card(self, card_id: str, text: str) -> bool:
        if card_id in self.document.journey.cards:
            self.document.set_new_card_text(card_id, text, origin=self)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # ----- keyboard -------------------------------------------------------------------
    def handle_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        cards = self.selected_card_ids()
        if key == Qt.Key.Key_F2:
            ids, kind = self.selected_ids(), self.selected_kind()
            if ids and kind in ("card", "stage", "step", "lane"):
                self.start_edit(ids[-1], kind)
            elif not ids and (cell := self.current_cell()) is not None:
                self.add_card_and_edit(cell, None)  # F2 on an empty cell starts a card
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if cards:
                journey = self.document.journey
                last = cards[-1]
                self.add_card_and_edit(journey.cards[last].cell,
                                       journey.card_position(last) + 1,
                                       kind=journey.cards[last].kind, previous=last)
            elif (cell := self.current_cell()) is not None:
                self.add_card_and_edit(cell, None)
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            back = key == Qt.Key.Key_Backtab or bool(mods & Qt.KeyboardModifier.ShiftModifier)
            self.move_to_cell(-1 if back else 1)
            return True
        arrows: dict[int, tuple[int, int]] = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                  Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in arrows and not mods & Qt.KeyboardModifier.ControlModifier:
            self.move_selection(*arrows[key])
            return True
        if event.matches(QKeySequence.StandardKey.Delete) or key == Qt.Key.Key_Backspace:
            self.delete_selected()
            return True
        if key == Qt.Key.Key_Escape:
            self.journey_scene.clearSelection()
            return True
        return False

    def _grid_pos(self) -> tuple[int, int, int | None] | None:
        """(col, row, index of the selected card in its cell or None) of the focus."""
        scene = self.journey_scene
        scene.flush()
        cell = self.current_cell()
        if cell is None:
            return None
        where = scene.cell_index(cell)
        if where is None:
            return None
        cards = self.selected_card_ids()
        journey = self.document.journey
        index = journey.card_position(cards[-1]) if cards else None
        return where[0], where[1], index

    def _focus_cell(self, col: int, row: int, index: int | None) -> None:
        scene = self.journey_scene
        cell = scene.cell_key(col, row)
        ids = self.document.journey.cell_ids(cell)
        self.set_current_cell(cell)
        if ids and index is not None:
            self.select_ids([ids[max(0, min(index, len(ids) - 1))]])
        else:
            scene.clearSelection()
            self.set_current_cell(cell)
            x, y, w, h = scene.layout.cell_rect(col, row)
            self.ensureVisible(QRectF(x, y, w, min(h, 200)), 40, 40)

    def move_to_cell(self, dcol: int) -> None:
        """Tab (``dcol`` 1) / Shift+Tab (-1): the next or previous cell in reading order
        (stage by stage along a lane)."""
        pos = self._grid_pos()
        if pos is None:
            return
        scene = self.journey_scene
        cols, rows = len(scene.layout.col_x), len(scene.layout.row_y)
        col, row, _index = pos
        for _ in range(cols * rows):
            col += dcol
            if col >= cols:
                col, row = 0, (row + 1) % rows
            elif col < 0:
                col, row = cols - 1, (row - 1) % rows
            if scene.is_card_row(row):
                break
        self._focus_cell(col, row, 0)

    def move_selection(self, dx: int, dy: int) -> None:
        pos = self._grid_pos()
        if pos is None:
            return
        scene = self.journey_scene
        col, row, index = pos
        journey = self.document.journey
        if dy and index is not None:
            count = len(journey.cell_ids(scene.cell_key(col, row)))
            if 0 <= index + dy < count:
                self._focus_cell(col, row, index + dy)
                return
        if dx:
            col = max(0, min(len(scene.layout.col_x) - 1, col + dx))
            self._focus_cell(col, row, index if index is not None else 0)
            return
        rows = len(scene.layout.row_y)
        r = row + dy
        while 0 <= r < rows and not scene.is_card_row(r):
            r += dy
        if 0 <= r < rows:
            count = len(journey.cell_ids(scene.cell_key(col, r)))
            self._focus_cell(col, r, 0 if dy > 0 else max(0, count - 1))
