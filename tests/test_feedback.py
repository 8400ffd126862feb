"""What the window tells after Save and after an export, and the names exports suggest."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog
from window_helpers import window_fixture  # noqa: F401 (the window fixture)

from cjm_desktop.main_window import export_feature
from cjm_desktop.main_window.launcher import RecordingLauncher


@pytest.fixture
def suggested(monkeypatch, tmp_path):
    """Save dialogs answer with a file in tmp_path; ``suggested`` keeps what they offered."""
    offered: list[str] = []
    answer: dict[str, Path] = {}

    def dialog(_parent, _title, start, _filter, *args, **kwargs):
        offered.append(start)
        target = answer.get("path") or tmp_path / Path(start).name
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    monkeypatch.setattr(export_feature, "ask_options", lambda parent, kind: {"dpi": 48}
                        if kind == "png" else {"page": "A4", "tiled": False})
    offered_answer = (offered, answer)
    return offered_answer


def test_save_says_saved_with_the_time_not_the_last_autosave(window, suggested, tmp_path):
    _offered, answer = suggested
    answer["path"] = tmp_path / "Dinner.cjm.json"
    label = window.save_state_label
    document = window.document
    document.update_info({"title": "Dinner"})
    window.reliability._show_autosaved(datetime(2026, 1, 1, 9, 30))
    assert label.text() == "Autosaved 09:30"
    window.files.save_action.trigger()
    assert (tmp_path / "Dinner.cjm.json").is_file()
    assert re.fullmatch(r"Saved \d\d:\d\d", label.text()), label.text()
    saved_text = label.text()
    # a recovery copy that finishes after the save does not take the news back
    window.autosaver.written.emit(datetime(2026, 1, 1, 9, 31))
    assert label.text() == saved_text


def test_an_export_names_the_file_and_opens_its_folder_through_the_launcher(
        window, suggested, tmp_path):
    launcher = RecordingLauncher()
    window.launcher = launcher
    answer = suggested[1]
    answer["path"] = tmp_path / "stakeholders.xlsx"
    window.export_controller.export_actions[".xlsx"].trigger()
    assert (tmp_path / "stakeholders.xlsx").is_file()
    notice = window.export_notice
    assert notice.isVisible()
    assert "stakeholders.xlsx" in notice.label.text()
    button = notice.open_button
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    assert launcher.folders == [tmp_path]
    assert launcher.urls == []


def test_a_cancelled_export_says_nothing(window, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert window.export_controller.export_as(".csv") is False
    assert not window.export_notice.isVisible()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".mmd", ".svg", ".png", ".pdf"])
def test_exports_are_named_after_the_map_file(window, suggested, tmp_path, suffix):
    offered, _answer = suggested
    saved = tmp_path / "Jimin's dinner.cjm.json"
    window.document.save_as(saved)
    window.export_controller.export_as(suffix)
    assert Path(offered[-1]).name == "Jimin's dinner" + suffix
    assert (tmp_path / ("Jimin's dinner" + suffix)).is_file()


def test_unsaved_maps_export_under_their_title(window, suggested):
    offered, _answer = suggested
    window.document.replace(window.document.journey, None)
    window.document.update_info({"title": "Lunch / take-away"})
    window.export_controller.export_as(".csv")
    assert Path(offered[-1]).name == "Lunch - take-away.csv"


def test_the_emotion_curve_export_follows_the_map_file_and_says_so(window, suggested,
                                                                   tmp_path):
    from cjm_desktop.main_window.plot_feature import export_dialog

    offered, _answer = suggested
    window.document.save_as(tmp_path / "Dinner.cjm.json")
    export_dialog(window, "svg")
    QApplication.processEvents()
    name = Path(offered[-1]).name
    assert name.startswith("Dinner") and name.endswith(".svg")
    assert (tmp_path / name).is_file()
    assert name in window.export_notice.label.text()
