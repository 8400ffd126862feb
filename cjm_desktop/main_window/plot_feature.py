"""The "Emotion curve" dock at the bottom, built lazily, and its PNG / SVG export.

pyqtgraph costs a noticeable part of start-up, so the dock first shows a light placeholder;
the real plot (``cjm_desktop.plots.emotion_plot``) is built right after the placeholder's
first paint, or at once when something needs it (:func:`ensure_plot`, an export).
:class:`EmotionCurve` is ``window.emotion_curve``; its ``plot`` is None until then.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QDockWidget, QFileDialog, QLabel, QWidget

from ..editing.appearance import Appearance
from ..files import atomic_write_bytes
from .export_notice import export_stem

if TYPE_CHECKING:
    from ..canvas.view import CanvasView
    from ..panels.inspector import Inspector
    from ..panels.personas import PersonaPanel
    from ..plots.emotion_plot import EmotionPlot
    from .window import MainWindow


EXPORT_SIZE = QSize(1200, 420)
# The plot's own minimum height at the default font (its 200 px chart and the legend row
# above it): the placeholder takes it too, so putting the plot in its place moves no other
# part of the window and only the dock repaints. (The plot keeps its own minimum, which
# grows with the interface font.)
PLOT_MIN_HEIGHT = 225


def tr(text: str) -> str:
    return QCoreApplication.translate("EmotionCurve", text)


class _Placeholder(QLabel):
    """Stands in for the plot; its first paint schedules building the real one."""

    def __init__(self, on_first_paint: Callable[[], object], appearance: Appearance,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Loading the emotion curve…"), parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(f"color: {appearance.plot_axis.name()};"
                           f" background: {appearance.plot_background.name()};")
        self.setMinimumHeight(PLOT_MIN_HEIGHT)
        self._on_first_paint: Callable[[], object] | None = on_first_paint

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if self._on_first_paint is not None:
            callback, self._on_first_paint = self._on_first_paint, None
            # With the placeholder as the call's context, Qt drops the call when the
            # placeholder goes first: a window closed and deleted before it runs (its dock
            # is gone) never builds a plot, and a plot built meanwhile (an export) replaced it.
            QTimer.singleShot(0, self, callback)


class EmotionCurve:
    """The bottom dock; its plot is built lazily (``plot`` is None until then) and follows
    the persona panel, the canvas selection and shows what it selects in the inspector."""

    def __init__(self, window: MainWindow, canvas: CanvasView, personas: PersonaPanel,
                 inspector: Inspector) -> None:
        self.window = window
        self.canvas = canvas
        self.personas = personas
        self.inspector = inspector
        self.plot: EmotionPlot | None = None
        dock = QDockWidget(tr("Emotion curve"), window)
        dock.setObjectName("emotionDock")
        dock.setWidget(_Placeholder(self.ensure_plot, window.theme.appearance, dock))
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        # No build on visibilityChanged: that fires inside show(), before the window's first
        # paint, and pyqtgraph would delay it. A dock shown later paints its placeholder first.
        self.dock = dock
        toggle = dock.toggleViewAction()
        toggle.setText(tr("&Emotion curve"))
        window.view_menu.addAction(toggle)

        menu = window.files.export_menu
        menu.addAction(tr("Emotion curve as PNG…"), lambda: export_dialog(window, "png"))
        menu.addAction(tr("Emotion curve as SVG…"), lambda: export_dialog(window, "svg"))

    def ensure_plot(self) -> EmotionPlot:
        """The emotion plot widget, built now if it is not yet (imports pyqtgraph)."""
        if self.plot is not None:
            return self.plot
        from ..plots.emotion_plot import EmotionPlot

        theme = self.window.theme
        plot = EmotionPlot(self.window.document, self.dock, appearance=theme.appearance)
        theme.changed.connect(plot.set_appearance)
        self.plot = plot
        old = self.dock.widget()
        self.dock.setWidget(plot)
        if old is not None:
            old.deleteLater()
        self._connect(plot)
        return plot

    def _connect(self, plot: EmotionPlot) -> None:
        panel, canvas, inspector = self.personas, self.canvas, self.inspector
        plot.set_active_persona(panel.active_persona_id())
        panel.activePersonaChanged.connect(plot.set_active_persona)
        plot.hiddenPersonasChanged.connect(canvas.set_hidden_personas)
        # the canvas lane follows a point while it is dragged
        plot.dragPreview.connect(canvas.journey_scene.preview_emotion)
        # a slot selected on the curve (a gap too) shows in the inspector
        plot.pointSelected.connect(lambda ident: inspector.show_ids([ident] if ident else []))
        canvas.selectionChanged.connect(lambda ids, kind: _follow_canvas(plot, ids, kind))


def ensure_plot(window: MainWindow) -> EmotionPlot:
    """The window's emotion plot, built now if it is not yet."""
    return window.emotion_curve.ensure_plot()


def _follow_canvas(plot: EmotionPlot, ids: list[str], kind: str) -> None:
    """An emotion point selected on the canvas is selected on the curve; anything else
    selected there ends the curve's selection (the inspector shows that instead)."""
    if kind == "emotion-point" and len(ids) == 1:
        plot.selection.select_id(ids[0])
    elif ids:
        plot.selection.select(None, None, notify=False)


def export_dialog(window: MainWindow, fmt: str) -> None:
    title = tr("Export the emotion curve as PNG") if fmt == "png" \
        else tr("Export the emotion curve as SVG")
    pattern = tr("PNG image (*.png)") if fmt == "png" else tr("SVG drawing (*.svg)")
    folder = window.files.last_folder()
    stem = export_stem(window.document)
    suggested = str(Path(folder or ".") / f"{stem} - {tr('emotion curve')}.{fmt}")
    path, _ = QFileDialog.getSaveFileName(window, title, suggested, pattern)
    if not path:
        return
    if not path.lower().endswith(f".{fmt}"):
        path += f".{fmt}"
    try:
        export_plot(window, Path(path), fmt)
    except OSError as error:
        window.show_error(tr("Could not export the emotion curve"),
                          f"{path}\n{error.strerror or error}")
        return
    window.export_notice.show_file(Path(path))


def export_plot(window: MainWindow, path: Path, fmt: str) -> None:
    """Write the emotion curve to ``path`` as ``png`` or ``svg`` (atomically; raises OSError)."""
    from ..plots.emotion_plot import EmotionPlot
    from ..plots.export import render_png, render_svg

    live = ensure_plot(window)
    # A separate plot at a slide-friendly size, whatever the dock's shape, showing the same
    # personas; a PNG is drawn at 2× with lines thickened to match.
    scale = 2.0 if fmt == "png" else 1.0
    plot = EmotionPlot(window.document, pen_scale=scale)
    try:
        for persona_id in live.hidden:
            plot.set_persona_visible(persona_id, False)
        plot.to_be_check.setChecked(live.show_to_be)
        plot.resize(EXPORT_SIZE)
        plot.prepare_for_picture()
        if fmt == "svg":
            plot.use_vector_symbols()
        if fmt == "png":
            data = render_png(plot, scale)
        else:
            data = render_svg(plot, window.document.display_name(), tr("Emotion curve"))
    finally:
        plot.deleteLater()
    atomic_write_bytes(path, data)
