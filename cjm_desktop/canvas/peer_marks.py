"""Other people's selections in a live session: a coloured outline round each card or
stage someone has selected, with a small name tag in their colour.

:class:`PeerMarks` keeps one :class:`PeerMarkItem` per (person, selected id), a child of
the card item or stage header it marks, so it follows relayout and the frozen header band
on scroll. Marks for ids no longer in the map are dropped. The outline's colour is the
person's, shaded where needed to stand out from the canvas (3:1, light and dark theme);
the tag's text is dark or light, whichever reads on that colour. Decoration only: not
selectable, no mouse, never in the model or an export.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..model import colors
from . import style as st
from .scene import JourneyScene

OUTLINE_WIDTH = 2.5
MARGIN = 3.0  # outside the item, and again for each further person on the same item
TAG_HEIGHT = 16.0
OUTLINE_CONTRAST = 3.0  # WCAG non-text contrast against the canvas


@dataclass(frozen=True)
class PeerMark:
    """One person's selection: their name, colour (``#rrggbb``) and selected ids."""

    name: str
    color: str
    ids: tuple[str, ...]


class PeerMarkItem(QGraphicsItem):
    """An outline round its parent item and a name tag above its top-left corner."""

    def __init__(self, parent: QGraphicsItem, name: str, color: str, ring: int) -> None:
        super().__init__(parent)
        self.name = name
        self.color = QColor(color) if QColor(color).isValid() else QColor("#6B7280")
        self.ring = ring  # the how-many-th person on this item (0 first)
        self.setData(1, "peer-mark")
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent, False)
        self.setZValue(50)

    def _outline(self) -> QRectF:
        parent = self.parentItem()
        rect = parent.boundingRect() if parent is not None else QRectF()
        grow = MARGIN * (self.ring + 1)
        return rect.adjusted(-grow, -grow, grow, grow)

    def _tag(self) -> QRectF:
        outline = self._outline()
        width = st.metrics("badge").horizontalAdvance(self.name) + 10
        left = outline.left()
        top = outline.top() - TAG_HEIGHT * (self.ring + 1) + OUTLINE_WIDTH
        return QRectF(left, top, min(width, max(outline.width(), 40.0)), TAG_HEIGHT)

    def refresh(self) -> None:
        self.prepareGeometryChange()
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return self._outline().united(self._tag()).adjusted(-2, -2, 2, 2)

    def shown_color(self) -> QColor:
        """The outline's colour: the person's, shaded to stand out on this canvas."""
        background = st.look(self).background
        return QColor(colors.legible(self.color.name(), background.name(), OUTLINE_CONTRAST))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        colour = self.shown_color()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(colour, OUTLINE_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self._outline(), 6, 6)
        tag = self._tag()
        path = QPainterPath()
        path.addRoundedRect(tag, 4, 4)
        painter.fillPath(path, colour)
        painter.setPen(QColor(colors.text_on(colour.name())))
        painter.setFont(st.font("badge"))
        text = st.metrics("badge").elidedText(self.name, Qt.TextElideMode.ElideRight,
                                               tag.width() - 10)
        painter.drawText(tag.adjusted(5, 0, -5, 0),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)


class PeerMarks:
    """The marks of every other person's selection on one scene."""

    def __init__(self, scene: JourneyScene) -> None:
        self._scene = scene
        self._peers: list[PeerMark] = []
        self._items: dict[tuple[int, str], PeerMarkItem] = {}
        scene.layoutChanged.connect(self._place)

    def show(self, peers: Sequence[PeerMark]) -> None:
        """Show these people's selections; every other mark goes."""
        self._peers = list(peers)
        self._clear()
        self._place()

    def marks(self) -> dict[str, list[tuple[str, str]]]:
        """What is marked now: id → [(name, outline colour #rrggbb)], in ring order."""
        result: dict[str, list[tuple[str, str]]] = {}
        for (_n, item_id), item in sorted(self._items.items(), key=lambda kv: kv[1].ring):
            result.setdefault(item_id, []).append((item.name, item.shown_color().name()))
        return result

    def _target(self, item_id: str) -> QGraphicsItem | None:
        return self._scene.cards.get(item_id) or self._scene.stages.get(item_id)

    def _clear(self) -> None:
        for item in self._items.values():
            _drop(self._scene, item)
        self._items.clear()

    def _place(self) -> None:
        rings: dict[str, int] = {}
        for number, peer in enumerate(self._peers):
            for item_id in dict.fromkeys(peer.ids):
                target = self._target(item_id)
                key = (number, item_id)
                item = self._items.get(key)
                if item is not None and (not shiboken6.isValid(item)
                                         or item.parentItem() is not target):
                    _drop(self._scene, self._items.pop(key))
                    item = None
                if target is None:  # no longer in the map
                    continue
                ring = rings.get(item_id, 0)
                rings[item_id] = ring + 1
                if item is None:
                    item = PeerMarkItem(target, peer.name, peer.color, ring)
                    self._items[key] = item
                item.ring = ring
                item.refresh()


def _drop(scene: JourneyScene, item: PeerMarkItem) -> None:
    """Take a mark off the scene (it may be gone already with the item it marked)."""
    if shiboken6.isValid(item) and item.scene() is not None:
        scene.removeItem(item)


__all__ = ["PeerMark", "PeerMarkItem", "PeerMarks"]
