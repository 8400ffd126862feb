"""The window around the canvas: the main tool bar's contents, the docks' designed headers,
the side rail they fold into and View ▸ Hide All Panels. The one spot that wires
:mod:`main_tool_bar` and :mod:`dock_chrome` into the window (built after every dock)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from .dock_chrome import DockHeader, DockRail, PanelsToggle
from .main_tool_bar import MainToolBar, ToolBarActions

if TYPE_CHECKING:
    from .window import MainWindow


class WindowChrome:
    """The tool bar, dock headers, rail and panels toggle of one window."""

    def __init__(self, window: MainWindow, docks: list[QDockWidget],
                 actions: ToolBarActions) -> None:
        self.tool_bar = MainToolBar(window.workshop.tool_bar, actions)
        self.panels = PanelsToggle(window, docks)
        self.headers = [DockHeader(dock, self.panels.action) for dock in docks]
        self.rail = DockRail(window, docks, self.panels.show_all)
        window.view_menu.addSeparator()
        window.view_menu.addAction(self.panels.action)


def build_window_chrome(window: MainWindow) -> WindowChrome:
    """The chrome of ``window``, made from the actions its other parts built."""
    files = window.files
    actions = ToolBarActions(
        new=files.new_action, open=files.open_action, save=files.save_action,
        undo=window.undo_action, redo=window.redo_action,
        add_card=window.structure_actions.insert_card_of_kind,
        zoom_out=window.canvas_part.zoom_out_action, zoom_in=window.canvas_part.zoom_in_action,
        fit=window.canvas_part.fit_action,
        present=window.workshop.present_action, export_menu=files.export_menu)
    docks = window.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return WindowChrome(window, docks, actions)
