"""The emotion curve: one line per persona over the journey's stages and steps.

pyqtgraph is imported only here, in ``chart`` and in ``plot_items`` (the drawn pieces), so
the window can load it after its first paint; ``plots.export`` renders the widget built here.
As-is scores are solid lines, to-be scores dashed; a point without a score is a gap. Points
can be dragged up or down (snapped to half steps, one ``Document.set_emotion`` when the drag
ends) and double-clicked to edit label and note; a double-click on an empty spot scores the
active persona there. A single click selects a slot, a gap included (``slot_selection``):
``pointSelected`` names it for the inspector, and the keyboard can score it. Each
persona's lowest points — moments of truth — are ringed. The legend's check boxes hide a
persona's line (``hiddenPersonasChanged`` tells other views).
"""

from __future__ import annotations

import math
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QGraphicsItem,
    QVBoxLayout,
    QWidget,
)

from ..editing import Document
from ..editing.appearance import LIGHT, Appearance
from ..editing.display import display_language
from ..model import Change, Emotion, Entity, ModelError, What
from ..model.emotion_curve import moments_of_truth, snap_score
from ..model.overlap import side_by_side
from ..model.vocab import EmotionLabel, label, suggested_label
from . import curve_data as cd
from .chart import Chart
from .emotion_dialog import EmotionDialog
from .flow_layout import FlowLayout
from .legend import LegendEntry, line_sample, ring_sample
from .plot_items import Y_RANGE, Backdrop, FaceLayer, PersonaCurve, PointScatter
from .slot_selection import SlotSelection

POINT_SIZE = 11
FACE_R = 8.0  # the as-is points are faces of this radius (px), as on the canvas lane
RING_SIZE = 26
SIDE_STEP = 0.08  # how far apart (in columns) equal scores of two personas are drawn
_STRUCTURE = {Entity.STAGE, Entity.STEP, Entity.PERSONA}
# Axes (their text and grid lines) are blitted from a pixmap instead of being redrawn:
# a score change then repaints in a few milliseconds (bench/bench_emotion.py).
_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache


class EmotionPlot(QWidget):
    hiddenPersonasChanged = Signal(list)  # ids of the personas whose lines are hidden
    # While a point is dragged: (persona, stage, step or "", "score" | "to_be", value);
    # value None when the drag is over (the model has the final score by then).
    dragPreview = Signal(str, str, str, str, object)
    # The selected slot as an emotion-point id ("persona|stage|step"), "" when none.
    pointSelected = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None, *,
                 pen_scale: float = 1.0, appearance: Appearance = LIGHT) -> None:
        """``pen_scale`` thickens lines for images rendered above screen resolution
        (pyqtgraph's pens are cosmetic: their width does not grow with the painter's scale).
        ``appearance`` gives the colours (light for exported pictures); see set_appearance."""
        super().__init__(parent)
        self.setObjectName("emotionPlot")
        self.document = document
        self.pen_scale = pen_scale
        self.appearance = appearance
        self.hidden: set[str] = set()
        self.show_to_be = True
        self.active_persona: str | None = None
        self.curves: dict[str, PersonaCurve] = {}
        self.points: list[cd.XPoint] = []
        self._offsets: dict[tuple[str, int, str], float] = {}
        self._pens: dict[str, QPen] = {}

        # The chart and its legend take the plot colours of the appearance; the legend's
        # widgets get its palette explicitly (an app style sheet stops palette inheritance).
        self.setPalette(_plot_palette(appearance))
        self.setAutoFillBackground(True)
        # A bare view and chart, no context menu: pyqtgraph's PlotItem builds a lot the
        # curve never uses (chart.py)
        self.plot_widget = pg.GraphicsView(self, background=appearance.plot_background)
        self.plot_widget.setObjectName("emotionPlotView")
        self.plot_widget.setAntialiasing(True)
        self.plot_widget.setMinimumHeight(200)
        self.plot_item = Chart()
        self.plot_widget.setCentralItem(self.plot_item)
        self._style_plot()
        # the entries wrap onto more rows rather than widen the window (flow_layout)
        self.legend = FlowLayout(spacing=16, row_spacing=2)
        self.legend.setContentsMargins(8, 4, 8, 0)
        self.legend.laidOut.connect(self._fit_height)
        self.checks: dict[str, QCheckBox] = {}
        self.to_be_check = QCheckBox(self.tr("To-be (dashed)"), self)
        self.to_be_check.setChecked(True)
        self.to_be_check.toggled.connect(self.set_show_to_be)
        self.key = LegendEntry(ring_sample(appearance.plot_text, self.devicePixelRatioF()),
                               self.tr("Moment of truth (lowest point)"), self)
        self.key.apply_palette(self.palette())
        self.key_label = self.key.text
        self.picture_entries: list[LegendEntry] = []
        self.to_be_check.setPalette(self.palette())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self.legend)
        layout.addWidget(self.plot_widget, 1)
        self.plot_widget.scene().sigMouseClicked.connect(self._on_scene_click)
        self.selection = SlotSelection(self)
        self.selection.changed.connect(self.pointSelected)
        self.plot_widget.setAccessibleDescription(self.tr(
            "Click a point or an empty spot to select it; Up and Down change its score, "
            "Delete removes it, Enter edits its label and note."))

        document.changed.connect(self._on_change)
        document.reset.connect(self.rebuild)
        self.rebuild()

    # ----- look -----------------------------------------------------------------------
    def _style_plot(self) -> None:
        item = self.plot_item
        item.getViewBox().setMouseEnabled(x=False, y=False)
        item.show_y_grid(alpha=0.18)
        item.setYRange(*Y_RANGE, padding=0)
        item.getViewBox().setDefaultPadding(0)
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, font.pointSizeF() * 0.95))
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(self.appearance.plot_axis))
            axis.setTextPen(pg.mkPen(self.appearance.plot_text))
            axis.setStyle(tickFont=font, tickTextOffset=6, autoExpandTextSpace=True)
            axis.setCacheMode(_CACHE)
        item.getAxis("left").setWidth(84)
        self.backdrop = Backdrop(self.pen_scale, self.appearance)
        self.backdrop.setCacheMode(_CACHE)
        item.addItem(self.backdrop, ignoreBounds=True)
        # Symbols are rendered at the device pixel ratio already: no pen_scale for them.
        self.rings_item = pg.ScatterPlotItem(size=RING_SIZE, brush=pg.mkBrush(None), symbol="o")
        self.to_be_item = PointScatter(self, "to_be", size=POINT_SIZE - 2,
                                        brush=pg.mkBrush(self.appearance.plot_background),
                                        hoverable=True,
                                        tip=self.tip_text, hoverSize=POINT_SIZE + 2)
        # the as-is scatter is not drawn (the face layer above it is): it finds, hovers
        # and drags the points
        clear = QColor(0, 0, 0, 0)
        self.points_item = PointScatter(self, "score", size=2 * FACE_R + 2,
                                         pen=pg.mkPen(None), brush=pg.mkBrush(clear),
                                         hoverable=True, tip=self.tip_text,
                                         hoverSize=2 * FACE_R + 2)
        self.faces_item = FaceLayer(FACE_R)
        for z, graphic in enumerate((self.rings_item, self.to_be_item, self.points_item,
                                     self.faces_item)):
            graphic.setZValue(40 + z)
            item.addItem(graphic)

    def set_appearance(self, appearance: Appearance) -> None:
        """Repaint the chart, its axes and its legend in ``appearance``'s plot colours."""
        if appearance == self.appearance:
            return
        self.appearance = appearance
        self.setPalette(_plot_palette(appearance))
        self.plot_widget.setBackground(appearance.plot_background)
        for name in ("left", "bottom"):
            axis = self.plot_item.getAxis(name)
            axis.setPen(pg.mkPen(appearance.plot_axis))
            axis.setTextPen(pg.mkPen(appearance.plot_text))
        self.backdrop.set_appearance(appearance)
        self.to_be_item.setBrush(pg.mkBrush(appearance.plot_background))
        self.key.apply_palette(self.palette())
        self.key.set_sample(ring_sample(appearance.plot_text, self.devicePixelRatioF()))
        for check in (*self.checks.values(), self.to_be_check):
            check.setPalette(self.palette())
        self.update()

    def _legend_icon(self, color: str) -> QIcon:
        return QIcon(line_sample(color, self.devicePixelRatioF()))

    # ----- building -------------------------------------------------------------------
    def language(self) -> str:
        return display_language()

    def rebuild(self) -> None:
        """Recreate everything from the model (structure changed or a new map)."""
        for curve in self.curves.values():
            curve.remove(self.plot_item)
        self.curves.clear()
        journey = self.document.journey
        self.hidden &= {p.id for p in journey.personas}
        self.points = cd.x_points(journey)
        self._build_axes()
        for z, persona in enumerate(journey.personas):
            self.curves[persona.id] = PersonaCurve(self.plot_item, persona.id, persona.color,
                                                    len(journey.personas) - z, self.pen_scale)
        self._build_legend()
        self.refresh()
        self.selection.revalidate()

    def _build_axes(self) -> None:
        self._build_x_ticks()
        left = self.plot_item.getAxis("left")
        language = self.language()
        labels = [(v, cd.y_tick_text(v, language)) for v, _ in cd.Y_TICKS]
        left.setTicks([labels, [(v / 2, "") for v in range(-3, 4, 2)]])
        # pyqtgraph drops a label wider than the axis: make room for the longest one
        # ("+2 Delighted" needs more than "+2 감동").
        left_metrics = QFontMetrics(left.style["tickFont"] or self.font())
        widest = max(left_metrics.horizontalAdvance(text) for _, text in labels)
        left.setWidth(max(84, widest + 18))
        count = max(1, len(self.points))
        self.plot_item.setXRange(-0.5, count - 0.5, padding=0)
        self.plot_item.setYRange(*Y_RANGE, padding=0)
        self.backdrop.set_columns(count, [i - 0.5 for i, p in enumerate(self.points)
                                          if p.first_of_stage and i > 0])

    def _build_x_ticks(self) -> None:
        """Stage and step names under their columns, wrapped to the column's width (never
        cut mid-word unless a word is wider than the column); the axis grows to hold them."""
        bottom = self.plot_item.getAxis("bottom")
        metrics = QFontMetrics(bottom.style["tickFont"] or self.font())
        plot_width = self.plot_widget.width() - self.plot_item.getAxis("left").width() - 16
        column = max(40, plot_width // max(1, len(self.points)) - 6)

        def fits(text: str) -> bool:
            return metrics.horizontalAdvance(text) <= column

        ticks = [(i, cd.tick_text(p, fits=fits)) for i, p in enumerate(self.points)]
        bottom.setTicks([ticks, []])
        lines = max((text.count("\n") + 1 for _, text in ticks), default=1)
        bottom.setHeight(lines * metrics.lineSpacing() + 18)
        self._tick_column = column

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self.points:
            self._build_x_ticks()

    def _fit_height(self, legend_height: int) -> None:
        """Keep the chart its minimum height under however many rows the legend wraps to
        (a squeezed chart cuts off the stage names under it). Not before the plot is shown:
        laid out at a new widget's default width, every entry takes a row of its own."""
        if not self.isVisible():
            return
        needed = legend_height + self.plot_widget.minimumHeight()
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def _build_legend(self) -> None:
        while self.legend.count():
            item = self.legend.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget not in (self.to_be_check, self.key):
                widget.deleteLater()
        self.checks.clear()
        for persona in self.document.journey.personas:
            check = QCheckBox(persona.name or self.tr("(no name)"), self)
            check.setObjectName(f"emotionLegend_{persona.id}")
            check.setIcon(self._legend_icon(persona.color))
            check.setChecked(persona.id not in self.hidden)
            check.toggled.connect(lambda on, pid=persona.id: self.set_persona_visible(pid, on))
            check.setPalette(self.palette())  # an app style sheet stops palette inheritance
            self.checks[persona.id] = check
            self.legend.addWidget(check)
        self.legend.addWidget(self.to_be_check)
        self.legend.addWidget(self.key)

    def refresh(self, persona_ids: set[str] | None = None) -> None:
        """Redraw the scores (of ``persona_ids`` or everyone) from the model."""
        journey = self.document.journey
        for persona_id, curve in self.curves.items():
            if persona_ids is not None and persona_id not in persona_ids:
                continue
            curve.show(cd.scores(journey, persona_id, self.points, "score"),
                       cd.scores(journey, persona_id, self.points, "to_be"), self.show_to_be)
            curve.set_visible(persona_id not in self.hidden, self.show_to_be)
        self._update_spots()

    def _update_spots(self) -> None:
        """Put every visible persona's points, to-be points and rings in the shared items;
        equal scores of several personas at one point sit side by side (model/overlap.py)."""
        spots: dict[str, tuple[list, list, list, list]] = {
            "score": ([], [], [], []), "to_be": ([], [], [], []), "ring": ([], [], [], [])}
        visible = [(pid, curve) for pid, curve in self.curves.items() if curve.visible]
        self._offsets = {}
        for field in ("score", "to_be") if self.show_to_be else ("score",):
            rows = [curve.score_values if field == "score" else curve.to_be_values
                    for _, curve in visible]
            for (persona_id, curve), slots in zip(visible, side_by_side(rows), strict=True):
                for i, slot in enumerate(slots):
                    if slot:
                        self._offsets[(persona_id, i, field)] = slot * SIDE_STEP
                curve.set_shift(field, [slot * SIDE_STEP for slot in slots])
        # the first persona is drawn last, so it sits on top where points overlap
        for persona_id, curve in reversed(visible):
            fields = [("score", curve.score_values)]
            if self.show_to_be:
                fields.append(("to_be", curve.to_be_values))
            for field, values in fields:
                xs, ys, data, colors = spots[field]
                for i, value in enumerate(values):
                    if not math.isnan(value):
                        xs.append(self.drawn_x(persona_id, i, field))
                        ys.append(value)
                        data.append((persona_id, i, field))
                        colors.append(curve.color)
            xs, ys, data, colors = spots["ring"]
            for i in moments_of_truth(curve.score_values):
                xs.append(self.drawn_x(persona_id, i, "score"))
                ys.append(curve.score_values[i])
                data.append((persona_id, i, "score"))
                colors.append(curve.color)
        xs, ys, data, colors = spots["score"]
        self.points_item.setData(x=xs, y=ys, data=data)
        self.faces_item.set_faces(list(zip(xs, ys, colors, strict=True)), len(self.points))
        xs, ys, data, colors = spots["to_be"]
        self.to_be_item.setData(x=xs, y=ys, data=data, pen=[self._pen(c) for c in colors])
        xs, ys, data, colors = spots["ring"]
        self.rings_item.setData(x=xs, y=ys, data=data, pen=[self._pen(c) for c in colors])
        if hasattr(self, "selection"):  # not yet while the first curves are drawn
            self.selection.update_marker()

    def drawn_x(self, persona_id: str, index: int, field: str) -> float:
        """Where a point is drawn across: its column, moved aside when it shares a score."""
        return index + self._offsets.get((persona_id, index, field), 0.0)

    # pyqtgraph renders a symbol once per pen *object*: reuse them, or every update
    # renders every point again and its symbol atlas grows without end.
    def _pen(self, color: QColor) -> QPen:
        key = color.name()
        if key not in self._pens:
            self._pens[key] = pg.mkPen(color, width=2)
        return self._pens[key]

    def prepare_for_picture(self) -> None:
        """Turn the legend into a plain key for an exported image: solid samples and text,
        no check boxes, and no entries for what the picture does not show."""
        ratio = max(2.0, self.devicePixelRatioF())
        journey = self.document.journey
        for check in (*self.checks.values(), self.to_be_check):
            check.setVisible(False)
        at = 0
        for persona in journey.personas:
            if persona.id in self.hidden:
                continue
            entry = LegendEntry(line_sample(persona.color, ratio),
                                persona.name or self.tr("(no name)"), self)
            self.legend.insertWidget(at, entry)
            self.picture_entries.append(entry)
            at += 1
        if self.show_to_be:
            entry = LegendEntry(line_sample(self.appearance.plot_text, ratio, dashed=True,
                                            face=False), self.tr("To-be (dashed)"), self)
            self.legend.insertWidget(self.legend.indexOf(self.key), entry)
            self.picture_entries.append(entry)
        self.key.set_sample(ring_sample(self.appearance.plot_text, ratio))
        for entry in self.picture_entries:
            entry.apply_palette(self.palette())

    def use_vector_symbols(self) -> None:
        """Draw points as vector shapes (for SVG): the default pixmap atlas does not survive
        QSvgGenerator. (The faces are vector drawings already.)"""
        for item in (self.rings_item, self.to_be_item, self.points_item):
            item.setExportMode(True, {"antialias": True})

    def spots(self, persona_id: str, kind: str = "score") -> list[tuple[float, float]]:
        """The (x, y) of a persona's drawn points: ``score``, ``to_be`` or ``ring``."""
        item = {"score": self.points_item, "to_be": self.to_be_item,
                "ring": self.rings_item}[kind]
        xs, ys = item.getData()
        data = item.data["data"]
        return [(float(x), float(y)) for x, y, d in zip(xs, ys, data, strict=True)
                if d[0] == persona_id]

    def _on_change(self, change: Change) -> None:
        if change.what is What.EMOTION_UPDATED:
            if change.ids and change.ids[0] in self.curves:
                self.refresh({change.ids[0]})
        elif change.entity in _STRUCTURE:
            if change.what is What.PERSONA_UPDATED and not change.touches("name", "color"):
                return
            if change.what in (What.STEP_UPDATED, What.STAGE_UPDATED) and not change.touches(
                    "name"):
                return
            self.rebuild()

    # ----- visibility -----------------------------------------------------------------
    def set_persona_visible(self, persona_id: str, visible: bool) -> None:
        if visible:
            self.hidden.discard(persona_id)
        else:
            self.hidden.add(persona_id)
        if persona_id in self.curves:
            self.curves[persona_id].set_visible(visible, self.show_to_be)
            self._update_spots()
        check = self.checks.get(persona_id)
        if check is not None and check.isChecked() != visible:
            check.setChecked(visible)
        self.hiddenPersonasChanged.emit(sorted(self.hidden))

    def set_show_to_be(self, on: bool) -> None:
        self.show_to_be = on
        self.refresh()

    def set_active_persona(self, persona_id: str | None) -> None:
        self.active_persona = persona_id or None

    # ----- geometry for tests and tools -------------------------------------------------
    def point_scene_pos(self, persona_id: str, point_index: int, field: str = "score") -> QPointF:
        """Where a persona's point is drawn, in the plot widget's viewport coordinates."""
        values = self.curves[persona_id].score_values if field == "score" \
            else self.curves[persona_id].to_be_values
        view_box = self.plot_item.getViewBox()
        scene = view_box.mapViewToScene(QPointF(self.drawn_x(persona_id, point_index, field),
                                                values[point_index]))
        return QPointF(self.plot_widget.mapFromScene(scene))

    def value_to_viewport_y(self, score: float) -> float:
        view_box = self.plot_item.getViewBox()
        return self.plot_widget.mapFromScene(view_box.mapViewToScene(QPointF(0, score))).y()

    # ----- dragging -------------------------------------------------------------------
    def preview_drag(self, persona_id: str, field: str, index: int, score: float) -> None:
        curve = self.curves.get(persona_id)
        if curve is None or not 0 <= index < len(self.points):
            return
        values = list(curve.score_values)
        to_be = list(curve.to_be_values)
        (values if field == "score" else to_be)[index] = score
        curve.show(values, to_be, self.show_to_be)  # the model changes when the drag ends
        self._update_spots()
        point = self.points[index]
        self.dragPreview.emit(persona_id, point.stage_id, point.step_id or "", field, score)

    def end_preview(self, persona_id: str, field: str, index: int) -> None:
        if 0 <= index < len(self.points):
            point = self.points[index]
            self.dragPreview.emit(persona_id, point.stage_id, point.step_id or "", field, None)

    def finish_drag(self, persona_id: str, field: str, index: int, score: float) -> None:
        """The drag is over: one Document edit (the label follows there, as from every path)."""
        if not 0 <= index < len(self.points):
            return
        point = self.points[index]
        try:
            changed = self.document.set_emotion_score(persona_id, point.stage_id, point.step_id,
                                                      score, field=field, origin=self)
        except ModelError as error:
            self.document.refuse(str(error))
            changed = False
        if not changed:
            self.refresh({persona_id})  # the line goes back to the model's score

    def _set_emotion(self, persona_id: str, point: cd.XPoint, changes: dict[str, Any]) -> None:
        try:
            self.document.set_emotion(persona_id, point.stage_id, point.step_id, changes,
                                      origin=self)
        except ModelError as error:
            self.document.refuse(str(error))
            self.refresh({persona_id})

    # ----- editing labels and notes -----------------------------------------------------
    def edit_point(self, persona_id: str, index: int, score: float | None = None) -> None:
        if not 0 <= index < len(self.points):
            return
        point = self.points[index]
        journey = self.document.journey
        emotion = journey.emotion(persona_id, point.stage_id, point.step_id) \
            or Emotion(persona_id, point.stage_id, point.step_id)
        if score is not None and emotion.score is None:
            emotion = Emotion(persona_id, point.stage_id, point.step_id, score=score,
                              label=suggested_label(score).value)
        dialog = EmotionDialog(emotion, self._title(persona_id, point), self.language(), self)
        if dialog.exec() != EmotionDialog.DialogCode.Accepted:
            return
        before = journey.emotion(persona_id, point.stage_id, point.step_id) \
            or Emotion(persona_id, point.stage_id, point.step_id)
        changes = {k: v for k, v in dialog.values().items() if getattr(before, k) != v}
        if changes:
            self._set_emotion(persona_id, point, changes)

    def _on_scene_click(self, ev: Any) -> None:
        if ev.isAccepted() or ev.button() != Qt.MouseButton.LeftButton:
            return
        if not ev.double():  # a single click selects the slot there, a gap included
            view_box = self.plot_item.getViewBox()
            if view_box.sceneBoundingRect().contains(ev.scenePos()):
                self.selection.select_at(view_box.mapSceneToView(ev.scenePos()).x())
            return
        persona_id = self.active_persona or next(
            (p for p in self.curves if p not in self.hidden), None)
        if persona_id is None or not self.points:
            return
        view_box = self.plot_item.getViewBox()
        if not view_box.sceneBoundingRect().contains(ev.scenePos()):
            return
        pos = view_box.mapSceneToView(ev.scenePos())
        index = round(pos.x())
        if 0 <= index < len(self.points):
            self.edit_point(persona_id, index, snap_score(pos.y()))

    def _title(self, persona_id: str, point: cd.XPoint) -> str:
        persona = self.document.journey.persona(persona_id)
        where = point.stage_name if point.step_id is None \
            else f"{point.stage_name} › {point.step_name}"
        return f"{persona.name} · {where}"

    def tip_text(self, x: float, y: float, data: Any) -> str:
        """The hover text of a point: persona, stage, score, label and note."""
        persona_id, index, field = data
        point = self.points[index]
        emotion = self.document.journey.emotion(persona_id, point.stage_id, point.step_id)
        lines = [self._title(persona_id, point)]
        score_name = self.tr("As-is") if field == "score" else self.tr("To-be")
        lines.append(f"{score_name}: {y:+g}")
        if emotion is not None and emotion.label:
            lines.append(self.tr("Label: %1").replace(
                "%1", _label_text(emotion.label, self.language())))
        if emotion is not None and emotion.note:
            lines.append(emotion.note)
        if field == "score" and index in moments_of_truth(
                self.curves[persona_id].score_values):
            lines.append(self.tr("Moment of truth"))
        return "\n".join(lines)


def _label_text(value: str, language: str) -> str:
    try:
        return label(EmotionLabel(value), language)
    except ValueError:
        return value


def _plot_palette(appearance: Appearance) -> QPalette:
    """The chart's palette: its own background and text, whatever the platform's scheme."""
    background, text = appearance.plot_background, appearance.plot_text
    palette = QPalette(appearance.palette())
    for role, colour in ((QPalette.ColorRole.Window, background),
                         (QPalette.ColorRole.Base, background),
                         (QPalette.ColorRole.Text, text),
                         (QPalette.ColorRole.WindowText, text),
                         (QPalette.ColorRole.ButtonText, text)):
        palette.setColor(role, colour)
    return palette
