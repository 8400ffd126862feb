"""No silent loss: every path that would drop the open map asks first; Save As leaves the
original file alone; a target that cannot be written gives a clear message and the map
stays open and modified."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cjm_desktop.app import create_main_window
from cjm_desktop.files import load_map, map_to_dict
from cjm_desktop.files.templates import sample_path


@pytest.fixture
def map_file(tmp_path):
    path = tmp_path / "원본.cjm.json"
    shutil.copyfile(sample_path("ko"), path)
    return path


@pytest.fixture
def window(map_file):
    win = create_main_window(map_file)
    win.document.update_info({"title": "저장 안 한 변경"})
    yield win
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()


@pytest.fixture
def asked(monkeypatch):
    """Answer the unsaved-changes prompt with Cancel and count the questions."""
    questions: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        questions.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    return questions


@pytest.fixture
def errors(window, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda title, text: shown.append(text))
    return shown


def unchanged(window, map_file) -> bool:
    return (window.document.journey.info.title == "저장 안 한 변경"
            and window.document.path == map_file and window.document.is_modified())


# ----- the prompt wherever work could go ----------------------------------------------------
def test_close_asks_and_cancel_keeps_the_window(window, map_file, asked):
    assert not window.close()
    assert len(asked) == 1 and unchanged(window, map_file)


def test_new_asks(window, map_file, asked, monkeypatch):
    from cjm_desktop.main_window import file_controller

    monkeypatch.setattr(file_controller.TemplateChooser, "ask",
                        classmethod(lambda cls, parent: pytest.fail("not after Cancel")))
    window.files.new_map()
    assert len(asked) == 1 and unchanged(window, map_file)


def test_open_asks_before_the_file_dialog(window, map_file, asked, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: pytest.fail("no file dialog after Cancel"))
    window.files.open_dialog()
    assert len(asked) == 1 and unchanged(window, map_file)


def test_open_recent_asks(window, map_file, asked, tmp_path):
    other = tmp_path / "other.cjm.json"
    shutil.copyfile(sample_path("en"), other)
    assert not window.files.open_path(other)
    assert len(asked) == 1 and unchanged(window, map_file)


def test_close_map_asks(window, map_file, asked):
    window.files.close_map()
    assert len(asked) == 1 and unchanged(window, map_file)


def test_quit_asks(window, map_file, asked):
    window.show()
    window.files.quit()
    assert len(asked) >= 1 and unchanged(window, map_file)
    assert window.isVisible()


def drop(window, path: Path) -> None:
    """A map file dropped on the canvas (the canvas feature routes it to files.open_path)."""
    window.canvas.fileDropped.emit(str(path))


def test_dropping_another_map_asks(window, map_file, asked, tmp_path):
    other = tmp_path / "dropped.cjm.json"
    shutil.copyfile(sample_path("en"), other)
    drop(window, other)
    assert len(asked) == 1 and unchanged(window, map_file)


def test_dropping_a_map_on_a_saved_window_opens_it(map_file, tmp_path):
    win = create_main_window(map_file)
    other = tmp_path / "dropped.cjm.json"
    shutil.copyfile(sample_path("en"), other)
    drop(win, other)
    assert win.document.path == other
    win.close()
    win.deleteLater()


def test_save_at_the_prompt_that_fails_keeps_the_window(window, map_file, errors, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)

    def refuse(path, **_options):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(window.document, "save_as", refuse)
    assert not window.close()
    assert errors and unchanged(window, map_file)


# ----- save as, read-only and vanished targets ---------------------------------------------
def test_save_as_leaves_the_original_byte_identical(window, map_file, tmp_path, monkeypatch):
    before = map_file.read_bytes()
    target = tmp_path / "사본.cjm.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.files.save_as()
    assert map_file.read_bytes() == before
    assert map_to_dict(load_map(target)) == map_to_dict(window.document.journey)
    assert window.document.path == target and not window.document.is_modified()


def test_vanished_folder_gives_a_message_and_stays_modified(window, map_file, tmp_path, errors,
                                                             monkeypatch):
    gone = tmp_path / "gone"
    gone.mkdir()
    target = gone / "map.cjm.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    gone.rmdir()
    assert not window.files.save_as()
    assert len(errors) == 1 and str(target) in errors[0]
    assert "still open" in errors[0]
    assert unchanged(window, map_file)


def test_vanished_folder_of_the_open_file(window, tmp_path, errors):
    folder = tmp_path / "moved-away"
    folder.mkdir()
    path = folder / "map.cjm.json"
    shutil.copyfile(sample_path("ko"), path)
    window.document.replace(load_map(path), path)
    window.document.update_info({"title": "저장 안 한 변경"})
    shutil.rmtree(folder)
    assert not window.files.save()
    assert errors and window.document.is_modified()


def test_target_that_is_a_folder(window, map_file, tmp_path, errors, monkeypatch):
    target = tmp_path / "folder.cjm.json"
    target.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert not window.files.save_as()
    assert errors and unchanged(window, map_file)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs POSIX permissions (root ignores them)")
def test_read_only_folder_gives_a_message_and_stays_modified(window, map_file, tmp_path, errors,
                                                             monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        target = locked / "map.cjm.json"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
        assert not window.files.save_as()
        assert errors and str(target) in errors[0]
        assert unchanged(window, map_file)
        assert not target.exists()
    finally:
        locked.chmod(0o700)


def test_read_only_target_simulated(window, map_file, errors, monkeypatch):
    """The same path for root and Windows runs: the atomic write is refused by the system."""
    from cjm_desktop.files import atomic

    def refuse(*_a, **_k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    before = map_file.read_bytes()
    assert not window.files.save()
    assert errors and "Permission denied" in errors[0]
    assert map_file.read_bytes() == before
    assert unchanged(window, map_file)
