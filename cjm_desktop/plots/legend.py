"""The pieces of the emotion curve's legend: line samples with a face, the moment-of-truth
ring, and a plain (check-box-free) entry for exported pictures.

Samples are painted at the screen's pixel ratio in solid colours; the text of an entry
takes the plot's text colour, so every entry reads the same, the key included.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ..editing.faces import paint_face

SAMPLE_W, SAMPLE_H = 30, 16


def _canvas(ratio: float) -> QPixmap:
    pixmap = QPixmap(round(SAMPLE_W * ratio), round(SAMPLE_H * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap


def line_sample(color: QColor | str, ratio: float, dashed: bool = False,
                face: bool = True) -> QPixmap:
    """A persona's line as the plot draws it: solid (or dashed) in its colour, with a face."""
    pixmap = _canvas(ratio)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
    painter.setPen(QPen(QColor(color), 2.5, style, Qt.PenCapStyle.FlatCap))
    mid = SAMPLE_H / 2
    painter.drawLine(QPointF(1, mid), QPointF(SAMPLE_W - 1, mid))
    if face:
        paint_face(painter, QPointF(SAMPLE_W / 2, mid), 6.0, 1.0, QColor(color))
    painter.end()
    return pixmap


def ring_sample(color: QColor | str, ratio: float) -> QPixmap:
    """The ring that marks a moment of truth, around a small face."""
    pixmap = _canvas(ratio)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    mid = QPointF(SAMPLE_W / 2, SAMPLE_H / 2)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor(color), 2))
    painter.drawEllipse(mid, 7.0, 7.0)
    paint_face(painter, mid, 4.5, -2.0, QColor(color))
    painter.end()
    return pixmap


class LegendEntry(QWidget):
    """A sample and its text, no check box: the legend of an exported picture, and the
    moment-of-truth key of the window."""

    def __init__(self, sample: QPixmap, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.sample = QLabel(self)
        self.sample.setPixmap(sample)
        self.text = QLabel(text, self)
        layout.addWidget(self.sample)
        layout.addWidget(self.text)

    def set_sample(self, sample: QPixmap) -> None:
        self.sample.setPixmap(sample)

    def apply_palette(self, palette: QPalette) -> None:
        """Take ``palette`` here and in both labels (an application style sheet stops a
        palette from reaching child widgets by itself)."""
        for widget in (self, self.sample, self.text):
            widget.setPalette(palette)
