"""Marks of a compare on the canvas: an outline around each card a difference names.

Added cards get a green outline, removed ones red, changed (or moved) ones amber. The
marks follow the cards when the scene lays out again and go away with :meth:`clear`.
They are decoration only: not selectable, never in the model, not in exports.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from .scene import JourneyScene

MARK_COLORS: dict[str, str] = {"added": "#2E9E5B", "removed": "#D64545",
                               "changed": "#E0A526", "moved": "#E0A526"}
MARK_Z = 30.0
MARK_MARGIN = 4.0


class DiffMarks:
    """Outlines around cards by change ("added", "removed", "changed", "moved")."""

    def __init__(self, scene: JourneyScene) -> None:
        self._scene = scene
        self._wanted: dict[str, str] = {}
        self._items: dict[str, QGraphicsRectItem] = {}
        scene.layoutChanged.connect(self._place)

    def show(self, marks: dict[str, str]) -> None:
        """Mark these cards (card id → change); every other mark goes."""
        self._wanted = dict(marks)
        self._place()

    def clear(self) -> None:
        self.show({})

    def marked(self) -> dict[str, str]:
        """The marks on the canvas now: card id → its outline colour (``#rrggbb``)."""
        return {card_id: item.pen().color().name() for card_id, item in self._items.items()}

    def _place(self) -> None:
        for card_id in [c for c in self._items if c not in self._wanted
                        or c not in self._scene.cards]:
            item = self._items.pop(card_id)
            if item.scene() is not None:
                self._scene.removeItem(item)
        for card_id, change in self._wanted.items():
            card = self._scene.cards.get(card_id)
            if card is None:
                continue
            existing = self._items.get(card_id)
            if existing is not None and existing.scene() is not None:
                item = existing
            else:
                item = QGraphicsRectItem()
                item.setZValue(MARK_Z)
                item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                item.setData(1, "diff-mark")
                self._scene.addItem(item)
                self._items[card_id] = item
            pen = QPen(QColor(MARK_COLORS.get(change, MARK_COLORS["changed"])), 3)
            item.setPen(pen)
            item.setRect(card.sceneBoundingRect().adjusted(
                -MARK_MARGIN, -MARK_MARGIN, MARK_MARGIN, MARK_MARGIN))
