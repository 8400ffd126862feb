"""File ▸ Export and File ▸ Import: workbooks, CSV, Mermaid, PNG, SVG and PDF.

Exports write the open map (the data formats through ``files.formats.write_any``, the
pictures through ``canvas.render``); every writer is atomic, so a failure leaves no partial
file and is shown in a dialog. Imports open the file as a new, unsaved map after the
unsaved-changes prompt; a file that cannot be read changes nothing, and a summary dialog
tells what an import made and skipped. An export or import that takes more than half a
second shows a busy progress dialog with a Cancel button; a cancelled import leaves the
open map untouched and a cancelled export writes no file.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QProgressDialog,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..files import MapFileError
from ..files.formats import read_any, write_any
from ..files.import_report import ImportCancelled, ImportReport
from .export_notice import export_stem
from .file_controller import LAST_DIR_KEY
from .import_summary import ImportSummary


class ExportCancelled(Exception):
    """The person cancelled an export; no file was written."""


if TYPE_CHECKING:
    from .window import MainWindow

PROGRESS_DELAY_MS = 500
BIG_MAP_CARDS = 1000  # about 0.5 s of drawing on a modest machine


def tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


class ExportOptions(QDialog):
    """PNG resolution; PDF page size, fit / tiled, an Insights page and comments as numbered
    notes; SVG text as outlines or as text."""

    def __init__(self, parent: QWidget, kind: str) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(tr("Export options"))
        layout = QFormLayout(self)
        self.dpi = QSpinBox(self)
        self.dpi.setRange(48, 600)
        self.dpi.setSingleStep(50)
        self.dpi.setValue(150)
        self.dpi.setSuffix(" dpi")  # notr: the unit
        self.page = QComboBox(self)
        self.page.addItem(tr("A4 landscape"), "A4")
        self.page.addItem(tr("A3 landscape"), "A3")
        self.fit = QRadioButton(tr("Fit the whole map on one page"), self)
        self.tiled = QRadioButton(tr("Tile over several pages at a readable size"), self)
        self.fit.setChecked(True)
        self.insights = QCheckBox(tr("Add an Insights page at the end"), self)
        self.insights.setObjectName("exportInsightsPage")
        self.comments = QCheckBox(tr("Print comments as numbered notes at the end"), self)
        self.comments.setObjectName("exportCommentNotes")
        self.comments.setToolTip(tr("Each commented card gets a small number on the map; "
                                    "the comments follow on their own page, by number."))
        group = QButtonGroup(self)
        group.addButton(self.fit)
        group.addButton(self.tiled)
        self.svg_text = QCheckBox(tr("Keep text selectable (needs the font where it is "
                                     "opened)"), self)
        self.svg_text.setObjectName("exportSvgText")
        self.svg_text.setToolTip(tr("Off: text is drawn as outlines and looks the same on "
                                    "every machine; its words stay in the file as titles."))
        if kind == "svg":
            for widget in (self.dpi, self.page, self.fit, self.tiled, self.insights,
                           self.comments):
                widget.hide()
            layout.addRow(tr("Text:"), self.svg_text)
        elif kind == "png":
            self.svg_text.hide()
            layout.addRow(tr("Resolution:"), self.dpi)
            for widget in (self.page, self.fit, self.tiled, self.insights, self.comments):
                widget.hide()
        else:
            self.dpi.hide()
            self.svg_text.hide()
            layout.addRow(tr("Page:"), self.page)
            pages = QWidget(self)
            box = QVBoxLayout(pages)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(self.fit)
            box.addWidget(self.tiled)
            layout.addRow(tr("Layout:"), pages)
            layout.addRow(self.insights)
            layout.addRow(self.comments)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def values(self) -> dict[str, Any]:
        if self.kind == "png":
            return {"dpi": self.dpi.value()}
        if self.kind == "svg":
            return {"svg_text": "text" if self.svg_text.isChecked() else "paths"}
        return {"page": self.page.currentData(), "tiled": self.tiled.isChecked(),
                "insights": self.insights.isChecked(), "comments": self.comments.isChecked()}


def ask_options(parent: QWidget, kind: str) -> dict[str, Any] | None:
    """The render options for ``kind`` ("png", "svg" or "pdf"), or None when cancelled."""
    dialog = ExportOptions(parent, kind)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()


class ExportController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.notice = window.export_notice
        self.summary: ImportSummary | None = None
        export_menu, import_menu = window.files.export_menu, window.files.import_menu
        self.export_actions: dict[str, QAction] = {}
        for key, text in (
                (".xlsx", tr("Workbook (.xlsx)…")),
                (".csv", tr("Cards as CSV…")),
                (".mmd", tr("Mermaid journey (.mmd)…")),
                (".png", tr("Image (PNG)…")),
                (".svg", tr("Vector image (SVG)…")),
                (".pdf", tr("PDF…"))):
            if key == ".png":
                export_menu.addSeparator()
            action = export_menu.addAction(text)
            action.triggered.connect(lambda _c=False, k=key: self.export_as(k))
            self.export_actions[key] = action
        self.import_actions: dict[str, QAction] = {}
        for key, text in ((".xlsx", tr("Workbook or table (.xlsx)…")),
                          (".csv", tr("Table (.csv)…")),
                          (".mmd", tr("Mermaid journey (.mmd)…"))):
            action = import_menu.addAction(text)
            action.triggered.connect(lambda _c=False, k=key: self.import_from(k))
            self.import_actions[key] = action

    # ----- export ---------------------------------------------------------------------
    def export_as(self, suffix: str) -> bool:
        options: dict[str, Any] = {}
        if suffix in (".png", ".svg", ".pdf"):
            chosen = ask_options(self.window, suffix[1:])
            if chosen is None:
                return False
            options = chosen
        document = self.window.document
        start = Path(self._folder()) / (export_stem(document) + suffix)
        path, _filter = QFileDialog.getSaveFileName(
            self.window, tr("Export map"), str(start), _filter_for(suffix))
        if not path:
            return False
        if not path.lower().endswith(suffix):
            path += suffix
        try:
            if suffix in (".png", ".svg", ".pdf"):
                self._render(path, options)
            else:
                self._write(document.journey, path)
        except ExportCancelled:
            self.window.statusBar().showMessage(tr("Export cancelled: no file was written"), 6000)
            return False
        except (MapFileError, OSError) as error:
            self._show_failure(tr("Could not export the map"), path, error)
            return False
        except Exception as error:  # a render error: tell, never crash the editor
            self._show_failure(tr("Could not export the map"), path, error)
            return False
        QSettings().setValue(LAST_DIR_KEY, str(Path(path).parent))
        self.notice.show_file(Path(path))
        return True

    def _render(self, path: str, options: dict[str, Any]) -> None:
        from ..canvas import render
        from ..canvas.scene import JourneyScene

        scene = self.window.canvas.scene()
        source = scene if isinstance(scene, JourneyScene) else self.window.document
        cancelled: list[bool] = []
        progress = self._progress(tr("Exporting…"), lambda: cancelled.append(True))
        if len(self.window.document.journey.cards) >= BIG_MAP_CARDS:
            # the drawing itself is one long call that cannot tick: show the dialog now
            progress.show()
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        try:
            def tick() -> None:
                # the Cancel button needs input; the window-modal dialog keeps it from the map
                QApplication.processEvents(
                    QEventLoop.ProcessEventsFlag.AllEvents if progress.isVisible()
                    else QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
                if cancelled:
                    raise ExportCancelled  # before the file is written: nothing is left

            render.render_file(source, path, progress=tick, **options)
        finally:
            self._close(progress)

    def _write(self, journey: Any, path: str) -> None:
        """Write a file format on a thread into a hidden file beside ``path``, moved into place
        only when it was not cancelled (a thread cannot be stopped: a cancelled write is let
        finish and its file removed)."""
        target = Path(path)
        hidden = target.with_name(f".{os.urandom(4).hex()}-{target.name}")
        cancelled: list[bool] = []
        try:
            self._busy(tr("Exporting…"), lambda: write_any(journey, str(hidden)),
                       cancel=lambda: cancelled.append(True))
            if cancelled:
                raise ExportCancelled
            os.replace(hidden, target)
        finally:
            with contextlib.suppress(OSError):
                hidden.unlink()

    # ----- import ---------------------------------------------------------------------
    def import_from(self, suffix: str) -> bool:
        if not self.window.files.maybe_save():
            return False
        path, _filter = QFileDialog.getOpenFileName(
            self.window, tr("Import map"), self._folder(), _filter_for(suffix))
        if not path:
            return False
        report = ImportReport()
        try:
            journey = self._busy(tr("Importing…"), lambda: read_any(path, report),
                                 cancel=report.cancel)
        except ImportCancelled:
            return False  # the person asked for it: the open map is untouched
        except (MapFileError, OSError) as error:
            self._show_failure(tr("Could not import the file"), path, error)
            return False
        self.window.document.replace(journey, None, modified=True)
        QSettings().setValue(LAST_DIR_KEY, str(Path(path).parent))
        self.summary = ImportSummary(self.window, report)
        self.summary.open()
        return True

    # ----- helpers --------------------------------------------------------------------
    def _folder(self) -> str:
        return self.window.files.last_folder()

    def _progress(self, label: str, cancel: Callable[[], None] | None = None
                  ) -> QProgressDialog:
        progress = QProgressDialog(label, "", 0, 0, self.window)
        progress.setObjectName("busyProgress")
        progress.setWindowTitle(tr("Please wait"))
        if cancel is None:
            progress.setCancelButton(None)
        else:
            progress.setCancelButtonText(tr("Cancel"))
            progress.canceled.connect(cancel)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.setAutoClose(False)
        progress.setValue(0)  # starts the timer that shows the dialog after the delay
        return progress

    @staticmethod
    def _close(progress: QProgressDialog) -> None:
        """Close the dialog without it counting as Cancel (closing emits ``canceled``)."""
        with contextlib.suppress(RuntimeError, TypeError):
            progress.canceled.disconnect()
        progress.close()
        progress.deleteLater()

    def _busy(self, label: str, work: Callable[[], Any],
              cancel: Callable[[], None] | None = None) -> Any:
        """Run pure-Python file work on a thread while the window stays painted; a busy
        dialog appears when it takes longer than half a second, with a Cancel button that
        calls ``cancel`` when one is given (the work then stops by raising). Re-raises its
        error."""
        result: dict[str, Any] = {}

        def run() -> None:
            try:
                result["value"] = work()
            except BaseException as error:  # handed back to the GUI thread
                result["error"] = error

        thread = threading.Thread(target=run, name="cjm-export", daemon=True)
        progress = self._progress(label, cancel)
        try:
            thread.start()
            while thread.is_alive():
                # the Cancel button needs input; the window-modal dialog keeps it from the map
                flags = (QEventLoop.ProcessEventsFlag.AllEvents
                         if cancel is not None and progress.isVisible()
                         else QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
                QApplication.processEvents(flags)
                thread.join(0.02)
        finally:
            self._close(progress)
        if "error" in result:
            raise result["error"]
        return result.get("value")

    def _show_failure(self, title: str, path: str, error: BaseException) -> None:
        if isinstance(error, MapFileError):
            message = str(error)
        elif isinstance(error, OSError):
            message = tr("%1: %2").replace("%1", path).replace(
                "%2", error.strerror or str(error))
        else:
            message = tr("%1: %2").replace("%1", path).replace("%2", str(error))
        self.window.show_error(title, message)


def _filter_for(suffix: str) -> str:
    filters = {
        ".xlsx": tr("Excel workbooks (*.xlsx)"),
        ".csv": tr("CSV tables (*.csv)"),
        ".mmd": tr("Mermaid journeys (*.mmd)"),
        ".png": tr("PNG images (*.png)"),
        ".svg": tr("SVG images (*.svg)"),
        ".pdf": tr("PDF documents (*.pdf)"),
    }
    return filters[suffix] + ";;" + tr("All files (*)")
