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
MARK_Z = 40.0  # over cards (and a compare's marks)
MAX_TAG = 140.0


@dataclass(frozen=True)
class PeerMark:
    """One person's selection: their name, colour (``#rrggbb``) and selected ids."""

    name: str
    color: str
    ids: tuple[str, ...]


class PeerMarkItem(QGraphicsItem):
    """The outlines round one card or stage, one ring per person who selected it, and
    their name tags in a row (drawn after every ring, so no outline crosses a tag). A
    card's mark lies over the scene above every card, its tags on the outline's bottom
    edge at the left; a stage's is a child of its header, inside it (the header band moves
    on scroll), its tags at the header's bottom right."""

    def __init__(self, target: QGraphicsItem, inside: bool) -> None:
        super().__init__(target if inside else None)
        self.target = target
        self.inside = inside
        self.people: list[tuple[str, QColor]] = []  # (name, colour) in ring order
        self.setData(1, "peer-mark")
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(1 if inside else MARK_Z)

    def set_people(self, people: Sequence[tuple[str, str]]) -> None:
        self.prepareGeometryChange()
        self.people = [(name, QColor(c) if QColor(c).isValid() else QColor("#6B7280"))
                       for name, c in people]
        self.update()

    def refresh(self) -> None:
        self.prepareGeometryChange()
        self.update()

    def _base(self) -> QRectF:
        if not shiboken6.isValid(self.target):
            return QRectF()
        if self.inside:
            return self.target.boundingRect().adjusted(
                OUTLINE_WIDTH, OUTLINE_WIDTH, -OUTLINE_WIDTH, -OUTLINE_WIDTH)
        return self.target.sceneBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)

    def _ring(self, ring: int) -> QRectF:
        grow = -MARGIN * ring if self.inside else MARGIN * ring
        return self._base().adjusted(-grow, -grow, grow, grow)

    def _tags(self) -> list[QRectF]:
        base, rects, offset = self._base(), [], 0.0
        for name, _colour in self.people:
            width = min(st.metrics("badge").horizontalAdvance(name) + 14, MAX_TAG)
            if self.inside:
                rects.append(QRectF(base.right() - 4 - offset - width,
                                    base.bottom() - TAG_HEIGHT - 3, width, TAG_HEIGHT))
            else:
                rects.append(QRectF(base.left() + 6 + offset,
                                    base.bottom() - TAG_HEIGHT / 2 + 2, width, TAG_HEIGHT))
            offset += width + 3
        return rects

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        rect = self._ring(0 if self.inside else max(len(self.people) - 1, 0))
        for tag in self._tags():
            rect = rect.united(tag)
        return rect.adjusted(-2, -2, 2, 2)

    def shown_colors(self) -> list[QColor]:
        """Each person's outline colour: theirs, shaded to stand out on this canvas."""
        background = st.look(self).background.name()
        return [QColor(colors.legible(c.name(), background, OUTLINE_CONTRAST))
                for _name, c in self.people]

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        shown = self.shown_colors()
        for ring, colour in enumerate(shown):
            painter.setPen(QPen(colour, OUTLINE_WIDTH))
            painter.drawRoundedRect(self._ring(ring), 6, 6)
        painter.setFont(st.font("badge"))
        metrics = st.metrics("badge")
        for (name, _c), colour, tag in zip(self.people, shown, self._tags(), strict=True):
            path = QPainterPath()
            path.addRoundedRect(tag, 4, 4)
            painter.fillPath(path, colour)
            painter.setPen(QColor(colors.text_on(colour.name())))
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, tag.width() - 8)
            painter.drawText(tag.adjusted(4, 0, -4, 0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)


class PeerMarks:
    """The marks of every other person's selection on one scene."""

    def __init__(self, scene: JourneyScene) -> None:
        self._scene = scene
        self._peers: list[PeerMark] = []
        self._items: dict[str, PeerMarkItem] = {}
        scene.layoutChanged.connect(self._place)

    def show(self, peers: Sequence[PeerMark]) -> None:
        """Show these people's selections; every other mark goes."""
        self._peers = list(peers)
        self._place()

    def marks(self) -> dict[str, list[tuple[str, str]]]:
        """What is marked now: id → [(name, outline colour #rrggbb)], in ring order."""
        return {item_id: [(name, colour.name()) for (name, _c), colour
                          in zip(item.people, item.shown_colors(), strict=True)]
                for item_id, item in self._items.items() if shiboken6.isValid(item)}

    def _target(self, item_id: str) -> tuple[QGraphicsItem | None, bool]:
        card = self._scene.cards.get(item_id)
        if card is not None:
            return card, False
        return self._scene.stages.get(item_id), True

    def _place(self) -> None:
        wanted: dict[str, list[tuple[str, str]]] = {}
        for peer in self._peers:
            for item_id in dict.fromkeys(peer.ids):
                wanted.setdefault(item_id, []).append((peer.name, peer.color))
        for item_id in list(self._items):
            item = self._items[item_id]
            target, _inside = self._target(item_id)
            if item_id not in wanted or target is None or not shiboken6.isValid(item) \
                    or item.target is not target:
                _drop(self._scene, self._items.pop(item_id))
        for item_id, people in wanted.items():
            target, inside = self._target(item_id)
            if target is None:  # no longer in the map
                continue
            found = self._items.get(item_id)
            if found is not None:
                item = found
            else:
                item = PeerMarkItem(target, inside)
                if not inside:
                    self._scene.addItem(item)
                self._items[item_id] = item
            item.set_people(people)


def _drop(scene: JourneyScene, item: PeerMarkItem) -> None:
    """Take a mark off the scene (it may be gone already with the item it marked)."""
    if shiboken6.isValid(item) and item.scene() is not None:
        scene.removeItem(item)


__all__ = ["PeerMark", "PeerMarkItem", "PeerMarks"]
