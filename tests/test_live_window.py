"""Live co-editing in the window (issue 20, phase 1): File ▸ Share live… starts a session
on the chosen address and shows its join address, code, people and status; File ▸ Join
live… checks the address and opens the shared map in a new window kept where the person
chose; the status bar says online / offline / how many people; another map or closing
the window stops the session. Driven with the in-process fake backend."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton
from window_helpers import close_window, window_fixture  # noqa: F401 (fixture)

from cjm_desktop.editing.sharing import LOOPBACK
from cjm_desktop.files.templates import sample_path
from cjm_desktop.live.fake_backend import FakeBackend
from cjm_desktop.main_window.preferences import SYNC_URL_KEY, set_sync_url_override


def _click(button: QPushButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def _fake(window) -> FakeBackend:
    backend = FakeBackend()
    window.live.backend_factory = lambda: backend
    return backend


def _share(window):
    window.findChild(QAction, "fileShareLive").trigger()
    dialog = window.live.part().share_dialog
    address = dialog.findChild(QComboBox, "liveAddress")
    address.setCurrentIndex(address.findData(LOOPBACK))
    _click(dialog.findChild(QPushButton, "liveStart"))
    return dialog


def _indicator(window) -> QLabel:
    return window.findChild(QLabel, "liveIndicator")


def test_live_is_off_until_asked_and_its_part_is_not_built_at_start(window):
    assert window.findChild(QAction, "fileShareLive") in window.file_menu.actions()
    assert window.findChild(QAction, "fileJoinLive") in window.file_menu.actions()
    assert not window.live.built
    assert window.findChild(QLabel, "liveIndicator") is None


def test_share_shows_the_address_code_people_and_status_and_copies_the_address(window):
    backend = _fake(window)
    dialog = _share(window)
    session = backend.session
    assert backend.hosted == [LOOPBACK]
    assert session is not None and session.url.startswith(f"ws://{LOOPBACK}:")
    assert session.document is window.document
    assert dialog.findChild(QLabel, "liveUrl").text() == session.url
    assert not dialog.findChild(QLabel, "liveQr").pixmap().isNull()
    people = dialog.findChild(QLabel, "livePeople")
    assert people.text().endswith(": 0")
    session.set_peers(["지수", "Mina"])
    assert people.text().endswith(": 2")
    assert _indicator(window).isVisible()
    assert "3" in _indicator(window).text()  # you and the two others
    _click(dialog.findChild(QPushButton, "liveCopy"))
    assert QGuiApplication.clipboard().text() == session.url


def test_once_sharing_the_keys_go_to_copy_address_not_to_the_hidden_address_list(window):
    backend = _fake(window)
    dialog = _share(window)
    copy = dialog.findChild(QPushButton, "liveCopy")
    assert dialog.focusWidget() is copy
    QGuiApplication.clipboard().clear()
    QTest.keyClick(copy, Qt.Key.Key_Space)
    assert QGuiApplication.clipboard().text() == backend.session.url


def test_the_indicator_says_offline_then_live_again(window):
    backend = _fake(window)
    _share(window)
    session = backend.session
    session.set_status("offline")
    text = _indicator(window).text()
    assert "Offline" in text or "오프라인" in text
    session.set_status("online")
    assert "Live" in _indicator(window).text() or "라이브" in _indicator(window).text()


def test_stop_ends_the_session_and_the_dialog_offers_to_start_again(window):
    backend = _fake(window)
    dialog = _share(window)
    session = backend.session
    _click(dialog.findChild(QPushButton, "liveStop"))
    assert session.stopped and not window.live.part().running
    assert not _indicator(window).isVisible()
    assert dialog.findChild(QPushButton, "liveStart").isVisible()


def test_another_map_or_closing_the_window_stops_the_session(window, qtbot):
    backend = _fake(window)
    _share(window)
    first = backend.session
    window.document.load(sample_path("en"))
    assert first.stopped and not window.live.part().running
    _share(window)
    second = backend.session
    close_window(window)
    QApplication.processEvents()
    assert second.stopped


def test_a_refused_start_says_why_and_nothing_runs(window):
    backend = _fake(window)
    backend.refuse = "the port is taken"
    _share(window)
    part = window.live.part()
    assert not part.running
    assert part.notice is not None and "the port is taken" in part.notice.text()


def test_with_a_sync_server_the_dialog_says_so_and_shares_through_it(window):
    QSettings().setValue(SYNC_URL_KEY, "wss://sync.example.org/cjm")
    backend = _fake(window)
    window.findChild(QAction, "fileShareLive").trigger()
    dialog = window.live.part().share_dialog
    assert not dialog.findChild(QComboBox, "liveAddress").isVisible()
    server = dialog.findChild(QLabel, "liveServer")
    assert server.isVisible() and server.text() == "wss://sync.example.org/cjm"
    _click(dialog.findChild(QPushButton, "liveStart"))
    assert backend.hosted == ["wss://sync.example.org/cjm"]
    assert backend.session.url.startswith("wss://sync.example.org/cjm/")


def test_the_command_line_sync_url_wins_over_preferences(window):
    QSettings().setValue(SYNC_URL_KEY, "wss://sync.example.org/cjm")
    set_sync_url_override("ws://10.0.0.5:1234")
    try:
        _fake(window)
        window.findChild(QAction, "fileShareLive").trigger()
        server = window.live.part().share_dialog.findChild(QLabel, "liveServer")
        assert server.text() == "ws://10.0.0.5:1234"
    finally:
        set_sync_url_override(None)


def _join_dialog(window):
    window.findChild(QAction, "fileJoinLive").trigger()
    return window.live.part().join_dialog


def test_join_refuses_an_address_that_is_not_ws_and_says_why(window):
    backend = _fake(window)
    dialog = _join_dialog(window)
    field = dialog.findChild(QLineEdit, "liveJoinAddress")
    QTest.keyClicks(field, "http://192.168.1.20:8765/live/abc")
    _click(dialog.findChild(QPushButton, "liveJoinButton"))
    problem = dialog.findChild(QLabel, "liveJoinProblem").text()
    assert "ws://" in problem and "wss://" in problem
    assert dialog.isVisible() and backend.joined == []
    field.clear()
    _click(dialog.findChild(QPushButton, "liveJoinButton"))
    assert dialog.findChild(QLabel, "liveJoinProblem").text()
    assert backend.joined == []


def _joined_windows(window):
    return [w for w in QApplication.topLevelWidgets()
            if w is not window and w.objectName() == "mainWindow" and w.isVisible()]


def test_join_opens_the_shared_map_in_a_new_window_kept_in_the_chosen_file(window, tmp_path):
    backend = _fake(window)
    _share(window)
    url = backend.session.url
    target = tmp_path / "shared.cjm.json"
    part = window.live.part()
    part._choose_file = lambda _parent, _suggested: target
    dialog = _join_dialog(window)
    QTest.keyClicks(dialog.findChild(QLineEdit, "liveJoinAddress"), url)
    _click(dialog.findChild(QPushButton, "liveJoinChoose"))
    assert str(target) in dialog.findChild(QLabel, "liveJoinWhere").text()
    _click(dialog.findChild(QPushButton, "liveJoinButton"))
    assert not dialog.isVisible()
    [joined] = _joined_windows(window)
    assert joined.document is not window.document
    assert joined.document.path == target and target.is_file()
    assert {i: c.text for i, c in joined.document.journey.cards.items()} == {
        i: c.text for i, c in window.document.journey.cards.items()}
    session = backend.joined[0]
    indicator = joined.findChild(QLabel, "liveIndicator")
    assert indicator.isVisible()
    session.set_status("offline")
    assert "Offline" in indicator.text() or "오프라인" in indicator.text()
    close_window(joined)
    QApplication.processEvents()
    assert session.stopped
    assert window.live.part().running  # the host's own session goes on


def test_a_joined_map_with_no_file_yet_is_unsaved_so_recovery_keeps_it(window):
    backend = _fake(window)
    dialog = _join_dialog(window)
    QTest.keyClicks(dialog.findChild(QLineEdit, "liveJoinAddress"), "ws://127.0.0.1:9/live/x")
    _click(dialog.findChild(QPushButton, "liveJoinButton"))
    [joined] = _joined_windows(window)
    assert joined.document.path is None and joined.document.is_modified()
    assert joined.isWindowModified()
    assert backend.joined[0].url == "ws://127.0.0.1:9/live/x"


def test_a_refused_join_says_why_in_the_dialog(window):
    backend = _fake(window)
    backend.refuse = "nobody answers"
    dialog = _join_dialog(window)
    QTest.keyClicks(dialog.findChild(QLineEdit, "liveJoinAddress"), "ws://127.0.0.1:9/live/x")
    _click(dialog.findChild(QPushButton, "liveJoinButton"))
    assert "nobody answers" in dialog.findChild(QLabel, "liveJoinProblem").text()
    assert dialog.isVisible() and _joined_windows(window) == []


def test_without_a_backend_share_says_live_is_not_available(window):
    from cjm_desktop.live.backend import NoBackend

    window.live.backend_factory = NoBackend
    _share(window)
    part = window.live.part()
    assert not part.running and part.notice is not None




# ----- the sync server: Preferences and --sync-url ---------------------------------------
def test_preferences_keep_a_sync_server_address_and_refuse_one_that_is_not(window, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    from cjm_desktop.main_window.preferences import PreferencesDialog, sync_url

    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.findChild(QLineEdit, "preferencesSyncUrl")
    QTest.keyClicks(field, "sync.example.org")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    _click(ok)
    problem = dialog.findChild(QLabel, "preferencesSyncProblem")
    assert dialog.isVisible() and "wss://" in problem.text()
    field.clear()
    QTest.keyClicks(field, "wss://sync.example.org/cjm ")
    _click(ok)
    assert dialog.result() == dialog.DialogCode.Accepted
    dialog.save()
    assert sync_url() == "wss://sync.example.org/cjm"


def test_sync_url_on_the_command_line_reaches_the_window_and_bad_ones_are_refused(
        monkeypatch, capsys):
    from cjm_desktop import app, cli

    asked: list[object] = []
    monkeypatch.setattr(app, "run_gui", lambda file, sync_url=None: asked.append(
        (file, sync_url)) or 0)
    assert cli.main(["--sync-url", "wss://sync.example.org/cjm"]) == 0
    assert asked == [(None, "wss://sync.example.org/cjm")]
    assert cli.main(["--sync-url", "https://sync.example.org"]) == 2
    assert "--sync-url" in capsys.readouterr().err and len(asked) == 1


def test_the_run_s_sync_url_wins_over_preferences_until_cleared(monkeypatch):
    from cjm_desktop.main_window import preferences

    QSettings().setValue(SYNC_URL_KEY, "wss://team.example.org")
    monkeypatch.setattr(preferences, "_sync_url_override", None)
    preferences.set_sync_url_override("ws://127.0.0.1:4000")
    assert preferences.sync_url() == "ws://127.0.0.1:4000"
    preferences.set_sync_url_override(None)
    assert preferences.sync_url() == "wss://team.example.org"


def test_return_after_choosing_the_file_joins_and_does_not_reopen_the_chooser(window, tmp_path):
    backend = _fake(window)
    asked: list[str] = []
    target = tmp_path / "team.cjm.json"
    part = window.live.part()
    part._choose_file = lambda _parent, suggested: asked.append(suggested) or target
    dialog = _join_dialog(window)
    QTest.keyClicks(dialog.findChild(QLineEdit, "liveJoinAddress"), "ws://127.0.0.1:9/live/x")
    choose = dialog.findChild(QPushButton, "liveJoinChoose")
    _click(choose)
    _click(choose)
    assert asked[1] == str(target)  # the second time it starts from the file chosen
    QTest.keyClick(choose, Qt.Key.Key_Return)
    assert len(asked) == 2 and len(backend.joined) == 1
    [joined] = _joined_windows(window)
    assert joined.document.path == target


# ----- phase 2: a join waits for the map; names; selections ------------------------------
def test_a_slow_join_says_connecting_and_opens_the_window_only_once_the_map_arrived(
        window, tmp_path):
    backend = _fake(window)
    backend.slow_join = True
    _share(window)
    url = backend.session.url
    target = tmp_path / "shared.cjm.json"
    window.live.part()._choose_file = lambda _parent, _suggested: target
    dialog = _join_dialog(window)
    QTest.keyClicks(dialog.findChild(QLineEdit, "liveJoinAddress"), url)
    _click(dialog.findChild(QPushButton, "liveJoinChoose"))
    _click(dialog.findChild(QPushButton, "liveJoinButton"))
    assert dialog.isVisible() and dialog.findChild(QLabel, "liveJoinConnecting").isVisible()
    assert not dialog.findChild(QPushButton, "liveJoinButton").isEnabled()
    assert _joined_windows(window) == [] and not target.exists()  # no empty map, anywhere
    backend.joined[0].arrive()
    assert not dialog.isVisible()
    [joined] = _joined_windows(window)
    assert joined.document.path == target and target.is_file()
    assert len(joined.document.journey.cards) == len(window.document.journey.cards) > 0


def test_a_join_that_gets_no_map_in_time_says_so_and_opens_nothing(window, tmp_path):
    backend = _fake(window)
    backend.slow_join = True
    target = tmp_path / "never.cjm.json"
    part = window.live.part()
    part._choose_file = lambda _parent, _suggested: target
    dialog = _join_dialog(window)
    QTest.keyClicks(dialog.findChild(QLineEdit, "liveJoinAddress"), "ws://127.0.0.1:9/live/x")
    _click(dialog.findChild(QPushButton, "liveJoinChoose"))
    _click(dialog.findChild(QPushButton, "liveJoinButton"))
    session = backend.joined[0]
    part._join_timer.timeout.emit()  # the ~10 s are up
    problem = dialog.findChild(QLabel, "liveJoinProblem").text()
    assert "ws://127.0.0.1:9/live/x" in problem and "10" in problem
    assert dialog.isVisible() and dialog.findChild(QPushButton, "liveJoinButton").isEnabled()
    assert not dialog.findChild(QLabel, "liveJoinConnecting").isVisible()
    assert session.stopped and _joined_windows(window) == [] and not target.exists()
    session.arrive()  # too late: still nothing opens
    assert _joined_windows(window) == []


def test_cancel_while_connecting_stops_the_join(window):
    backend = _fake(window)
    backend.slow_join = True
    dialog = _join_dialog(window)
    QTest.keyClicks(dialog.findChild(QLineEdit, "liveJoinAddress"), "ws://127.0.0.1:9/live/x")
    _click(dialog.findChild(QPushButton, "liveJoinButton"))
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and backend.joined[0].stopped
    assert window.live.part().pending is None and _joined_windows(window) == []


def test_your_name_defaults_to_the_user_and_is_remembered_for_share_and_join(window):
    import getpass

    from cjm_desktop.main_window.preferences import live_name

    backend = _fake(window)
    window.findChild(QAction, "fileShareLive").trigger()
    share = window.live.part().share_dialog
    name = share.findChild(QLineEdit, "liveName")
    assert name.text() == getpass.getuser()
    name.clear()
    QTest.keyClicks(name, "Jisu")
    _click(share.findChild(QPushButton, "liveStart"))
    assert backend.names == ["Jisu"] and live_name() == "Jisu"
    join = _join_dialog(window)
    field = join.findChild(QLineEdit, "liveJoinName")
    assert field.text() == "Jisu"
    field.clear()
    QTest.keyClicks(field, "Mina")
    QTest.keyClicks(join.findChild(QLineEdit, "liveJoinAddress"), backend.session.url)
    _click(join.findChild(QPushButton, "liveJoinButton"))
    assert backend.names == ["Jisu", "Mina"] and live_name() == "Mina"


def test_selections_go_to_the_others_and_theirs_show_on_the_canvas(window):
    backend = _fake(window)
    _share(window)
    session = backend.session
    canvas = window.canvas
    first, second = [c.id for c in window.document.journey.ordered_cards()[:2]]
    canvas.select_ids([first])
    assert session.selection == [first]
    stage = window.document.journey.stages[0].id
    session.set_peers(["Mina", "Jun"], [(second,), (stage,)])
    marks = canvas.peer_marks.marks()
    assert [name for name, _ in marks[second]] == ["Mina"]
    assert [name for name, _ in marks[stage]] == ["Jun"]
    session.set_peers(["Mina"], [()])
    assert canvas.peer_marks.marks() == {}
    session.set_peers(["Mina"], [(first,)])
    window.live.part().stop()  # the session ends: no one's marks stay, nothing more is sent
    assert canvas.peer_marks.marks() == {}
    canvas.select_ids([second])
    assert session.selection == [first]


def test_a_peer_s_colour_comes_from_the_persona_palette_by_client_id():
    import pycrdt

    from cjm_desktop.live.people import color_for, color_of
    from cjm_desktop.live.presence import Peer
    from cjm_desktop.model.persona_defaults import PERSONA_COLORS

    assert color_for(12345) == color_for(12345) in PERSONA_COLORS  # the same everywhere
    assert color_of(Peer(7, "Mina", "", ())) == color_for(7)
    assert color_of(Peer(7, "Mina", "#123456", ())) == "#123456"
    # Real client ids spread over the whole palette.
    ids = [pycrdt.Doc().client_id for _ in range(200)]
    counts = [sum(color_for(i) == color for i in ids) for color in PERSONA_COLORS]
    assert max(counts) < 60 and min(counts) > 0


def test_closing_the_window_while_a_join_connects_stops_it_and_opens_nothing(window):
    backend = _fake(window)
    backend.slow_join = True
    dialog = _join_dialog(window)
    QTest.keyClicks(dialog.findChild(QLineEdit, "liveJoinAddress"), "ws://127.0.0.1:9/live/x")
    _click(dialog.findChild(QPushButton, "liveJoinButton"))
    session = backend.joined[0]
    window.closing.emit()
    assert session.stopped
    session.arrive()
    assert _joined_windows(window) == []
