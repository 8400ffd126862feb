"""The Workshop menu, the main tool bar's Present button, F5, and the workshop part.

Only the actions exist at start-up; the :class:`~cjm_desktop.workshop.part.Workshop` part
(presentation, timer) is built on first use, with the Document, this window, the canvas's
current cell and the theme handed in explicitly. Its timer then shows in the status bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from ..editing.appearance import DARK_NAME

if TYPE_CHECKING:
    from ..canvas.view import CanvasView
    from ..room.part import RoomPart
    from ..workshop.part import Workshop
    from ..workshop.timer import Clock
    from .window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("WorkshopMenu", text)


class WorkshopFeature:
    """The window's workshop entry points; builds the part lazily."""

    def __init__(self, window: MainWindow, canvas: CanvasView) -> None:
        self.window = window
        self.canvas = canvas
        self._part: Workshop | None = None
        self.clock: Clock | None = None  # the timer's clock (tests inject one before first use)
        self.menu = QMenu(tr("&Workshop"), window)
        window.menuBar().insertMenu(window.help_menu.menuAction(), self.menu)

        self.present_action = QAction(tr("&Present"), window)
        self.present_action.setObjectName("workshopPresent")
        self.present_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.present_action.setStatusTip(
            tr("Show the map full screen for the room, one stage at a time"))
        self.present_action.triggered.connect(self.present)
        self.timer_action = QAction(tr("&Timer…"), window)
        self.timer_action.setObjectName("workshopTimer")
        self.timer_action.setStatusTip(tr("A countdown for the room, shown on the presentation"))
        self.timer_action.triggered.connect(self.open_timer)
        self.invite_action = QAction(tr("&Invite participants…"), window)
        self.invite_action.setObjectName("workshopInvite")
        self.invite_action.setStatusTip(
            tr("Participants join from their phones over this network and send notes"))
        self.invite_action.triggered.connect(self.invite)
        self.menu.addAction(self.present_action)
        self.menu.addAction(self.timer_action)
        self.menu.addAction(self.invite_action)
        self._room: RoomPart | None = None

        bar = QToolBar(tr("Main tool bar"), window)
        bar.setObjectName("mainToolBar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addAction(self.present_action)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.tool_bar = bar

    def part(self) -> Workshop:
        """The workshop part, built on first use."""
        if self._part is None:
            from ..workshop.part import Workshop

            self._part = Workshop(self.window.document, self.window,
                                  current_cell=self.canvas.current_cell,
                                  dark=self._dark, clock=self.clock)
            self.window.statusBar().addPermanentWidget(self._part.status_label)
            self.window.closing.connect(self._part.leave)  # no presentation outlives the window
        return self._part

    def _dark(self) -> bool:
        """Whether the window's theme in force is dark (the presentation follows it)."""
        return self.window.theme.appearance.name == DARK_NAME

    @property
    def built(self) -> bool:
        """Whether the part exists yet (it is built on first use, not at start-up)."""
        return self._part is not None

    def present(self) -> None:
        self.part().present()

    def open_timer(self) -> None:
        self.part().open_timer()

    # ----- the room (phones join over the network) ------------------------------------
    def room(self) -> RoomPart:
        """The room part, built on first use; it follows the presentation's focus."""
        if self._room is None:
            from ..room.part import RoomPart

            workshop = self.part()
            self._room = RoomPart(self.window.document, self.window, focus=self._room_focus)
            workshop.presentingChanged.connect(
                lambda on: self._room.show_badge(workshop.presentation if on else None)
                if self._room is not None else None)
            self._room.runningChanged.connect(
                lambda on: self._room.show_badge(workshop.presentation if on else None)
                if self._room is not None else None)
            self.window.closing.connect(self._room.stop)
        return self._room

    def _room_focus(self) -> tuple[str | None, str | None]:
        presentation = self._part.presentation if self._part is not None else None
        if presentation is not None:
            return presentation.focus.stage_id, presentation.focus.lane_id
        cell = self.canvas.current_cell()
        return (cell[0], cell[2]) if cell is not None else (None, None)

    def invite(self) -> None:
        self.room().invite()


def install(window: MainWindow) -> None:
    window.workshop = WorkshopFeature(window, window.canvas)
