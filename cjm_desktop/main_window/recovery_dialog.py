"""The dialog of maps to recover: the offer after a crash, and File ▸ Recover….

Two uses, one dialog:

- the **offer** at start lists the copies of editors that were closed unexpectedly.
  Restore is the default button (Enter restores); Discard asks once more and moves the
  copies to the trash; Later, Esc or closing the dialog keeps them, to be offered again
  at the next start;
- **File ▸ Recover…** (``browse``) lists those copies and the ones discarded in the last
  days (the trash); Restore opens the one picked as an unsaved map, like the offer.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ..editing import recovery
from ..editing.autosave import Autosaver
from ..files import MapFileError

if TYPE_CHECKING:
    from datetime import datetime

    from .window import MainWindow

MAP, AUTOSAVED, ORIGINAL, STATUS = range(4)


def _when(moment: datetime | None) -> str:
    # ISO order reads the same in every language and locale (even "C").
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment is not None else ""


class RecoveryDialog(QDialog):
    """Lists maps to recover (title, time, where it is, original file): Restore / Discard."""

    def __init__(self, window: MainWindow, entries: list[recovery.RecoveryEntry],
                 autosaver: Autosaver | None, *, browse: bool = False,
                 folder: Path | None = None) -> None:
        super().__init__(window)
        self.setObjectName("recoverDialog" if browse else "recoveryDialog")
        self.window_ = window
        self.autosaver = autosaver
        self.browse = browse
        self.folder = folder if folder is not None else (
            autosaver.folder if autosaver is not None else None)
        self.setWindowTitle(self.tr("Recover unsaved maps"))
        self.resize(760, 340)
        layout = QVBoxLayout(self)
        if browse:
            text = self.tr("Maps with unsaved changes left by an editor that was closed "
                           "unexpectedly, and maps discarded in the last %1 days. Restore "
                           "one to open it as an unsaved map.").replace(
                               "%1", str(recovery.TRASH_KEEP_DAYS))
        else:
            text = self.tr("CJM Desktop was closed unexpectedly. These maps had unsaved "
                           "changes. Restore a map to continue where you left off, or "
                           "discard it.")
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setHeaderLabels([self.tr("Map"), self.tr("Autosaved"),
                                   self.tr("Original file"), self.tr("Status")])
        self.tree.setColumnHidden(STATUS, not browse)
        self.tree.itemSelectionChanged.connect(self._sync_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        layout.addWidget(self.tree)
        self.empty_label = QLabel(self.tr("There is nothing to recover."), self)
        self.empty_label.setObjectName("recoverNothing")
        layout.addWidget(self.empty_label)
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setObjectName("recoverRestore")
        self.restore_button.setDefault(True)  # Enter restores, never discards
        self.discard_button = QPushButton(self.tr("&Discard…"), self)
        self.discard_button.setObjectName("recoverDiscard")
        self.discard_button.setToolTip(self.tr(
            "Move the selected maps to the trash (kept for %1 days; File ▸ Recover… "
            "brings them back)").replace("%1", str(recovery.TRASH_KEEP_DAYS)))
        if browse:
            self.later_button = QPushButton(self.tr("&Close"), self)
        else:
            self.later_button = QPushButton(self.tr("&Later"), self)
            self.later_button.setToolTip(
                self.tr("Keep the copies and ask again at the next start"))
        self.later_button.setObjectName("recoverLater")
        self.later_button.setAutoDefault(False)
        self.discard_button.setAutoDefault(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.later_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self._fill(entries)

    # ----- the list -------------------------------------------------------------------
    def _fill(self, entries: list[recovery.RecoveryEntry]) -> None:
        self.tree.clear()
        for entry in entries:
            self._add(entry)
        self._select_first()
        for column, width in ((MAP, 220), (AUTOSAVED, 130), (ORIGINAL, 240)):
            if entries:
                self.tree.resizeColumnToContents(column)
            else:  # headers alone would make the columns of an empty list cramped
                self.tree.setColumnWidth(column, width)
        self._sync_buttons()

    def _add(self, entry: recovery.RecoveryEntry) -> None:
        original = str(entry.original_path) if entry.original_path else self.tr("never saved")
        if entry.in_trash:
            status = self.tr("Discarded %1").replace("%1", _when(entry.discarded_at))
        else:
            status = self.tr("Unsaved after a crash")
        item = QTreeWidgetItem([entry.title or self.tr("Untitled map"), _when(entry.saved_at),
                                original, status])
        item.setData(0, Qt.ItemDataRole.UserRole, entry)
        item.setToolTip(ORIGINAL, original)
        self.tree.addTopLevelItem(item)

    def reload(self) -> None:
        """Read the recovery folder and the trash again (File ▸ Recover…)."""
        self._fill(_browse_entries(self.folder))

    def entries(self) -> list[recovery.RecoveryEntry]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in items if item is not None]

    def _entry(self, item: QTreeWidgetItem) -> recovery.RecoveryEntry:
        return item.data(0, Qt.ItemDataRole.UserRole)

    def _to_discard(self) -> list[QTreeWidgetItem]:
        """The selected copies that are not in the trash yet."""
        return [item for item in self.tree.selectedItems() if not self._entry(item).in_trash]

    def _sync_buttons(self) -> None:
        has = self.tree.currentItem() is not None
        self.restore_button.setEnabled(has)
        self.discard_button.setEnabled(bool(self._to_discard()))
        self.empty_label.setVisible(self.tree.topLevelItemCount() == 0)

    def _take(self, items: list[QTreeWidgetItem]) -> None:
        for item in items:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))
        if self.tree.topLevelItemCount() == 0 and not self.browse:
            self.accept()
        else:
            self._select_first()
        self._sync_buttons()

    def _select_first(self) -> None:
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    # ----- restore --------------------------------------------------------------------
    def restore_selected(self) -> bool:
        """Show the current map in the window, marked modified (asks about unsaved work)."""
        item = self.tree.currentItem()
        if item is None or not self.window_.files.maybe_save():
            return False
        try:
            recovery.restore(self._entry(item), self.window_.document, self.autosaver)
        except MapFileError as error:
            self.window_.show_error(self.tr("Could not restore the map"), str(error))
            return False
        self._take([item])
        if self.browse:
            self.accept()  # one map per window: done
        return True

    # ----- discard --------------------------------------------------------------------
    def confirm_discard(self, count: int) -> bool:
        """Ask once more before discarding ``count`` maps (Cancel is the default)."""
        if count == 1:
            text = self.tr("The unsaved changes of 1 map will be deleted.")
        else:
            text = self.tr("The unsaved changes of %1 maps will be deleted.").replace(
                "%1", str(count))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Discard unsaved changes?"),
                          text, QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("confirmDiscard")
        box.setInformativeText(self.tr(
            "They stay in the trash for %1 days: File ▸ Recover… brings them back.")
            .replace("%1", str(recovery.TRASH_KEEP_DAYS)))
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is discard

    def discard_selected(self) -> bool:
        """Move the selected maps to the trash after asking; True when they went."""
        items = self._to_discard()
        if not items or not self.confirm_discard(len(items)):
            return False
        done: list[QTreeWidgetItem] = []
        for item in items:
            try:
                recovery.discard(self._entry(item))
            except OSError as error:
                self.window_.show_error(
                    self.tr("Could not discard the map"),
                    self.tr("“%1” stays in the recovery folder: %2")
                    .replace("%1", self._entry(item).title or self.tr("Untitled map"))
                    .replace("%2", error.strerror or str(error)))
                continue
            done.append(item)
        if self.browse:
            self.reload()  # they are in the trash now, still restorable from here
        else:
            self._take(done)
        return len(done) == len(items)


def _browse_entries(folder: Path | None) -> list[recovery.RecoveryEntry]:
    return (recovery.list_entries(folder)
            + recovery.list_trash(recovery.trash_folder(folder)))


def browse_dialog(window: MainWindow, autosaver: Autosaver | None,
                  folder: Path | None = None) -> RecoveryDialog:
    """The File ▸ Recover… dialog: the copies of crashed editors, then the trash."""
    folder = folder if folder is not None else (
        autosaver.folder if autosaver is not None else None)
    return RecoveryDialog(window, _browse_entries(folder), autosaver, browse=True,
                          folder=folder)
