"""The undo-history dock: every step of the document's undo stack; clicking one goes there."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDockWidget, QUndoView, QWidget


class HistoryDock(QDockWidget):
    def __init__(self, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history")
        self.setWindowTitle(self.tr("Undo history"))
        self.view = QUndoView(stack, self)
        self.view.setEmptyLabel(self.tr("<empty>"))
        self.setWidget(self.view)
