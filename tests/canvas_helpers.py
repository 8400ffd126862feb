"""Helpers for canvas GUI tests: a view on the Korean sample and real mouse gestures."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cjm_desktop.app import ensure_app


def make_view(qtbot, journey=None, size=(1500, 1000)):
    ensure_app()
    from cjm_desktop.canvas.view import CanvasView
    from cjm_desktop.editing import Document
    from cjm_desktop.files.templates import load_sample

    document = Document(journey if journey is not None else load_sample("ko"))
    view = CanvasView(document)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.journey_scene.flush()
    return view


def settle(view) -> None:
    QApplication.processEvents()
    view.journey_scene.flush()


def to_view(view, scene_point: QPointF) -> QPoint:
    return view.mapFromScene(scene_point)


def card_center(view, card_id: str) -> QPointF:
    return view.journey_scene.card_rect(card_id).center()


def drag(view, start: QPointF, end: QPointF, steps: int = 8,
         modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A real press / move / release on the viewport, from scene point to scene point."""
    vp = view.viewport()
    p0, p1 = to_view(view, start), to_view(view, end)
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, modifiers, p0)
    for i in range(1, steps + 1):
        p = p0 + (p1 - p0) * (i / steps)
        QTest.mouseMove(vp, p)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, modifiers, p1)
    settle(view)


def click(view, scene_point: QPointF, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifiers,
                     to_view(view, scene_point))
    settle(view)


def cell_center(view, col: int, row: int) -> QPointF:
    x, y, w, h = view.journey_scene.layout.cell_rect(col, row)
    return QPointF(x + w / 2, y + h - 6)


def card_lane_rows(view) -> list[int]:
    scene = view.journey_scene
    return [r for r in range(len(scene.layout.lane_ids)) if scene.is_card_row(r)]


def make_plot(qtbot):
    """An emotion plot on the Korean sample, shown, active and laid out (for real clicks)."""
    ensure_app()
    from cjm_desktop.editing import Document
    from cjm_desktop.files.templates import load_sample
    from cjm_desktop.plots.emotion_plot import EmotionPlot

    widget = EmotionPlot(Document(load_sample("ko")))
    qtbot.addWidget(widget)
    widget.resize(1200, 400)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    return widget


def drag_on_plot(plot, start: QPointF, end: QPointF) -> None:
    """A left-button drag on the plot's viewport from ``start`` to ``end`` in eight moves."""
    viewport = plot.plot_widget.viewport()
    a, b = start.toPoint(), end.toPoint()
    QTest.mouseMove(viewport, a)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for step in range(1, 9):
        QTest.qWait(15)  # pyqtgraph drops mouse moves closer than 10 ms apart
        QTest.mouseMove(viewport, a + (b - a) * step / 8)
    QTest.qWait(15)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
    QApplication.processEvents()
