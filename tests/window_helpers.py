"""Shared set-up of GUI tests that drive the whole main window on the Korean sample map."""

from __future__ import annotations

import shutil

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


def close_window(window) -> None:
    """Close a window without the unsaved-changes prompt."""
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()


@pytest.fixture(name="map_file")
def map_file_fixture(tmp_path):
    """A copy of the English sample map in the test's own folder."""
    path = tmp_path / "map.cjm.json"
    shutil.copyfile(sample_path("en"), path)
    return path


@pytest.fixture(name="window_on_file")
def window_on_file_fixture(map_file):
    """The main window with ``map_file`` open (it watches and locks that file)."""
    win = create_main_window(map_file)
    win.show()
    yield win
    close_window(win)


def card_of_kind(window, kind: str):
    return next(c for c in window.document.journey.ordered_cards() if c.kind == kind)
