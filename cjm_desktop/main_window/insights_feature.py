"""The Insights dock (tabbed with the inspector, built on first show) and View ▸ Insights,
the full-size view; clicking a figure in either selects its cards on the canvas."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction

from ..i18n import ui_language
from ..panels.insights import InsightsDock

if TYPE_CHECKING:
    from ..panels.insights_window import InsightsWindow
    from .docks_feature import SideDocks
    from .window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("InsightsFeature", text)


class InsightsPart:
    """The Insights dock, tabbed behind the history, and the full view (built on demand);
    a figure clicked in either selects its cards through ``docks``."""

    def __init__(self, window: MainWindow, docks: SideDocks) -> None:
        self.window = window
        self.docks = docks
        dock = InsightsDock(window.document, ui_language(), window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        window.tabifyDockWidget(docks.history, dock)
        docks.inspector.raise_()
        dock.cardsActivated.connect(lambda ids: docks.select(list(ids)))
        dock.toggleViewAction().setText(tr("Insights pane&l"))
        self.dock = dock
        self.full_window: InsightsWindow | None = None

        action = QAction(tr("In&sights…"), window)
        action.setObjectName("viewInsights")
        action.setStatusTip(tr("Show every insight full size, ready to print"))
        action.triggered.connect(lambda: self.show_full_view())
        window.view_menu.addAction(action)
        self.action = action

    def show_full_view(self) -> InsightsWindow:
        full = self.full_window
        if full is None:
            from ..panels.insights_window import InsightsWindow

            full = InsightsWindow(self.window.document, ui_language(), self.window)
            full.cardsActivated.connect(lambda ids: self.docks.select(list(ids)))
            self.full_window = full
        else:
            full.refresh()
        full.show()
        full.raise_()
        return full


def show_full_view(window: MainWindow) -> InsightsWindow:
    """View ▸ Insights…: the window's full insights view, shown."""
    return window.insights.show_full_view()
