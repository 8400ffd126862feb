"""Two copies, one map: File ▸ Compare with…, Merge… and Import changes from workbook….

:class:`TwoCopiesPart` is built by the main window with its collaborators (the Document, the
window as parent, the canvas view, the File menu and the action to insert before). It owns
the Compare dock (``panels.compare.ComparePanel``), the marks on the canvas
(``canvas.diff_marks``) and the merge conflict dialog. Everything it changes goes through
``Document.take_content``: a merge or the changes taken from a compare are one undo step.

When the open map was shared live, its update log (``NAME.cjm.live``) lies beside it and
holds the map the session started from; Merge… takes that as the base, without asking,
for another copy last saved before the session began (docs/collaboration.md).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDockWidget, QFileDialog, QMainWindow, QMenu, QMessageBox

from .. import files
from ..canvas.diff_marks import DiffMarks
from ..canvas.view import CanvasView
from ..editing import Document
from ..files.import_report import ImportReport
from ..model import JourneyMap
from ..panels.compare import ComparePanel
from .tab_dock import hidden_tab_dock

if TYPE_CHECKING:  # the merge code and its dialog are imported when a merge runs
    from ..model.merge import MergeResult, Side

MAP_FILTER = "*.cjm.json *.json"


class TwoCopiesPart(QObject):
    def __init__(self, document: Document, window: QMainWindow, view: CanvasView,
                 file_menu: QMenu, before: QAction | None = None,
                 beside: QDockWidget | None = None) -> None:
        super().__init__(window)
        self.document = document
        self.window = window
        self.view = view
        self.panel = ComparePanel(document)
        self.dock = hidden_tab_dock(window, self.tr("Compare"), "compareDock", self.panel, beside)
        self.marks = DiffMarks(view.journey_scene)
        self.panel.marksChanged.connect(self.marks.show)
        self.panel.cardsPicked.connect(self._select_cards)
        self.panel.closed.connect(self.dock.hide)
        self.dock.visibilityChanged.connect(self._on_dock_visibility)

        self.compare_action = self._action(self.tr("Com&pare with…"), "fileCompare",
                                           self.compare_dialog, file_menu, before)
        self.merge_action = self._action(self.tr("&Merge…"), "fileMerge",
                                         self.merge_dialog, file_menu, before)
        self.import_changes_action = self._action(
            self.tr("Import chan&ges from workbook…"), "fileImportChanges",
            self.import_changes_dialog, file_menu, before)
        separator = QAction(self)
        separator.setSeparator(True)
        file_menu.insertAction(before, separator) if before else file_menu.addAction(separator)

    def _action(self, text: str, name: str, slot: Callable[[], object], menu: QMenu,
                before: QAction | None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        if before is not None:
            menu.insertAction(before, action)
        else:
            menu.addAction(action)
        return action

    # ----- choosing files -------------------------------------------------------------
    def _folder(self) -> str:
        path = self.document.path
        return str(path.parent) if path else ""

    def _ask(self, title: str, name_filter: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.window, title, self._folder(), name_filter)
        return Path(name) if name else None

    def compare_dialog(self) -> None:
        path = self._ask(self.tr("Compare this map with"),
                         self.tr("Journey maps (%1)").replace("%1", MAP_FILTER))
        if path is not None:
            self.compare_with_path(path)

    def merge_dialog(self) -> None:
        other = self._ask(self.tr("Merge: the other copy"),
                          self.tr("Journey maps (%1)").replace("%1", MAP_FILTER))
        if other is None:
            return
        if self.live_base_for(other) is not None:
            self.merge_paths(other, None)
            return
        base = self._ask(self.tr("Merge: the version both copies started from"),
                         self.tr("Journey maps (%1)").replace("%1", MAP_FILTER))
        if base is not None:
            self.merge_paths(other, base)

    def import_changes_dialog(self) -> None:
        path = self._ask(self.tr("Import changes from workbook"),
                         self.tr("Excel workbooks (*.xlsx)"))
        if path is not None:
            self.import_changes_from(path)

    # ----- doing it -------------------------------------------------------------------
    def _read(self, path: Path, *, workbook: bool = False) -> JourneyMap | None:
        try:
            if workbook:
                from ..files.formats import read_any

                return read_any(path, ImportReport())
            return files.load_map(path)
        except files.MapFileError as error:
            self._error(self.tr("Cannot read this file"), str(error))
            return None

    def _error(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("twoCopiesError")
        box.exec()

    def compare_with_path(self, path: Path) -> bool:
        other = self._read(path)
        if other is None:
            return False
        self.show_comparison(other, path.name)
        return True

    def import_changes_from(self, path: Path) -> bool:
        """Read a stakeholder's workbook and list its edits as changes to take or leave."""
        other = self._read(path, workbook=True)
        if other is None:
            return False
        self.show_comparison(other, path.name)
        return True

    def show_comparison(self, other: JourneyMap, label: str) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.compare_with(other, label)

    def live_base_for(self, other_path: Path) -> Path | None:
        """The live session's update log beside the open map, when ``other_path`` was last
        saved before that session began (its starting map is then their common ancestor)."""
        from ..live.update_log import UpdateLogError, log_path_for, log_started

        if self.document.path is None:
            return None
        log = log_path_for(self.document.path)
        try:
            started = log_started(log) if log.is_file() else None
            if started is None or other_path.stat().st_mtime >= started:
                return None
        except (OSError, UpdateLogError):
            return None  # no usable log: the person picks the base as before
        return log

    def _read_live_base(self, log: Path) -> JourneyMap | None:
        from ..live.update_log import UpdateLogError, read_log
        from ..model.map_records import map_of

        try:
            return map_of(read_log(log)[0])
        except UpdateLogError as error:
            self._error(self.tr("Cannot read this file"), f"{log.name}: {error}")
            return None

    def merge_paths(self, other_path: Path, base_path: Path | None) -> bool:
        """Merge another copy into the open map; conflicts are decided in the dialog.
        Without ``base_path`` the base is the map the live session beside it started from."""
        other = self._read(other_path)
        log = self.live_base_for(other_path) if base_path is None else None
        if other is None or (base_path is None and log is None):
            return False
        base = (self._read(base_path) if base_path is not None
                else self._read_live_base(log) if log is not None else None)
        if base is None:
            return False
        from ..model.merge import merge_maps

        result = merge_maps(base, self.document.journey, other)
        choices = self.decide(result, other_path.name)
        if choices is None:
            return False
        merged = result.journey(choices)
        text = self.tr("Merge %1").replace("%1", other_path.name)
        if not self.document.take_content(merged, text):
            self.window.statusBar().showMessage(
                self.tr("Nothing to merge: the other copy adds no change."), 6000)
        elif log is not None:
            self.window.statusBar().showMessage(
                self.tr("Merged from the map the live session started with (%1).")
                .replace("%1", log.name), 6000)
        return True

    def decide(self, result: MergeResult, other_name: str) -> dict[int, Side] | None:
        if not result.conflicts:
            return {}
        from .merge_dialog import MergeDialog

        dialog = MergeDialog(result.conflicts, self.document.journey.info.language,
                             other_name, self.window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.choices()
        finally:
            dialog.deleteLater()

    # ----- the canvas -----------------------------------------------------------------
    def _select_cards(self, card_ids: list[str]) -> None:
        present = [c for c in card_ids if c in self.document.journey.cards]
        if present:
            self.view.select_ids(present)

    def _on_dock_visibility(self, visible: bool) -> None:
        if not visible:
            self.marks.clear()
        elif self.panel.is_comparing():
            self.panel.refresh()
