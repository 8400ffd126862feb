"""Accessible names and keyboard reach for the window's main parts (named once all are built).

Screen readers announce a dock by its accessible name; every dock and the canvas get one
(from the dock's title when its author set none), and docks' contents take keyboard focus
so Tab and Ctrl+Tab reach them. The visible focus frame of views comes from focus_frame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget

if TYPE_CHECKING:
    from .window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("Accessibility", text)


def name_main_parts(window: MainWindow) -> None:
    for dock in window.findChildren(QDockWidget,
                                   options=Qt.FindChildOption.FindDirectChildrenOnly):
        if not dock.accessibleName():
            dock.setAccessibleName(dock.windowTitle().replace("&", ""))
        inner = dock.widget()
        if inner is not None:
            if not inner.accessibleName():
                inner.setAccessibleName(dock.windowTitle().replace("&", ""))
            if inner.focusPolicy() == Qt.FocusPolicy.NoFocus:
                inner.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    canvas = window.canvas
    if not canvas.accessibleName():
        canvas.setAccessibleName(tr("Journey map canvas"))
        canvas.setAccessibleDescription(
            tr("Stages are columns and lanes are rows; arrow keys move between cards, "
               "Tab between cells, F2 edits the selected card."))
    window.menuBar().setAccessibleName(tr("Menu bar"))
    window.statusBar().setAccessibleName(tr("Status bar"))
    for label, name in ((window.zoom_label, tr("Zoom")), (window.counts_label, tr("Map size")),
                        (window.save_state_label, tr("Save state"))):
        if not label.accessibleName():
            label.setAccessibleName(name)
