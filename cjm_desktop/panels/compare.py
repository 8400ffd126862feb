"""The compare panel: every difference between the open map and another copy, to take or leave.

The other copy is a file (File ▸ Compare with…) or a stakeholder's edited workbook (File ▸
Import changes from workbook…). Each row is one difference (``model.diff``) written in the
map's language, with a coloured mark: added green, removed red, changed amber. Selecting
rows asks the canvas to select their cards (:attr:`cardsPicked`); the marks of every card
row are offered to the canvas as :attr:`marksChanged`. Checked rows (or all) are taken into
the open map as one undo step through the Document; the list then shows what still differs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..editing import Document
from ..model import JourneyMap
from ..model.diff import ChangeKind, Difference, describe, diff_records
from ..model.map_records import Records, map_of, records_of
from ..model.take_changes import take_differences

CHANGE_COLORS: dict[ChangeKind, str] = {
    ChangeKind.ADDED: "#2E9E5B", ChangeKind.REMOVED: "#D64545",
    ChangeKind.CHANGED: "#E0A526", ChangeKind.MOVED: "#E0A526",
}


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class ComparePanel(QWidget):
    """The differences between the open map and ``other``; rows can be taken one by one."""

    cardsPicked = Signal(list)  # card ids of the selected rows
    marksChanged = Signal(dict)  # card id → "added" / "removed" / "changed" / "moved"
    closed = Signal()

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparePanel")
        self.document = document
        self._other: Records | None = None
        self._differences: list[Difference] = []
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)

        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.summary = QLabel(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("compareList")
        self.tree.setHeaderLabels([self.tr("Difference")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.tree.itemSelectionChanged.connect(self._on_selection)
        self.take_checked = QPushButton(self.tr("Take checked"), self)
        self.take_checked.setObjectName("compareTakeChecked")
        self.take_checked.setToolTip(self.tr("Put the checked changes into this map"))
        self.take_checked.clicked.connect(self._take_checked)
        self.take_all = QPushButton(self.tr("Take all"), self)
        self.take_all.setObjectName("compareTakeAll")
        self.take_all.clicked.connect(self._take_all)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.stop)

        buttons = QHBoxLayout()
        buttons.addWidget(self.take_checked)
        buttons.addWidget(self.take_all)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        document.changed.connect(self._schedule)
        document.reset.connect(self._schedule)
        self._show_state()

    # ----- what is compared -----------------------------------------------------------
    def compare_with(self, other: JourneyMap, label: str) -> None:
        """Show the differences from the open map to ``other`` (named ``label``)."""
        self._other = records_of(other)
        self.title.setText(self.tr("This map compared with %1").replace("%1", label))
        self.refresh()

    def stop(self) -> None:
        self._other = None
        self._differences = []
        self.tree.clear()
        self.marksChanged.emit({})
        self._show_state()
        self.closed.emit()

    def is_comparing(self) -> bool:
        return self._other is not None

    def differences(self) -> list[Difference]:
        return list(self._differences)

    def _schedule(self, *_args: object) -> None:
        if self._other is not None:
            self._refresh_timer.start()

    def refresh(self) -> None:
        if self._other is None:
            return
        self._differences = diff_records(records_of(self.document.journey), self._other)
        language = self.document.journey.info.language
        self.tree.blockSignals(True)
        self.tree.clear()
        for index, difference in enumerate(self._differences):
            item = QTreeWidgetItem([describe(difference, language)])
            color = CHANGE_COLORS[difference.change]
            item.setIcon(0, _swatch(color))
            item.setForeground(0, QBrush(QColor(color).darker(140)))
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setToolTip(0, item.text(0))
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        marks: dict[str, str] = {}
        for difference in self._differences:
            card_id = difference.card_id
            if card_id is not None and card_id not in marks:
                marks[card_id] = difference.change.value
        self.marksChanged.emit(marks)
        self._show_state()

    def _show_state(self) -> None:
        count = len(self._differences)
        if self._other is None:
            self.summary.setText(self.tr("Nothing compared yet: File ▸ Compare with…"))
        elif count == 0:
            self.summary.setText(self.tr("No differences: both copies are the same."))
        else:
            self.summary.setText(self.tr("Differences: %1").replace("%1", str(count)))
        self.take_checked.setEnabled(count > 0)
        self.take_all.setEnabled(count > 0)

    # ----- rows -----------------------------------------------------------------------
    def _row_differences(self, items: list[QTreeWidgetItem]) -> list[Difference]:
        return [self._differences[int(item.data(0, Qt.ItemDataRole.UserRole))] for item in items]

    def rows(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    def checked(self) -> list[Difference]:
        return self._row_differences(
            [item for item in self.rows() if item.checkState(0) == Qt.CheckState.Checked])

    def _on_selection(self) -> None:
        ids = [d.card_id for d in self._row_differences(self.tree.selectedItems())]
        self.cardsPicked.emit([card_id for card_id in ids if card_id is not None])

    def _take_checked(self) -> None:
        self.take(self.checked())

    def _take_all(self) -> None:
        self.take(self._differences)

    def take(self, chosen: list[Difference]) -> None:
        """Put ``chosen`` into the open map (one undo step)."""
        if self._other is None or not chosen:
            return
        mine = records_of(self.document.journey)
        result = map_of(take_differences(mine, self._other, chosen))
        text = self.tr("Take changes (%1)").replace("%1", str(len(chosen)))
        self.document.take_content(result, text)
        self.refresh()
