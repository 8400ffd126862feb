"""The workshop part of the main window: presenting, the timer, their status-bar label, dot
voting, the workshop plan and emotion scoring in the room.

The MainWindow builds one :class:`Workshop` on first use (Workshop menu or F5) and passes in
what it needs: the Document, the window it belongs to, and small callables for what only
the window knows (the editor's current cell, whether the theme is dark). Nothing here
reaches into the window or the canvas.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QLabel, QWidget

from ..editing import Document
from ..editing.workshop_edits import record_vote, set_plan
from ..model import CellKey
from ..model.voting import VoteScope, VoteSettings, VoteTally, VotingSession
from ..model.workshop_plan import ActivityKind, ActivityRecord, WorkshopPlan
from .focus import Focus, card_lanes
from .keep_awake import KeepAwake
from .plan_runner import PlanRunner
from .presentation import Presentation
from .room_modes import ScoreMode, VoteMode
from .timer import Clock, Countdown, Phase
from .timer_dialog import TimerDialog
from .vote_dialog import VoteDialog, default_names

SCALE_KEY = "workshop/textPercent"  # the presentation's text size, 100 = sized for 1080p
SCREEN_KEY = "workshop/screen"


def tr(text: str) -> str:
    return QCoreApplication.translate("Workshop", text)


class Workshop(QObject):
    presentingChanged = Signal(bool)
    voteRecorded = Signal(object)  # VoteTally, after it went through the Document

    def __init__(self, document: Document, host: QWidget, *,
                 current_cell: Callable[[], CellKey | None],
                 dark: Callable[[], bool], clock: Clock | None = None) -> None:
        super().__init__(host)
        self.document = document
        self.host = host
        self._current_cell = current_cell
        self._dark = dark
        self.clock: Clock = clock or time.monotonic
        self.countdown = Countdown(self.clock, self)
        self.plan_runner: PlanRunner | None = None
        self.vote_settings: VoteSettings | None = None  # the last vote's settings
        self.vote: VoteMode | None = None
        self.presentation: Presentation | None = None
        self.timer_dialog: TimerDialog | None = None
        self._awake = KeepAwake()
        self.status_label = QLabel()
        self.status_label.setObjectName("workshopTimerStatus")
        self.status_label.hide()
        self.countdown.changed.connect(self._sync_status)

    # ----- presenting -----------------------------------------------------------------
    def is_presenting(self) -> bool:
        return self.presentation is not None

    def present(self) -> Presentation:
        """Show the presentation full screen (or bring it to the front if it is open)."""
        if self.presentation is not None:
            self.presentation.activateWindow()
            self.presentation.raise_()
            return self.presentation
        stored = QSettings().value(SCALE_KEY, 100, type=int)
        percent = stored if isinstance(stored, int) else 100
        presentation = Presentation(self.document, self.countdown, self.host,
                                    scale=(percent or 100) / 100, dark=self._dark(),
                                    next_screen=self.next_screen)
        presentation.left.connect(self._on_left)
        presentation.timerRequested.connect(self.open_timer)
        presentation.nextActivity.connect(self.next_activity)
        presentation.scaleChanged.connect(
            lambda value: QSettings().setValue(SCALE_KEY, round(value * 100)))
        self.presentation = presentation
        presentation.start_at(self._current_cell())
        self._show_on(presentation, self.pick_screen())
        presentation.activateWindow()
        presentation.setFocus()
        self._awake.hold(tr("Presenting a journey map"))
        self.presentingChanged.emit(True)
        return presentation

    def leave(self) -> None:
        if self.presentation is not None:
            self.presentation.close()

    def pick_screen(self) -> QScreen | None:
        """The saved screen if attached; else, with two screens, the one the window is not on
        (the projector); else the window's screen."""
        screens = QGuiApplication.screens()
        saved = QSettings().value(SCREEN_KEY, "", type=str)
        for screen in screens:
            if saved and screen.name() == saved:
                return screen
        own = self.host.screen()
        others = [screen for screen in screens if screen is not own]
        return others[0] if others else own

    def next_screen(self) -> None:
        """Move the presentation to the next screen, and remember it."""
        presentation = self.presentation
        screens = QGuiApplication.screens()
        if presentation is None or len(screens) < 2:
            return
        current = presentation.screen()
        index = screens.index(current) if current in screens else -1
        screen = screens[(index + 1) % len(screens)]
        QSettings().setValue(SCREEN_KEY, screen.name())
        self._show_on(presentation, screen)

    @staticmethod
    def _show_on(presentation: Presentation, screen: QScreen | None) -> None:
        if screen is not None:
            presentation.showNormal()
            presentation.setScreen(screen)
            presentation.setGeometry(screen.geometry())
        presentation.showFullScreen()

    def _on_left(self) -> None:
        presentation, self.presentation = self.presentation, None
        self._awake.release()
        if self.timer_dialog is not None and self.timer_dialog.parent() is presentation:
            self.timer_dialog.close()
            self.timer_dialog = None
        if presentation is not None:
            presentation.deleteLater()
        self.host.activateWindow()
        self.presentingChanged.emit(False)

    # ----- timer ----------------------------------------------------------------------
    def open_timer(self) -> TimerDialog:
        parent = self.presentation if self.presentation is not None else self.host
        dialog = self.timer_dialog
        if dialog is None or dialog.parent() is not parent:
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
            dialog = TimerDialog(self.countdown, parent)
            self.timer_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _sync_status(self) -> None:
        countdown = self.countdown
        if countdown.phase is Phase.IDLE:
            self.status_label.hide()
            return
        text = tr("Timer %1").replace("%1", countdown.text())
        if countdown.phase is Phase.PAUSED:
            text = tr("Timer %1 (paused)").replace("%1", countdown.text())
        self.status_label.setText(text)
        colour = "#d64541" if countdown.is_overtime() else (
            "#e08e0b" if countdown.is_last_minute() else "")
        self.status_label.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        self.status_label.show()

    # ----- dot voting -----------------------------------------------------------------
    def _focus(self) -> Focus:
        if self.presentation is not None:
            return self.presentation.focus
        focus = Focus(self.document.journey)
        focus.start_at(self._current_cell())
        return focus

    def ask_vote(self) -> VoteMode | None:
        """Workshop ▸ Dot vote…: ask for the settings, then vote on the presentation."""
        focus = self._focus()
        parent = self.presentation if self.presentation is not None else self.host
        dialog = VoteDialog(parent, self.vote_settings, focus.lane_id, focus.stage_id)
        if dialog.exec() != VoteDialog.DialogCode.Accepted:
            return None
        return self.start_vote(dialog.settings())

    def start_vote(self, settings: VoteSettings, title: str = "") -> VoteMode:
        presentation = self.present()
        journey = self.document.journey
        cards = [card.id for cell in journey.cells() for card in journey.cards_in(cell)
                 if (settings.scope is VoteScope.MAP
                     or (settings.scope is VoteScope.LANE and cell[2] == settings.scope_id)
                     or (settings.scope is VoteScope.STAGE and cell[0] == settings.scope_id))
                 and cell[2] in {lane.id for lane in card_lanes(journey)}]
        self.vote_settings = settings
        mode = VoteMode(VotingSession(settings, cards, title), presentation.focus, self)
        mode.finished.connect(self._record_vote)
        self.vote = mode
        presentation.set_mode(mode)
        return mode

    def _record_vote(self, tally: VoteTally) -> None:
        record_vote(self.document, tally)
        self.vote = None
        if self.presentation is not None:
            self.presentation.set_mode(None)
        self.voteRecorded.emit(tally)

    # ----- scoring --------------------------------------------------------------------
    def start_scoring(self) -> ScoreMode:
        presentation = self.present()
        mode = ScoreMode(self.document, presentation.focus, self)
        presentation.set_mode(mode)
        return mode

    # ----- the plan -------------------------------------------------------------------
    def start_plan(self, plan: WorkshopPlan) -> PlanRunner:
        """Keep ``plan`` in the map (one undo step), present, and start its first activity."""
        set_plan(self.document, plan)
        runner = PlanRunner(self.document, plan, self.countdown, self.clock, self)
        runner.activityChanged.connect(self._apply_activity)
        self.plan_runner = runner
        self.present()
        runner.next()
        return runner

    def next_activity(self) -> None:
        """N on the presentation: finish a running vote's reveal step, then go on."""
        if self.vote is not None:
            self.vote.finish()  # a vote left open is counted before going on
        if self.plan_runner is not None:
            self.plan_runner.next()

    def _apply_activity(self) -> None:
        runner, presentation = self.plan_runner, self.presentation
        if runner is None or presentation is None:
            return
        current = runner.current()
        presentation.set_mode(None)
        self.vote = None
        if current is None:
            presentation.set_prompt("")
            return
        focus = presentation.focus
        lanes = [lane.id for lane in card_lanes(self.document.journey)]
        if current.lane in lanes:
            focus.go_lane(lanes.index(current.lane))
        if current.stage is not None:
            stages = [stage.id for stage in self.document.journey.stages]
            if current.stage in stages:
                focus.go_stage(stages.index(current.stage))
        presentation.set_prompt(current.prompt or current.title)
        activity = runner.plan.activities[current.index]
        if current.kind is ActivityKind.SCORE:
            self.start_scoring()
        elif current.kind is ActivityKind.VOTE and activity.vote is not None:
            names = self.vote_settings.participants if self.vote_settings else default_names(4)
            scope = activity.vote.scope
            scope_id = {VoteScope.LANE: focus.lane_id, VoteScope.STAGE: focus.stage_id,
                        VoteScope.MAP: None}[scope]
            if scope_id is None:
                scope = VoteScope.MAP
            self.start_vote(VoteSettings(activity.vote.dots, list(names), scope, scope_id,
                                         activity.vote.allow_stacking, activity.vote.hidden),
                            current.title)
        presentation.update()

    def records(self) -> tuple[WorkshopPlan | None, list[ActivityRecord], float]:
        """The plan, what ran of it and now (for End workshop); the running one ends."""
        runner = self.plan_runner
        if runner is None:
            return self.document.journey.workshop_plan, [], self.clock()
        runner.finish()
        return runner.plan, list(runner.run.records), self.clock()
