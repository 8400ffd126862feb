"""The Insights dock (objectName ``insights``); the full view is in :mod:`.insights_window`.

The dock is built empty and fills itself the first time it is shown, so start-up does not
pay for it (nor import the insights' views and computation). It recomputes
(``model.insights.compute``) after document changes only while visible — a change while
hidden just marks it stale, and showing it again brings it up to date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QWidget

from ..editing.document import Document

if TYPE_CHECKING:
    from .insights_view import InsightsView

REFRESH_DELAY_MS = 150


class InsightsDock(QDockWidget):
    cardsActivated = Signal(list)

    def __init__(self, document: Document, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insights")
        self.setWindowTitle(self.tr("Insights"))
        self.document = document
        self.language = language
        self.view: InsightsView | None = None
        self.stale = True
        self.computations = 0  # how many times the insights were computed (for the bench)
        self.shown = False  # on screen (a dock tabbed behind another is not)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)  # a typing burst recomputes once
        self._timer.timeout.connect(self.refresh)
        self.setWidget(QLabel(self.tr("Insights appear here when this panel is shown."), self))
        document.changed.connect(self._changed)
        document.reset.connect(self._changed)
        self.visibilityChanged.connect(self._visibility)

    def _build(self) -> InsightsView:
        from .insights_view import InsightsView

        view = InsightsView(self.document, self.language, self)
        view.setObjectName("insightsView")
        view.cardsActivated.connect(self.cardsActivated)
        old = self.widget()
        self.setWidget(view)
        if old is not None:
            old.deleteLater()
        self.view = view
        return view

    def _visibility(self, visible: bool) -> None:
        self.shown = visible
        if visible and (self.view is None or self.stale):
            self.refresh()

    def _changed(self, *_args: object) -> None:
        self.stale = True
        if self.view is not None and self.shown:
            self._timer.start()

    def refresh(self) -> None:
        """Compute the insights now and show them (building the views the first time)."""
        from ..model.insights import compute

        view = self.view or self._build()
        journey = self.document.journey
        insights = compute(journey)
        self.computations += 1
        self.stale = False
        view.show_insights(insights, journey)
