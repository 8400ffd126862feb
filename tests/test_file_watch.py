"""Changes on disk and maps open elsewhere: the banner offers Reload / Keep mine when another
program changes or deletes the open file; our own saves are not outside changes; a lock
file warns a second editor; stale locks of dead processes are ignored."""

from __future__ import annotations

import json
import socket
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication
from window_helpers import close_window as close
from window_helpers import map_file_fixture, window_on_file_fixture  # noqa: F401 (fixtures)

from cjm_desktop.app import create_main_window
from cjm_desktop.editing.file_watch import lock_files, lock_path_for, pid_alive
from cjm_desktop.files import atomic_write_text, dumps, load_map, loads, map_to_dict


@pytest.fixture
def window(window_on_file):
    return window_on_file


def other_program_edits(path, title="Changed elsewhere") -> dict:
    journey = load_map(path)
    journey.info.title = title
    atomic_write_text(path, dumps(journey))  # like an editor: a new file renamed over it
    return map_to_dict(journey)


def test_outside_change_shows_banner_and_reload_takes_the_file(qtbot, window, map_file):
    reliability = window.reliability
    assert not reliability.banner_visible()
    on_disk = other_program_edits(map_file)
    qtbot.waitUntil(reliability.banner_visible, timeout=3000)
    assert reliability.banner.mode == "changed"
    assert "changed by another program" in reliability.banner.label.text()
    assert reliability.banner.reload_button.isVisible()
    assert reliability.banner.keep_button.isVisible()
    reliability.banner.reload_button.click()
    assert not reliability.banner_visible()
    assert map_to_dict(window.document.journey) == on_disk
    assert not window.document.is_modified()
    # The watch survives the replaced file: a second outside change is seen too.
    other_program_edits(map_file, "Second change")
    qtbot.waitUntil(reliability.banner_visible, timeout=3000)


def test_keep_mine_keeps_the_open_map_and_marks_it_modified(qtbot, window, map_file):
    mine = map_to_dict(window.document.journey)
    other_program_edits(map_file)
    qtbot.waitUntil(window.reliability.banner_visible, timeout=3000)
    window.reliability.banner.keep_button.click()
    assert not window.reliability.banner_visible()
    assert map_to_dict(window.document.journey) == mine
    assert window.document.is_modified()
    assert window.reliability.watcher.check_now() is None
    assert not window.reliability.banner_visible(), "the same change is not reported twice"


def test_deleted_file_shows_banner_without_reload(qtbot, window, map_file):
    map_file.unlink()
    qtbot.waitUntil(window.reliability.banner_visible, timeout=3000)
    banner = window.reliability.banner
    assert banner.mode == "removed"
    assert "deleted or moved" in banner.label.text()
    assert banner.reload_button.isHidden() and banner.keep_button.isVisible()
    banner.keep_button.click()
    assert window.document.is_modified()


def test_our_own_saves_are_not_outside_changes(qtbot, window, map_file):
    window.document.update_info({"title": "Saved here"})
    with qtbot.waitSignal(window.reliability.watcher.checked, timeout=3000) as looked:
        assert window.files.save()
    assert looked.args == [None]
    assert not window.reliability.banner_visible()
    assert load_map(map_file).info.title == "Saved here"


def test_touch_without_new_content_is_not_a_change(qtbot, window, map_file):
    with qtbot.waitSignal(window.reliability.watcher.checked, timeout=3000) as looked:
        map_file.write_bytes(map_file.read_bytes())
    assert looked.args == [None]
    assert not window.reliability.banner_visible()


def test_a_failed_reload_leaves_the_map_untouched(qtbot, window, map_file, monkeypatch):
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda title, text: errors.append(text))
    before = map_to_dict(window.document.journey)
    map_file.write_text('{"schema_version": 2, "map": [', encoding="utf-8")
    qtbot.waitUntil(window.reliability.banner_visible, timeout=3000)
    assert not window.reliability.reload_from_disk()
    assert errors and "map.cjm.json" in errors[0]
    assert map_to_dict(window.document.journey) == before


# ----- lock files ---------------------------------------------------------------------
def test_lock_file_is_written_beside_the_map_and_removed_on_close(map_file):
    win = create_main_window(map_file)
    lock = lock_path_for(map_file, win.reliability.lock.token)
    assert lock.name == f".map.cjm.json.{win.reliability.lock.token}.cjm-lock"
    assert lock_files(map_file) == [lock]
    from os import getpid

    assert json.loads(lock.read_text(encoding="utf-8"))["pid"] == getpid()
    close(win)
    assert not lock.exists()


OTHER_EDITOR = ("import sys, time; from pathlib import Path; "
                "from cjm_desktop.editing.file_watch import FileLock; "
                "FileLock().acquire(Path(sys.argv[1])); print('READY', flush=True); "
                "time.sleep(60)")


@pytest.mark.processes
def test_a_live_lock_of_another_process_warns(qtbot, map_file):
    other = subprocess.Popen([sys.executable, "-c", OTHER_EDITOR, str(map_file)],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().startswith("READY")
        [lock] = lock_files(map_file)  # the other editor's own lock
        assert json.loads(lock.read_text(encoding="utf-8"))["pid"] == other.pid
        win = create_main_window(map_file)
        assert win.reliability.banner_visible()
        assert win.reliability.banner.mode == "locked"
        assert str(other.pid) in win.reliability.banner.label.text()
        assert "already open" in win.reliability.banner.label.text()
        win.reliability.banner.dismiss_button.click()
        assert not win.reliability.banner_visible()
        close(win)
        assert lock.exists(), "their lock is left alone"
    finally:
        other.kill()
        other.wait()


def test_a_stale_lock_of_a_dead_process_is_ignored(qtbot, map_file):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    assert not pid_alive(dead.pid)
    lock = lock_path_for(map_file)
    lock.write_text(json.dumps({"pid": dead.pid, "host": socket.gethostname()}),
                    encoding="utf-8")
    win = create_main_window(map_file)
    assert not win.reliability.banner_visible()
    from os import getpid

    own = lock_path_for(map_file, win.reliability.lock.token)
    assert json.loads(own.read_text(encoding="utf-8"))["pid"] == getpid()
    close(win)


def test_a_second_window_on_the_same_file_warns(qtbot, map_file):
    first = create_main_window(map_file)
    second = create_main_window(map_file)
    assert not first.reliability.banner_visible()
    assert second.reliability.banner_visible()
    assert "another window" in second.reliability.banner.label.text()
    close(second)
    assert lock_files(map_file) == [lock_path_for(map_file, first.reliability.lock.token)], \
        "the first window still holds it"
    close(first)
    assert lock_files(map_file) == []


@pytest.mark.processes
def test_an_old_lock_naming_a_live_program_that_is_no_editor_is_ignored(qtbot, map_file):
    """A lock without a recorded process start (an older version's) whose id now names an
    unrelated program (the id was reused) does not claim the map is open elsewhere."""
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        lock_path_for(map_file).write_text(
            json.dumps({"pid": other.pid, "host": socket.gethostname()}), encoding="utf-8")
        win = create_main_window(map_file)
        if sys.platform.startswith("linux"):
            assert not win.reliability.banner_visible()
        close(win)
    finally:
        other.kill()
        other.wait()


def test_garbage_lock_file_is_ignored(qtbot, map_file):
    lock_path_for(map_file).write_bytes(b"\xff\x00 not json")
    win = create_main_window(map_file)
    assert not win.reliability.banner_visible()
    close(win)


def test_save_as_moves_the_lock(qtbot, window, map_file, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "copy.cjm.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.files.save_as()
    QApplication.processEvents()
    assert len(lock_files(target)) == 1
    assert lock_files(map_file) == []
    assert loads(target.read_text(encoding="utf-8")).info.title
