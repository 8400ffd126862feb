"""Scene items of the grid: cards, stage / step / lane headers, the cell grid and markers.

Items hold ids only and read what they paint from the scene's journey (DESIGN.md Idiom 2).
Cards measure their height once per (content, width) and are cached on the device, so a
drag only blits pixmaps. Text is drawn with plain ``drawText`` and the same wrap flags that
measured it, never QGraphicsTextItem, so 5,000 cards build in a fraction of a second.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..editing.icons import paint_icon
from ..model import Card
from ..model.vocab import CardKind, Channel, OpportunityStatus, PainCategory, Severity
from ..model.vocab import label as vocab_label
from . import style as st

if TYPE_CHECKING:
    from .scene import JourneyScene

WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
WRAP_ANY = (int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            | int(Qt.TextFlag.TextWrapAnywhere))
TAG_CHIP = QColor(100, 116, 139, 28)  # a tag's chip, over the card's fill
BADGE_ALPHA = 30  # a badge's chip: its colour at this alpha over the card's fill
ELIDE = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


VOTE_COLOR = QColor("#F97316")
VOTE_DOT = 3.5


def wrap_height(text: str, role: str, width: float) -> tuple[float, int]:
    """Height of ``text`` wrapped to ``width`` and the flags that achieve it (word wrap,
    or wrap anywhere when a single word is wider than the card)."""
    fm = st.metrics(role)
    if not text:
        return fm.height(), WRAP
    rect = fm.boundingRect(QRectF(0, 0, width, 1e6), WRAP, text)
    if rect.width() <= width + 0.5:
        return rect.height(), WRAP
    return fm.boundingRect(QRectF(0, 0, width, 1e6), WRAP_ANY, text).height(), WRAP_ANY


def badges_of(card: Card, language: str) -> list[tuple[str, QColor, str]]:
    """The quiet row of badges at a card's bottom: (text, colour, icon name or "")."""
    out: list[tuple[str, QColor, str]] = []
    if card.touchpoint is not None:
        tp = card.touchpoint
        if tp.channel:
            out.append((vocab_label(Channel(tp.channel), language),
                        st.KIND_COLORS[CardKind.TOUCHPOINT.value],
                        st.CHANNEL_ICONS.get(tp.channel, "circle-dot")))
        if tp.satisfaction is not None:
            out.append((f"CSAT {tp.satisfaction}", st.NEUTRAL, ""))
    elif card.pain_point is not None:
        pp = card.pain_point
        if pp.category:
            out.append((vocab_label(PainCategory(pp.category), language),
                        st.CATEGORY_COLORS.get(pp.category, st.NEUTRAL), ""))
        if pp.severity:
            out.append((vocab_label(Severity(pp.severity), language),
                        st.SEVERITY_COLORS.get(pp.severity, st.NEUTRAL),
                        st.SEVERITY_ICONS.get(pp.severity, "")))
    elif card.opportunity is not None:
        op = card.opportunity
        out.append((vocab_label(OpportunityStatus(op.status), language),
                    st.STATUS_COLORS.get(op.status, st.NEUTRAL), ""))
        if op.impact is not None or op.effort is not None:
            out.append((f"I{op.impact or '–'}·E{op.effort or '–'}", st.NEUTRAL, ""))
    elif card.kpi is not None:
        kpi = card.kpi
        if kpi.target is not None or kpi.actual is not None:
            actual = "–" if kpi.actual is None else f"{kpi.actual:g}"
            target = "–" if kpi.target is None else f"{kpi.target:g}"
            color = st.KIND_COLORS[CardKind.KPI.value]
            if kpi.actual is not None and kpi.target is not None:
                color = QColor("#16A34A") if kpi.actual >= kpi.target else QColor("#DC2626")
            out.append((f"{actual} / {target}{kpi.unit}", color, ""))
    return out


def card_lines(card: Card) -> str:
    if card.kpi is not None and card.kpi.name and card.kpi.name not in card.text:
        return f"{card.kpi.name}: {card.text}" if card.text else card.kpi.name
    return card.text


class CardItem(QGraphicsItem):
    """One card. ``measure`` sets its size for a column width; ``paint`` draws it."""

    MARGIN = 4.0  # room for the soft shadow and the selection outline

    def __init__(self, card_id: str) -> None:
        super().__init__()
        self.card_id = card_id
        self.setData(0, card_id)
        self.setData(1, "card")
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the view handles gestures
        self.width = 0.0
        self.height = 0.0
        self._key: Any = None
        self._text_h = 0.0
        self._flags = WRAP
        self._badges: list[tuple[str, QColor, str]] = []

    def _card(self) -> Card | None:
        scene = self.scene()  # card items live in a JourneyScene only
        if scene is None:
            return None
        return cast("JourneyScene", scene).journey.cards.get(self.card_id)

    def measure(self, card: Card, width: float, language: str) -> float:
        """Size the card for ``width``; cached while text, tags, badges and width hold."""
        text = card_lines(card)
        badges = badges_of(card, language)
        key = (text, tuple(card.tags), card.votes, tuple(b[0] for b in badges), width)
        if key == self._key:
            return self.height
        self._key = key
        self._badges = badges
        inner = width - st.CARD_STRIP - 2 * st.CARD_PAD_X
        self._text_h, self._flags = wrap_height(text, "card", inner)
        h = st.CARD_PAD_Y * 2 + self._text_h
        if card.tags:
            h += st.TAG_H + 4
        if badges or card.votes:
            h += st.BADGE_H + 6
        self.prepareGeometryChange()
        self.width, self.height = width, round(h)
        self.update()
        return self.height

    def invalidate(self) -> None:
        self._key = None

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        m = self.MARGIN
        return QRectF(-m, -m, self.width + 2 * m, self.height + 2 * m + st.SHADOW_OFFSET)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(0, 0, self.width, self.height))
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        look = st.look(self)
        card = self._card()
        if card is None or self.width <= 0:
            return  # not laid out yet: the relayout comes at the end of this event-loop turn
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        rect = QRectF(0, 0, self.width, self.height)
        r = st.CARD_RADIUS
        painter.setPen(Qt.PenStyle.NoPen)
        # soft shadow drawn by hand (a QGraphicsEffect per card would be far too slow)
        painter.setBrush(QColor(15, 23, 42, 14))
        painter.drawRoundedRect(rect.adjusted(-1, 0, 1, st.SHADOW_OFFSET + 1), r + 1, r + 1)
        painter.setBrush(look.shadow)
        painter.drawRoundedRect(rect.translated(0, 1), r, r)
        fill = QColor(card.color) if card.color else look.kind_tints.get(card.kind, look.cell_bg)
        if not fill.isValid():
            fill = look.cell_bg
        painter.setBrush(fill)
        painter.setPen(QPen(look.card_border, 1))
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), r, r)
        # kind strip on the left
        strip = QPainterPath()
        strip.addRoundedRect(rect, r, r)
        clip = QPainterPath()
        clip.addRect(QRectF(0, 0, st.CARD_STRIP, self.height))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(st.KIND_COLORS.get(card.kind, look.text_soft))
        painter.drawPath(strip.intersected(clip))
        x = st.CARD_STRIP + st.CARD_PAD_X
        inner = self.width - st.CARD_STRIP - 2 * st.CARD_PAD_X
        y = st.CARD_PAD_Y
        painter.setFont(st.font("card"))
        painter.setPen(st.text_for(fill, look))  # a colour the person chose included
        painter.drawText(QRectF(x, y, inner, self._text_h + 2), self._flags, card_lines(card))
        y += self._text_h
        if card.tags:
            y += 4
            self._paint_tags(painter, card.tags, x, y, inner, fill)
            y += st.TAG_H
        if self._badges or card.votes:
            y += 6
            self._paint_badges(painter, x, y, inner, card.votes, fill)
        if self.isSelected():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(look.selection, 2))
            painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), r + 1, r + 1)

    def _paint_tags(self, painter: QPainter, tags: list[str], x: float, y: float,
                    width: float, fill: QColor) -> None:
        painter.setFont(st.font("small"))
        fm = st.metrics("small")
        right = x + width
        for tag in tags:
            text = f"#{tag}"
            w = fm.horizontalAdvance(text) + 10
            if x + w > right:
                text = fm.elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, right - x - 10))
                w = right - x
                if w < 24:
                    break
            chip = QRectF(x, y, w, st.TAG_H)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TAG_CHIP)
            painter.drawRoundedRect(chip, st.TAG_H / 2, st.TAG_H / 2)
            painter.setPen(st.soft_text_for(st.over(TAG_CHIP, fill), st.look(self)))
            painter.drawText(chip.adjusted(5, 0, -5, 0), ELIDE, text)
            x += w + 4
            if x >= right:
                break

    def _paint_badges(self, painter: QPainter, x: float, y: float, width: float,
                      votes: int, fill: QColor) -> None:
        painter.setFont(st.font("badge"))
        fm = st.metrics("badge")
        count = vote_text(votes)
        votes_w = (VOTE_DOT * 2 + 4 + fm.horizontalAdvance(count)) if votes else 0
        right = x + width - votes_w - (6 if votes else 0)
        icon_w = st.BADGE_H - 6
        for text, color, icon in self._badges:
            lead = icon_w + 3 if icon else 0
            w = fm.horizontalAdvance(text) + 12 + lead
            if x + w > right:
                w = right - x
                if w < 28 + lead:
                    break
                text = fm.elidedText(text, Qt.TextElideMode.ElideRight, w - 12 - lead)
            chip = QRectF(x, y, w, st.BADGE_H)
            soft = QColor(color)
            soft.setAlpha(BADGE_ALPHA)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(soft)
            painter.drawRoundedRect(chip, 4, 4)
            ink = st.readable(st.ink(color, 115, st.look(self)), st.over(soft, fill))
            if icon:
                paint_icon(painter, QRectF(x + 5, y + 3, icon_w, icon_w), icon, ink)
            painter.setPen(ink)
            painter.drawText(chip.adjusted(6 + lead, 0, -6, 0), ELIDE, text)
            x += w + 4
        if votes:
            # one dot and the count ("● 5"): a number reads at a glance, a row of dots does not
            dx = right + 6
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(VOTE_COLOR)
            painter.drawEllipse(QPointF(dx + VOTE_DOT, y + st.BADGE_H / 2), VOTE_DOT, VOTE_DOT)
            painter.setPen(st.look(self).text)
            painter.drawText(QRectF(dx + VOTE_DOT * 2 + 4, y, votes_w, st.BADGE_H), ELIDE, count)


def vote_text(votes: int) -> str:
    """The count shown beside a card's vote dot."""
    return str(votes)


class GridItem(QGraphicsItem):
    """Cell backgrounds and grid lines, the current cell and the drop-target highlight,
    painted only where exposed (one item instead of hundreds)."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(-10)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.layout: Any = None
        self.emotion_rows: set[int] = set()
        self.current: tuple[int, int] | None = None
        self.drop_target: tuple[int, int] | None = None
        self._rect = QRectF()

    def set_layout(self, layout: Any, emotion_rows: set[int]) -> None:
        self.prepareGeometryChange()
        self.layout = layout
        self.emotion_rows = emotion_rows
        self._rect = QRectF(0, 0, layout.width, layout.height)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        look = st.look(self)
        lay = self.layout
        if lay is None:
            return
        exposed = option.exposedRect
        painter.fillRect(exposed, look.background)
        if not lay.col_x:
            return
        c0 = max(0, bisect_right(lay.col_x, exposed.left()) - 1)
        c1 = min(len(lay.col_x) - 1, max(0, bisect_right(lay.col_x, exposed.right()) - 1))
        left = max(lay.col_x[c0], exposed.left())
        right = min(lay.col_x[c1] + lay.col_w[c1], exposed.right())
        pen = QPen(look.grid_line, 1)
        painter.setPen(pen)
        for row, (ry, rh) in enumerate(zip(lay.row_y, lay.row_h, strict=True)):
            if ry > exposed.bottom() or ry + rh < exposed.top():
                continue
            # one fill per row: every cell of a row has the same background
            painter.fillRect(QRectF(left, ry, right - left, rh),
                             look.cell_bg if row % 2 == 0 else look.cell_bg_alt)
            painter.drawLine(QPointF(left, ry + rh), QPointF(right, ry + rh))
        top, bottom = max(lay.header_h, exposed.top()), min(lay.height, exposed.bottom())
        for col in range(c0, c1 + 1):
            x = lay.col_x[col] + lay.col_w[col]
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        for cell, color in ((self.current, look.current_cell), (self.drop_target, None)):
            if cell is None:
                continue
            x, y, w, h = lay.cell_rect(*cell)
            rect = QRectF(x + 1, y + 1, w - 2, h - 2)
            if color is not None:
                painter.fillRect(rect, color)
            else:  # an outline only, so moving it repaints thin strips, not whole cells
                painter.setPen(QPen(look.drop_marker, 2, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect)

    def set_cells(self, current: tuple[int, int] | None,
                  drop: tuple[int, int] | None) -> None:
        """Move the current-cell and drop highlights, repainting only the cells touched."""
        if (current, drop) == (self.current, self.drop_target) or self.layout is None:
            return
        whole = ({c for c in (self.current, current) if c is not None}
                 if current != self.current else set())
        edges = ({c for c in (self.drop_target, drop) if c is not None}
                 if drop != self.drop_target else set())
        self.current, self.drop_target = current, drop
        for cell in whole | edges:
            col, row = cell
            if col >= len(self.layout.col_x) or row >= len(self.layout.row_y):
                continue
            x, y, w, h = self.layout.cell_rect(col, row)
            if cell in whole:
                self.update(QRectF(x - 2, y - 2, w + 4, h + 4))
                continue
            for strip in (QRectF(x - 2, y - 2, w + 4, 6), QRectF(x - 2, y + h - 4, w + 4, 6),
                          QRectF(x - 2, y - 2, 6, h + 4), QRectF(x + w - 4, y - 2, 6, h + 4)):
                self.update(strip)


class MarkerItem(QGraphicsItem):
    """The insertion marker of a drag: a bar with round ends (horizontal or vertical)."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(50)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.length = 0.0
        self.vertical = False
        self.hide()

    def place(self, x: float, y: float, length: float, vertical: bool = False) -> None:
        if length != self.length or vertical != self.vertical:
            self.prepareGeometryChange()
            self.length, self.vertical = length, vertical
        self.setPos(x, y)
        self.show()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        if self.vertical:
            return QRectF(-4, -4, 8, self.length + 8)
        return QRectF(-4, -4, self.length + 8, 8)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        look = st.look(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(look.drop_marker, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        end = QPointF(0, self.length) if self.vertical else QPointF(self.length, 0)
        painter.drawLine(QPointF(0, 0), end)
        painter.setBrush(look.drop_marker)
        painter.drawEllipse(QPointF(0, 0), 3.5, 3.5)
