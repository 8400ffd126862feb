"""A small editor for a list of short texts: edit lines in place, add, remove, reorder.

It knows nothing of personas: it shows a list and emits :attr:`ListEditor.edited` with the
whole new list after each finished action (an edited line, an added, removed or moved one),
so the owner turns every action into one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class ListEditor(QWidget):
    edited = Signal(list)  # list[str]: the whole list after a finished action

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformItemSizes(True)
        self.list.setStyleSheet("QListWidget::item { padding: 2px 4px; }")
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.model().rowsMoved.connect(lambda *_: self._emit())
        self._loading = False

        self.add_button = self._button("+", self.tr("Add a line"), self.add_line)
        self.remove_button = self._button("−", self.tr("Remove the selected line"),
                                          self.remove_line)
        self.up_button = self._button("↑", self.tr("Move up"), lambda: self.move_line(-1))
        self.down_button = self._button("↓", self.tr("Move down"), lambda: self.move_line(1))
        buttons = QVBoxLayout()
        buttons.setSpacing(2)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._fit_height()

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
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

    def _fit_height(self) -> None:
        rows = max(2, min(self.list.count() + 1, 6))
        row = self.list.fontMetrics().height() + 8  # text and the item padding
        self.list.setFixedHeight(rows * row + 2 * self.list.frameWidth())

    # ----- actions --------------------------------------------------------------------
    def add_line(self, text: str = "") -> None:
        item = self._item(text)
        self._loading = True
        self.list.addItem(item)
        self._loading = False
        self._fit_height()
        self.list.setCurrentItem(item)
        if text:
            self._emit()
        else:
            self.list.editItem(item)  # emitted when the line is committed with some text

    def remove_line(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self._loading = True
        self.list.takeItem(row)
        self._loading = False
        self._fit_height()
        self._emit()

    def move_line(self, delta: int) -> None:
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
