"""The File menu: new from a template, open, open recent, save, save as, close, quit.

Wherever work could be lost it asks Save / Discard / Cancel first. Open and Save remember
the last folder in QSettings; errors are shown in a dialog and the open map is untouched.
Save never overwrites changes made elsewhere: when the file on disk is no longer what this
window read or wrote, it asks Save As / Overwrite / Reload; a read-only file is not replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMenu,
    QMessageBox,
)

from ..editing.display import display_language
from ..files import DiskConflict, MapFileError, load_map_and_stamp
from ..files.templates import TEMPLATE_NAMES, load_template, template_title

if TYPE_CHECKING:
    from .window import MainWindow

MAP_SUFFIX = ".cjm.json"
RECENT_KEY = "files/recent"
LAST_DIR_KEY = "files/lastFolder"


class FileController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        menu = window.file_menu
        self.new_action = self._action(menu, self.tr("&New…"), QKeySequence.StandardKey.New,
                                       self.new_map)
        self.open_action = self._action(menu, self.tr("&Open…"), QKeySequence.StandardKey.Open,
                                        self.open_dialog)
        self.recent_menu = QMenu(self.tr("Open &Recent"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        self.save_action = self._action(menu, self.tr("&Save"), QKeySequence.StandardKey.Save,
                                        self.save)
        self.save_as_action = self._action(menu, self.tr("Save &As…"),
                                           QKeySequence.StandardKey.SaveAs, self.save_as)
        menu.addSeparator()
        self.export_menu = QMenu(self.tr("&Export"), window)
        self.import_menu = QMenu(self.tr("&Import"), window)
        menu.addMenu(self.import_menu)
        menu.addMenu(self.export_menu)
        menu.addSeparator()
        self.close_action = self._action(menu, self.tr("&Close"), QKeySequence.StandardKey.Close,
                                         self.close_map)
        self.quit_action = self._action(menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit,
                                        self.quit)
        if self.quit_action.shortcut().isEmpty():  # Windows has no standard Quit key
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.document.saved.connect(self._remember)

    def _action(self, menu: QMenu, text: str, shortcut: QKeySequence.StandardKey,
                slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    # ----- unsaved changes ------------------------------------------------------------
    def maybe_save(self) -> bool:
        """True when it is safe to drop the current map (saved, discarded or unchanged)."""
        if not self.document.is_modified():
            return True
        answer = QMessageBox.question(
            self.window, self.tr("Unsaved changes"),
            self.tr("“%1” has unsaved changes. Save them before continuing?")
            .replace("%1", self.document.display_name()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # ----- new / open -----------------------------------------------------------------
    def new_map(self) -> None:
        if not self.maybe_save():
            return
        choice = TemplateChooser.ask(self.window)
        if choice is None:
            return
        name, language = choice
        self.document.replace(load_template(name, language), None)

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Open map"), self.last_folder(),
            self.tr("Journey maps (*.cjm.json);;All files (*)"))
        if path:
            self.open_path(Path(path), ask=False)

    def open_path(self, path: Path, *, ask: bool = True) -> bool:
        """Open a map file in this window; asks about unsaved changes unless told not to."""
        if ask and not self.maybe_save():
            return False
        try:
            journey, stamp = load_map_and_stamp(path)
        except MapFileError as error:
            self.window.show_error(self.tr("Could not open the map"), str(error))
            return False
        self.document.replace(journey, path, stamp=stamp)
        self._remember(path)
        return True

    # ----- save -----------------------------------------------------------------------
    def save(self) -> bool:
        if self.document.path is None or self.is_bundled(self.document.path):
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self) -> bool:
        start = self.document.path or Path(self.last_folder()) / (
            (self.document.journey.info.title or self.tr("journey-map")) + MAP_SUFFIX)
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Save map as"), str(start),
            self.tr("Journey maps (*.cjm.json)"))
        if not path:
            return False
        if not path.endswith(MAP_SUFFIX):
            path += MAP_SUFFIX
        return self._write(Path(path))

    def _write(self, path: Path, *, guard: bool = True) -> bool:
        try:
            self.document.save_as(path, guard=guard)
        except DiskConflict:
            return self._resolve_conflict(path)
        except PermissionError as error:
            if error.strerror == "the file is read-only":
                self.window.show_error(
                    self.tr("Could not save the map"),
                    self.tr("“%1” is read-only, so it was not replaced. Your changes are still "
                            "open; use Save As to keep them in another file.")
                    .replace("%1", path.name))
                return False
            return self._write_failed(path, error)
        except OSError as error:
            return self._write_failed(path, error)
        return True

    def _write_failed(self, path: Path, error: OSError) -> bool:
        reason = error.strerror or str(error)
        self.window.show_error(
            self.tr("Could not save the map"),
            self.tr("The map could not be written to %1: %2. Your changes are still open; "
                    "try another folder.").replace("%1", str(path)).replace("%2", reason))
        return False

    # ----- changed elsewhere ----------------------------------------------------------
    def _resolve_conflict(self, path: Path) -> bool:
        """The file changed on disk since we read or saved it: ask, never overwrite silently."""
        choice = self.ask_disk_conflict(path)
        if choice == "overwrite":
            return self._write(path, guard=False)
        if choice == "save_as":
            return self.save_as()
        if choice == "reload":
            self.reload_from_disk(path)
        return False

    def ask_disk_conflict(self, path: Path) -> str:
        """"overwrite", "save_as", "reload" or "cancel" (the dialog; tests may answer it)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Changed by someone else"),
                          self.tr("“%1” was changed by another program or person since you "
                                  "opened or last saved it here. Saving now would replace "
                                  "their changes.").replace("%1", path.name),
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("diskConflictDialog")
        box.setInformativeText(self.tr("Save yours as a new file to keep both, or overwrite "
                                       "theirs, or reload the file and lose your changes."))
        save_as = box.addButton(self.tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
        overwrite = box.addButton(self.tr("Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        reload = box.addButton(self.tr("Reload and lose mine"), QMessageBox.ButtonRole.ResetRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        save_as.setObjectName("conflictSaveAs")
        overwrite.setObjectName("conflictOverwrite")
        reload.setObjectName("conflictReload")
        box.setDefaultButton(save_as)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is save_as:
            return "save_as"
        if clicked is overwrite:
            return "overwrite"
        if clicked is reload:
            return "reload"
        return "cancel"

    def reload_from_disk(self, path: Path) -> bool:
        """Replace the open map by the file's content (an unreadable file changes nothing)."""
        try:
            journey, stamp = load_map_and_stamp(path)
        except MapFileError as error:
            self.window.show_error(self.tr("Could not reload the map"), str(error))
            return False
        self.document.replace(journey, path, stamp=stamp)
        return True

    def is_bundled(self, path: Path) -> bool:
        """Whether ``path`` is one of the read-only maps bundled with the app (the sample,
        templates): saved with Save As, neither locked nor watched."""
        from ..paths import is_bundled

        return is_bundled(path)

    # ----- close / quit ---------------------------------------------------------------
    def close_map(self) -> None:
        """Close the current map, leaving an empty blank map in the window."""
        if self.maybe_save():
            self.document.replace(load_template("blank", self.document.journey.info.language),
                                  None)

    def quit(self) -> None:
        app = QApplication.instance()
        if app is not None:
            for widget in QApplication.topLevelWidgets():
                if widget.objectName() == "mainWindow" and not widget.close():
                    return
            app.quit()

    # ----- settings -------------------------------------------------------------------
    def last_folder(self) -> str:
        return str(QSettings().value(LAST_DIR_KEY, str(Path.home()), type=str))

    def recent_files(self) -> list[str]:
        value = QSettings().value(RECENT_KEY, [], type=list)
        return [str(v) for v in value] if isinstance(value, list) else []

    def _remember(self, path: Path) -> None:
        settings = QSettings()
        settings.setValue(LAST_DIR_KEY, str(Path(path).parent))
        count = settings.value("files/recentCount", 10, type=int)
        limit = count if isinstance(count, int) else 10
        recent = [str(path)] + [p for p in self.recent_files() if p != str(path)]
        settings.setValue(RECENT_KEY, recent[:limit])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_files()
        if not recent:
            action = self.recent_menu.addAction(self.tr("No recent maps"))
            action.setEnabled(False)
            return
        for number, name in enumerate(recent, start=1):
            shown = Path(name).name.replace("&", "&&")  # a "&" in a file name is no access key
            # the first ten get the access keys 1…9, 0; the others none, so none repeats
            action = self.recent_menu.addAction(
                f"&{number % 10} {shown}" if number <= 10 else shown)
            action.setToolTip(name)
            action.triggered.connect(lambda _c=False, p=name: self.open_path(Path(p)))


class TemplateChooser(QDialog):
    """A small dialog to pick a template and the language of the new map's content."""

    def __init__(self, parent: MainWindow) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New map"))
        layout = QFormLayout(self)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Korean"), "ko")
        self.language.addItem(self.tr("English"), "en")
        self.template = QComboBox(self)
        layout.addRow(self.tr("Content language:"), self.language)
        layout.addRow(self.tr("Template:"), self.template)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        from .preferences import content_language, default_template

        self.language.setCurrentIndex(max(0, self.language.findData(content_language())))
        for name in TEMPLATE_NAMES:  # names in the interface's language, whatever the content
            self.template.addItem(template_title(name, display_language()), name)
        self.template.setCurrentIndex(max(0, self.template.findData(default_template())))

    @classmethod
    def ask(cls, parent: MainWindow) -> tuple[str, str] | None:
        from .preferences import remember_content_language

        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        remember_content_language(dialog.language.currentData())
        return dialog.template.currentData(), dialog.language.currentData()
