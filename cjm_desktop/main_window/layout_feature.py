"""The window's arrangement: sensible first-start dock sizes that leave the canvas most of
the room, and the user's own arrangement remembered between sessions (QSettings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QToolBar

if TYPE_CHECKING:
    from .window import MainWindow

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
PERSONA_DOCK_WIDTH = 350  # the profile form needs a little more than the inspector
SIDE_DOCK_WIDTH = 320
EMOTION_DOCK_HEIGHT = 240
# Below this window height (a 1366×768 or 1280×720 laptop) the first layout folds the persona
# and emotion-curve docks into the side rail: the map gets most of the window (the canvas's
# emotion lane still shows the curve), and one click on the rail brings either back.
COMPACT_HEIGHT = 860


def restore_layout(window: MainWindow) -> None:
    """Restore the last session's arrangement (after every dock exists), else default sizes
    once shown; remember the arrangement on close."""
    settings = QSettings()
    geometry = settings.value(GEOMETRY_KEY, QByteArray())
    state = settings.value(STATE_KEY, QByteArray())
    restored = False
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    if isinstance(state, QByteArray) and not state.isEmpty():
        # The tool bars are banners and the find bar: whether they show is about now
        # (a file changed, a review is due), never about the last session.
        bars = {bar: bar.isHidden() for bar in window.findChildren(
            QToolBar, options=Qt.FindChildOption.FindDirectChildrenOnly)}
        restored = window.restoreState(state)
        for bar, hidden in bars.items():
            bar.setHidden(hidden)
    if not restored:
        # Sizes apply once the window has its real size, right after it is shown.
        # (not at all when the window is deleted first: the window is the call's context)
        QTimer.singleShot(0, window, lambda: _default_sizes(window))
    window.closing.connect(lambda: _remember(window))


def fit_to_screen(window: MainWindow) -> None:
    """Keep the window within its screen's free area (a 1366×768 laptop gets a window of
    its size, and so the compact first layout), before it is first shown."""
    screen = window.screen()
    if screen is not None:
        window.resize(window.size().boundedTo(screen.availableSize()))


def _default_sizes(window: MainWindow) -> None:
    if window.height() < COMPACT_HEIGHT:
        window.persona_panel.hide()
        window.emotion_dock.hide()
    docks: list[QDockWidget] = [window.persona_panel, window.palette_dock, window.inspector_dock]
    window.resizeDocks(docks, [PERSONA_DOCK_WIDTH, SIDE_DOCK_WIDTH, SIDE_DOCK_WIDTH],
                       Qt.Orientation.Horizontal)
    window.resizeDocks([window.emotion_dock], [EMOTION_DOCK_HEIGHT], Qt.Orientation.Vertical)


def _remember(window: MainWindow) -> None:
    settings = QSettings()
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(STATE_KEY, window.saveState())
