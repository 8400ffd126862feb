"""A small editor for a list of short texts: edit lines in place, add, remove, reorder.

It knows nothing of personas: it shows a list and emits :attr:`ListEditor.edited` with the
whole new list after each finished action (an edited line, an added, removed or moved one),
so the owner turns every action into one undo step.

A new line opens with its editor (and the keyboard) ready: from the "+" button (objectName
``addLine``), the Insert key in the list, or a double-click below the last line. Enter in
the last line commits it and opens the next; Esc on a new line, or leaving it empty, drops
it again without a trace.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..editing.icons import themed_icon

_EditHint = QAbstractItemDelegate.EndEditHint


class _LineList(QListWidget):
    """The list of lines: Insert and a double-click on the empty area ask for a new line;
    an editor closed by Enter on the last line asks for the next; Enter on a line edits it."""

    addRequested = Signal()
    editorClosed = Signal(QListWidgetItem, bool)  # the item, closed by Enter (submitted)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        if key == Qt.Key.Key_Insert and not event.modifiers():
            self.addRequested.emit()
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() \
                and self.state() != QAbstractItemView.State.EditingState:  # not the editor's
            item = self.currentItem()
            if item is None:
                self.addRequested.emit()
            else:
                self.editItem(item)
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton \
                and self.itemAt(event.position().toPoint()) is None:
            self.addRequested.emit()
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def closeEditor(self, editor: QWidget, hint: _EditHint) -> None:  # noqa: N802 (Qt API)
        item = self.itemAt(editor.geometry().center()) or self.currentItem()
        super().closeEditor(editor, hint)
        if item is not None:
            self.editorClosed.emit(item, hint == _EditHint.SubmitModelCache)


class ListEditor(QWidget):
    edited = Signal(list)  # list[str]: the whole list after a finished action

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = _LineList(self)
        self.list.addRequested.connect(self.add_line)
        self.list.editorClosed.connect(self._on_editor_closed)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)  # a long item wraps instead of being cut
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setStyleSheet("QListWidget::item { padding: 2px 4px; }")
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.model().rowsMoved.connect(lambda *_: self._emit())
        self._loading = False

        self.add_button = self._button("addLine", "plus", self.tr("Add a line"), self.add_line)
        self.remove_button = self._button("removeLine", "minus",
                                          self.tr("Remove the selected line"), self.remove_line)
        self.up_button = self._button("moveLineUp", "chevron-up", self.tr("Move up"),
                                      lambda: self.move_line(-1))
        self.down_button = self._button("moveLineDown", "chevron-down", self.tr("Move down"),
                                        lambda: self.move_line(1))
        buttons = QVBoxLayout()
        buttons.setSpacing(0)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._fit_height()

    def _button(self, name: str, icon: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setIcon(themed_icon(icon))
        button.setIconSize(QSize(16, 16))
        button.setText(tip)  # shown only where icons cannot be (the tip, screen readers)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        # clicked(bool) must not reach the slot: add_line(text=False) was a TypeError
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # ----- values ---------------------------------------------------------------------
    def values(self) -> list[str]:
        return [self.list.item(i).text().strip() for i in range(self.list.count())
                if self.list.item(i).text().strip()]

    def set_values(self, values: list[str]) -> None:
        """Show ``values`` (without emitting); leaves an open line editor alone if unchanged."""
        if values == self.values() and self.list.count() == len(values):
            return
        self._loading = True
        try:
            self.list.clear()
            for text in values:
                self.list.addItem(self._item(text))
        finally:
            self._loading = False
        self._fit_height()

    def _item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)
        return item

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()  # wrapped items take more or fewer lines

    def _fit_height(self) -> None:
        row = self.list.fontMetrics().height() + 8  # text and the item padding
        shown = min(self.list.count(), 5)
        wrapped = sum(max(row, self.list.sizeHintForRow(i)) for i in range(shown))
        spare = max(2 - shown, 1) * row  # room below the last line for dropping or adding
        self.list.setFixedHeight(wrapped + spare + 2 * self.list.frameWidth())

    # ----- actions --------------------------------------------------------------------
    def add_line(self, text: str = "") -> None:
        """Append a line; an empty one opens its editor (emitted once it has some text)."""
        item = self._item(text)
        self._loading = True
        self.list.addItem(item)
        self._loading = False
        self._fit_height()
        self.list.setCurrentItem(item)
        if text:
            self._emit()
        else:
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
            self.list.scrollToItem(item)
            self.list.editItem(item)

    def _on_editor_closed(self, item: QListWidgetItem, submitted: bool) -> None:
        row = self.list.row(item)
        if row < 0:
            return
        if not item.text().strip():  # an empty line is no line: drop it, nothing to emit
            self._loading = True
            self.list.takeItem(row)
            self._loading = False
            self._fit_height()
        elif submitted and row == self.list.count() - 1:
            self.add_line()  # Enter in the last line starts the next

    def _end_editing(self, item: QListWidgetItem) -> None:
        """Close the line editor open on ``item``, if any, keeping its text (an empty new
        line is dropped then). Removing or moving a row under an open editor made Qt close
        it in the middle of the removal, and the line was taken twice (a crash)."""
        if self.list.state() != QAbstractItemView.State.EditingState:
            return
        editor = self.list.indexWidget(self.list.indexFromItem(item))
        if editor is not None:
            self.list.commitData(editor)
            self.list.closeEditor(editor, _EditHint.NoHint)

    def remove_line(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self._end_editing(item)
        row = self.list.row(item)
        if row < 0:  # the empty new line being typed: closing its editor dropped it
            return
        self._loading = True
        self.list.takeItem(row)
        self._loading = False
        self._fit_height()
        self._emit()

    def move_line(self, delta: int) -> None:
        current = self.list.currentItem()
        if current is not None:
            self._end_editing(current)
        row = self.list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.list.count():
            return
        self._loading = True
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self._loading = False
        self.list.setCurrentRow(target)
        self._emit()

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        if not self._loading:
            self._emit()

    def _emit(self) -> None:
        if not self._loading:
            self.edited.emit(self.values())
