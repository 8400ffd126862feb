"""MainWindow: the one place that wires the document, canvas, docks, menus and status bar.

Features attach themselves through small ``install_*`` functions in sibling modules so this
module stays a readable table of contents of the window.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox, QWidget

from ..editing import Document
from ..editing.display import count_text
from ..model import Change
from ..model.events import ADDED_OR_REMOVED
from .comments_part import CommentsPart
from .export_notice import ExportNotice
from .file_controller import FileController
from .launcher import DesktopLauncher, Launcher
from .preferences import comment_author
from .theme import ThemeController
from .two_copies import TwoCopiesPart
from .undo_actions import create_undo_actions

if TYPE_CHECKING:
    from .workshop_feature import WorkshopFeature


class MainWindow(QMainWindow):
    closing = Signal()  # the window is about to close for good (after the unsaved prompt)
    firstPainted = Signal()  # the window has been painted once: time for deferred work
    workshop: WorkshopFeature  # Workshop menu and Present (main_window.workshop_feature)
    two_copies: TwoCopiesPart  # File ▸ Compare with…, Merge…, Import changes; Compare dock
    comments: CommentsPart  # the Comments dock (View ▸ Comments)

    def __init__(self, document: Document, parent: QWidget | None = None, *,
                 launcher: Launcher | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.document = document
        # Opens folders and web addresses for every part (tests pass one that starts nothing).
        self.launcher: Launcher = launcher if launcher is not None else DesktopLauncher()
        document.setParent(self)
        self.resize(1400, 900)
        self.setDockNestingEnabled(True)

        self.file_menu = self._menu(self.tr("&File"))
        self.edit_menu = self._menu(self.tr("&Edit"))
        self.view_menu = self._menu(self.tr("&View"))
        self.insert_menu = self._menu(self.tr("&Insert"))
        self.map_menu = self._menu(self.tr("&Map"))
        self.help_menu = self._menu(self.tr("&Help"))

        self._painted = False
        self.theme = ThemeController(self)  # before the parts: they paint with its look
        self.files = FileController(self)
        self._build_edit_menu()
        self._build_status_bar()
        self._install_features()

        document.undo_stack.cleanChanged.connect(self._sync_title)
        document.pathChanged.connect(lambda _path: self._sync_title())
        document.reset.connect(self._sync_title)
        document.changed.connect(self._on_change)
        # every refused edit, from any view, is shown here and only here
        document.refused.connect(lambda message: self.statusBar().showMessage(message, 6000))
        document.reset.connect(self._update_counts)
        document.saved.connect(self._show_saved)
        document.reset.connect(self.save_state_label.clear)
        self._sync_title()
        self._update_counts()

    # ----- construction ---------------------------------------------------------------
    def _menu(self, title: str) -> QMenu:
        return self.menuBar().addMenu(title)

    def _build_edit_menu(self) -> None:
        stack = self.document.undo_stack
        undo, redo = create_undo_actions(stack, self, self.tr("&Undo"), self.tr("&Redo"))
        self.undo_action, self.redo_action = undo, redo
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.edit_menu.addSeparator()

    def _build_status_bar(self) -> None:
        self.counts_label = QLabel(self)
        self.zoom_label = QLabel(self)
        self.save_state_label = QLabel(self)
        status = self.statusBar()
        status.addPermanentWidget(self.save_state_label)
        status.addPermanentWidget(self.counts_label)
        status.addPermanentWidget(self.zoom_label)
        self.export_notice = ExportNotice(self)  # "Exported …" with Open folder

    def _install_features(self) -> None:
        """Attach the canvas, docks and their menu entries (each feature owns its module)."""
        from . import features

        features.install_all(self)
        self.two_copies = TwoCopiesPart(self.document, self, self.canvas, self.file_menu,
                                        self.files.close_action, self.inspector_dock)
        self.comments = CommentsPart(self.document, self, self.canvas, self.view_menu,
                                     comment_author, self.inspector_dock)
        self.persona_panel.activePersonaChanged.connect(self.comments.follow_persona)
        self.inspector_dock.add_footer(self.comments.comment_thread)

    # ----- title, counts, messages ----------------------------------------------------
    def _sync_title(self, *_args: object) -> None:
        name = self.document.display_name()
        self.setWindowTitle(self.tr("%1[*] — CJM Desktop").replace("%1", name))
        self.setWindowModified(self.document.is_modified())

    def _on_change(self, change: Change) -> None:
        if change.what in ADDED_OR_REMOVED:  # only the counts show here
            self._update_counts()

    def _update_counts(self) -> None:
        j = self.document.journey
        self.counts_label.setText(" · ".join((
            count_text(len(j.stages), self.tr("1 stage"), self.tr("%1 stages")),
            count_text(len(j.lanes), self.tr("1 lane"), self.tr("%1 lanes")),
            count_text(len(j.cards), self.tr("1 card"), self.tr("%1 cards")),
            count_text(len(j.personas), self.tr("1 persona"), self.tr("%1 personas")))))

    def _show_saved(self, _path: object = None) -> None:
        self.save_state_label.setText(
            self.tr("Saved %1").replace("%1", datetime.now().strftime("%H:%M")))

    def show_error(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.firstPainted.emit)
        return super().event(event)

    # ----- closing --------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self.files.maybe_save():
            self.closing.emit()
            self.files.on_closed()
            event.accept()
        else:
            event.ignore()
