"""The Workshop menu, the main tool bar's Present button, F5, and the workshop part.

Only the actions exist at start-up; the :class:`~cjm_desktop.workshop.part.Workshop` part
(presentation, timer) is built on first use, with the Document, this window, the canvas's
current cell and the theme handed in explicitly. Its timer then shows in the status bar.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from ..editing.appearance import DARK_NAME

if TYPE_CHECKING:
    from ..canvas.view import CanvasView
    from ..model.voting import VotingSession
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
        self.menu.addAction(self.invite_action)  # beside Present: the room joins the projector
        self._add_room_actions(window)
        self._room: RoomPart | None = None

        bar = QToolBar(tr("Main tool bar"), window)
        bar.setObjectName("mainToolBar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addAction(self.present_action)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.tool_bar = bar

    def _add_room_actions(self, window: MainWindow) -> None:
        """Dot vote, the plan, emotion scoring and End workshop (issue: Workshop mode II)."""
        self.vote_action = QAction(tr("&Dot vote…"), window)
        self.vote_action.setObjectName("workshopVote")
        self.vote_action.setStatusTip(tr("Participants put dots on cards; reveal ranks them"))
        self.vote_action.triggered.connect(lambda: self.part().ask_vote())
        self.plan_menu = QMenu(tr("Workshop p&lan"), window)
        self.plan_action = self.plan_menu.menuAction()
        self.plan_action.setObjectName("workshopPlan")
        self.plan_menu.aboutToShow.connect(self._fill_plans)
        self.score_action = QAction(tr("&Score emotions"), window)
        self.score_action.setObjectName("workshopScore")
        self.score_action.setStatusTip(tr("Set the focused stage's emotion with 1–5 on the "
                                          "presentation"))
        self.score_action.triggered.connect(lambda: self.part().start_scoring())
        self.end_action = QAction(tr("&End workshop…"), window)
        self.end_action.setObjectName("workshopEnd")
        self.end_action.setStatusTip(tr("Write the map, workbook, PDF and a summary page into "
                                        "a folder"))
        self.end_action.triggered.connect(lambda: self.end_workshop())
        self.menu.addSeparator()
        self.menu.addAction(self.vote_action)
        self.menu.addMenu(self.plan_menu)
        self.menu.addAction(self.score_action)
        self.menu.addSeparator()
        self.menu.addAction(self.end_action)

    def _fill_plans(self) -> None:
        from ..model.workshop_plan import builtin_plan

        self.plan_menu.clear()
        journey = self.window.document.journey
        saved = journey.workshop_plan
        if saved is not None and saved.activities:
            action = self.plan_menu.addAction(tr("Run the map's plan: %1").replace(
                "%1", saved.title or tr("(untitled)")))
            action.triggered.connect(lambda: self.part().start_plan(saved))
        for name in ("journey", "review"):
            for language in ("ko", "en"):
                action = self.plan_menu.addAction(builtin_plan(name, language).title)
                action.setObjectName(f"workshopPlan-{name}-{language}")
                action.triggered.connect(  # lanes looked up when chosen: the map may change
                    lambda _=False, n=name, lang=language: self.part().start_plan(
                        builtin_plan(n, lang, self.window.document.journey)))

    def end_workshop(self, folder: Path | None = None) -> list[Path]:
        from .workshop_end import WorkshopEnd

        part = self.part()
        part.leave()
        return WorkshopEnd(self.window.document, self.window, part.records).run(folder)

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
            self._room = RoomPart(self.window.document, self.window, focus=self._room_focus,
                                  activity=self._room_activity, voting=self._room_vote)
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

    def _room_activity(self) -> dict[str, Any] | None:
        """The plan's running activity for the phones' board (docs/workshop.md), or None."""
        runner = self._part.plan_runner if self._part is not None else None
        current = runner.current() if runner is not None else None
        if current is None:
            return None
        return {"title": current.title, "prompt": current.prompt, "kind": current.kind.value}

    def _room_vote(self) -> VotingSession | None:
        """The dot vote running on the projector, which phones join, or None."""
        vote = self._part.vote if self._part is not None else None
        return vote.session if vote is not None else None

    def invite(self) -> None:
        self.room().invite()

