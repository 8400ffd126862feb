"""Paints a :class:`SlideLayout`: calm background, quiet header, dimmed neighbour stages,
cards as large sticky notes, the selection, the timer's edge flash, and a short notice
for the room (a refused dot)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from ..model import JourneyMap
from ..model.colors import legible
from .focus import Focus
from .slide_layout import SlideLayout, fonts

BANNER_LINE = 24 + 44  # height of a one-line banner (room_modes.banner), in slide units


@dataclass(frozen=True)
class SlideColors:
    background: str
    text: str
    quiet: str
    card: str
    card_text: str
    lane_line: str
    dim: str  # laid over the neighbour stages
    selection: str
    last_minute: str = "#e08e0b"
    overtime: str = "#d64541"


LIGHT = SlideColors("#f5f2eb", "#23262a", "#6b7078", "#ffffff", "#1f2226", "#dcd6ca",
                    "#b8f5f2eb", "#2f6fdb")
DARK = SlideColors("#1b1e22", "#eceff2", "#9aa3ad", "#2b3036", "#f1f3f5", "#353b42",
                   "#b81b1e22", "#6ea8ff")

KIND_COLORS = {
    "touchpoint": "#4C78A8", "pain_point": "#E45756", "opportunity": "#54A24B",
    "kpi": "#8E6CC0", "note": "#E7B416",
}


@dataclass
class HeaderText:
    title: str
    stage: str
    timer: str
    timer_state: str  # "" | "last-minute" | "overtime"
    hint: str


def _tint(color: str, amount: float, dark: bool) -> QColor:
    base = QColor(color)
    if not base.isValid():
        base = QColor("#4C78A8")
    ground = QColor("#1b1e22") if dark else QColor("#ffffff")
    return QColor(
        round(base.red() * amount + ground.red() * (1 - amount)),
        round(base.green() * amount + ground.green() * (1 - amount)),
        round(base.blue() * amount + ground.blue() * (1 - amount)))


def paint(painter: QPainter, layout: SlideLayout, journey: JourneyMap, focus: Focus,
          colors: SlideColors, base_font: QFont, header: HeaderText, *,
          dark: bool, flash: bool) -> None:
    u = layout.unit
    f = fonts(base_font, u)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    full = QRectF(0, 0, layout.width, layout.height)
    painter.fillRect(full, QColor(colors.background))
    wrap = int(Qt.TextFlag.TextWordWrap)
    body_top = layout.header.bottom() + layout.stage_band

    # Lane rows: a thin line between them and the lane title at the left.
    painter.save()
    painter.setClipRect(QRectF(0, body_top, layout.width, layout.height - body_top))
    for lane in journey.lanes:
        row = layout.rows.get(lane.id)
        if row is None or row.bottom() < body_top or row.top() > layout.height:
            continue
        focused = lane.id == focus.lane_id
        if focused:
            painter.fillRect(QRectF(0, row.top(), layout.width, row.height()),
                             _tint(colors.selection, 0.07, dark))
        painter.setPen(QPen(QColor(colors.lane_line), max(1.0, u)))
        painter.drawLine(0, round(row.bottom()), round(layout.width), round(row.bottom()))
        painter.setFont(f["lane"])
        painter.setPen(QColor(colors.text if focused else colors.quiet))
        title_rect = QRectF(20 * u, row.top() + 14 * u, layout.lane_column - 32 * u,
                            row.height() - 20 * u)
        painter.drawText(title_rect, wrap | int(Qt.AlignmentFlag.AlignTop), lane.title)
        if focused:
            painter.fillRect(QRectF(0, row.top(), 6 * u, row.height()), QColor(colors.selection))

    # Cards of the neighbours (small), then of the focused stage (large).
    radius = 10 * u
    for boxes, font, pad in ((layout.side_cards, f["side"], 10 * u),
                             (layout.cards, f["card"], 16 * u)):
        for box in boxes:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 40 if not dark else 90))
            painter.drawRoundedRect(box.rect.translated(0, 3 * u), radius, radius)
            painter.setBrush(QColor(colors.card))
            painter.drawRoundedRect(box.rect, radius, radius)
            strip = QRectF(box.rect.x(), box.rect.y(), 8 * u, box.rect.height())
            painter.setBrush(QColor(KIND_COLORS.get(box.kind, KIND_COLORS["note"])))
            painter.drawRoundedRect(strip, 4 * u, 4 * u)
            painter.setFont(font)
            painter.setPen(QColor(colors.card_text))
            inner = box.rect.adjusted(pad + 8 * u, pad, -pad, -pad)
            painter.drawText(inner, wrap | int(Qt.AlignmentFlag.AlignTop), box.text)
            if box.card_id == focus.card_id and boxes is layout.cards:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(QColor(colors.selection), 5 * u))
                painter.drawRoundedRect(box.rect.adjusted(-4 * u, -4 * u, 4 * u, 4 * u),
                                        radius + 4 * u, radius + 4 * u)
    painter.restore()

    # Dim the neighbour stages, then the stage band above every column.
    for stage_id, extent, focused in layout.columns:
        if not focused:
            painter.fillRect(QRectF(extent.x(), body_top, extent.width(),
                                    layout.height - body_top), QColor(colors.dim))
        stage = journey.stage(stage_id)
        band = QRectF(extent.x() + 4 * u, layout.header.bottom() + 6 * u,
                      extent.width() - 8 * u, layout.stage_band - 12 * u)
        painter.setPen(Qt.PenStyle.NoPen)
        fill = _tint(stage.color, 0.35 if focused else 0.15, dark)
        painter.setBrush(fill)
        painter.drawRoundedRect(band, 8 * u, 8 * u)
        painter.setFont(f["stage"] if focused else f["side"])
        ink = colors.text if focused else colors.quiet  # made to read on the stage's colour
        painter.setPen(QColor(legible(ink, fill.name())))
        painter.drawText(band.adjusted(16 * u, 0, -16 * u, 0),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
                         | int(Qt.TextFlag.TextSingleLine),
                         painter.fontMetrics().elidedText(
                             stage.name, Qt.TextElideMode.ElideRight,
                             round(band.width() - 32 * u)))

    _paint_header(painter, layout, colors, f, header)
    if flash:
        pen = QPen(QColor(colors.overtime), 18 * u)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(full.adjusted(9 * u, 9 * u, -9 * u, -9 * u))


def _paint_header(painter: QPainter, layout: SlideLayout, colors: SlideColors,
                  f: dict[str, QFont], header: HeaderText) -> None:
    u = layout.unit
    rect = layout.header
    painter.setPen(QPen(QColor(colors.lane_line), max(1.0, u)))
    painter.drawLine(0, round(rect.bottom()), round(rect.width()), round(rect.bottom()))
    painter.setFont(f["timer"])
    timer_width = painter.fontMetrics().horizontalAdvance("+00:00:00") if header.timer else 0
    timer_rect = QRectF(rect.right() - timer_width - 28 * u, rect.top(), timer_width,
                        rect.height())
    if header.timer:
        color = {"last-minute": colors.last_minute, "overtime": colors.overtime}.get(
            header.timer_state, colors.text)
        painter.setPen(QColor(color))
        painter.drawText(timer_rect, int(Qt.AlignmentFlag.AlignVCenter
                                         | Qt.AlignmentFlag.AlignRight), header.timer)
    middle = rect.adjusted(28 * u, 0, -(timer_width + 56 * u), 0)
    third = middle.width() / 2
    painter.setFont(f["title"])
    painter.setPen(QColor(colors.quiet))
    title_rect = QRectF(middle.x(), rect.top(), third - 16 * u, rect.height())
    painter.drawText(title_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                     painter.fontMetrics().elidedText(header.title, Qt.TextElideMode.ElideRight,
                                                      round(title_rect.width())))
    painter.setFont(f["header_stage"])
    painter.setPen(QColor(colors.text))
    stage_rect = QRectF(middle.x() + third, rect.top(), third, rect.height())
    painter.drawText(stage_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                     painter.fontMetrics().elidedText(header.stage, Qt.TextElideMode.ElideRight,
                                                      round(stage_rect.width())))
    if header.hint:
        footer = QRectF(0, layout.height - layout.footer, layout.width, layout.footer)
        painter.fillRect(footer, QColor(colors.background))
        painter.setPen(QPen(QColor(colors.lane_line), max(1.0, u)))
        painter.drawLine(0, round(footer.top()), round(footer.width()), round(footer.top()))
        painter.setFont(f["hint"])
        painter.setPen(QColor(colors.quiet))
        hint_rect = footer.adjusted(24 * u, 0, -24 * u, 0)
        painter.drawText(hint_rect, int(Qt.AlignmentFlag.AlignVCenter
                                        | Qt.AlignmentFlag.AlignRight), header.hint)


def notice_rect(layout: SlideLayout, painter_font: QFont, text: str) -> QRectF:
    """Where a short notice sits: centred just above the one-line status banner along the
    bottom (the vote's "… dots left" line), as wide as its text."""
    u = layout.unit
    font = QFont(painter_font)
    font.setPixelSize(max(10, round(30 * u)))
    font.setBold(True)
    width = min(layout.width - 80 * u, QFontMetricsF(font).horizontalAdvance(text) + 80 * u)
    height = 64 * u
    banner_top = layout.height - layout.footer - BANNER_LINE * u
    return QRectF((layout.width - width) / 2, banner_top - 12 * u - height, width, height)


def paint_notice(painter: QPainter, layout: SlideLayout, colors: SlideColors, base_font: QFont,
                 text: str) -> QRectF:
    """A notice for the room (a refused dot): white on the overtime red."""
    u = layout.unit
    rect = notice_rect(layout, base_font, text)
    font = QFont(base_font)
    font.setPixelSize(max(10, round(30 * u)))
    font.setBold(True)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colors.overtime))
    painter.drawRoundedRect(rect, 12 * u, 12 * u)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
    painter.restore()
    return rect
