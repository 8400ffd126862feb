"""Shared by the recovery tests: copies as a crashed editor leaves them, answering the
modal boxes a person would answer, and the real start path without the event loop."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from cjm_desktop.app import ensure_app, run_gui
from cjm_desktop.editing.autosave import recovery_folder
from cjm_desktop.files import save_map
from cjm_desktop.files.templates import load_template


def dead_pid() -> int:
    """The id of a process that has exited and been reaped."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def leave_copy(title: str, *, folder: Path | None = None, pid: int | None = None,
               saved_at: datetime | None = None, **meta_extra: object) -> Path:
    """A recovery copy as a crashed editor leaves it: the map and its description."""
    ensure_app()
    folder = folder if folder is not None else recovery_folder()
    folder.mkdir(parents=True, exist_ok=True)
    journey = load_template("blank", "ko")
    journey.update_info({"title": title})
    session = f"20261201-101010-{abs(hash(title)) % 10**6}-crash"
    data = folder / f"{session}.cjm.json"
    save_map(journey, data)
    meta = {"format": 1, "title": title, "original_path": None,
            "saved_at": (saved_at or datetime.now().astimezone()).isoformat(timespec="seconds"),
            "pid": pid if pid is not None else dead_pid(), "host": socket.gethostname(),
            "session": session, **meta_extra}
    (folder / f"{session}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return data


def answer_modal(object_name: str, key: Qt.Key | None = None, button_text: str | None = None,
                 seen: list[str] | None = None) -> None:
    """When the modal box ``object_name`` shows, press ``key`` on it or click a button."""
    def poke() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != object_name:
            QTimer.singleShot(10, poke)
            return
        if seen is not None:
            seen.append(box.text() if isinstance(box, QMessageBox) else box.objectName())
        if button_text is not None:
            for button in box.buttons():
                if button.text().replace("&", "") == button_text:
                    button.click()
                    return
            raise AssertionError(f"no button {button_text!r}")
        QTest.keyClick(box, key)

    QTimer.singleShot(0, poke)


def keep(qtbot, window) -> None:
    """pytest-qt closes and deletes the window, plot and all, before the other windows;
    a restored map is unsaved, so closing must not stop on the unsaved-changes prompt."""
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())


def start(qtbot, path=None):
    """The real start path without the event loop; returns (window, the offer)."""
    window = run_gui(path, exec_loop=False)
    keep(qtbot, window)
    qtbot.waitUntil(lambda: window.reliability.recover_dialog is not None
                    and window.reliability.recover_dialog.isVisible())
    return window, window.reliability.recover_dialog
