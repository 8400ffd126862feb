"""Shared set-up of GUI tests that drive the whole main window on the Korean sample map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from cjm_desktop.app import create_main_window
from cjm_desktop.files.templates import sample_path
from cjm_desktop.main_window.launcher import RecordingLauncher


@pytest.fixture(name="window")
def window_fixture(qtbot):
    """The main window on the Korean sample; closed without a prompt afterwards.

    Not registered with qtbot.addWidget: pytest-qt closes its widgets before fixtures are
    finalised, which would raise the unsaved-changes prompt and block the test run."""
    QSettings().remove("files")  # QSettings paths are fixed per process: forget other tests'
    win = create_main_window(sample_path("ko"), launcher=RecordingLauncher())
    win.show()
    QApplication.processEvents()
    yield win
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()
    QApplication.processEvents()


def card_of_kind(window, kind: str):
    return next(c for c in window.document.journey.ordered_cards() if c.kind == kind)
