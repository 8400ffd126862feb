"""Autosave: a recovery copy appears soon after an edit, equals the map, never touches the
user's file, and disappears on save, on a return to the saved state and on a clean close."""

from __future__ import annotations

import json
import shutil
import time

import pytest
from PySide6.QtWidgets import QMessageBox

from cjm_desktop.app import create_main_window
from cjm_desktop.editing import Document
from cjm_desktop.editing.autosave import DELAY_ENV, DELAY_KEY, Autosaver
from cjm_desktop.files import load_map, map_to_dict
from cjm_desktop.files.templates import load_sample, sample_path


@pytest.fixture
def map_file(tmp_path):
    path = tmp_path / "여정.cjm.json"
    shutil.copyfile(sample_path("ko"), path)
    return path


@pytest.fixture
def window(qtbot, map_file, monkeypatch):
    # The shortest delay (the seam), so a test waits 0.2 s for a copy, not the default 2 s.
    monkeypatch.setenv(DELAY_ENV, "0.2")
    # Not qtbot.addWidget: pytest-qt would close it before this teardown, while modified.
    win = create_main_window(map_file)
    yield win
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()


def test_the_delay_is_two_seconds_unless_set_or_overridden(qapp, monkeypatch):
    from PySide6.QtCore import QSettings

    monkeypatch.delenv(DELAY_ENV, raising=False)
    document = Document(load_sample("ko"))
    delays = []
    for env in (None, None, "0.5", "0"):
        if env is not None:
            monkeypatch.setenv(DELAY_ENV, env)
        saver = Autosaver(document)
        delays.append(saver.delay)
        saver.close()
        QSettings().setValue(DELAY_KEY, 30)  # a person's setting, from the second on
    assert delays == [2.0, 30.0, 0.5, 0.2]  # never below 0.2 s


def test_an_edit_is_autosaved_within_the_delay(qtbot, window, map_file):
    before = map_file.read_bytes()
    saver = window.autosaver
    assert saver.delay == 0.2
    window.document.update_info({"title": "자동 저장 확인"})
    window.document.add_stage("새 단계")
    assert saver.is_scheduled() and not saver.data_path.exists()
    # Generous upper wait for a loaded machine; the timer itself is set to the delay.
    qtbot.waitUntil(lambda: saver.data_path.exists() and saver.last_written is not None,
                    timeout=10000)
    saver.flush()
    assert map_to_dict(load_map(saver.data_path)) == map_to_dict(window.document.journey)
    meta = json.loads(saver.meta_path.read_text(encoding="utf-8"))
    assert meta["title"] == "자동 저장 확인"
    assert meta["original_path"] == str(map_file)
    assert meta["pid"] > 0 and meta["saved_at"]
    # Never the user's own file.
    assert map_file.read_bytes() == before
    assert saver.data_path.parent != map_file.parent
    assert window.save_state_label.text().startswith("Autosaved ")


def test_keeps_saving_while_the_user_keeps_typing(qtbot, window):
    saver = window.autosaver
    started = time.monotonic()
    while time.monotonic() - started < 10 and saver.last_written is None:
        window.document.update_info({"description": f"{time.monotonic()}"}, merge=True)
        qtbot.wait(50)  # a keystroke every 50 ms: always sooner than the 0.2 s delay
    # The user never paused, yet a copy was written: edits do not push the timer back.
    assert saver.last_written is not None, "continuous edits must not postpone the copy"


def test_a_never_saved_map_is_autosaved_too(qtbot):
    win = create_main_window()  # the sample, no file
    assert win.document.path is None
    win.document.add_lane(title="새 레인")
    saver = win.autosaver
    saver.save_now()
    saver.flush()
    meta = json.loads(saver.meta_path.read_text(encoding="utf-8"))
    assert meta["original_path"] is None
    assert map_to_dict(load_map(saver.data_path)) == map_to_dict(win.document.journey)
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()


def test_saving_removes_the_copy_until_the_next_edit(qtbot, window, map_file):
    saver = window.autosaver
    window.document.update_info({"title": "저장 전"})
    saver.save_now()
    saver.flush()
    assert saver.data_path.exists()
    assert window.files.save()
    saver.flush()
    assert not saver.data_path.exists() and not saver.meta_path.exists()
    assert not saver.is_scheduled()
    window.document.update_info({"title": "저장 후"})
    assert saver.is_scheduled()


def test_undo_back_to_the_saved_state_removes_the_copy(qtbot, window):
    saver = window.autosaver
    window.document.update_info({"title": "잠깐"})
    saver.save_now()
    saver.flush()
    assert saver.data_path.exists()
    window.document.undo_stack.undo()
    assert not window.document.is_modified()
    saver.save_now()
    saver.flush()
    assert not saver.data_path.exists()


def test_a_clean_close_removes_the_copy(qtbot, map_file, monkeypatch):
    win = create_main_window(map_file)
    win.document.update_info({"title": "버릴 변경"})
    saver = win.autosaver
    saver.save_now()
    saver.flush()
    assert saver.data_path.exists()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert win.close()
    assert not saver.data_path.exists() and not saver.meta_path.exists()
    assert list(saver.folder.glob("*.cjm.json")) == []


def test_cancelled_close_keeps_the_copy(qtbot, window, monkeypatch):
    window.document.update_info({"title": "남길 변경"})
    saver = window.autosaver
    saver.save_now()
    saver.flush()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert saver.data_path.exists()


def test_an_unwritable_recovery_folder_is_reported_not_raised(qtbot, tmp_path, map_file):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    document = Document.open(map_file)
    saver = Autosaver(document, folder=blocker / "recovery", delay_seconds=0.2)
    failures: list[str] = []
    saver.failed.connect(failures.append)
    document.update_info({"title": "x"})
    saver.save_now()
    qtbot.waitUntil(lambda: bool(failures), timeout=3000)
    assert map_file.read_bytes() == sample_path("ko").read_bytes()
    saver.close()


def test_encoding_and_writing_happen_off_the_ui_thread(qtbot, monkeypatch):
    """The window only takes a snapshot; the worker encodes and writes (timing: bench/)."""
    import threading

    from cjm_desktop.editing import autosave

    writer_threads: list[int] = []
    real_encode = autosave.encode

    def recording_encode(data):
        writer_threads.append(threading.get_ident())
        return real_encode(data)

    monkeypatch.setattr(autosave, "encode", recording_encode)
    document = Document(load_sample("ko"))
    saver = Autosaver(document, delay_seconds=0.2)
    document.update_info({"title": "다른 제목"})
    saver.save_now()
    saver.flush()
    assert saver.data_path.exists()
    assert writer_threads and threading.get_ident() not in writer_threads
    saver.close()
