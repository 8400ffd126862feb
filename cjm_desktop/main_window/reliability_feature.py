"""Never lose work: autosave, crash recovery, changes on disk, "open elsewhere".

The window builds a :class:`Reliability` as ``window.reliability`` (with its
``autosaver``). It keeps the recovery copy going (status bar "Autosaved 14:02"),
removes it on a clean close, watches the open file and its lock, and shows a banner
(``window.disk_banner``) when the file changes or vanishes on disk or is open elsewhere.
The recovery offer is *not* shown here (``create_main_window`` must never block): the app
calls :meth:`Reliability.offer_recovery` after the window is shown (``app.run_gui``).
File ▸ Recover… (:attr:`Reliability.recover_action`) lists the copies there are to restore,
in the recovery folder and in its trash.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from ..editing import recovery
from ..editing.autosave import Autosaver
from ..editing.file_watch import FileLock, FileWatcher, LockHolder
from ..files import MapFileError, load_map_and_stamp
from .recovery_dialog import RecoveryDialog, browse_dialog

if TYPE_CHECKING:
    from datetime import datetime

    from .window import MainWindow


class DiskBanner(QFrame):
    """A strip above the map: what happened on disk and what the user can do about it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diskBanner")
        self.setStyleSheet("#diskBanner { background: #FFF4D6; border: 1px solid #E8C66A;"
                           " border-radius: 6px; } #diskBanner QLabel { color: #4A3B10; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.setSpacing(8)
        self.label = QLabel(self)
        # One line (the full text is in the tooltip): a wrapping label makes the bar tall.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setMinimumWidth(200)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.keep_button = QPushButton(self.tr("Keep mine"), self)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        for button in (self.reload_button, self.keep_button, self.dismiss_button):
            layout.addWidget(button)
        self.mode = ""


class Reliability(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document = document = window.document
        self.autosaver = Autosaver(document, parent=self)
        self.watcher = FileWatcher(self)
        self.lock = FileLock()
        self.lock_holder: LockHolder | None = None
        self._build_banner()
        self._build_recover_action()

        self.autosaver.written.connect(self._show_autosaved)
        self.autosaver.failed.connect(self._show_autosave_failed)
        self.watcher.changedOnDisk.connect(lambda _p: self._show_banner("changed"))
        self.watcher.removedOnDisk.connect(lambda _p: self._show_banner("removed"))
        document.reset.connect(self._follow_path)
        document.saved.connect(self._on_saved)
        window.destroyed.connect(self.lock.release)
        self._follow_path()

        # The window's clean close (after the unsaved-changes prompt) ends the session.
        window.closing.connect(self.shutdown)

    # ----- banner ---------------------------------------------------------------------
    def _build_banner(self) -> None:
        self.banner = DiskBanner(self.window)
        bar = QToolBar(self.tr("File on disk"), self.window)
        bar.setObjectName("diskBannerBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setVisible(False)
        bar.addWidget(self.banner)
        self.window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        bar.hide()
        self.banner_bar = bar
        self.banner.reload_button.clicked.connect(self.reload_from_disk)
        self.banner.keep_button.clicked.connect(self.keep_mine)
        self.banner.dismiss_button.clicked.connect(self.hide_banner)

    def banner_visible(self) -> bool:
        return not self.banner_bar.isHidden()

    def _show_banner(self, mode: str) -> None:
        name = self.document.display_name()
        banner = self.banner
        banner.mode = mode
        if mode == "changed":
            text = self.tr("“%1” was changed by another program.").replace("%1", name)
            if self.document.is_modified():
                text += " " + self.tr("Reload replaces your unsaved changes with the file's "
                                      "content; Keep mine keeps editing your version.")
        elif mode == "removed":
            text = self.tr("“%1” was deleted or moved by another program. Your map is still "
                           "open here: save it to keep it.").replace("%1", name)
        else:
            holder = self.lock_holder
            if holder is not None and holder.same_process:
                text = self.tr("“%1” is also open in another window. Saving in both places "
                               "overwrites one with the other.").replace("%1", name)
            else:
                text = (self.tr("“%1” is already open in another CJM Desktop (process %2). "
                                "Saving in both places overwrites one with the other.")
                        .replace("%1", name)
                        .replace("%2", str(holder.pid if holder else "?")))
        banner.label.setText(text)
        banner.label.setToolTip(text)
        banner.reload_button.setVisible(mode == "changed")
        banner.keep_button.setVisible(mode in ("changed", "removed"))
        banner.dismiss_button.setVisible(mode == "locked")
        self.banner_bar.show()

    def hide_banner(self) -> None:
        self.banner.mode = ""
        self.banner_bar.hide()

    def reload_from_disk(self) -> bool:
        """Replace the open map by the file's current content (errors leave it untouched)."""
        path = self.document.path
        if path is None:
            return False
        try:
            journey, stamp = load_map_and_stamp(path)
        except MapFileError as error:
            self.window.show_error(self.tr("Could not reload the map"), str(error))
            return False
        self.hide_banner()
        self.document.replace(journey, path, stamp=stamp)
        return True

    def keep_mine(self) -> None:
        """Keep the open version; it now differs from the disk, so it counts as unsaved."""
        self.watcher.accept_disk()
        self.document.adopt_disk_version()
        self.hide_banner()
        self.document.undo_stack.resetClean()
        self.autosaver.schedule()

    # ----- following the file ---------------------------------------------------------
    def _follow_path(self) -> None:
        path = self.document.path
        if self.banner.mode in ("changed", "removed"):
            self.hide_banner()
        if path is not None and self.window.files.is_bundled(path):
            path = None  # bundled templates are read-only resources: no lock, no watch
        self.watcher.watch(path, self.document.disk_stamp)
        self._claim(path)

    def _claim(self, path: Path | None) -> None:
        if path is not None and self.lock.path is not None and Path(path) == self.lock.path:
            return
        self.lock_holder = self.lock.acquire(path)
        if self.lock_holder is not None:
            self._show_banner("locked")
        elif self.banner.mode == "locked":
            self.hide_banner()

    def _on_saved(self, path: object) -> None:
        self.watcher.note_saved(Path(str(path)), self.document.disk_stamp)
        if self.banner.mode in ("changed", "removed"):
            self.hide_banner()
        self._claim(Path(str(path)))

    # ----- autosave -------------------------------------------------------------------
    def _show_autosaved(self, when: datetime) -> None:
        if not self.document.is_modified():
            return  # a copy that finished after a save: "Saved" is the news
        self.window.save_state_label.setText(
            self.tr("Autosaved %1").replace("%1", when.strftime("%H:%M")))

    def _show_autosave_failed(self, reason: str) -> None:
        self.window.save_state_label.setText(self.tr("Autosave failed: %1").replace("%1", reason))

    # ----- recovery -------------------------------------------------------------------
    def _build_recover_action(self) -> None:
        action = QAction(self.tr("Reco&ver…"), self.window)
        action.setObjectName("fileRecover")
        action.setStatusTip(self.tr("Restore a map left unsaved by a crash, or one discarded "
                                    "in the last %1 days")
                            .replace("%1", str(recovery.TRASH_KEEP_DAYS)))
        action.triggered.connect(lambda _checked=False: self.show_recover())
        self.recover_action = action
        menu = self.window.file_menu
        actions = menu.actions()
        recent = self.window.files.recent_menu.menuAction()
        # Beside Open Recent: another way to open a map.
        after = actions.index(recent) + 1 if recent in actions else len(actions)
        if after < len(actions):
            menu.insertAction(actions[after], action)
        else:
            menu.addAction(action)
        self.recover_dialog: RecoveryDialog | None = None

    def trash_folder(self) -> Path:
        return recovery.trash_folder(self.autosaver.folder)

    def purge_trash(self) -> int:
        """Delete the discarded copies older than the trash keeps them (done at start)."""
        return recovery.purge_trash(self.trash_folder())

    def has_recovery(self) -> bool:
        """Whether maps of crashed sessions wait to be restored or discarded."""
        return bool(recovery.list_entries(self.autosaver.folder))

    def recovery_dialog(self) -> RecoveryDialog | None:
        """The recovery offer for maps of crashed sessions (not shown), or None."""
        entries = recovery.list_entries(self.autosaver.folder)
        if not entries:
            return None
        return RecoveryDialog(self.window, entries, self.autosaver)

    def offer_recovery(self) -> RecoveryDialog | None:
        """Show the recovery offer without blocking (window-modal); None if nothing to offer.
        Restore is its default button; Esc or Later keeps the copies for the next start."""
        dialog = self.recovery_dialog()
        if dialog is not None:
            self.recover_dialog = dialog
            dialog.open()
        return dialog

    def show_recover(self) -> RecoveryDialog:
        """File ▸ Recover…: the copies there are (crashes, trash), without blocking."""
        previous = self.recover_dialog
        if previous is not None and not previous.isVisible():
            previous.deleteLater()  # one closed dialog at most stays behind
        dialog = browse_dialog(self.window, self.autosaver)
        self.recover_dialog = dialog
        dialog.open()
        return dialog

    # ----- closing --------------------------------------------------------------------
    def shutdown(self) -> None:
        """Clean close: no recovery copy, no lock, no watch."""
        self.autosaver.close()
        self.watcher.stop()
        self.lock.release()
