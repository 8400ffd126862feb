"""The Timer window: presets, a custom time and the start / pause / +1 min / reset buttons.

Everything is reachable from the keyboard: the presets are the keys 1–5 (shown on the
buttons), the other buttons have access keys, Esc closes the window (the timer runs on).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .timer import PRESET_MINUTES, Countdown, Phase


def tr(text: str) -> str:
    return QCoreApplication.translate("WorkshopTimer", text)


class TimerDialog(QDialog):
    def __init__(self, countdown: Countdown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopTimerDialog")
        self.setWindowTitle(tr("Timer"))
        self.countdown = countdown

        self.display = QLabel(self)
        self.display.setObjectName("timerDisplay")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 3.5)
        font.setBold(True)
        self.display.setFont(font)

        presets = QHBoxLayout()
        for number, minutes in enumerate(PRESET_MINUTES, start=1):
            button = QPushButton(tr("%1 min").replace("%1", str(minutes)), self)
            button.setObjectName(f"timerPreset{minutes}")
            button.setToolTip(tr("Key %1").replace("%1", str(number)))
            button.clicked.connect(lambda _=False, m=minutes: self.choose(m))
            presets.addWidget(button)

        self.custom = QSpinBox(self)
        self.custom.setObjectName("timerCustomMinutes")
        self.custom.setRange(1, 240)
        self.custom.setValue(20)
        self.custom.setSuffix(tr(" min"))
        custom_label = QLabel(tr("&Custom time:"), self)
        custom_label.setBuddy(self.custom)
        set_custom = QPushButton(tr("S&et"), self)
        set_custom.setObjectName("timerSetCustom")
        set_custom.clicked.connect(lambda: self.choose(self.custom.value()))

        self.start_button = QPushButton(self)
        self.start_button.setObjectName("timerStart")
        self.start_button.clicked.connect(countdown.toggle)
        plus = QPushButton(tr("+&1 min"), self)
        plus.setObjectName("timerPlusMinute")
        plus.clicked.connect(countdown.add_minute)
        reset = QPushButton(tr("&Reset"), self)
        reset.setObjectName("timerReset")
        reset.clicked.connect(countdown.reset)
        close = QPushButton(tr("Close"), self)
        close.setObjectName("timerClose")
        close.clicked.connect(self.close)

        grid = QGridLayout()
        grid.addWidget(custom_label, 0, 0)
        grid.addWidget(self.custom, 0, 1)
        grid.addWidget(set_custom, 0, 2)
        buttons = QHBoxLayout()
        for button in (self.start_button, plus, reset, close):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.display)
        layout.addLayout(presets)
        layout.addLayout(grid)
        layout.addLayout(buttons)

        countdown.changed.connect(self.refresh)
        self.refresh()
        self.start_button.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        number = event.key() - Qt.Key.Key_1
        if 0 <= number < len(PRESET_MINUTES) and not event.modifiers():
            self.choose(PRESET_MINUTES[number])
            return
        super().keyPressEvent(event)

    def choose(self, minutes: int) -> None:
        self.countdown.set_minutes(minutes)
        self.start_button.setFocus()

    def refresh(self) -> None:
        countdown = self.countdown
        self.display.setText(countdown.text())
        if countdown.phase is Phase.RUNNING:
            self.start_button.setText(tr("&Pause"))
        elif countdown.phase is Phase.PAUSED:
            self.start_button.setText(tr("Res&ume"))
        else:
            self.start_button.setText(tr("&Start"))
        colour = "#c0392b" if countdown.is_overtime() else (
            "#d68910" if countdown.is_last_minute() else "")
        self.display.setStyleSheet(f"color: {colour};" if colour else "")
