"""Unexpected errors in the running editor: never hidden, never a traceback in a person's face.

An exception raised inside a Qt slot, event handler or timer cannot reach any ``try`` of
ours: PySide6 hands it to ``sys.excepthook`` and the editor carries on. ``install()`` (called
by ``app.run_gui``, the real start path) replaces that hook, and the one of threads, with an
``ErrorReporter`` that

- appends the traceback, with the time and version, to ``<AppDataLocation>/logs/errors.log``
  (kept under ~1 MB: the older half moves to ``errors.log.1``);
- passes the exception on to the hook it replaced (stderr, or a test's collector);
- shows once per session a non-blocking notice naming the log file (the edits are in the
  document and its autosaved copy, so the work is safe).
"""

from __future__ import annotations

import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import __version__

LOG_NAME = "errors.log"
LOG_LIMIT_BYTES = 1_000_000

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def tr(text: str) -> str:
    return QCoreApplication.translate("ErrorNotice", text)


def log_folder() -> Path:
    """``<AppDataLocation>/logs`` (created on the first error)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "logs"


class ErrorReporter(QObject):
    """The excepthook of the running app (see the module docstring)."""

    reported = Signal(str)  # the log file's path; queued to the GUI thread

    def __init__(self, log_path: Path, previous: ExceptHook | None = None) -> None:
        super().__init__()
        self.log_path = log_path
        self.previous = previous
        self.notice: QMessageBox | None = None
        self._noticed = False
        self.reported.connect(self._show_notice, Qt.ConnectionType.QueuedConnection)

    def __call__(self, kind: type[BaseException], value: BaseException,
                 tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        written = self._write_log(text)
        if self.previous is not None:
            self.previous(kind, value, tb)
        else:
            sys.stderr.write(text)
        if written and not issubclass(kind, KeyboardInterrupt):
            self.reported.emit(str(self.log_path))

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self(args.exc_type, args.exc_value, args.exc_traceback)

    def _write_log(self, text: str) -> bool:
        try:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            if self.log_path.exists() and self.log_path.stat().st_size > LOG_LIMIT_BYTES:
                self.log_path.replace(self.log_path.with_name(LOG_NAME + ".1"))
            stamp = time.strftime("%Y-%m-%d %H:%M:%S")
            with self.log_path.open("a", encoding="utf-8") as log:
                log.write(f"--- {stamp} CJM Desktop {__version__}\n{text}\n")
        except OSError as error:  # the log cannot be written: say so where it can be seen
            sys.stderr.write(f"error: cjm-desktop: cannot write {self.log_path}: {error}\n")
            return False
        return True

    def _show_notice(self, log_path: str) -> None:
        if self._noticed or QApplication.instance() is None:
            return
        self._noticed = True
        parent = _main_window()
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Something went wrong"),
                          tr("Something went wrong; your work is safe. "
                             "Details are in %1").replace("%1", log_path),
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("errorNotice")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._forget_notice)
        self.notice = box
        box.show()  # not exec(): the person keeps working

    def _forget_notice(self) -> None:
        self.notice = None


def _main_window() -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "mainWindow" and widget.isVisible():
            return widget
    return None


def install(log_path: Path | None = None) -> ErrorReporter:
    """Make an ``ErrorReporter`` the hook of the main thread and of every other thread."""
    reporter = ErrorReporter(log_path or log_folder() / LOG_NAME, sys.excepthook)
    sys.excepthook = reporter
    threading.excepthook = reporter.thread_hook
    return reporter
