"""Crash recovery end to end: an editor process is edited, autosaves, and is SIGKILLed; the
next start offers its map (title, time, original path) and restores it, marked modified —
also when it restarts at once, while the killed process is still a zombie, and whatever
unrelated process later reuses the dead editor's id."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from recovery_helpers import answer_modal, leave_copy

from cjm_desktop.app import create_main_window
from cjm_desktop.editing import recovery
from cjm_desktop.editing.file_watch import lock_path_for
from cjm_desktop.files import load_map, map_to_dict
from cjm_desktop.files.templates import sample_path

pytestmark = [pytest.mark.processes,
              pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")]

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


def start_editor(map_file: Path, expected: Path) -> tuple[subprocess.Popen, Path]:
    """An editor process that has edited ``map_file`` and autosaved (and keeps running)."""
    # The shortest autosave delay (the seam): the editor is ready 0.2 s after its edits.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CJM_DESKTOP_AUTOSAVE_DELAY="0.2")
    root = Path(__file__).resolve().parents[1]
    env["PYTHONPATH"] = os.pathsep.join([str(root), env.get("PYTHONPATH", "")])
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(map_file), str(expected)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    line = child.stdout.readline()
    if not line.startswith("READY"):
        child.kill()
        child.wait(10)
        raise AssertionError(child.stderr.read())
    return child, Path(line.split(" ", 1)[1].strip())


def run_and_kill_editor(map_file: Path, expected: Path) -> Path:
    child, copy = start_editor(map_file, expected)
    child.send_signal(signal.SIGKILL)
    child.wait(10)  # reaped: its process id is no longer alive
    return copy


def proc_state(pid: int) -> str | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text[text.rfind(")") + 2:].split()[0]


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


def test_discard_moves_the_copy_to_the_trash_and_nothing_is_offered_again(tmp_path, qtbot):
    map_file = tmp_path / "map.cjm.json"
    shutil.copyfile(sample_path("en"), map_file)
    copy = run_and_kill_editor(map_file, tmp_path / "expected.json")
    window = create_main_window()
    dialog = window.reliability.offer_recovery()  # non-blocking (window-modal)
    assert dialog is not None and dialog.isVisible()
    before = map_to_dict(window.document.journey)
    answer_modal("confirmDiscard", button_text="Discard")  # it asks once more
    assert dialog.discard_selected()
    QApplication.processEvents()
    assert not dialog.isVisible()
    assert map_to_dict(window.document.journey) == before
    assert window.reliability.recovery_dialog() is None
    assert not copy.exists()
    assert [entry.original_path for entry in recovery.list_trash()] == [map_file]
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


# ----- a restart right after kill -9: the killed editor is not reaped yet -----------------
def test_an_editor_killed_a_moment_ago_is_offered_while_it_is_still_a_zombie(tmp_path, qtbot):
    map_file = tmp_path / "좀비.cjm.json"
    shutil.copyfile(sample_path("ko"), map_file)
    child, copy = start_editor(map_file, tmp_path / "expected.json")
    child.send_signal(signal.SIGKILL)
    try:
        # Not reaped: its parent (this test, like a launcher that exited) has not waited.
        for _ in range(250):
            if proc_state(child.pid) in ("Z", None):
                break
            time.sleep(0.02)
        if sys.platform.startswith("linux"):
            assert proc_state(child.pid) == "Z"
        assert os.kill(child.pid, 0) is None, "a zombie still answers kill(pid, 0)"
        window = create_main_window()  # the next start, within the second
        qtbot.addWidget(window)
        entries = recovery.list_entries(window.autosaver.folder)
        assert [entry.data_path for entry in entries] == [copy]
        assert window.reliability.has_recovery()
        # Its lock beside the map does not claim the map is open elsewhere either.
        again = create_main_window(map_file)
        qtbot.addWidget(again)
        assert not again.reliability.banner_visible()
        again.document.undo_stack.setClean()
    finally:
        child.wait(10)


def write_lock(map_file: Path, **fields) -> None:
    lock_path_for(map_file).write_text(json.dumps({"host": socket.gethostname(), **fields}),
                                       encoding="utf-8")


def test_a_reused_process_id_never_blocks_the_offer_or_warns(tmp_path, qtbot):
    """The dead editor's id now names another live program: the copy is offered, the lock
    is stale — told apart by the recorded start, or (old records) by start time and name."""
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        folder = tmp_path / "recovery"
        leave_copy("기록된 시작과 다름", folder=folder, pid=other.pid,
                   process_start="some-boot:12345")
        leave_copy("옛 기록, 나중에 시작한 프로세스", folder=folder, pid=other.pid,
                   saved_at=datetime.now().astimezone() - timedelta(hours=1))
        leave_copy("옛 기록, 다른 프로그램", folder=folder, pid=other.pid)
        offered = sorted(entry.title for entry in recovery.list_entries(folder))
        if sys.platform.startswith("linux"):
            assert offered == sorted(["기록된 시작과 다름", "옛 기록, 나중에 시작한 프로세스",
                                      "옛 기록, 다른 프로그램"])
        map_file = tmp_path / "map.cjm.json"
        shutil.copyfile(sample_path("en"), map_file)
        write_lock(map_file, pid=other.pid, process_start="some-boot:12345")
        window = create_main_window(map_file)
        qtbot.addWidget(window)
        if sys.platform.startswith("linux"):
            assert not window.reliability.banner_visible()
    finally:
        other.kill()
        other.wait()


def test_a_live_editor_still_blocks_its_own_copy(tmp_path, qtbot):
    map_file = tmp_path / "map.cjm.json"
    shutil.copyfile(sample_path("en"), map_file)
    child, copy = start_editor(map_file, tmp_path / "expected.json")
    try:
        assert copy.exists()
        assert recovery.list_entries(copy.parent) == []  # still running: not offered
        meta = json.loads(copy.with_name(copy.name.replace(".cjm.json", ".meta.json"))
                          .read_text(encoding="utf-8"))
        if sys.platform.startswith("linux"):
            assert meta["process_start"]
        window = create_main_window(map_file)  # a second editor on the same map warns
        qtbot.addWidget(window)
        assert window.reliability.banner_visible()
        assert str(child.pid) in window.reliability.banner.label.text()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    assert [entry.data_path for entry in recovery.list_entries(copy.parent)] == [copy]
