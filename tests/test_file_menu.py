"""The File menu and window state: the [*] modified mark, the unsaved-changes prompt on
close / new / open (Save, Discard, Cancel), a failed Save As, Open Recent, the remembered
folder and the status-bar counts."""

from __future__ import annotations

import json
import os

from PySide6.QtWidgets import QFileDialog, QMessageBox
from window_helpers import window_fixture  # noqa: F401 (the window fixture)

from cjm_desktop.main_window import file_controller

Button = QMessageBox.StandardButton


class Prompt:
    """Stands in for QMessageBox.question: answers ``answer`` and counts the questions."""

    def __init__(self, answer: QMessageBox.StandardButton) -> None:
        self.answer = answer
        self.asked = 0

    def __call__(self, *_args, **_kwargs):
        self.asked += 1
        return self.answer


def edit(window) -> None:
    window.document.update_info({"title": "바뀐 제목"})


def test_modified_mark_follows_the_undo_stack_and_saving(window, tmp_path):
    document = window.document
    assert "[*]" in window.windowTitle() and not window.isWindowModified()
    edit(window)
    assert window.isWindowModified()
    document.save_as(tmp_path / "map.cjm.json")
    assert not window.isWindowModified()
    assert "map.cjm.json" in window.windowTitle()
    document.update_info({"title": "다시 바뀐 제목"})  # the same title again would be no step
    document.update_info({"owner": "누군가"})
    assert window.isWindowModified()
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert not window.isWindowModified()  # back at the saved state
    document.undo_stack.undo()
    assert window.isWindowModified()  # before the saved state: differs from the file


def test_close_with_cancel_keeps_the_window_and_the_map(window, monkeypatch):
    edit(window)
    snapshot = window.document.journey.snapshot()
    prompt = Prompt(Button.Cancel)
    monkeypatch.setattr(QMessageBox, "question", prompt)
    assert window.close() is False
    assert prompt.asked == 1
    assert window.isVisible()
    assert window.document.journey.snapshot() == snapshot
    assert window.isWindowModified()


def test_close_with_discard_closes(window, monkeypatch):
    edit(window)
    monkeypatch.setattr(QMessageBox, "question", Prompt(Button.Discard))
    assert window.close() is True


def test_close_with_save_writes_the_file_first(window, monkeypatch, tmp_path):
    edit(window)
    target = tmp_path / "saved.cjm.json"
    monkeypatch.setattr(QMessageBox, "question", Prompt(Button.Save))
    # The sample is a bundled file, so Save asks where to save it.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.close() is True
    assert json.loads(target.read_text(encoding="utf-8"))["map"]["title"] == "바뀐 제목"


def test_unchanged_map_closes_without_asking(window, monkeypatch):
    prompt = Prompt(Button.Cancel)
    monkeypatch.setattr(QMessageBox, "question", prompt)
    assert window.close() is True
    assert prompt.asked == 0


def test_new_asks_first_and_cancel_keeps_the_map(window, monkeypatch):
    edit(window)
    snapshot = window.document.journey.snapshot()
    chosen = []
    monkeypatch.setattr(file_controller.TemplateChooser, "ask",
                        classmethod(lambda cls, parent: chosen.append(1) or ("stages-4", "en")))
    monkeypatch.setattr(QMessageBox, "question", Prompt(Button.Cancel))
    window.files.new_action.trigger()
    assert chosen == [] and window.document.journey.snapshot() == snapshot
    monkeypatch.setattr(QMessageBox, "question", Prompt(Button.Discard))
    window.files.new_action.trigger()
    assert chosen == [1]
    assert [s.name for s in window.document.journey.stages][:1] == ["Awareness"]
    assert len(window.document.journey.stages) == 4
    assert not window.isWindowModified()


def test_open_asks_first_and_cancel_shows_no_file_dialog(window, monkeypatch, tmp_path):
    other = tmp_path / "other.cjm.json"
    window.document.save_as(other)
    edit(window)
    snapshot = window.document.journey.snapshot()
    opened = []

    def get_open(*_args, **_kwargs):
        opened.append(1)
        return str(other), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open)
    monkeypatch.setattr(QMessageBox, "question", Prompt(Button.Cancel))
    window.files.open_action.trigger()
    assert opened == [] and window.document.journey.snapshot() == snapshot
    monkeypatch.setattr(QMessageBox, "question", Prompt(Button.Discard))
    window.files.open_action.trigger()
    assert opened == [1]
    assert window.document.path == other
    assert window.document.journey.info.title == "배달 앱으로 저녁 주문하기"
    assert not window.isWindowModified()


def test_save_as_into_a_folder_that_cannot_be_written_reports_and_stays_modified(
        window, monkeypatch, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    target = folder / "map.cjm.json"
    if os.access(folder, os.W_OK):  # running as root ignores permissions
        blocker = tmp_path / "a-file-not-a-folder"
        blocker.write_text("x", encoding="utf-8")
        target = blocker / "map.cjm.json"
    edit(window)
    errors = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(window, "show_error", lambda title, text: errors.append((title, text)))
    try:
        window.files.save_as_action.trigger()
    finally:
        folder.chmod(0o755)
    assert len(errors) == 1 and str(target) in errors[0][1]
    assert not target.exists()
    assert window.document.is_modified() and window.isWindowModified()
    assert window.document.journey.info.title == "바뀐 제목"


def test_open_recent_lists_the_saved_file_and_opens_it(window, monkeypatch, tmp_path):
    target = tmp_path / "recent.cjm.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.files.save_as_action.trigger()
    menu = window.files.recent_menu
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if "recent.cjm.json" in a.text()]
    assert len(entries) == 1 and entries[0].toolTip() == str(target)
    window.document.replace(window.document.journey, None)  # show it as another map
    entries[0].trigger()
    assert window.document.path == target


def test_open_and_save_remember_the_last_folder(window, monkeypatch, tmp_path):
    folder = tmp_path / "maps"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(folder / "journey"), ""))
    window.files.save_as_action.trigger()
    assert (folder / "journey.cjm.json").exists()  # the suffix is added
    asked_in = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda parent, title, start, *rest: asked_in.append(start) or ("", ""))
    window.files.open_action.trigger()
    assert asked_in == [str(folder)]


def test_status_bar_counts_follow_edits(window):
    journey = window.document.journey
    text = window.counts_label.text()
    assert str(len(journey.stages)) in text and str(len(journey.cards)) in text
    window.document.add_stage("새 단계")
    assert str(len(journey.stages)) in window.counts_label.text()
    assert window.counts_label.text() != text
