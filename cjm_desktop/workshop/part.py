"""The workshop part of the main window: presenting, the timer, and their status-bar label.

The MainWindow builds one :class:`Workshop` on first use (Workshop menu or F5) and passes in
what it needs: the Document, the window it belongs to, and small callables for what only
the window knows (the editor's current cell, whether the theme is dark). Nothing here
reaches into the window or the canvas.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QLabel, QWidget

from ..editing import Document
from ..model import CellKey
from .keep_awake import KeepAwake
from .presentation import Presentation
from .timer import Clock, Countdown, Phase
from .timer_dialog import TimerDialog

SCALE_KEY = "workshop/textPercent"  # the presentation's text size, 100 = sized for 1080p
SCREEN_KEY = "workshop/screen"


def tr(text: str) -> str:
    return QCoreApplication.translate("Workshop", text)


class Workshop(QObject):
    presentingChanged = Signal(bool)

    def __init__(self, document: Document, host: QWidget, *,
                 current_cell: Callable[[], CellKey | None],
                 dark: Callable[[], bool], clock: Clock | None = None) -> None:
        super().__init__(host)
        self.document = document
        self.host = host
        self._current_cell = current_cell
        self._dark = dark
        self.countdown = Countdown(clock, self)
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
