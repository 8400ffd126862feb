"""The full-size Insights view (View ▸ Insights…): the dock's views, larger, every tab
printable. Imported when first opened (it brings in Qt's print support)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..editing.document import Document
from ..model.insights import compute
from .insights import REFRESH_DELAY_MS
from .insights_view import InsightsView


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
        """Every tab on its own page: its name as a heading, then the tab scaled to fit."""
        tabs: QTabWidget = self.view
        current = tabs.currentIndex()
        painter = QPainter()
        if not painter.begin(printer):
            return
        try:
            # The heading in the printer's own units (its font is sized for the page), above
            # the picture of the tab; only the picture is scaled.
            heading = round(painter.fontMetrics().height() * 2.0)
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
                painter.drawText(QRect(0, 0, area.width(), heading),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                 tabs.tabText(index).replace("&", ""))
                scale = min(area.width() / max(1, pixmap.width()),
                            (area.height() - heading) / max(1, pixmap.height()))
                painter.save()
                painter.translate(0, heading)
                painter.scale(scale, scale)
                painter.drawPixmap(0, 0, pixmap)
                painter.restore()
        finally:
            painter.end()
            tabs.setCurrentIndex(current)
