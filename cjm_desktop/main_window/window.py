"""MainWindow: the one place that builds and wires the window's parts.

Every part (canvas, docks, menus, banners, controllers) is a typed attribute declared on
the class and built in :meth:`MainWindow._build_parts`, in dependency order, with its
collaborators passed in. Parts talk through signals (``closing``, ``firstPainted``, the
Document's); none probes the window or reads another part's private members. To add a
part: write its class in a sibling module, declare the attribute here, build it in
``_build_parts`` after what it needs (docs/architecture.md walks through an example).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QMessageBox, QWidget

from .. import collector
from ..editing import Document
from ..editing.display import count_text
from ..model import Change
from ..model.events import ADDED_OR_REMOVED
from .export_notice import ExportNotice
from .file_controller import FileController
from .launcher import DesktopLauncher, Launcher
from .theme import ThemeController, install_menu_style
from .undo_actions import create_undo_actions

if TYPE_CHECKING:
    from ..canvas.find_bar import FindBar
    from ..canvas.view import CanvasView
    from ..editing.autosave import Autosaver
    from ..panels.history import HistoryDock
    from ..panels.insights import InsightsDock
    from ..panels.inspector import Inspector
    from ..panels.palette import Palette
    from ..panels.personas import PersonaPanel
    from ..plots.emotion_plot import EmotionPlot
    from .canvas_feature import CanvasPart
    from .chrome_feature import WindowChrome
    from .comments_part import CommentsPart
    from .docks_feature import SideDocks
    from .export_feature import ExportController
    from .insights_feature import InsightsPart
    from .live_feature import LiveFeature
    from .plot_feature import EmotionCurve
    from .reliability_feature import DiskBanner, Reliability
    from .review_banner import ReviewReminder
    from .structure_menus import StructureActions
    from .two_copies import TwoCopiesPart
    from .workshop_feature import WorkshopFeature


class MainWindow(QMainWindow):
    closing = Signal()  # the window is about to close for good (after the unsaved prompt)
    firstPainted = Signal()  # the window has been painted once: time for deferred work

    # ----- the parts, in the order _build_parts makes them ------------------------------
    about_action: QAction  # Help ▸ About (help_menu)
    canvas_part: CanvasPart  # the canvas, its Edit/View actions, the find bar
    canvas: CanvasView
    find_bar: FindBar
    workshop: WorkshopFeature  # Workshop menu and Present; its part is built on first use
    persona_panel: PersonaPanel  # left dock (persona_feature)
    docks: SideDocks  # palette, inspector, history; "where new cards go", "select these"
    palette_dock: Palette
    inspector_dock: Inspector
    history_dock: HistoryDock
    emotion_curve: EmotionCurve  # bottom dock; its plot is built after the first paint
    emotion_dock: QDockWidget
    insights: InsightsPart  # Insights dock and View ▸ Insights…
    insights_dock: InsightsDock
    insights_action: QAction
    structure_actions: StructureActions  # Insert and Map menus
    reliability: Reliability  # autosave, recovery, file watch and lock, disk banner
    autosaver: Autosaver
    disk_banner: DiskBanner
    export_controller: ExportController  # File ▸ Export and Import
    preferences_action: QAction
    welcome_action: QAction  # File ▸ Welcome…
    review_banner: ReviewReminder
    user_guide_action: QAction  # Help ▸ User guide
    chrome: WindowChrome  # tool bar, dock headers, side rail (after every dock and action)
    two_copies: TwoCopiesPart  # File ▸ Compare with…, Merge…, Import changes; Compare dock
    comments: CommentsPart  # the Comments dock (View ▸ Comments)
    live: LiveFeature  # File ▸ Share live…, Join live…; its part is built on first use

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
        self.firstPainted.connect(install_menu_style)  # no menu opens before (see there)
        self.firstPainted.connect(collector.restore_after_start)
        self.files = FileController(self)
        self._build_edit_menu()
        self._build_status_bar()
        self._build_parts()

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
        undo, redo = create_undo_actions(stack, self, self.tr("&Undo"), self.tr("&Redo"),
                                         self.document.undo, self.document.redo)
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

    def _build_parts(self) -> None:
        """Build every part, each after the parts it is handed (the one place that does)."""
        from . import (
            accessibility,
            help_menu,
            layout_feature,
            persona_feature,
            preferences,
            welcome,
        )
        from .canvas_feature import CanvasPart
        from .chrome_feature import build_window_chrome
        from .comments_part import CommentsPart
        from .docks_feature import SideDocks
        from .export_feature import ExportController
        from .insights_feature import InsightsPart
        from .live_feature import LiveFeature
        from .plot_feature import EmotionCurve
        from .reliability_feature import Reliability
        from .review_banner import ReviewReminder
        from .structure_menus import StructureActions
        from .two_copies import TwoCopiesPart
        from .workshop_feature import WorkshopFeature

        self.about_action = help_menu.add_about_action(self)
        self.canvas_part = CanvasPart(self)
        self.canvas = self.canvas_part.view
        self.find_bar = self.canvas_part.find_bar
        self.workshop = WorkshopFeature(self, self.canvas)  # its tool bar before the banners
        self.persona_panel = persona_feature.build_persona_panel(self, self.canvas)
        self.docks = SideDocks(self, self.canvas)
        self.palette_dock = self.docks.palette
        self.inspector_dock = self.docks.inspector
        self.history_dock = self.docks.history
        self.emotion_curve = EmotionCurve(self, self.canvas, self.persona_panel,
                                          self.inspector_dock)
        self.emotion_dock = self.emotion_curve.dock
        self.docks.sync_dock_toggles()  # View menu: Personas, Emotion curve, then the others
        self.insights = InsightsPart(self, self.docks)
        self.insights_dock = self.insights.dock
        self.insights_action = self.insights.action
        self.structure_actions = StructureActions(self, self.docks)
        self.reliability = Reliability(self)
        self.autosaver = self.reliability.autosaver
        self.disk_banner = self.reliability.banner
        self.export_controller = ExportController(self)
        self.preferences_action = preferences.add_preferences_action(self)
        self.welcome_action = welcome.add_welcome_action(self)
        self.review_banner = ReviewReminder(self)
        self.review_banner.propertiesRequested.connect(self.structure_actions.show_properties)
        self.user_guide_action = help_menu.add_user_guide_action(self)
        self.two_copies = TwoCopiesPart(self.document, self, self.canvas, self.file_menu,
                                        self.files.close_action, self.inspector_dock)
        self.comments = CommentsPart(self.document, self, self.canvas, self.view_menu,
                                     preferences.comment_author, self.inspector_dock)
        self.live = LiveFeature(self)  # after two_copies: its actions follow theirs
        self.persona_panel.activePersonaChanged.connect(self.comments.follow_persona)
        self.inspector_dock.add_footer(self.comments.comment_thread)
        self.chrome = build_window_chrome(self)  # after every dock and action it shows
        layout_feature.restore_layout(self)  # after every dock exists
        accessibility.name_main_parts(self)  # last: names what the others built

    @property
    def emotion_plot(self) -> EmotionPlot | None:
        """The emotion plot once built (see plot_feature), else None."""
        return self.emotion_curve.plot

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
            QTimer.singleShot(0, self, self.firstPainted.emit)  # dropped if deleted first
        return super().event(event)

    # ----- closing --------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self.files.maybe_save():
            self.closing.emit()
            event.accept()
        else:
            event.ignore()
