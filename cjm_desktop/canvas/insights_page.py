"""The optional Insights page of the PDF export: the insights report in the map's language,
set in columns on one landscape page (section titles bold, long lines elided)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from ..editing.appearance import LIGHT
from ..model import JourneyMap
from ..model.insights import compute
from ..model.insights_text import report
from . import style as st

COLUMNS = 3
MIN_PIXEL_SIZE = 6
LINE_SPACING = 1.25


def _font(size: int, bold: bool) -> QFont:
    font = QFont(st.FONT_FAMILY)
    font.setPixelSize(size)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def paint_insights_page(painter: QPainter, page: QRectF, journey: JourneyMap) -> None:
    """Draw the insights of ``journey`` into ``page`` (device pixels of the PDF)."""
    lines = report(journey, compute(journey)).rstrip("\n").split("\n")
    title, body = lines[0], lines[2:]
    title_size = max(MIN_PIXEL_SIZE, round(page.height() / 40))
    painter.save()
    painter.setPen(LIGHT.text)  # exports are always drawn in the light look
    painter.setFont(_font(title_size, True))
    painter.drawText(QRectF(page.left(), page.top(), page.width(), title_size * 1.6),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
    top = page.top() + title_size * 2.2
    height = page.bottom() - top
    per_column = max(1, -(-len(body) // COLUMNS))
    size = max(MIN_PIXEL_SIZE, min(round(title_size * 0.6),
                                   int(height / (per_column * LINE_SPACING))))
    step = size * LINE_SPACING
    rows = max(1, int(height // step))
    column_w = page.width() / COLUMNS
    gap = size * 1.5
    for index, line in enumerate(body[: rows * COLUMNS]):
        column, row = divmod(index, rows)
        heading = line.startswith("== ")
        font = _font(size, heading)
        painter.setFont(font)
        text = line.strip("= ").strip() if heading else line
        shown = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight,
                                               column_w - gap)
        painter.drawText(QRectF(page.left() + column * column_w, top + row * step,
                                column_w - gap, step),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)
    painter.restore()
