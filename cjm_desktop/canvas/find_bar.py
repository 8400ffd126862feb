"""The find / filter bar of the canvas: text, tag, card kind and pain category.

Cards that do not match are dimmed on the canvas; Enter / Shift+Enter (or the arrow
buttons) step through the matches in reading order, selecting each and scrolling to it.
Closing the bar (Esc) clears the filter. The bar follows edits while it is open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from ..editing.display import display_language
from ..editing.icons import themed_icon
from ..model import Card, Change, Entity
from ..model.vocab import CardKind, PainCategory
from ..model.vocab import label as vocab_label

if TYPE_CHECKING:
    from .view import CanvasView


def card_matches(card: Card, text: str, tag: str | None, kind: str | None,
                 category: str | None) -> bool:
    if kind and card.kind != kind:
        return False
    if tag and tag not in card.tags:
        return False
    if category and (card.pain_point is None or card.pain_point.category != category):
        return False
    if text:
        needle = text.casefold()
        haystack = [card.text, card.notes, *card.tags]
        if card.kpi is not None:
            haystack.append(card.kpi.name)
        if not any(needle in part.casefold() for part in haystack):
            return False
    return True


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, view: CanvasView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.view = view
        self.matches: list[str] = []
        self.current = -1
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(8)
        self.text = QLineEdit(self)
        self.text.setObjectName("findText")
        self.text.setPlaceholderText(self.tr("Find cards…"))
        self.text.setClearButtonEnabled(True)
        self.text.setMinimumWidth(220)
        self.tag = QComboBox(self)
        self.tag.setObjectName("findTag")
        self.kind = QComboBox(self)
        self.kind.setObjectName("findKind")
        self.category = QComboBox(self)
        self.category.setObjectName("findCategory")
        self.count = QLabel(self)
        self.count.setMinimumWidth(64)
        self.prev_button = QToolButton(self)
        self.prev_button.setIcon(themed_icon("chevron-up"))
        self.prev_button.setText(self.tr("Previous match"))
        self.prev_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.next_button = QToolButton(self)
        self.next_button.setIcon(themed_icon("chevron-down"))
        self.next_button.setText(self.tr("Next match"))
        self.next_button.setToolTip(self.tr("Next match (Enter)"))
        self.close_button = QToolButton(self)
        self.close_button.setIcon(themed_icon("x"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close and clear the filter (Esc)"))
        for widget in (self.text, self.tag, self.kind, self.category, self.count,
                       self.prev_button, self.next_button, self.close_button):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._fill_choices()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.apply)
        self.text.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.tag, self.kind, self.category):
            combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.close_button.clicked.connect(self.close_bar)
        self.text.installEventFilter(self)
        view.document.changed.connect(self._on_change)
        view.document.reset.connect(self._on_reset)

    def _fill_choices(self) -> None:
        language = display_language()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in CardKind:
            self.kind.addItem(vocab_label(kind, language), kind.value)
        self.kind.blockSignals(False)
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All pain categories"), None)
        for category in PainCategory:
            self.category.addItem(vocab_label(category, language), category.value)
        self.category.blockSignals(False)
        self._fill_tags()

    def _fill_tags(self) -> None:
        current = self.tag.currentData()
        tags = sorted({t for c in self.view.document.journey.cards.values() for t in c.tags})
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), None)
        for tag in tags:
            self.tag.addItem(f"#{tag}", tag)
        self.tag.setCurrentIndex(max(0, self.tag.findData(current)) if current else 0)
        self.tag.blockSignals(False)

    # ----- filtering ------------------------------------------------------------------
    def is_filtering(self) -> bool:
        return bool(self.text.text().strip() or self.tag.currentData()
                    or self.kind.currentData() or self.category.currentData())

    def apply(self) -> None:
        scene = self.view.journey_scene
        if not self.isVisible() or not self.is_filtering():
            self.matches, self.current = [], -1
            scene.set_matches(None)
            self._show_count()
            return
        text = self.text.text().strip()
        tag, kind, category = (self.tag.currentData(), self.kind.currentData(),
                               self.category.currentData())
        self.matches = [c.id for c in self.view.document.journey.ordered_cards()
                        if card_matches(c, text, tag, kind, category)]
        self.current = -1
        scene.set_matches(set(self.matches))
        self._show_count()

    def _show_count(self) -> None:
        if not self.is_filtering():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(self.tr("No match"))
        else:
            position = str(self.current + 1) if self.current >= 0 else "–"
            self.count.setText(f"{position} / {len(self.matches)}")

    def step(self, delta: int) -> str | None:
        """Select the next (``delta`` = 1) or previous match; returns its id."""
        if self._timer.isActive():
            self._timer.stop()
            self.apply()
        if not self.matches:
            return None
        self.current = (self.current + delta) % len(self.matches)
        card_id = self.matches[self.current]
        self.view.select_ids([card_id])
        self.view.centerOn(self.view.journey_scene.cards[card_id])
        self._show_count()
        return card_id

    def open_bar(self) -> None:
        self._fill_tags()
        self.show()
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()
        self.apply()

    def close_bar(self) -> None:
        self.hide()
        self.apply()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    def _on_change(self, change: Change) -> None:
        if self.isVisible() and change.entity is Entity.CARD:
            self._timer.start()

    def _on_reset(self) -> None:
        self._fill_choices()
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.text and event.type() == QEvent.Type.KeyPress and isinstance(
                event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.step(-1 if shift else 1)
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
