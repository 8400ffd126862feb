"""Crash recovery end to end: an editor process is edited, autosaves, and is SIGKILLed; the
next start offers its map (title, time, original path) and restores it, marked modified."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from cjm_desktop.app import create_main_window
from cjm_desktop.editing import recovery
from cjm_desktop.files import load_map, map_to_dict
from cjm_desktop.files.templates import sample_path

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from cjm_desktop.app import create_main_window
    from cjm_desktop.files import dumps

    window = create_main_window(sys.argv[1])
    document = window.document
    document.update_info({"title": "충돌 전 마지막 편집"})
    stage = document.add_stage("복구될 단계")
    lane = document.journey.lanes[0].id
    document.add_card((stage, None, lane), text="잃어버리면 안 되는 카드")
    card = document.journey.ordered_cards()[0].id
    document.update_card(card, {"text": "고친 카드 글"})
    deadline = time.monotonic() + 15
    while window.autosaver.last_written is None and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    Path(sys.argv[2]).write_text(dumps(document.journey), encoding="utf-8")
    print("READY", window.autosaver.data_path, flush=True)
    while True:  # an editor that keeps running until it is killed
        QApplication.processEvents()
        time.sleep(0.05)
""")


def run_and_kill_editor(map_file: Path, expected: Path) -> Path:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    root = Path(__file__).resolve().parents[1]
    env["PYTHONPATH"] = os.pathsep.join([str(root), env.get("PYTHONPATH", "")])
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(map_file), str(expected)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = child.stdout.readline()
        assert line.startswith("READY"), child.stderr.read()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)  # reaped: its process id is no longer alive
    return Path(line.split(" ", 1)[1].strip())


def test_killed_editor_is_offered_and_restored(tmp_path, qtbot):
    map_file = tmp_path / "여정.cjm.json"
    shutil.copyfile(sample_path("ko"), map_file)
    original_bytes = map_file.read_bytes()
    expected_file = tmp_path / "expected.json"
    copy = run_and_kill_editor(map_file, expected_file)
    assert copy.exists(), "the recovery copy must survive the kill"
    assert map_file.read_bytes() == original_bytes, "autosave never writes the user's file"

    window = create_main_window()  # the next start
    entries = recovery.list_entries(window.autosaver.folder)
    assert len(entries) == 1
    entry = entries[0]
    assert entry.title == "충돌 전 마지막 편집"
    assert entry.original_path == map_file
    assert entry.saved_at is not None

    dialog = window.reliability.recovery_dialog()
    assert dialog is not None
    item = dialog.tree.topLevelItem(0)
    assert item.text(0) == "충돌 전 마지막 편집"
    assert item.text(1)  # the time
    assert item.text(2) == str(map_file)
    assert dialog.restore_selected()

    expected = load_map(expected_file)
    assert map_to_dict(window.document.journey) == map_to_dict(expected)
    assert window.document.is_modified()
    assert window.document.path == map_file
    assert window.isWindowModified()
    # The copy now belongs to this session: a second crash would still find it...
    assert window.autosaver.has_copy()
    assert recovery.list_entries(window.autosaver.folder) == []  # ...but it is not offered twice
    # Saving ends the need for it.
    assert window.files.save()
    window.autosaver.flush()
    assert list(window.autosaver.folder.glob("*.cjm.json")) == []
    assert map_to_dict(load_map(map_file))["cards"] == map_to_dict(expected)["cards"]
    window.close()
    window.deleteLater()


def test_discard_removes_the_copy_and_nothing_is_offered_again(tmp_path, qtbot):
    map_file = tmp_path / "map.cjm.json"
    shutil.copyfile(sample_path("en"), map_file)
    run_and_kill_editor(map_file, tmp_path / "expected.json")
    window = create_main_window()
    dialog = window.reliability.offer_recovery()  # non-blocking (window-modal)
    assert dialog is not None and dialog.isVisible()
    before = map_to_dict(window.document.journey)
    dialog.discard_selected()
    QApplication.processEvents()
    assert not dialog.isVisible()
    assert map_to_dict(window.document.journey) == before
    assert window.reliability.recovery_dialog() is None
    window.close()
    window.deleteLater()


def test_nothing_is_offered_after_a_clean_close(tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = create_main_window()
    window.document.update_info({"title": "x"})
    window.autosaver.save_now()
    window.autosaver.flush()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.close()
    again = create_main_window()
    assert again.reliability.recovery_dialog() is None
    again.close()
    again.deleteLater()


def test_copies_of_running_editors_and_temp_files_are_not_offered(tmp_path, qtbot):
    window = create_main_window()
    window.document.update_info({"title": "아직 실행 중"})
    window.autosaver.save_now()
    window.autosaver.flush()
    folder = window.autosaver.folder
    # A half-written copy of a killed atomic write is a hidden temp file.
    (folder / ".dead.cjm.json.abc123.tmp").write_text("{", encoding="utf-8")
    assert recovery.list_entries(folder) == []  # our own process is alive
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()
