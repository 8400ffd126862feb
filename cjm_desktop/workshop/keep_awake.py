"""Holds off the screen saver and display sleep while presenting, where the platform allows.

Linux desktops: the freedesktop ScreenSaver D-Bus interface (``Inhibit`` / ``UnInhibit``).
Windows: ``SetThreadExecutionState``. Elsewhere, or when the service is missing, nothing
happens and :meth:`KeepAwake.hold` returns False (presenting works all the same).
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusInterface

log = logging.getLogger(__name__)

_ES_CONTINUOUS = 0x80000000
_ES_DISPLAY_REQUIRED = 0x00000002


class KeepAwake:
    def __init__(self) -> None:
        self._cookie: int | None = None
        self._windows = False

    def hold(self, reason: str) -> bool:
        if self._cookie is not None or self._windows:
            return True
        if sys.platform == "win32":
            return self._hold_windows()
        if sys.platform.startswith("linux"):
            return self._hold_dbus(reason)
        return False

    def release(self) -> None:
        if self._windows:
            self._windows = False
            if sys.platform == "win32":  # (only there is _windows ever set)
                try:
                    import ctypes

                    ctypes.windll.kernel32.SetThreadExecutionState(_ES_CONTINUOUS)
                except (OSError, AttributeError) as error:
                    log.warning("could not release the display: %s", error)
        if self._cookie is not None:
            cookie, self._cookie = self._cookie, None
            interface = self._interface()
            if interface is not None:
                interface.call("UnInhibit", cookie)

    def _hold_windows(self) -> bool:
        if sys.platform != "win32":
            return False
        try:
            import ctypes

            ctypes.windll.kernel32.SetThreadExecutionState(
                _ES_CONTINUOUS | _ES_DISPLAY_REQUIRED)
        except (OSError, AttributeError) as error:
            log.warning("could not hold off display sleep: %s", error)
            return False
        self._windows = True
        return True

    @staticmethod
    def _interface() -> QDBusInterface | None:
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface
        except ImportError:
            return None
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return None
        interface = QDBusInterface("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                                   "org.freedesktop.ScreenSaver", bus)
        return interface if interface.isValid() else None

    def _hold_dbus(self, reason: str) -> bool:
        interface = self._interface()
        if interface is None:
            return False
        reply = interface.call("Inhibit", "CJM Desktop", reason)
        arguments = reply.arguments()
        if not arguments:
            log.info("the screen saver refused to be held off: %s", reply.errorMessage())
            return False
        self._cookie = int(arguments[0])
        return True
