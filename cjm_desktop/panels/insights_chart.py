"""A 1–5 × 1–5 quadrant chart drawn with QPainter, for the Insights views.

It shows points (cards) on two ratings with the four quadrants (high = 4–5) tinted and
named. Clicking a point emits :attr:`QuadrantChart.pointClicked` with its card id; when the
chart is ``draggable`` a point dragged to another cell emits :attr:`pointDragged` once, on
release, with the new (x, y) ratings — the owner turns that into one Document edit. Colours
come from the widget's palette, so the chart follows the light and dark themes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

LOW_HIGH_SPLIT = 3.5  # ratings 1–3 are low, 4–5 high
POINT_RADIUS = 7.0


@dataclass(frozen=True)
class ChartPoint:
    card: str
    x: int
    y: int
    label: str


class QuadrantChart(QWidget):
    pointClicked = Signal(str)  # card id
    pointDragged = Signal(str, int, int)  # card id, new x rating, new y rating
    quadrantClicked = Signal(bool, bool)  # high x?, high y?

    def __init__(self, x_title: str, y_title: str, names: dict[tuple[bool, bool], str],
                 tints: dict[tuple[bool, bool], str], parent: QWidget | None = None, *,
                 draggable: bool = False) -> None:
        super().__init__(parent)
        self.x_title, self.y_title = x_title, y_title
        self.names, self.tints = names, tints
        self.draggable = draggable
        self.points: list[ChartPoint] = []
        self._pressed: str | None = None
        self._drag_to: tuple[int, int] | None = None
        self.setMinimumSize(220, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(320, 300)

    def set_points(self, points: list[ChartPoint]) -> None:
        self.points = points
        self.update()

    # ----- geometry -------------------------------------------------------------------------
    def plot_rect(self) -> QRectF:
        metrics = self.fontMetrics()
        left = metrics.height() * 2 + 8
        bottom = metrics.height() * 2 + 8
        return QRectF(left, 8, max(10, self.width() - left - 10),
                      max(10, self.height() - bottom - 8))

    def to_pixel(self, x: float, y: float) -> QPointF:
        r = self.plot_rect()
        return QPointF(r.left() + (x - 0.5) / 5 * r.width(),
                       r.bottom() - (y - 0.5) / 5 * r.height())

    def to_rating(self, pos: QPointF) -> tuple[int, int]:
        r = self.plot_rect()
        x = 0.5 + (pos.x() - r.left()) / r.width() * 5
        y = 0.5 + (r.bottom() - pos.y()) / r.height() * 5
        return max(1, min(5, round(x))), max(1, min(5, round(y)))

    def placed(self) -> list[tuple[ChartPoint, QPointF]]:
        """Every point with its pixel centre; points sharing a cell are spread around it."""
        by_cell: dict[tuple[int, int], list[ChartPoint]] = {}
        for point in self.points:
            by_cell.setdefault((point.x, point.y), []).append(point)
        result: list[tuple[ChartPoint, QPointF]] = []
        r = self.plot_rect()
        step = min(r.width(), r.height()) / 5 / 4
        for (x, y), group in by_cell.items():
            centre = self.to_pixel(x, y)
            for i, point in enumerate(group):
                if len(group) == 1:
                    result.append((point, centre))
                    continue
                col, row = i % 3 - 1, i // 3 - (len(group) - 1) // 6
                result.append((point, QPointF(centre.x() + col * step, centre.y() + row * step)))
        return result

    def point_at(self, pos: QPointF) -> str | None:
        for point, centre in reversed(self.placed()):
            if (centre - pos).manhattanLength() <= POINT_RADIUS * 1.6:
                return point.card
        return None

    # ----- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.Text)
        r = self.plot_rect()
        split = self.to_pixel(LOW_HIGH_SPLIT, LOW_HIGH_SPLIT)
        areas = {(False, False): QRectF(r.left(), split.y(), split.x() - r.left(),
                                        r.bottom() - split.y()),
                 (True, False): QRectF(split.x(), split.y(), r.right() - split.x(),
                                       r.bottom() - split.y()),
                 (False, True): QRectF(r.left(), r.top(), split.x() - r.left(),
                                       split.y() - r.top()),
                 (True, True): QRectF(split.x(), r.top(), r.right() - split.x(),
                                      split.y() - r.top())}
        for key, area in areas.items():
            tint = QColor(self.tints[key])
            tint.setAlpha(60)
            painter.fillRect(area, tint)
            painter.setPen(text)
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(area.adjusted(4, 2, -4, -2),
                             Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter,
                             self.names[key])
            font.setBold(False)
            painter.setFont(font)
        grid = QColor(text)
        grid.setAlpha(50)
        painter.setPen(QPen(grid, 1))
        for value in range(1, 6):
            p = self.to_pixel(value, value)
            painter.drawLine(QPointF(p.x(), r.top()), QPointF(p.x(), r.bottom()))
            painter.drawLine(QPointF(r.left(), p.y()), QPointF(r.right(), p.y()))
        painter.setPen(QPen(text, 1))
        painter.drawRect(r)
        metrics = self.fontMetrics()
        for value in range(1, 6):
            p = self.to_pixel(value, value)
            painter.drawText(QRectF(p.x() - 10, r.bottom() + 2, 20, metrics.height()),
                             Qt.AlignmentFlag.AlignCenter, str(value))
            painter.drawText(QRectF(r.left() - metrics.height() - 6, p.y() - 10,
                                    metrics.height(), 20), Qt.AlignmentFlag.AlignCenter,
                             str(value))
        painter.drawText(QRectF(r.left(), r.bottom() + metrics.height() + 4, r.width(),
                                metrics.height()), Qt.AlignmentFlag.AlignCenter, self.x_title)
        painter.save()
        painter.translate(4, r.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-r.height() / 2, 0, r.height(), metrics.height()),
                         Qt.AlignmentFlag.AlignCenter, self.y_title)
        painter.restore()
        accent = pal.color(QPalette.ColorRole.Highlight)
        for point, centre in self.placed():
            if point.card == self._pressed and self._drag_to is not None:
                centre = self.to_pixel(*self._drag_to)
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Base), 1.5))
            painter.setBrush(accent)
            painter.drawEllipse(centre, POINT_RADIUS, POINT_RADIUS)
        painter.end()

    # ----- mouse ----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._pressed = self.point_at(event.position())
        self._drag_to = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed is not None and self.draggable:
            self._drag_to = self.to_rating(event.position())
            self.update()
            return
        hovered = self.point_at(event.position())
        label = next((p.label for p in self.points if p.card == hovered), "")
        self.setToolTip(label)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        card, self._pressed = self._pressed, None
        target, self._drag_to = self._drag_to, None
        self.update()
        if card is None:
            x, y = self.to_rating(event.position())
            if self.plot_rect().contains(event.position()):
                self.quadrantClicked.emit(x >= 4, y >= 4)
            return
        point = next(p for p in self.points if p.card == card)
        if target is not None and target != (point.x, point.y):
            self.pointDragged.emit(card, target[0], target[1])
        else:
            self.pointClicked.emit(card)
