"""The drawn pieces of the emotion curve: draggable points, the backdrop, persona lines.

Kept apart from :mod:`.emotion_plot` (which owns the widget and talks to the Document);
these items only draw and report gestures back to the plot they belong to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTransform

from ..editing.appearance import LIGHT, Appearance
from ..editing.faces import paint_face
from ..model.emotion_curve import snap_score
from . import curve_data as cd

if TYPE_CHECKING:
    from .chart import Chart
    from .emotion_plot import EmotionPlot

Y_RANGE = (-2.45, 2.45)
POSITIVE_BAND = QColor(76, 175, 80, 22)  # over the plot background, in either theme
NEGATIVE_BAND = QColor(229, 87, 86, 22)


def _dash_pen(color: str, width: float = 2.0) -> QPen:
    pen = pg.mkPen(color, width=width)
    pen.setStyle(Qt.PenStyle.DashLine)
    return pen


class PointScatter(pg.ScatterPlotItem):
    """Every persona's as-is (or to-be) points in one item (one paint, not one per persona);
    each spot's data is (persona id, x index, field). Drags them; a click selects one, a
    double-click edits it."""

    def __init__(self, plot: EmotionPlot, field: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.plot = plot
        self.field = field
        self.dragged: tuple[str, int, str] | None = None

    def _spot_at(self, pos: QPointF) -> tuple[str, int, str] | None:
        points = self.pointsAt(pos)
        if len(points) == 0:
            return None
        return tuple(min(points, key=lambda p: abs(p.pos().y() - pos.y())).data())

    def mouseDragEvent(self, ev: Any) -> None:  # noqa: N802 (pyqtgraph API)
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        if ev.isStart():
            self.dragged = self._spot_at(ev.buttonDownPos())
            if self.dragged is None:
                ev.ignore()
                return
        elif self.dragged is None:
            ev.ignore()
            return
        ev.accept()
        score = snap_score(ev.pos().y())
        persona_id, index, field = self.dragged
        if ev.isFinish():
            # the preview ends first, then one Document edit: its change event redraws the
            # plot and the canvas lane once each
            self.dragged = None
            self.plot.end_preview(persona_id, field, index)
            self.plot.finish_drag(persona_id, field, index, score)
        else:
            self.plot.preview_drag(persona_id, field, index, score)

    def mouseClickEvent(self, ev: Any) -> None:  # noqa: N802 (pyqtgraph API)
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        spot = self._spot_at(ev.pos())
        if spot is None:
            ev.ignore()
            return
        ev.accept()
        if ev.double():
            self.plot.edit_point(spot[0], spot[1])
        else:  # a single click selects the point's slot
            self.plot.selection.select(spot[0], spot[1], focus=True)


class Backdrop(pg.GraphicsObject):
    """Bands above (green) and below (red) zero, the dashed zero line and stage separators,
    painted as one item: far cheaper to repaint than pyqtgraph's region and line items."""

    def __init__(self, pen_scale: float, appearance: Appearance = LIGHT) -> None:
        super().__init__()
        self.pen_scale = pen_scale
        self.appearance = appearance
        self.setZValue(-10)
        self.count = 1
        self.separators: list[float] = []

    def set_appearance(self, appearance: Appearance) -> None:
        self.appearance = appearance
        self.update()

    def set_columns(self, count: int, separators: list[float]) -> None:
        self.prepareGeometryChange()
        self.count = max(1, count)
        self.separators = separators
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return QRectF(-0.5, Y_RANGE[0], self.count, Y_RANGE[1] - Y_RANGE[0])

    def paint(self, painter: QPainter, *_args: Any) -> None:
        rect = self.boundingRect()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.fillRect(QRectF(rect.left(), 0, rect.width(), Y_RANGE[1]), POSITIVE_BAND)
        painter.fillRect(QRectF(rect.left(), Y_RANGE[0], rect.width(), -Y_RANGE[0]), NEGATIVE_BAND)
        separator = QPen(self.appearance.plot_separator, self.pen_scale)
        separator.setCosmetic(True)
        painter.setPen(separator)
        for x in self.separators:
            painter.drawLine(QPointF(x, Y_RANGE[0]), QPointF(x, Y_RANGE[1]))
        zero = QPen(self.appearance.plot_zero, 1.2 * self.pen_scale, Qt.PenStyle.DashLine)
        zero.setCosmetic(True)
        painter.setPen(zero)
        painter.drawLine(QPointF(rect.left(), 0), QPointF(rect.right(), 0))


class FaceLayer(pg.GraphicsObject):
    """The as-is points drawn as faces (``editing.faces``, the canvas lane's drawing), a
    fixed size in pixels whatever the plot's scale; the scatter under it keeps the hit
    testing, hovering and dragging. One item paints every face (one repaint per change)."""

    def __init__(self, radius: float) -> None:
        super().__init__()
        self.radius = radius
        self.faces: list[tuple[float, float, QColor]] = []
        self.count = 1

    def set_faces(self, faces: list[tuple[float, float, QColor]], count: int) -> None:
        self.prepareGeometryChange()
        self.faces = faces
        self.count = max(1, count)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return QRectF(-1.0, Y_RANGE[0] - 0.5, self.count + 1.0, Y_RANGE[1] - Y_RANGE[0] + 1.0)

    def paint(self, painter: QPainter, *_args: Any) -> None:
        to_device = painter.transform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for x, y, color in self.faces:
            at = to_device.map(QPointF(x, y))
            painter.setTransform(QTransform.fromTranslate(at.x(), at.y()))
            paint_face(painter, QPointF(0, 0), self.radius, y, color)
        painter.setTransform(to_device)


class PersonaCurve:
    """One persona's as-is and to-be lines and the values they show."""

    def __init__(self, plot_item: Chart, persona_id: str, color: str, z: int,
                 pen_scale: float) -> None:
        self.persona_id = persona_id
        self.color = QColor(color)
        self.line = pg.PlotDataItem(pen=pg.mkPen(color, width=2.5 * pen_scale),
                                    connect="finite")
        self.to_be_line = pg.PlotDataItem(pen=_dash_pen(color, 2.0 * pen_scale),
                                          connect="finite")
        self.items = [self.to_be_line, self.line]
        for graphic in self.items:
            graphic.setZValue(10 + z)
            plot_item.addItem(graphic)
        self.visible = True
        self.score_values: list[float] = []
        self.to_be_values: list[float] = []
        self.show_to_be = True
        # sideways shifts of the points (beside another persona's equal score), per field
        self.shift: dict[str, list[float]] = {"score": [], "to_be": []}

    def show(self, values: list[float], to_be: list[float], show_to_be: bool) -> None:
        self.score_values, self.to_be_values = values, to_be
        self.show_to_be = show_to_be
        self.line.setData(*cd.smooth(values, shift=self.shift["score"]))
        self.to_be_line.setData(*cd.smooth(to_be if show_to_be else [],
                                           shift=self.shift["to_be"]))

    def set_shift(self, field: str, shift: list[float]) -> None:
        """Move the line of ``field`` through points shifted sideways (redrawn if changed)."""
        if shift == self.shift[field]:
            return
        self.shift[field] = shift
        if field == "score":
            self.line.setData(*cd.smooth(self.score_values, shift=shift))
        elif self.show_to_be:
            self.to_be_line.setData(*cd.smooth(self.to_be_values, shift=shift))

    def set_visible(self, visible: bool, show_to_be: bool) -> None:
        self.visible = visible
        self.line.setVisible(visible)
        self.to_be_line.setVisible(visible and show_to_be)

    def remove(self, plot_item: Chart) -> None:
        for graphic in self.items:
            plot_item.removeItem(graphic)
