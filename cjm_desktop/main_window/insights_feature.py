"""The Insights dock (tabbed with the inspector, built on first show) and View ▸ Insights,
the full-size view; clicking a figure in either selects its cards on the canvas."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction

from ..i18n import ui_language
from ..panels.insights import InsightsDock, InsightsWindow
from . import docks_feature

if TYPE_CHECKING:
    from .window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("InsightsFeature", text)


def install(window: MainWindow) -> None:
    language = ui_language()
    dock = InsightsDock(window.document, language, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.tabifyDockWidget(window.history_dock, dock)
    window.inspector_dock.raise_()
    dock.cardsActivated.connect(lambda ids: docks_feature.select(window, list(ids)))
    dock.toggleViewAction().setText(tr("Insights pane&l"))
    window.insights_dock = dock
    window.insights_window = None

    action = QAction(tr("In&sights…"), window)
    action.setObjectName("viewInsights")
    action.setStatusTip(tr("Show every insight full size, ready to print"))
    action.triggered.connect(lambda: show_full_view(window))
    window.view_menu.addAction(action)
    window.insights_action = action


def show_full_view(window: MainWindow) -> InsightsWindow:
    full = window.insights_window
    if full is None:
        full = InsightsWindow(window.document, ui_language(), window)
        full.cardsActivated.connect(lambda ids: docks_feature.select(window, list(ids)))
        window.insights_window = full
    else:
        full.refresh()
    full.show()
    full.raise_()
    return full
