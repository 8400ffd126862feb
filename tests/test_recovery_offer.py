"""The recovery offer and File ▸ Recover…, driven as a person does: Enter on the offer
restores; Discard asks once more and moves the copies to a trash that File ▸ Recover… can
restore from for 7 days; Esc and closing keep the copies for the next start; the real start
path (``run_gui``) purges old trash and shows the offer."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from recovery_helpers import answer_modal, keep, leave_copy, start

from cjm_desktop.app import create_main_window, ensure_app, run_gui
from cjm_desktop.editing import recovery
from cjm_desktop.files import load_map, map_to_dict


def titles(dialog) -> list[str]:
    return [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]


def test_enter_on_the_offer_restores_the_work(qtbot):
    copy = leave_copy("복구할 지도")
    expected = map_to_dict(load_map(copy))
    window, offer = start(qtbot)
    assert offer.restore_button.isDefault()
    QTest.keyClick(QApplication.focusWidget() or offer.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not offer.isVisible())
    assert map_to_dict(window.document.journey) == expected
    assert window.document.is_modified()
    assert recovery.list_entries() == []  # this session owns the copy now
    assert recovery.list_trash() == []


def test_discard_asks_once_more_and_cancel_keeps_the_copy(qtbot):
    leave_copy("지도 하나")
    leave_copy("지도 둘")
    window, offer = start(qtbot)
    before = map_to_dict(window.document.journey)
    offer.tree.selectAll()
    asked: list[str] = []
    answer_modal("confirmDiscard", Qt.Key.Key_Return, seen=asked)  # Enter = Cancel there
    assert not offer.discard_selected()
    assert asked == ["The unsaved changes of 2 maps will be deleted."]
    assert len(recovery.list_entries()) == 2
    assert recovery.list_trash() == []
    assert offer.isVisible()
    assert map_to_dict(window.document.journey) == before


def test_a_discarded_copy_is_in_the_trash_and_file_recover_restores_it(qtbot):
    copy = leave_copy("버렸다가 되살릴 지도")
    expected = map_to_dict(load_map(copy))
    window, offer = start(qtbot)
    asked: list[str] = []
    answer_modal("confirmDiscard", button_text="Discard", seen=asked)
    QTest.mouseClick(offer.discard_button, Qt.MouseButton.LeftButton)
    assert asked == ["The unsaved changes of 1 map will be deleted."]
    qtbot.waitUntil(lambda: not offer.isVisible())
    assert recovery.list_entries() == []
    trash = recovery.list_trash()
    assert [entry.title for entry in trash] == ["버렸다가 되살릴 지도"]
    assert trash[0].discarded_at is not None
    assert map_to_dict(window.document.journey) != expected

    action = window.reliability.recover_action
    assert action in window.file_menu.actions(), "File ▸ Recover… is a menu entry"
    action.trigger()
    browse = window.reliability.recover_dialog
    assert browse is not offer and browse.isVisible()
    assert titles(browse) == ["버렸다가 되살릴 지도"]
    assert browse.tree.topLevelItem(0).text(3).startswith("Discarded ")
    QTest.keyClick(browse.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not browse.isVisible())
    assert map_to_dict(window.document.journey) == expected
    assert window.document.is_modified()
    assert recovery.list_trash() == []


def test_file_recover_lists_crash_copies_and_the_trash_and_says_when_empty(qtbot):
    window = create_main_window()
    keep(qtbot, window)
    dialog = window.reliability.show_recover()
    assert dialog.isVisible() and dialog.tree.topLevelItemCount() == 0
    assert not dialog.restore_button.isEnabled()
    assert dialog.empty_label.isVisibleTo(dialog)
    QTest.keyClick(dialog.tree, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    leave_copy("충돌한 지도")
    trashed = leave_copy("버린 지도", folder=recovery.trash_folder())
    meta = json.loads(trashed.with_name(trashed.name.replace(".cjm.json", ".meta.json"))
                      .read_text(encoding="utf-8"))
    assert "discarded_at" not in meta  # no stamp: the file's time counts
    dialog = window.reliability.show_recover()
    assert sorted(titles(dialog)) == ["버린 지도", "충돌한 지도"]
    statuses = {dialog.tree.topLevelItem(i).text(0): dialog.tree.topLevelItem(i).text(3)
                for i in range(2)}
    assert statuses["충돌한 지도"] == "Unsaved after a crash"
    assert statuses["버린 지도"].startswith("Discarded ")
    # Discard is for copies not yet in the trash.
    for i in range(2):
        item = dialog.tree.topLevelItem(i)
        dialog.tree.setCurrentItem(item)
        assert dialog.discard_button.isEnabled() == (item.text(0) == "충돌한 지도")
    # Discarding from here keeps the list: the copy is now shown in the trash.
    dialog.tree.setCurrentItem(dialog.tree.findItems("충돌한 지도", Qt.MatchFlag.MatchExactly)[0])
    answer_modal("confirmDiscard", button_text="Discard")
    assert dialog.discard_selected()
    assert dialog.isVisible()
    assert all(entry.in_trash for entry in dialog.entries())
    assert len(dialog.entries()) == 2


@pytest.mark.parametrize("how", ["escape", "close", "later"])
def test_esc_or_closing_the_offer_keeps_the_copies_for_the_next_start(qtbot, how):
    leave_copy("나중에 복구")
    window, offer = start(qtbot)
    before = map_to_dict(window.document.journey)
    if how == "escape":
        QTest.keyClick(offer.tree, Qt.Key.Key_Escape)
    elif how == "close":
        offer.close()
    else:
        QTest.mouseClick(offer.later_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not offer.isVisible())
    assert map_to_dict(window.document.journey) == before
    assert [e.title for e in recovery.list_entries()] == ["나중에 복구"]
    assert recovery.list_trash() == []
    window.close()
    again, offer_again = start(qtbot)  # the next start offers it again
    assert titles(offer_again) == ["나중에 복구"]


def test_the_trash_keeps_copies_for_seven_days(tmp_path):
    trash = tmp_path / "recovery-trash"
    folder = tmp_path / "recovery"
    copy = leave_copy("일주일", folder=folder)
    [entry] = recovery.list_entries(folder)
    discarded = datetime(2026, 11, 1, 12, 0).astimezone()
    recovery.discard(entry, trash, now=discarded)
    assert not copy.exists()
    assert recovery.purge_trash(trash, now=discarded + timedelta(days=6, hours=23)) == 0
    assert [e.title for e in recovery.list_trash(trash)] == ["일주일"]
    assert recovery.purge_trash(trash, now=discarded + timedelta(days=7, minutes=1)) == 1
    assert recovery.list_trash(trash) == []
    assert list(trash.iterdir()) == []


def test_the_real_start_purges_trash_older_than_seven_days(qtbot):
    ensure_app()
    trash = recovery.trash_folder()
    old = leave_copy("오래된 것", folder=recovery.trash_folder(), pid=1)
    recent = leave_copy("최근 것", folder=recovery.trash_folder(), pid=1)
    for path, days in ((old, 8), (recent, 6)):
        meta_path = path.with_name(path.name.replace(".cjm.json", ".meta.json"))
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        when = datetime.now().astimezone() - timedelta(days=days)
        meta["discarded_at"] = when.isoformat(timespec="seconds")
        meta_path.write_text(json.dumps(meta), encoding="utf-8")
    QSettings().setValue("ui/welcomeShown", True)
    QSettings().setValue("files/recent", ["elsewhere.cjm.json"])  # no welcome either
    window = run_gui(None, exec_loop=False)
    keep(qtbot, window)
    QApplication.processEvents()
    assert window.reliability.recover_dialog is None  # nothing crashed: no offer
    assert [e.title for e in recovery.list_trash(trash)] == ["최근 것"]
    assert not old.exists()


def test_the_command_line_starts_the_editor_through_run_gui(tmp_path, monkeypatch):
    import cjm_desktop.app
    from cjm_desktop import cli

    calls = []
    monkeypatch.setattr(cjm_desktop.app, "run_gui", lambda path=None: calls.append(path) or 0)
    map_file = tmp_path / "map.cjm.json"
    map_file.write_text("{}", encoding="utf-8")
    assert cli.main([]) == 0
    assert cli.main([str(map_file)]) == 0
    assert calls == [None, str(map_file)]
