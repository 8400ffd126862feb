"""The inspector, palette and undo-history docks, their View-menu toggles, and the wiring
from the canvas selection to the inspector and from the palette to new cards."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QDockWidget

from ..i18n import ui_language
from ..model.base import CellKey, ModelError
from ..model.vocab import LaneKind
from ..panels.history import HistoryDock
from ..panels.inspector import DOCK_WIDTH, Inspector
from ..panels.palette import Palette

if TYPE_CHECKING:
    from .window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("Docks", text)


def install(window: MainWindow) -> None:
    language = ui_language()
    document = window.document
    window.palette_dock = Palette(language, window)
    window.inspector_dock = Inspector(document, language, window)
    window.history_dock = HistoryDock(document.undo_stack, window)
    right = Qt.DockWidgetArea.RightDockWidgetArea
    # The inspector is tall: the right column runs down to the status bar.
    window.setCorner(Qt.Corner.BottomRightCorner, right)
    window.addDockWidget(right, window.palette_dock)
    window.splitDockWidget(window.palette_dock, window.inspector_dock, Qt.Orientation.Vertical)
    window.tabifyDockWidget(window.inspector_dock, window.history_dock)
    window.inspector_dock.raise_()
    window.resizeDocks([window.inspector_dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
    window.resizeDocks([window.palette_dock, window.inspector_dock],
                       [window.palette_dock.sizeHint().height(), 800], Qt.Orientation.Vertical)
    window.palette_dock.kindActivated.connect(lambda kind: add_card_here(window, kind))

    window.view_menu.aboutToShow.connect(lambda: sync_dock_toggles(window))
    sync_dock_toggles(window)
    connect_selection(window)
    QTimer.singleShot(0, lambda: connect_selection(window))  # the canvas may come later


def sync_dock_toggles(window: MainWindow) -> None:
    """Give every dock of the window (whoever created it) a toggle in the View menu."""
    present = set(window.view_menu.actions())
    docks = [d for d in window.findChildren(QDockWidget) if d.toggleViewAction() not in present]
    if not docks:
        return
    if not hasattr(window, "_dock_toggles_separator"):
        window._dock_toggles_separator = window.view_menu.addSeparator()
    for dock in docks:
        window.view_menu.addAction(dock.toggleViewAction())


def connect_selection(window: MainWindow) -> None:
    """Show the canvas selection in the inspector (once the canvas exists)."""
    canvas = getattr(window, "canvas", None)
    if canvas is None or getattr(window, "_inspector_follows_canvas", False):
        return
    signal = getattr(canvas, "selectionChanged", None)
    if signal is None or not hasattr(canvas, "selected_ids"):
        return
    signal.connect(lambda *_args: window.inspector_dock.show_ids(canvas.selected_ids()))
    window._inspector_follows_canvas = True


def current_cell(window: MainWindow) -> CellKey | None:
    """The cell new cards go to: the canvas's current cell, else the first cell."""
    canvas = getattr(window, "canvas", None)
    cell = None
    if canvas is not None and hasattr(canvas, "current_cell"):
        cell = canvas.current_cell()
    journey = window.document.journey
    if cell is not None:
        try:
            journey.check_cell(cell)
        except ModelError:
            cell = None
    return cell if cell is not None else window.document.first_cell()


def add_card_here(window: MainWindow, kind: str | None = None) -> str | None:
    """Add a card (of ``kind``, else the lane's default kind) to the current cell, select
    it and open its editor on the canvas with the keyboard focus (the text typed is part of
    the same undo step); returns its id, or None when the map has no cell for cards."""
    cell = current_cell(window)
    if cell is None:
        window.statusBar().showMessage(
            tr("Add a stage and a lane first: the map has no cell for cards."), 5000)
        return None
    lane = window.document.journey.lane(cell[2])
    if lane.kind == LaneKind.EMOTIONS.value:
        return None
    canvas = getattr(window, "canvas", None)
    if canvas is not None and hasattr(canvas, "add_card_and_edit"):
        card_id = canvas.add_card_and_edit(cell, None, kind=kind)
    else:
        card_id = window.document.add_card(cell, kind, origin=window)
    if card_id is not None:
        window.inspector_dock.show_ids([card_id])
    return card_id


def select(window: MainWindow, ids: list[str]) -> None:
    """Select objects on the canvas (when it can) and show them in the inspector."""
    canvas = getattr(window, "canvas", None)
    for name in ("select_ids", "set_selected_ids"):
        method = getattr(canvas, name, None)
        if method is not None:
            method(ids)
            break
    window.inspector_dock.show_ids(ids)
