"""The emotion face: one vector drawing of a score, shared by the canvas lane and the plot.

A white disc ringed in the persona's colour, two eyes and a mouth that smiles above zero
and frowns below (no emoji font needed). Drawn with QtGui only, so every view (canvas,
plots, exports) can import it under the layer rules and all of them show the same face.
On a raster device (the screen, PNG) a face is drawn once per look and scale and then
copied; vector devices (SVG, PDF, print) always get the vector drawing.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)

FACE_FILL = QColor("#FFFFFF")


def paint_face(painter: QPainter, center: QPointF, radius: float, score: float,
               color: QColor, fill: QColor = FACE_FILL) -> None:
    """A face of ``radius`` px for ``score`` (−2…+2) at ``center``, ringed in ``color``.

    Leaves the painter's pen and brush changed; call inside ``save``/``restore`` when the
    caller needs them afterwards."""
    engine = painter.paintEngine()
    transform = painter.worldTransform()
    if (engine is not None and engine.type() == QPaintEngine.Type.Raster
            and transform.type().value <= QTransform.TransformationType.TxScale.value
            and transform.m11() == transform.m22() > 0):
        # A lane repaint draws a hundred faces: copying a drawn one is several times faster.
        scale = transform.m11() * painter.device().devicePixelRatioF()
        image = _drawn_face(round(radius, 2), round(score, 2), QColor(color).rgba(),
                            QColor(fill).rgba(), round(scale, 3))
        side = image.width() / scale
        painter.drawImage(QRectF(center.x() - side / 2, center.y() - side / 2, side, side),
                          image)
        return
    _draw_face(painter, center, radius, score, color, fill)


@lru_cache(maxsize=512)
def _drawn_face(radius: float, score: float, rgba: int, fill_rgba: int, scale: float) -> QImage:
    side = max(1, int((2 * radius + 4) * scale + 0.999))
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.scale(scale, scale)
        half = side / scale / 2
        _draw_face(painter, QPointF(half, half), radius, score, QColor.fromRgba(rgba),
                   QColor.fromRgba(fill_rgba))
    finally:
        painter.end()
    return image


def _draw_face(painter: QPainter, center: QPointF, radius: float, score: float,
               color: QColor, fill: QColor) -> None:
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
