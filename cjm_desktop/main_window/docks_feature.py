"""The inspector, palette and undo-history docks (:class:`SideDocks`), their View-menu
toggles, and the wiring from the canvas selection to the inspector and from the palette to
new cards. "Where new cards go" and "select these objects" live here for every menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from ..i18n import ui_language
from ..model.base import CellKey, ModelError
from ..model.vocab import LaneKind
from ..panels.history import HistoryDock
from ..panels.inspector import DOCK_WIDTH, Inspector
from ..panels.palette import Palette

if TYPE_CHECKING:
    from ..canvas.view import CanvasView
    from .window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("Docks", text)


class SideDocks:
    """The right-hand docks; built after the canvas, whose selection the inspector shows."""

    def __init__(self, window: MainWindow, canvas: CanvasView) -> None:
        self.window = window
        self.canvas = canvas
        language = ui_language()
        document = window.document
        self.palette = Palette(language, window)
        self.inspector = Inspector(document, language, window)
        self.history = HistoryDock(document.undo_stack, window, undo=document.undo,
                                   redo=document.redo)
        right = Qt.DockWidgetArea.RightDockWidgetArea
        # The inspector is tall: the right column runs down to the status bar.
        window.setCorner(Qt.Corner.BottomRightCorner, right)
        window.addDockWidget(right, self.palette)
        window.splitDockWidget(self.palette, self.inspector, Qt.Orientation.Vertical)
        window.tabifyDockWidget(self.inspector, self.history)
        self.inspector.raise_()
        window.resizeDocks([self.inspector], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        window.resizeDocks([self.palette, self.inspector],
                           [self.palette.sizeHint().height(), 800], Qt.Orientation.Vertical)
        self.palette.kindActivated.connect(lambda kind: self.add_card_here(kind))

        self._toggles_separator: QAction | None = None
        window.view_menu.aboutToShow.connect(self.sync_dock_toggles)
        canvas.selectionChanged.connect(
            lambda *_args: self.inspector.show_ids(canvas.selected_ids()))

    def sync_dock_toggles(self) -> None:
        """Give every dock of the window (whoever created it) a toggle in the View menu."""
        menu = self.window.view_menu
        present = set(menu.actions())
        own = self.window.findChildren(QDockWidget,
                                       options=Qt.FindChildOption.FindDirectChildrenOnly)
        docks = [d for d in own
                 if d.toggleViewAction() not in present]
        if not docks:
            return
        if self._toggles_separator is None:
            self._toggles_separator = menu.addSeparator()
        for dock in docks:
            menu.addAction(dock.toggleViewAction())

    def current_cell(self) -> CellKey | None:
        """The cell new cards go to: the canvas's current cell, else the first cell."""
        document = self.window.document
        cell = self.canvas.current_cell()
        if cell is not None:
            try:
                document.journey.check_cell(cell)
            except ModelError:
                cell = None
        return cell if cell is not None else document.first_cell()

    def add_card_here(self, kind: str | None = None) -> str | None:
        """Add a card (of ``kind``, else the lane's default kind) to the current cell,
        select it and open its editor on the canvas with the keyboard focus (the text typed
        is part of the same undo step); returns its id, or None when the map has no cell
        for cards."""
        cell = self.current_cell()
        if cell is None:
            self.window.statusBar().showMessage(
                tr("Add a stage and a lane first: the map has no cell for cards."), 5000)
            return None
        lane = self.window.document.journey.lane(cell[2])
        if lane.kind == LaneKind.EMOTIONS.value:
            return None
        card_id = self.canvas.add_card_and_edit(cell, None, kind=kind)
        if card_id is not None:
            self.inspector.show_ids([card_id])
        return card_id

    def select(self, ids: list[str]) -> None:
        """Select objects on the canvas and show them in the inspector."""
        self.canvas.select_ids(ids)
        self.inspector.show_ids(ids)


def select(window: MainWindow, ids: list[str]) -> None:
    """Select objects on the window's canvas and show them in its inspector."""
    window.docks.select(ids)
