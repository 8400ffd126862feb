"""A dock that starts hidden as a tab beside another dock (the Compare and Comments docks
beside the inspector): one place for how such a dock is made and named."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget


def hidden_tab_dock(window: QMainWindow, title: str, object_name: str, content: QWidget,
                    beside: QDockWidget | None) -> QDockWidget:
    """A right-hand dock holding ``content``, hidden until asked for; tabbed with ``beside``
    (room for long rows) while ``beside`` stays the tab in front."""
    dock = QDockWidget(title, window)
    dock.setObjectName(object_name)
    dock.setWidget(content)
    dock.setAccessibleName(title)
    content.setAccessibleName(title)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    if beside is not None:
        window.tabifyDockWidget(beside, dock)
        dock.hide()
        beside.raise_()
    return dock
