"""Header items of the canvas: stage, step and lane headers and the frozen bands holding them.

The bands (top, left, corner) are moved by the view on scroll so headers stay visible like
frozen panes; a stage or lane half scrolled under the other band keeps its name in view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..editing.icons import paint_icon
from ..model import ModelError
from ..model.vocab import LaneKind
from ..model.vocab import label as vocab_label
from . import style as st
from .emotion_lane import paint_persona_key
from .items import ELIDE, WRAP, WRAP_ANY, wrap_height

if TYPE_CHECKING:
    from .scene import JourneyScene


class HeaderItem(QGraphicsItem):
    """Common base of stage, step and lane headers: a rectangle with an id and a kind."""

    def __init__(self, item_id: str, kind: str) -> None:
        super().__init__()
        self.item_id = item_id
        self.setData(0, item_id)
        self.setData(1, kind)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.rect = QRectF()

    def set_rect(self, rect: QRectF) -> None:
        if rect != self.rect:
            self.prepareGeometryChange()
            self.rect = QRectF(rect)
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return self.rect

    def journey_scene(self) -> JourneyScene:
        return cast("JourneyScene", self.scene())  # headers live in a JourneyScene only

    def _selection(self, painter: QPainter) -> None:
        if self.isSelected():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(st.look(self).selection, 2))
            painter.drawRect(self.rect.adjusted(1, 1, -1, -1))


class StageHeaderItem(HeaderItem):
    def __init__(self, stage_id: str) -> None:
        super().__init__(stage_id, "stage")

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        look = st.look(self)
        try:
            stage = self.journey_scene().journey.stage(self.item_id)
        except ModelError:
            return  # removed; the header goes at the next relayout
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        r = self.rect
        band = st.band(stage.color, 0.82, look)
        painter.fillRect(r, band)
        painter.fillRect(QRectF(r.left(), r.top(), r.width(), 5), QColor(stage.color))
        painter.setPen(QPen(look.grid_line, 1))
        painter.drawLine(r.topRight(), r.bottomRight())
        painter.drawLine(r.bottomLeft(), r.bottomRight())
        # sticky label: a stage scrolled half under the lane headers keeps its name in view
        left = max(r.left(), self.journey_scene().sticky_left())
        left = min(left, max(r.left(), r.right() - 120))
        inner = QRectF(left + 12, r.top() + 12, r.right() - left - 24, 22)
        painter.setFont(st.font("stage"))
        painter.setPen(st.readable(st.ink(stage.color, 190, look), band))
        fm = st.metrics("stage")
        painter.drawText(inner, ELIDE, fm.elidedText(stage.name, Qt.TextElideMode.ElideRight,
                                                     inner.width()))
        if stage.desired_experience:
            painter.setFont(st.font("small"))
            painter.setPen(st.soft_text_for(band, look))
            sub = QRectF(left + 12, inner.bottom() + 2, r.right() - left - 24, 30)
            fm2 = st.metrics("small")
            text = stage.desired_experience
            if fm2.horizontalAdvance(text) > sub.width() * 2 - 8:
                text = fm2.elidedText(text, Qt.TextElideMode.ElideRight, sub.width() * 2 - 16)
            painter.drawText(sub, WRAP_ANY if " " not in text else WRAP, text)
        self._selection(painter)


class StepHeaderItem(HeaderItem):
    def __init__(self, step_id: str, stage_id: str) -> None:
        super().__init__(step_id, "step")
        self.stage_id = stage_id

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        journey = self.journey_scene().journey
        try:
            stage, step = journey.find_step(self.item_id)
        except ModelError:
            return
        r = self.rect
        look = st.look(self)
        band = st.band(stage.color, 0.92, look)
        painter.fillRect(r, band)
        painter.setPen(QPen(look.grid_line, 1))
        painter.drawLine(r.topLeft(), r.topRight())
        painter.drawLine(r.topRight(), r.bottomRight())
        painter.drawLine(r.bottomLeft(), r.bottomRight())
        painter.setFont(st.font("step"))
        painter.setPen(st.readable(st.ink(stage.color, 170, look), band))
        inner = r.adjusted(12, 0, -12, 0)
        painter.drawText(inner, ELIDE, st.metrics("step").elidedText(
            step.name, Qt.TextElideMode.ElideRight, inner.width()))
        self._selection(painter)


class LaneHeaderItem(HeaderItem):
    def __init__(self, lane_id: str) -> None:
        super().__init__(lane_id, "lane")

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        look = st.look(self)
        scene = self.journey_scene()
        try:
            lane = scene.journey.lane(self.item_id)
        except ModelError:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        r = self.rect
        painter.fillRect(r, look.header_bg)
        painter.setPen(QPen(look.grid_line, 1))
        painter.drawLine(r.bottomLeft(), r.bottomRight())
        painter.drawLine(r.topRight(), r.bottomRight())
        accent = st.LANE_ACCENTS.get(lane.kind, look.text_soft)
        painter.fillRect(QRectF(r.left(), r.top(), 4, r.height()), accent)
        top = max(r.top(), min(scene.sticky_top(), r.bottom() - 56))
        icon = QRectF(r.left() + 14, top + 14, 26, 26)
        soft = QColor(accent)
        soft.setAlpha(34)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(soft)
        painter.drawEllipse(icon)
        paint_icon(painter, icon.adjusted(6, 6, -6, -6), st.LANE_ICONS.get(lane.kind, "pencil"),
                   _icon_ink(accent) if look.dark else st.ink(accent, 110, look))
        painter.setFont(st.font("lane"))
        text_x = icon.right() + 10
        width = r.right() - text_x - 10
        painter.setPen(look.text)
        title_h, flags = wrap_height(lane.title, "lane", width)
        title_h = min(title_h, max(20.0, r.bottom() - top - 40))
        painter.drawText(QRectF(text_x, top + 16, width, title_h), flags, lane.title)
        painter.setFont(st.font("small"))
        painter.setPen(look.text_soft)
        kind_name = vocab_label(LaneKind(lane.kind), scene.language())
        if kind_name != lane.title and r.bottom() - top >= 56:
            painter.drawText(QRectF(text_x, top + 18 + title_h, width, 16), ELIDE,
                             st.metrics("small").elidedText(
                                 kind_name, Qt.TextElideMode.ElideRight, width))
        if lane.kind == LaneKind.EMOTIONS.value:
            paint_persona_key(painter, QRectF(text_x, top + 60, width, r.bottom() - top - 68),
                              [p for p in scene.journey.personas
                               if p.id not in scene.hidden_personas], look)
        self._selection(painter)


def _icon_ink(accent: QColor) -> QColor:
    """A lane icon's colour on the dark header: the accent's hue, light enough to read."""
    return QColor.fromHsv(max(0, accent.hsvHue()), round(accent.hsvSaturation() * 0.7), 225)


class BandItem(QGraphicsItem):
    """The background of a frozen header band (top, left or the corner); parent of headers."""

    def __init__(self, z: float) -> None:
        super().__init__()
        self.setZValue(z)
        self.rect = QRectF()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_rect(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self.rect = QRectF(rect)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return self.rect.adjusted(0, 0, 0, 3)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        look = st.look(self)
        painter.fillRect(self.rect, look.header_bg)
        # a divider and a soft shadow below / right of the frozen band: cards scroll under it
        painter.fillRect(QRectF(self.rect.left(), self.rect.bottom(), self.rect.width(), 3),
                         QColor(15, 23, 42, 14))
        painter.setPen(QPen(look.card_border if not look.dark else look.text_soft, 1))
        painter.drawLine(self.rect.bottomLeft(), self.rect.bottomRight())
        painter.drawLine(self.rect.topRight(), self.rect.bottomRight())
        # (the corner keeps no title: the window title and the page already name the map)
