"""The emotion face: one vector drawing of a score, shared by the canvas lane and the plot.

A white disc ringed in the persona's colour, two eyes and a mouth that smiles above zero
and frowns below (no emoji font needed). Drawn with QtGui only, so every view (canvas,
plots, exports) can import it under the layer rules and all of them show the same face.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

FACE_FILL = QColor("#FFFFFF")


def paint_face(painter: QPainter, center: QPointF, radius: float, score: float,
               color: QColor, fill: QColor = FACE_FILL) -> None:
    """A face of ``radius`` px for ``score`` (−2…+2) at ``center``, ringed in ``color``.

    Leaves the painter's pen and brush changed; call inside ``save``/``restore`` when the
    caller needs them afterwards."""
    unit = radius / 9.0  # the face was designed at a radius of 9 px
    painter.setBrush(fill)
    painter.setPen(QPen(color, 2 * unit))
    painter.drawEllipse(center, radius, radius)
    feature = QColor(color).darker(130)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(feature)
    eye = 1.3 * unit
    painter.drawEllipse(center + QPointF(-3.2 * unit, -2.5 * unit), eye, eye)
    painter.drawEllipse(center + QPointF(3.2 * unit, -2.5 * unit), eye, eye)
    bend = max(-2.0, min(2.0, score)) / 2.0 * 3.2 * unit
    mouth = QPainterPath(center + QPointF(-4 * unit, 3 * unit))
    mouth.quadTo(center + QPointF(0, 3 * unit + bend * 1.6), center + QPointF(4 * unit, 3 * unit))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(feature, 1.4 * unit, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawPath(mouth)
