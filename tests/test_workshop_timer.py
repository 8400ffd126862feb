"""The workshop countdown: presets, pause and resume, +1 min, the last minute and overtime,
the Timer window's buttons, and the timer in the status bar and the presentation header.
Every clock here is a FakeClock: no test waits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from window_helpers import window_fixture  # noqa: F401 (fixture)
from workshop_helpers import FakeClock, press

from cjm_desktop.workshop.timer import PRESET_MINUTES, Countdown, Phase


def test_a_preset_counts_down_from_its_minutes():
    clock = FakeClock()
    countdown = Countdown(clock)
    countdown.set_minutes(3)
    assert countdown.text() == "03:00" and countdown.phase is Phase.IDLE
    clock.advance(30)  # not started: nothing moves
    assert countdown.text() == "03:00"
    countdown.start()
    clock.advance(65.2)
    assert countdown.text() == "01:55"
    assert not countdown.is_last_minute()


def test_pause_keeps_the_time_and_resume_goes_on():
    clock = FakeClock()
    countdown = Countdown(clock)
    countdown.set_minutes(1)
    countdown.start()
    clock.advance(20)
    countdown.pause()
    clock.advance(600)
    assert countdown.text() == "00:40" and countdown.phase is Phase.PAUSED
    countdown.resume()
    clock.advance(10)
    assert countdown.text() == "00:30"


def test_the_last_minute_then_overtime_counts_on_with_a_plus():
    clock = FakeClock()
    countdown = Countdown(clock)
    countdown.set_minutes(5)
    countdown.start()
    clock.advance(4 * 60 + 1)
    assert countdown.is_last_minute() and countdown.text() == "00:59"
    clock.advance(59)
    assert countdown.text() == "00:00"
    clock.advance(0.2)
    assert countdown.is_overtime() and countdown.is_flashing()
    clock.advance(0.5)
    assert not countdown.is_flashing()  # the edge blinks
    clock.advance(72.3)
    assert countdown.text() == "+01:13"
    assert not countdown.is_flashing()  # only the first seconds after zero


def test_plus_one_minute_and_reset():
    clock = FakeClock()
    countdown = Countdown(clock)
    countdown.set_minutes(1)
    countdown.start()
    clock.advance(50)
    countdown.add_minute()
    assert countdown.text() == "01:10"
    countdown.reset()
    assert countdown.text() == "01:00" and countdown.phase is Phase.IDLE


def test_the_timer_window_works_from_the_keyboard(window):
    clock = FakeClock()
    window.workshop.clock = clock
    window.findChild(QAction, "workshopTimer").trigger()
    dialog = window.workshop.part().timer_dialog
    assert dialog.isVisible()
    for minutes in PRESET_MINUTES:
        assert dialog.findChild(QPushButton, f"timerPreset{minutes}") is not None
    press(dialog, Qt.Key.Key_4)  # the fourth preset: 10 minutes
    assert dialog.display.text() == "10:00"
    assert dialog.start_button.hasFocus() or not dialog.isActiveWindow()
    press(dialog.start_button, Qt.Key.Key_Space)  # Start, the focused button
    clock.advance(61)
    dialog.countdown.changed.emit()  # the tick the running QTimer would send
    assert dialog.display.text() == "08:59"
    status = window.findChild(QLabel, "workshopTimerStatus")
    assert status.isVisible() and "08:59" in status.text()
    dialog.findChild(QPushButton, "timerStart").click()  # Pause
    assert dialog.countdown.phase is Phase.PAUSED
    dialog.findChild(QPushButton, "timerPlusMinute").click()
    assert dialog.display.text() == "09:59"
    dialog.custom.setValue(25)
    dialog.findChild(QPushButton, "timerSetCustom").click()
    assert dialog.display.text() == "25:00"
    dialog.findChild(QPushButton, "timerReset").click()
    assert not status.isVisible()
    press(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_presentation_header_shows_the_timer_and_its_overtime(window):
    clock = FakeClock()
    window.workshop.clock = clock
    window.findChild(QAction, "workshopPresent").trigger()
    presentation = window.workshop.part().presentation
    countdown = window.workshop.part().countdown
    assert presentation.header_text().timer == ""  # no timer set: none shown
    countdown.set_minutes(1)
    press(presentation, Qt.Key.Key_Space)  # start from the presentation
    clock.advance(45)
    assert presentation.header_text().timer == "00:15"
    assert presentation.header_text().timer_state == "last-minute"
    clock.advance(20)
    assert presentation.header_text().timer == "+00:05"
    assert presentation.header_text().timer_state == "overtime"
    presentation.repaint()  # paints the overtime colours and the flash without error
    QApplication.processEvents()
