"""The merge conflict dialog: each conflict with both values, and a choice per conflict.

Shown by File ▸ Merge… when the three-way merge (``model.merge``) found conflicts. One row
per conflict: what it is about, this map's value, the other copy's value and a choice
(keep this map's / take the other's). "All from this map" and "All from the other copy"
set every row. :meth:`choices` gives the decisions for ``MergeResult.journey``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model.diff import field_word, show_value, subject
from ..model.merge import Conflict, Side


class MergeDialog(QDialog):
    def __init__(self, conflicts: list[Conflict], language: str, other_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge: decide the conflicts"))
        self._conflicts = conflicts
        self._language = language
        intro = QLabel(self.tr(
            "Both copies changed these things differently. Everything else is merged "
            "already. Choose which version to keep for each; the merge is one step you can "
            "undo."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(conflicts), 4, self)
        self.table.setObjectName("mergeConflicts")
        self.table.setHorizontalHeaderLabels([
            self.tr("Conflict"), self.tr("This map"), other_name,
            self.tr("Keep")])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, 200)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.choosers: list[QComboBox] = []
        for row, conflict in enumerate(conflicts):
            self._fill_row(row, conflict)
        self.table.resizeRowsToContents()

        mine = QPushButton(self.tr("All from this map"), self)
        mine.setObjectName("mergeAllOurs")
        mine.clicked.connect(lambda: self.choose_all(Side.OURS))
        theirs = QPushButton(self.tr("All from the other copy"), self)
        theirs.setObjectName("mergeAllTheirs")
        theirs.clicked.connect(lambda: self.choose_all(Side.THEIRS))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row_of_buttons = QHBoxLayout()
        row_of_buttons.addWidget(mine)
        row_of_buttons.addWidget(theirs)
        row_of_buttons.addStretch(1)
        row_of_buttons.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_of_buttons)
        self.resize(860, 420)

    def _value(self, conflict: Conflict, side: Side) -> str:
        value = conflict.value(side)
        if conflict.field:
            return show_value(value, 200)
        if value is None:
            return self.tr("deleted")
        if conflict.needed_by:
            return self.tr("kept, with what was added in it (%1)").replace(
                "%1", str(len(conflict.needed_by)))
        return self.tr("kept (changed)")

    def _fill_row(self, row: int, conflict: Conflict) -> None:
        what = subject(conflict.kind, conflict.key, conflict.name, self._language)
        if conflict.field:
            what += " · " + field_word(conflict.field, self._language)
        for column, text in enumerate((what, self._value(conflict, Side.OURS),
                                       self._value(conflict, Side.THEIRS))):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.table.setItem(row, column, item)
        chooser = QComboBox(self.table)
        chooser.addItem(self.tr("This map's"), Side.OURS.value)
        chooser.addItem(self.tr("The other copy's"), Side.THEIRS.value)
        self.table.setCellWidget(row, 3, chooser)
        self.choosers.append(chooser)

    def choose_all(self, side: Side) -> None:
        for chooser in self.choosers:
            chooser.setCurrentIndex(chooser.findData(side.value))

    def choices(self) -> dict[int, Side]:
        return {row: Side(chooser.currentData()) for row, chooser in enumerate(self.choosers)}
