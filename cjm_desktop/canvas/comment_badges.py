"""A small speech-bubble badge on each card that has comments: the number of open ones
(a tick when all are resolved). Decoration only: a child of the card item, so it follows the
card; it is not selectable and never in the model. Kept up to date from change events.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..editing import Document
from ..model import Change
from ..model.events import Entity
from .scene import JourneyScene

BADGE_W, BADGE_H = 22.0, 16.0
OPEN_COLOR = "#E0A526"
RESOLVED_COLOR = "#9E9E9E"


class CommentBadge(QGraphicsItem):
    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.open_count = 0
        self.total = 0
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(5)
        self.setData(1, "comment-badge")

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return QRectF(0, 0, BADGE_W, BADGE_H + 4)

    def set_counts(self, open_count: int, total: int) -> None:
        if (open_count, total) != (self.open_count, self.total):
            self.open_count, self.total = open_count, total
            self.setToolTip(f"{open_count} / {total}")
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        color = QColor(OPEN_COLOR if self.open_count else RESOLVED_COLOR)
        path = QPainterPath()
        path.addRoundedRect(QRectF(0, 0, BADGE_W, BADGE_H), 5, 5)
        tail = QPainterPath()
        tail.moveTo(5, BADGE_H - 1)
        tail.lineTo(5, BADGE_H + 4)
        tail.lineTo(11, BADGE_H - 1)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(color))
        painter.drawPath(path.united(tail))
        painter.setPen(QPen(QColor("white")))
        font = QFont(painter.font())
        font.setPointSizeF(7.5)
        font.setBold(True)
        painter.setFont(font)
        text = str(self.open_count) if self.open_count else "✓"
        painter.drawText(QRectF(0, 0, BADGE_W, BADGE_H), Qt.AlignmentFlag.AlignCenter, text)


class CommentBadges:
    """Keeps one badge on every card with comments."""

    def __init__(self, document: Document, scene: JourneyScene) -> None:
        self._document = document
        self._scene = scene
        self._badges: dict[str, CommentBadge] = {}
        document.changed.connect(self._on_change)
        document.reset.connect(self.refresh)
        scene.layoutChanged.connect(self.refresh)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.entity in (Entity.COMMENT, Entity.CARD):
            self.refresh()

    def counts(self) -> dict[str, tuple[int, int]]:
        """Card id → (open comments, all comments), for the cards that have some."""
        result: dict[str, tuple[int, int]] = {}
        for comment in self._document.journey.comments:
            opened, total = result.get(comment.target, (0, 0))
            result[comment.target] = (opened + (not comment.resolved), total + 1)
        return {k: v for k, v in result.items() if k in self._document.journey.cards}

    def refresh(self) -> None:
        counts = self.counts()
        for card_id in list(self._badges):
            badge = self._badges[card_id]
            card = self._scene.cards.get(card_id)
            if card_id not in counts or card is None or badge.parentItem() is not card:
                del self._badges[card_id]
                if badge.scene() is not None:
                    badge.scene().removeItem(badge)
        for card_id, (opened, total) in counts.items():
            card = self._scene.cards.get(card_id)
            if card is None:
                continue
            found = self._badges.get(card_id)
            badge = found if found is not None else CommentBadge(card)
            self._badges[card_id] = badge
            badge.set_counts(opened, total)
            rect = card.boundingRect()
            badge.setPos(rect.right() - BADGE_W - 4, rect.top() - BADGE_H / 2)

    def badge(self, card_id: str) -> CommentBadge | None:
        return self._badges.get(card_id)
