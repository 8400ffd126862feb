"""The canvas emotion lane: one smooth curve per persona across the journey's points.

Scores run −2…+2 (top = +2). The band above zero is tinted green and below red, with a
dashed zero line; a point without a score breaks the curve (a gap). Markers are small
vector faces (no emoji font) and scene items of kind "emotion-point" whose id is
"<persona>|<stage>|<step or empty>"; each persona's lowest points are ringed as moments
of truth. Hidden personas (``set_hidden``) are not drawn; equal scores of several personas
at one point are drawn side by side (``model.overlap``). ``score_at`` and ``point_at``
turn a pointer position into a score and a (stage, step), for setting scores on the lane.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..editing.faces import paint_face
from ..model.emotion_curve import curve_pieces, moments_of_truth, snap_score
from ..model.ids import EMOTION_POINT, emotion_point_id
from ..model.overlap import side_by_side
from . import style as st

if TYPE_CHECKING:
    from ..editing.appearance import Appearance
    from ..model import JourneyMap, Persona
    from .geometry import Layout
    from .scene import JourneyScene

PAD = 20.0
FACE_R = 9.0
SIDE_STEP = FACE_R * 1.4  # how far apart equal scores of two personas are drawn


def smooth_path(points: list[QPointF]) -> QPainterPath:
    """The one smooth line of every emotion view (``model.emotion_curve``: through every
    point, never beyond its neighbours' scores) as cubic Béziers."""
    path = QPainterPath(points[0])
    for c1, c2, end in curve_pieces([(p.x(), p.y()) for p in points]):
        path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
    return path


class EmotionPointItem(QGraphicsItem):
    """A persona's score at one point, drawn as a face; selectable."""

    def __init__(self, parent: QGraphicsItem, ident: str, score: float, color: QColor,
                 lowest: bool) -> None:
        super().__init__(parent)
        self.setData(0, ident)
        self.setData(1, EMOTION_POINT)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(2)
        self.score = score
        self.color = color
        self.lowest = lowest

    def show_score(self, score: float, color: QColor, lowest: bool) -> None:
        """Show another score, colour or ring (the marker stays, selection included)."""
        if (score, lowest) != (self.score, self.lowest) or color != self.color:
            self.score, self.color, self.lowest = score, color, lowest
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        r = FACE_R + 7
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.lowest:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#DC2626"), 2, Qt.PenStyle.SolidLine))
            painter.drawEllipse(QPointF(0, 0), FACE_R + 5, FACE_R + 5)
        if self.isSelected():
            painter.setPen(QPen(st.look(self).selection, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), FACE_R + 3, FACE_R + 3)
        paint_face(painter, QPointF(0, 0), FACE_R, self.score, self.color)


KEY_ROW = 16.0


def paint_persona_key(painter: QPainter, rect: QRectF, personas: Sequence[Persona],
                      look: Appearance) -> None:
    """A small key of the lane's lines: a sample in each shown persona's colour and the
    persona's name, one row each, bottom-aligned in ``rect`` (the lane header's free room);
    personas that do not fit are counted in a last "+N" row."""
    rows = int(rect.height() // KEY_ROW)
    if rows < 1 or not personas or rect.width() < 40:
        return
    shown = list(personas) if len(personas) <= rows else list(personas[:rows - 1])
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setFont(st.font("small"))
    fm = st.metrics("small")
    count = len(shown) + (len(personas) > len(shown))
    y = rect.bottom() - count * KEY_ROW
    for persona in shown:
        color = QColor(persona.color)
        mid = y + KEY_ROW / 2
        painter.setPen(QPen(color, 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(rect.left() + 1, mid), QPointF(rect.left() + 15, mid))
        painter.setPen(look.text)
        text = QRectF(rect.left() + 20, y, rect.width() - 20, KEY_ROW)
        painter.drawText(text, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         fm.elidedText(persona.name, Qt.TextElideMode.ElideRight, text.width()))
        y += KEY_ROW
    if len(personas) > len(shown):
        painter.setPen(look.text_soft)
        painter.drawText(QRectF(rect.left() + 20, y, rect.width() - 20, KEY_ROW),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         f"+{len(personas) - len(shown)}")
    painter.restore()


class EmotionLaneItem(QGraphicsItem):
    def __init__(self, lane_id: str) -> None:
        super().__init__()
        self.lane_id = lane_id
        self.setData(0, lane_id)
        self.setData(1, "emotion-lane")
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.w = 0.0
        self.h = 0.0
        self.xs: list[float] = []
        self.spans: list[tuple[float, float]] = []  # each column's left and width
        self.points: list[tuple[str, str | None]] = []
        self.hidden: set[str] = set()
        self.markers: dict[str, EmotionPointItem] = {}
        self._curves: list[tuple[QColor, list[QPainterPath]]] = []
        # values shown while a point is dragged on the emotion plot, before the model has them
        self.preview: dict[tuple[str, str, str | None, str], float] = {}
        self._refresh_pending = False
        # to-be (future state) curves: dashed, with small hollow dots, not selectable
        self._future: list[tuple[QColor, list[QPainterPath], list[QPointF]]] = []

    def journey(self) -> JourneyMap:
        return cast("JourneyScene", self.scene()).journey  # lanes live in a JourneyScene only

    def place(self, lay: Layout, row: int) -> None:
        x0 = lay.col_x[0] if lay.col_x else lay.lane_w
        self.setPos(x0, lay.row_y[row])
        xs = [x - x0 + w / 2 for x, w in zip(lay.col_x, lay.col_w, strict=True)]
        shape = (lay.width - x0, lay.row_h[row], xs, list(lay.points))
        if shape == (self.w, self.h, self.xs, self.points):
            return  # only moved (a card row above grew): the curves stay as drawn
        self.prepareGeometryChange()
        self.w, self.h, self.xs, self.points = shape
        self.spans = [(x - x0, w) for x, w in zip(lay.col_x, lay.col_w, strict=True)]
        self.refresh()

    def set_hidden(self, ids: set[str]) -> None:
        self.hidden = set(ids)
        if self.scene() is not None:
            self.refresh()

    def y_of(self, score: float) -> float:
        return PAD + (2.0 - score) / 4.0 * (self.h - 2 * PAD)

    def score_at(self, scene_y: float) -> float:
        """The score a person points at (scene y), snapped to half steps in −2…+2."""
        y = self.mapFromScene(QPointF(0, scene_y)).y()
        return snap_score(2.0 - (y - PAD) * 4.0 / max(1.0, self.h - 2 * PAD))

    def point_at(self, scene_x: float) -> tuple[str, str | None] | None:
        """The (stage, step) whose column is under a scene x, None outside the columns."""
        x = self.mapFromScene(QPointF(scene_x, 0)).x()
        for index, (left, width) in enumerate(self.spans):
            if left <= x < left + width:
                return self.points[index]
        return None

    def refresh_soon(self) -> None:
        """Refresh once the current event is handled, unless a refresh happens before."""
        scene = self.scene()
        if scene is not None and not self._refresh_pending:
            self._refresh_pending = True
            # the scene as context: no call once the scene (and this item with it) is gone
            QTimer.singleShot(0, scene, self._refresh_if_pending)

    def _refresh_if_pending(self) -> None:
        if self._refresh_pending:
            self.refresh()

    def refresh(self) -> None:
        """Redraw curves and markers from the map (emotions or personas changed): markers
        that stay are updated in place, only new ones are created and gone ones removed."""
        self._refresh_pending = False
        scene = self.scene()
        if scene is None:
            return
        self._curves = []
        self._future = []
        journey = self.journey()
        shown = [p for p in journey.personas if p.id not in self.hidden]
        all_scores = [self._values(persona.id, "score") for persona in shown]
        all_future = [self._values(persona.id, "to_be") for persona in shown]
        # equal scores of several personas at one point sit side by side, all visible
        aside = side_by_side(all_scores)
        future_aside = side_by_side(all_future)
        old = self.markers
        self.markers = {}
        for n, persona in enumerate(shown):
            color = QColor(persona.color)
            scores, future = all_scores[n], all_future[n]
            if any(value is not None for value in future):
                paths, dots = self._future_curve(future, future_aside[n])
                self._future.append((color, paths, dots))
            lowest = set(moments_of_truth(scores))
            segments: list[list[QPointF]] = [[]]
            for i, score in enumerate(scores):
                if score is None:
                    segments.append([])
                    continue
                pos = QPointF(self.xs[i] + aside[n][i] * SIDE_STEP, self.y_of(score))
                segments[-1].append(pos)
                ident = emotion_point_id(persona.id, *self.points[i])
                marker = old.pop(ident, None)
                if marker is None:
                    marker = EmotionPointItem(self, ident, score, color, i in lowest)
                else:
                    marker.show_score(score, color, i in lowest)
                marker.setPos(pos)
                self.markers[ident] = marker
            self._curves.append((color, [smooth_path(s) for s in segments if s]))
        for marker in old.values():
            scene.removeItem(marker)
        self.update()

    def _values(self, persona_id: str, field: str) -> list[float | None]:
        """A persona's ``score`` or ``to_be`` at each point (a dragged preview first)."""
        journey = self.journey()
        values: list[float | None] = []
        for stage_id, step_id in self.points:
            emotion = journey.emotion(persona_id, stage_id, step_id)
            values.append(self.preview.get((persona_id, stage_id, step_id, field),
                                           None if emotion is None else getattr(emotion, field)))
        return values

    def _future_curve(self, values: list[float | None], aside: list[float]
                      ) -> tuple[list[QPainterPath], list[QPointF]]:
        """Paths (broken at gaps) and dot positions of a persona's to-be scores."""
        segments: list[list[QPointF]] = [[]]
        dots: list[QPointF] = []
        for i, value in enumerate(values):
            if value is None:
                segments.append([])
                continue
            pos = QPointF(self.xs[i] + aside[i] * SIDE_STEP, self.y_of(value))
            segments[-1].append(pos)
            dots.append(pos)
        return [smooth_path(s) for s in segments if len(s) > 1], dots

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return QRectF(0, 0, self.w, self.h)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        look = st.look(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        zero = self.y_of(0)
        painter.fillRect(QRectF(0, 1, self.w, zero - 1), st.POSITIVE_BAND)
        painter.fillRect(QRectF(0, zero, self.w, self.h - zero - 1), st.NEGATIVE_BAND)
        painter.setPen(QPen(QColor(100, 116, 139, 50), 1))
        for score in (2, 1, -1, -2):
            y = self.y_of(score)
            painter.drawLine(QPointF(0, y), QPointF(self.w, y))
        painter.setPen(QPen(QColor("#64748B"), 1.2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(0, zero), QPointF(self.w, zero))
        painter.setFont(st.font("marker"))
        painter.setPen(look.text_soft)
        for score, text in ((2, "+2"), (0, "0"), (-2, "−2")):
            painter.drawText(QRectF(4, self.y_of(score) - 14, 24, 12),
                             int(Qt.AlignmentFlag.AlignLeft), text)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for color, paths, dots in self._future:
            faded = QColor(color)
            faded.setAlphaF(0.75)
            painter.setPen(QPen(faded, 1.8, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap,
                                Qt.PenJoinStyle.RoundJoin))
            for path in paths:
                painter.drawPath(path)
            painter.setBrush(look.cell_bg)
            for dot in dots:
                painter.drawEllipse(dot, 3.5, 3.5)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        for color, paths in self._curves:
            painter.setPen(QPen(color, 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                Qt.PenJoinStyle.RoundJoin))
            for path in paths:
                painter.drawPath(path)
