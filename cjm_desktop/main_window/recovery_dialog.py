"""The dialog offering maps recovered after a crash: restore or discard each one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ..editing import recovery
from ..editing.autosave import Autosaver
from ..files import MapFileError

if TYPE_CHECKING:
    from .window import MainWindow


class RecoveryDialog(QDialog):
    """Lists recoverable maps (title, time, original file) with Restore / Discard."""

    def __init__(self, window: MainWindow, entries: list[recovery.RecoveryEntry],
                 autosaver: Autosaver | None) -> None:
        super().__init__(window)
        self.setObjectName("recoveryDialog")
        self.window_ = window
        self.autosaver = autosaver
        self.setWindowTitle(self.tr("Recover unsaved maps"))
        self.resize(720, 320)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "CJM Desktop was closed unexpectedly. These maps had unsaved changes. "
            "Restore a map to continue where you left off, or discard it."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Map"), self.tr("Autosaved"),
                                   self.tr("Original file")])
        self.tree.itemSelectionChanged.connect(self._sync_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.discard_button = QPushButton(self.tr("&Discard"), self)
        later = QPushButton(self.tr("&Later"), self)
        later.setToolTip(self.tr("Keep the copies and ask again at the next start"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(later, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        later.clicked.connect(self.reject)
        layout.addWidget(buttons)
        for entry in entries:
            self._add(entry)
        self.tree.setCurrentItem(self.tree.topLevelItem(0))
        for column in range(2):
            self.tree.resizeColumnToContents(column)
        self._sync_buttons()

    def _add(self, entry: recovery.RecoveryEntry) -> None:
        when = ""
        if entry.saved_at is not None:
            # ISO order reads the same in every language and locale (even "C").
            when = entry.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        original = str(entry.original_path) if entry.original_path else self.tr("never saved")
        item = QTreeWidgetItem([entry.title or self.tr("Untitled map"), when, original])
        item.setData(0, Qt.ItemDataRole.UserRole, entry)
        item.setToolTip(2, original)
        self.tree.addTopLevelItem(item)

    def entries(self) -> list[recovery.RecoveryEntry]:
        return [self.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
                for i in range(self.tree.topLevelItemCount())]

    def _selected(self) -> tuple[QTreeWidgetItem, recovery.RecoveryEntry] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return item, item.data(0, Qt.ItemDataRole.UserRole)

    def _sync_buttons(self) -> None:
        has = self.tree.currentItem() is not None
        self.restore_button.setEnabled(has)
        self.discard_button.setEnabled(has)

    def _take(self, item: QTreeWidgetItem) -> None:
        self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))
        if self.tree.topLevelItemCount() == 0:
            self.accept()
        else:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def restore_selected(self) -> bool:
        """Show the selected map in the window, marked modified (asks about unsaved work)."""
        chosen = self._selected()
        if chosen is None or not self.window_.files.maybe_save():
            return False
        item, entry = chosen
        try:
            recovery.restore(entry, self.window_.document, self.autosaver)
        except MapFileError as error:
            self.window_.show_error(self.tr("Could not restore the map"), str(error))
            return False
        self._take(item)
        return True

    def discard_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        item, entry = chosen
        recovery.discard(entry)
        self._take(item)
