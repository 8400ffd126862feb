"""The emotion plot is built after its placeholder's first paint (a deferred call). A window
closed and deleted before that call runs must not have it run on its deleted dock (it
raised "QDockWidget already deleted" inside a slot); one still open gets its plot, and once
closed leaves no window or menu of its own behind."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from window_helpers import close_window

from cjm_desktop.app import create_main_window
from cjm_desktop.files.templates import sample_path
from cjm_desktop.main_window.launcher import RecordingLauncher


def _window_with_its_plot_build_scheduled():
    window = create_main_window(sample_path("ko"), launcher=RecordingLauncher())
    window.show()
    placeholder = window.emotion_curve.dock.widget()
    placeholder.grab()  # paints it now: its first paint schedules building the plot
    assert window.emotion_curve.plot is None
    return window


def test_windows_deleted_before_their_plot_is_built_raise_nothing():
    for _ in range(4):
        window = _window_with_its_plot_build_scheduled()
        close_window(window)
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # deleted now
        QApplication.processEvents()  # the scheduled build would run here
    # (the excepthook fixture fails the test on any exception raised in a slot)


def test_a_window_left_open_still_gets_its_plot():
    window = _window_with_its_plot_build_scheduled()
    try:
        QApplication.processEvents()
        plot = window.emotion_curve.plot
        assert plot is not None and window.emotion_curve.dock.widget() is plot
    finally:
        close_window(window)
        QApplication.processEvents()


def test_windows_deleted_right_after_their_first_paint_raise_nothing():
    for _ in range(3):
        window = _window_with_its_plot_build_scheduled()
        window.grab()  # the window's first paint schedules its "first painted" signal
        close_window(window)
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()


def test_a_closed_window_leaves_no_window_or_menu_behind():
    """Nothing a window built (its plot's menus included) outlives it: long sessions that
    open and close maps do not pile up hidden windows."""
    before = set(QApplication.topLevelWidgets())
    for _ in range(2):
        window = _window_with_its_plot_build_scheduled()
        QApplication.processEvents()
        assert window.emotion_curve.plot is not None
        close_window(window)
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
    left = [w for w in QApplication.topLevelWidgets() if w not in before]
    assert not left, [(type(w).__name__, w.windowTitle() or w.objectName()) for w in left]
