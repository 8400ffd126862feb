"""Keyboard focus on a view shows as a frame in the highlight colour, from a rule on the view
itself: no application style sheet is ever set (it made every later window and dialog
slower to build and kept palettes from reaching child widgets)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from test_theme import choose_in_preferences
from window_helpers import window_fixture  # noqa: F401 (the ``window`` fixture)

HIGHLIGHT = QPalette.ColorRole.Highlight


def frame_colour(widget) -> tuple[int, int, int]:
    colour = widget.grab().toImage().pixelColor(QPoint(widget.width() // 2, 0))
    return colour.red(), colour.green(), colour.blue()


def rgb(colour) -> tuple[int, int, int]:
    return colour.red(), colour.green(), colour.blue()


def test_a_view_with_the_focus_has_a_highlight_frame_and_no_app_style_sheet(qtbot, window):
    assert QApplication.instance().styleSheet() == ""  # after the first paint too
    window.history_dock.raise_()
    view = window.history_dock.view
    qtbot.waitExposed(view)
    highlight = rgb(view.palette().color(HIGHLIGHT))
    assert frame_colour(view) != highlight
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert frame_colour(view) == highlight
    window.canvas.setFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    assert frame_colour(view) != highlight
    assert QApplication.instance().styleSheet() == ""


def test_the_focus_frame_takes_the_new_theme_highlight(qtbot, window, monkeypatch):
    monkeypatch.delenv("CJM_DESKTOP_THEME", raising=False)
    window.history_dock.raise_()
    view = window.history_dock.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    before = frame_colour(view)
    choose_in_preferences(qtbot, window, "dark", 10)
    window.activateWindow()  # back from the dialog
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    after = rgb(QApplication.palette().color(HIGHLIGHT))
    assert after != before  # the dark theme's highlight is not the light one's
    assert frame_colour(view) == after
