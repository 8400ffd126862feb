"""The undo-history dock: every step of the document's undo stack; clicking one goes there.

A click (or Up/Down) goes there one step at a time through the ``step`` callables the
window passes (the Document's undo and redo), never by setting the stack's index: in live
co-editing a step someone else has changed since is refused there, and the walk stops at it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QUndoStack
from PySide6.QtWidgets import QDockWidget, QUndoView, QWidget

Step = Callable[[], bool]  # undo or redo one step; False when refused or none is left

_NAVIGATION = {Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


class HistoryDock(QDockWidget):
    def __init__(self, stack: QUndoStack, parent: QWidget | None = None, *,
                 undo: Step | None = None, redo: Step | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history")
        self.setWindowTitle(self.tr("Undo history"))
        self.stack = stack
        self._undo: Step = undo or _stack_step(stack.canUndo, stack.undo)
        self._redo: Step = redo or _stack_step(stack.canRedo, stack.redo)
        self.view = QUndoView(stack, self)
        self.view.setEmptyLabel(self.tr("<empty>"))
        self.view.viewport().installEventFilter(self)
        self.view.installEventFilter(self)
        self.setWidget(self.view)

    def go_to(self, index: int) -> None:
        """Undo or redo one step at a time until the stack is at ``index`` (row 0 is the
        empty state); stops at a refused step."""
        index = max(0, min(index, self.stack.count()))
        while self.stack.index() > index:
            if not self._undo():
                return
        while self.stack.index() < index:
            if not self._redo():
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if watched is self.view.viewport() and isinstance(event, QMouseEvent) and kind in (
                QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                QEvent.Type.MouseMove):
            if kind is QEvent.Type.MouseButtonPress and \
                    event.button() == Qt.MouseButton.LeftButton:
                row = self.view.indexAt(event.position().toPoint()).row()
                if row >= 0:
                    self.go_to(row)
            return True  # the view never sets the stack's index itself
        if watched is self.view and isinstance(event, QKeyEvent) and \
                kind is QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Up:
                self.go_to(self.stack.index() - 1)
                return True
            if event.key() == Qt.Key.Key_Down:
                self.go_to(self.stack.index() + 1)
                return True
            if event.key() in _NAVIGATION:
                return True
        return super().eventFilter(watched, event)


def _stack_step(can: Callable[[], bool], step: Callable[[], None]) -> Step:
    def run() -> bool:
        if not can():
            return False
        step()
        return True
    return run
