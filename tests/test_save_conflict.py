"""Save never overwrites changes made elsewhere. Before writing, Save compares the file on
disk with what this window last read or wrote (content hash); when another editor changed
it, the person chooses Save As / Overwrite / Reload and lose mine, and nothing is written
until they do. A read-only map is not replaced."""

from __future__ import annotations

import os
import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton
from window_helpers import close_window as close
from window_helpers import map_file_fixture, window_on_file_fixture  # noqa: F401 (fixtures)

from cjm_desktop.app import create_main_window
from cjm_desktop.files import atomic_write_text, dumps, load_map
from cjm_desktop.files.templates import load_sample


@pytest.fixture
def editor_a(window_on_file):
    return window_on_file


def outside_edit(path, title: str) -> None:
    """Another editor (or program) saves its own version of the map."""
    journey = load_map(path)
    journey.update_info({"title": title})
    atomic_write_text(path, dumps(journey))


def answer(window, monkeypatch, choice: str) -> list[str]:
    asked: list[str] = []

    def ask(path):
        asked.append(path.name)
        return choice

    monkeypatch.setattr(window.files, "ask_disk_conflict", ask)
    return asked


def press_save(window) -> None:
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()


def test_two_editors_b_saves_then_a_saves_and_is_asked(qtbot, editor_a, map_file, monkeypatch):
    editor_b = create_main_window(map_file)
    try:
        editor_b.document.update_info({"title": "B's title"})
        assert editor_b.files.save()
        editor_a.document.update_info({"title": "A's title"})
        asked = answer(editor_a, monkeypatch, "cancel")
        press_save(editor_a)
        assert asked == ["map.cjm.json"]
        assert load_map(map_file).info.title == "B's title", "B's edit is not replaced"
        assert editor_a.document.is_modified(), "A's edit is still open, unsaved"
    finally:
        close(editor_b)


@pytest.mark.parametrize("looked", [False, True])  # before and after the watch settled and looked
def test_an_outside_write_just_before_save_is_never_overwritten(qtbot, editor_a, map_file,
                                                                 monkeypatch, looked):
    editor_a.document.update_info({"title": "mine"})
    asked = answer(editor_a, monkeypatch, "cancel")
    if looked:
        with qtbot.waitSignal(editor_a.reliability.watcher.checked, timeout=3000):
            outside_edit(map_file, "theirs")
    else:
        outside_edit(map_file, "theirs")
    press_save(editor_a)
    assert asked, f"a change just before Save was noticed (the watch looked: {looked})"
    assert load_map(map_file).info.title == "theirs"


def test_overwrite_writes_mine_after_asking(qtbot, editor_a, map_file, monkeypatch):
    editor_a.document.update_info({"title": "mine"})
    outside_edit(map_file, "theirs")
    answer(editor_a, monkeypatch, "overwrite")
    press_save(editor_a)
    assert load_map(map_file).info.title == "mine"
    assert not editor_a.document.is_modified()
    # Saved here again: the next Save does not ask.
    editor_a.document.update_info({"title": "mine again"})
    asked = answer(editor_a, monkeypatch, "cancel")
    press_save(editor_a)
    assert not asked and load_map(map_file).info.title == "mine again"


def test_reload_shows_theirs_and_drops_mine(qtbot, editor_a, map_file, monkeypatch):
    editor_a.document.update_info({"title": "mine"})
    outside_edit(map_file, "theirs")
    answer(editor_a, monkeypatch, "reload")
    press_save(editor_a)
    assert editor_a.document.journey.info.title == "theirs"
    assert not editor_a.document.is_modified()
    assert load_map(map_file).info.title == "theirs"


def test_save_as_keeps_both(qtbot, editor_a, map_file, tmp_path, monkeypatch):
    editor_a.document.update_info({"title": "mine"})
    outside_edit(map_file, "theirs")
    answer(editor_a, monkeypatch, "save_as")
    copy = tmp_path / "mine.cjm.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    press_save(editor_a)
    assert load_map(copy).info.title == "mine"
    assert load_map(map_file).info.title == "theirs"
    assert editor_a.document.path == copy


def test_the_real_dialog_offers_the_three_ways(qtbot, editor_a, map_file):
    editor_a.document.update_info({"title": "mine"})
    outside_edit(map_file, "theirs")
    seen: list[str] = []

    def click_overwrite() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click_overwrite)
            return
        seen.extend(b.objectName() for b in box.findChildren(QPushButton) if b.objectName())
        box.findChild(QPushButton, "conflictOverwrite").click()

    QTimer.singleShot(0, click_overwrite)
    assert editor_a.files.save()
    assert {"conflictSaveAs", "conflictOverwrite", "conflictReload"} <= set(seen)
    assert load_map(map_file).info.title == "mine"


def test_keep_mine_on_the_banner_then_save_does_not_ask_again(qtbot, editor_a, map_file,
                                                              monkeypatch):
    editor_a.document.update_info({"title": "mine"})
    outside_edit(map_file, "theirs")
    qtbot.waitUntil(editor_a.reliability.banner_visible, timeout=3000)
    editor_a.reliability.banner.keep_button.click()
    asked = answer(editor_a, monkeypatch, "cancel")
    press_save(editor_a)
    assert not asked and load_map(map_file).info.title == "mine"


def test_an_identical_copy_written_elsewhere_is_no_conflict(qtbot, editor_a, map_file,
                                                            monkeypatch):
    atomic_write_text(map_file, map_file.read_text(encoding="utf-8"))  # a sync tool
    editor_a.document.update_info({"title": "mine"})
    asked = answer(editor_a, monkeypatch, "cancel")
    press_save(editor_a)
    assert not asked and load_map(map_file).info.title == "mine"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_read_only_map_is_not_replaced(qtbot, editor_a, map_file, monkeypatch):
    before = map_file.read_bytes()
    os.chmod(map_file, 0o444)
    errors: list[str] = []
    monkeypatch.setattr(editor_a, "show_error", lambda title, text: errors.append(text))
    editor_a.document.update_info({"title": "mine"})
    press_save(editor_a)
    assert map_file.read_bytes() == before
    assert errors and "read-only" in errors[0] and "Save As" in errors[0]
    assert editor_a.document.is_modified()
    os.chmod(map_file, 0o644)


def test_the_document_records_what_it_wrote(tmp_path):
    from cjm_desktop.editing import Document

    path = tmp_path / "m.cjm.json"
    document = Document(load_sample("en"))
    document.save_as(path)
    assert document.disk_stamp is not None
    assert document.disk_stamp.size == path.stat().st_size
