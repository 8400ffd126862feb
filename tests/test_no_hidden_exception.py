"""The test set-up itself: an exception raised inside a Qt slot, event handler or timer fails
the test that caused it, with or without qtbot (tests/conftest.py, ``slot_exceptions``)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROBES = '''
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton


def _app():
    return QApplication.instance() or QApplication([])


def test_timer_raises_without_qtbot():
    app = _app()
    QTimer.singleShot(0, lambda: 1 / 0)
    app.processEvents()


def test_clicked_slot_raises_with_qtbot(qtbot):
    button = QPushButton()
    qtbot.addWidget(button)
    button.clicked.connect(lambda: [][1])
    button.click()


def test_expected_error_is_taken(slot_exceptions):
    app = _app()
    QTimer.singleShot(0, lambda: int("x"))
    app.processEvents()
    assert [type(e[1]) for e in slot_exceptions] == [ValueError]
    slot_exceptions.clear()


def test_quiet_slot_passes():
    app = _app()
    QTimer.singleShot(0, lambda: None)
    app.processEvents()
'''


@pytest.mark.processes
def test_an_exception_in_a_slot_fails_its_test(tmp_path: Path):
    here = Path(__file__).resolve().parent
    shutil.copy(here / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "test_probes.py").write_text(PROBES, encoding="utf-8")
    (tmp_path / "pytest.ini").write_text(
        "[pytest]\nqt_no_exception_capture = true\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rA", str(tmp_path)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path)
    out = done.stdout
    assert "FAILED test_probes.py::test_timer_raises_without_qtbot" in out, out
    assert "FAILED test_probes.py::test_clicked_slot_raises_with_qtbot" in out, out
    assert "PASSED test_probes.py::test_expected_error_is_taken" in out, out
    assert "PASSED test_probes.py::test_quiet_slot_passes" in out, out
    assert "ZeroDivisionError" in out and "IndexError" in out
