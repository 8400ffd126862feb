"""The selected slot of the emotion curve: one persona at one stage (or step), scored or not.

A single click selects: on a point, that point's persona; on an empty spot of a column (a
gap included), the active persona's slot there. The slot is shown as a tinted column with a
ring around its point, or a dashed circle on the zero line when it has no score yet (drag
the circle up or down to give the gap its first score, as a point is dragged), and
reported as an emotion-point id ("persona|stage|step", :attr:`SlotSelection.changed`) so
the inspector can show it. With the plot focused the keyboard acts on it: ↑/↓ change the
score by half a step (a gap starts from 0; one undo step per run of presses), Delete
removes the score, Enter or F2 opens the label-and-note editor, ←/→ move along the curve,
Esc clears the selection. Reaching the plot with Tab selects the active persona's first slot.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter
from PySide6.QtWidgets import QGraphicsItem

from ..model import ModelError
from ..model.emotion_curve import snap_score
from ..model.entities import EMOTION_MAX, EMOTION_MIN
from ..model.ids import emotion_point_id, parse_emotion_point_id
from .plot_items import Y_RANGE

if TYPE_CHECKING:
    from .emotion_plot import EmotionPlot

SELECTION = QColor("#2563EB")
_BAND = QColor(37, 99, 235, 28)
_STEP = 0.5


class ColumnBand(pg.GraphicsObject):
    """A light tint over one column of the curve: where the selected slot is."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(-5)
        self.index = 0
        self.setVisible(False)

    def show_at(self, index: int | None) -> None:
        self.setVisible(index is not None)
        if index is not None and index != self.index:
            self.prepareGeometryChange()
            self.index = index
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return QRectF(self.index - 0.5, Y_RANGE[0], 1.0, Y_RANGE[1] - Y_RANGE[0])

    def paint(self, painter: QPainter, *_args: Any) -> None:
        painter.fillRect(self.boundingRect(), _BAND)


class _Mark(pg.ScatterPlotItem):
    """The selected slot's ring: drawn over the point, but clicks go through to it. A gap's
    dashed circle drags like a point: up or down gives the slot its first score."""

    def __init__(self, selection: SlotSelection, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.selection = selection
        self._gap: int | None = None  # the dragged gap's x position (the preview fills it)

    def mouseClickEvent(self, ev: Any) -> None:  # noqa: N802 (pyqtgraph API)
        ev.ignore()

    def mouseDragEvent(self, ev: Any) -> None:  # noqa: N802 (pyqtgraph API)
        # A scored point's ring lets the drag through to the point under it.
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        if ev.isStart():
            on_circle = len(self.pointsAt(ev.buttonDownPos())) > 0
            self._gap = self.selection.gap_index() if on_circle else None
        if self._gap is None:
            ev.ignore()
            return
        ev.accept()
        self.selection.drag_gap(self._gap, snap_score(ev.pos().y()), finished=ev.isFinish())
        if ev.isFinish():
            self._gap = None


class SlotSelection(QObject):
    changed = Signal(str)  # the selected emotion-point id, "" when nothing is selected

    def __init__(self, plot: EmotionPlot) -> None:
        super().__init__(plot)
        self.plot = plot
        self.key: tuple[str, str, str | None] | None = None  # (persona, stage, step)
        self.band = ColumnBand()
        self.marker = _Mark(self, size=22, brush=pg.mkBrush(None))
        self.marker.setZValue(45)
        self._scored_pen = pg.mkPen(SELECTION, width=2.5)
        self._pens: dict[str, Any] = {}
        view = plot.plot_widget
        view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        view.installEventFilter(self)
        plot.plot_item.addItem(self.band, ignoreBounds=True)
        plot.plot_item.addItem(self.marker)
        self.band.setCacheMode(QGraphicsItem.CacheMode.NoCache)

    # ----- what is selected -----------------------------------------------------------
    def index(self) -> int | None:
        """The selected slot's x position on the curve, None without a (valid) selection."""
        if self.key is None:
            return None
        for i, point in enumerate(self.plot.points):
            if (point.stage_id, point.step_id) == self.key[1:]:
                return i
        return None

    def _shown_value(self) -> tuple[int, float] | None:
        """The selected slot's x position and score (NaN for a gap) while its line shows."""
        index = self.index()
        curve = self.plot.curves.get(self.key[0]) if self.key is not None else None
        if index is None or curve is None or not curve.visible:
            return None
        values = curve.score_values
        return index, values[index] if index < len(values) else math.nan

    def gap_index(self) -> int | None:
        """The selected slot's x position when it has no score yet (a shown gap), else None."""
        shown = self._shown_value()
        return shown[0] if shown is not None and math.isnan(shown[1]) else None

    def drag_gap(self, index: int, score: float, *, finished: bool) -> None:
        """The selected gap at x ``index`` dragged to ``score``: previewed (the plot moves
        the ring with it), then one Document edit when the drag ends."""
        if self.key is None or self.index() != index:
            return
        persona_id = self.key[0]
        if not finished:
            self.plot.preview_drag(persona_id, "score", index, score)
            return
        self.plot.end_preview(persona_id, "score", index)
        self.plot.finish_drag(persona_id, "score", index, score)

    def point_id(self) -> str:
        return emotion_point_id(*self.key) if self.key is not None else ""

    def select(self, persona_id: str | None, index: int | None, *, notify: bool = True,
               focus: bool = False) -> None:
        """Select a persona's slot at x ``index`` (None clears the selection)."""
        points = self.plot.points
        key = None
        if persona_id is not None and index is not None and 0 <= index < len(points) \
                and persona_id in self.plot.curves:
            key = (persona_id, points[index].stage_id, points[index].step_id)
        if key != self.key:
            self.plot.document.end_burst()
        changed = key != self.key
        self.key = key
        self.update_marker()
        if focus and key is not None:
            self.plot.plot_widget.setFocus(Qt.FocusReason.MouseFocusReason)
        if changed and notify:
            self.changed.emit(self.point_id())

    def select_id(self, ident: str) -> None:
        """Show the slot of an emotion-point id (from the canvas) without re-announcing it."""
        persona_id, stage_id, step_id = parse_emotion_point_id(ident)
        for i, point in enumerate(self.plot.points):
            if point.stage_id == stage_id and point.step_id == step_id:
                self.select(persona_id, i, notify=False)
                return
        self.select(None, None, notify=False)

    def select_at(self, x: float) -> None:
        """A click on an empty spot of the curve at view x: the active persona's slot."""
        plot = self.plot
        persona_id = plot.active_persona if plot.active_persona in plot.curves \
            and plot.active_persona not in plot.hidden else next(
                (p for p in plot.curves if p not in plot.hidden), None)
        index = round(x)
        if persona_id is not None and 0 <= index < len(plot.points):
            self.select(persona_id, index, focus=True)

    def revalidate(self) -> None:
        """After the curve was rebuilt: keep the slot if it still exists, else clear it."""
        if self.key is not None and (self.key[0] not in self.plot.curves
                                     or self.index() is None):
            self.select(None, None)
        else:
            self.update_marker()

    # ----- drawing --------------------------------------------------------------------
    def _gap_pen(self, color: QColor) -> Any:
        key = color.name()
        if key not in self._pens:
            self._pens[key] = pg.mkPen(color, width=2, style=Qt.PenStyle.DashLine)
        return self._pens[key]

    def update_marker(self) -> None:
        shown = self._shown_value()
        if shown is None or self.key is None:
            self.band.show_at(None)
            self.marker.setData(x=[], y=[])
            return
        index, value = shown
        persona_id = self.key[0]
        self.band.show_at(index)
        if math.isnan(value):  # a gap: where a score would start, on the zero line
            color = self.plot.curves[persona_id].color
            self.marker.setData(x=[float(index)], y=[0.0], size=16, symbol="o",
                                pen=self._gap_pen(color), brush=pg.mkBrush("w"))
        else:
            x = self.plot.drawn_x(persona_id, index, "score")
            self.marker.setData(x=[x], y=[value], size=22, symbol="o", pen=self._scored_pen,
                                brush=pg.mkBrush(None))

    # ----- the keyboard ---------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.FocusOut:
            self.plot.document.end_burst()
        elif event.type() == QEvent.Type.FocusIn and self.key is None and isinstance(
                event, QFocusEvent) and event.reason() in (
                Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.select_at(0)  # reached by Tab: the keyboard has a slot to act on at once
        elif event.type() == QEvent.Type.KeyPress and self.key is not None and isinstance(
                event, QKeyEvent):
            return self._key(event)
        return False

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        index = self.index()
        if index is None or self.key is None or (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            return False
        persona_id = self.key[0]
        if not self.plot.curves[persona_id].visible:  # its line is hidden in the legend
            return False
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._nudge(_STEP if key == Qt.Key.Key_Up else -_STEP)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._clear_score()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.plot.edit_point(persona_id, index)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            if 0 <= index + step < len(self.plot.points):
                self.select(persona_id, index + step)
        elif key == Qt.Key.Key_Escape:
            self.select(None, None)
        else:
            return False
        return True

    def _nudge(self, delta: float) -> None:
        assert self.key is not None
        emotion = self.plot.document.journey.emotion(*self.key)
        old = emotion.score if emotion is not None else None
        score = max(EMOTION_MIN, min(EMOTION_MAX, (old or 0.0) + delta))
        self._score(score, merge=True)

    def _clear_score(self) -> None:
        assert self.key is not None
        self.plot.document.end_burst()
        self._score(None, merge=False)

    def _score(self, score: float | None, merge: bool) -> None:
        """One Document edit; the label follows the score there (``Document.set_emotion``)."""
        assert self.key is not None
        try:
            self.plot.document.set_emotion_score(*self.key, score, merge=merge, origin=self.plot)
        except ModelError as error:
            self.plot.document.refuse(str(error))
            self.plot.refresh({self.key[0]})
