"""The workshop countdown: its state, read from an injectable clock.

The countdown never counts ticks: it remembers when it was started and how much time was
left then, and reads the clock when asked. Tests pass a fake clock and never wait; the app
uses a monotonic clock. A light QTimer only asks the views to repaint while it runs.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QObject, QTimer, Signal

Clock = Callable[[], float]  # seconds, monotonic

PRESET_MINUTES = (1, 3, 5, 10, 15)
LAST_MINUTE = 60.0
FLASH_SECONDS = 3.0  # how long the screen edge flashes after zero


class Phase(Enum):
    IDLE = "idle"  # never started since the last reset
    RUNNING = "running"
    PAUSED = "paused"


class Countdown(QObject):
    """A countdown that goes on as overtime after zero."""

    changed = Signal()  # state changed, or (while running) a tick passed

    def __init__(self, clock: Clock | None = None, parent: QObject | None = None,
                 *, tick_ms: int = 250) -> None:
        super().__init__(parent)
        self._clock: Clock = clock or time.monotonic
        self._duration = 5 * 60.0
        self._left_at_start = self._duration  # seconds left when last started/paused
        self._started_at: float | None = None
        self._phase = Phase.IDLE
        self._ticker = QTimer(self)
        self._ticker.setInterval(tick_ms)
        self._ticker.timeout.connect(self.changed.emit)

    # ----- reading --------------------------------------------------------------------
    @property
    def phase(self) -> Phase:
        return self._phase

    def is_running(self) -> bool:
        return self._phase is Phase.RUNNING

    def remaining(self) -> float:
        """Seconds left; negative once past zero (overtime)."""
        if self._started_at is None:
            return self._left_at_start
        return self._left_at_start - (self._clock() - self._started_at)

    def is_overtime(self) -> bool:
        return self.remaining() < 0

    def is_last_minute(self) -> bool:
        return 0 <= self.remaining() <= LAST_MINUTE and self._phase is not Phase.IDLE

    def is_flashing(self) -> bool:
        """True during the first seconds after zero, on and off every half second."""
        over = -self.remaining()
        if self._phase is not Phase.RUNNING or not 0 <= over < FLASH_SECONDS:
            return False
        return int(over * 2) % 2 == 0

    def text(self) -> str:
        """``mm:ss`` before zero, ``+mm:ss`` after it."""
        left = self.remaining()
        if left < 0:
            seconds = int(math.floor(-left))
            return f"+{seconds // 60:02d}:{seconds % 60:02d}"
        seconds = int(math.ceil(left))
        return f"{seconds // 60:02d}:{seconds % 60:02d}"

    # ----- controls -------------------------------------------------------------------
    def set_minutes(self, minutes: float) -> None:
        """Set the countdown (stops it): a preset or a custom time."""
        if not 0 < minutes <= 24 * 60:
            raise ValueError("a timer runs from a few seconds to 24 hours")
        self._duration = float(minutes) * 60.0
        self.reset()

    def start(self) -> None:
        """Start from the set time, or resume a paused countdown."""
        if self._phase is Phase.RUNNING:
            return
        self._started_at = self._clock()
        self._phase = Phase.RUNNING
        self._ticker.start()
        self.changed.emit()

    resume = start

    def pause(self) -> None:
        if self._phase is not Phase.RUNNING:
            return
        self._left_at_start = self.remaining()
        self._started_at = None
        self._phase = Phase.PAUSED
        self._ticker.stop()
        self.changed.emit()

    def toggle(self) -> None:
        if self._phase is Phase.RUNNING:
            self.pause()
        else:
            self.start()

    def add_minute(self) -> None:
        self._left_at_start += 60.0
        self.changed.emit()

    def reset(self) -> None:
        self._ticker.stop()
        self._started_at = None
        self._left_at_start = self._duration
        self._phase = Phase.IDLE
        self.changed.emit()
