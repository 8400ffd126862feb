"""The Insights dock (objectName ``insights``) and the full Insights view.

The dock is built empty and fills itself the first time it is shown, so start-up does not
pay for it. It recomputes (``model.insights.compute``) after document changes only while
visible — a change while hidden just marks it stale, and showing it again brings it up to
date. The full view is a window with the same views, larger, and a Print button.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..editing.document import Document
from ..model.insights import compute
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
        view = self.view or self._build()
        journey = self.document.journey
        insights = compute(journey)
        self.computations += 1
        self.stale = False
        view.show_insights(insights, journey)


class InsightsWindow(QDialog):
    """The full-size Insights view (View ▸ Insights): every tab, printable."""

    cardsActivated = Signal(list)

    def __init__(self, document: Document, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insightsWindow")
        self.setWindowTitle(self.tr("Insights"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.document = document
        self.view = InsightsView(document, language, self)
        self.view.cardsActivated.connect(self.cardsActivated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("insightsPrint")
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.print_button.clicked.connect(self.ask_print)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(1100, 760)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        document.changed.connect(self._changed)
        document.reset.connect(self._changed)
        self.refresh()

    def _changed(self, *_args: object) -> None:
        if self.isVisible():
            self._timer.start(REFRESH_DELAY_MS)

    def refresh(self) -> None:
        self.view.show_insights(compute(self.document.journey), self.document.journey)

    def ask_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: self.print_to(printer))
        QDialog.open(dialog)  # QPrintDialog.open(receiver, member) hides the plain one

    def print_to(self, printer: QPrinter) -> None:
        """Every tab on its own page, scaled to fit it."""
        tabs: QTabWidget = self.view
        current = tabs.currentIndex()
        painter = QPainter()
        if not painter.begin(printer):
            return
        try:
            for index in range(tabs.count()):
                if index:
                    printer.newPage()
                tabs.setCurrentIndex(index)
                page = tabs.widget(index)
                if page is None:
                    continue
                page.resize(tabs.size())
                pixmap = page.grab()
                area = painter.viewport()
                scale = min(area.width() / max(1, pixmap.width()),
                            area.height() / max(1, pixmap.height() + 40))
                painter.save()
                painter.scale(scale, scale)
                painter.drawText(0, 20, tabs.tabText(index))
                painter.drawPixmap(0, 40, pixmap)
                painter.restore()
        finally:
            painter.end()
            tabs.setCurrentIndex(current)
