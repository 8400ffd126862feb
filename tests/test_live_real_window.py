"""Live co-editing in the window with the real backend (issue 20, phase 2): Share live on
this computer starts a server and a session, Join live in the same process gets the map in
a new window and saves it to the chosen file, an edit in one window appears in the other,
selections show as outlines, and a wrong token opens nothing. In-process, over loopback."""

from __future__ import annotations

from live_helpers import quick_backoff  # noqa: F401 (an autouse fixture)
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton
from window_helpers import close_window, window_fixture  # noqa: F401 (fixture)

from cjm_desktop.editing.sharing import LOOPBACK
from cjm_desktop.live.real_backend import RealBackend

TIMEOUT_MS = 20_000  # generous: two cores shared with other test workers


def _click(button: QPushButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def _joined_windows(window):
    return [w for w in QApplication.topLevelWidgets()
            if w is not window and w.objectName() == "mainWindow" and w.isVisible()]


def _share(window, folder) -> str:
    # The map in the test's folder: the session's update log is written beside it.
    window.document.save_as(folder / "host.cjm.json")
    window.live.backend_factory = lambda: RealBackend(port=0)
    window.findChild(QAction, "fileShareLive").trigger()
    dialog = window.live.part().share_dialog
    address = dialog.findChild(QComboBox, "liveAddress")
    address.setCurrentIndex(address.findData(LOOPBACK))
    _click(dialog.findChild(QPushButton, "liveStart"))
    return dialog.findChild(QLabel, "liveUrl").text()


def _join(window, url: str, path):
    window.live.part()._choose_file = lambda _parent, _suggested: path
    window.findChild(QAction, "fileJoinLive").trigger()
    dialog = window.live.part().join_dialog
    QTest.keyClicks(dialog.findChild(QLineEdit, "liveJoinAddress"), url)
    _click(dialog.findChild(QPushButton, "liveJoinChoose"))
    name = dialog.findChild(QLineEdit, "liveJoinName")
    name.clear()
    QTest.keyClicks(name, "Mina")
    _click(dialog.findChild(QPushButton, "liveJoinButton"))
    return dialog


def test_share_then_join_edit_and_select_across_two_windows(window, qtbot, tmp_path):
    url = _share(window, tmp_path)
    assert (tmp_path / "host.cjm.live").is_file()  # the update log beside the shared map
    assert url.startswith(f"ws://{LOOPBACK}:") and "/live/" in url
    target = tmp_path / "joined.cjm.json"
    dialog = _join(window, url, target)
    qtbot.waitUntil(lambda: len(_joined_windows(window)) == 1, timeout=TIMEOUT_MS)
    assert not dialog.isVisible()
    [joined] = _joined_windows(window)
    assert target.is_file()  # the shared map, saved where the person chose
    host_cards = {i: c.text for i, c in window.document.journey.cards.items()}
    assert {i: c.text for i, c in joined.document.journey.cards.items()} == host_cards
    try:
        card = joined.document.add_card(joined.document.first_cell(), text="Typed by Mina")
        qtbot.waitUntil(lambda: card in window.document.journey.cards, timeout=TIMEOUT_MS)
        assert window.document.journey.cards[card].text == "Typed by Mina"
        indicator = window.findChild(QLabel, "liveIndicator")
        qtbot.waitUntil(lambda: "2" in indicator.text(), timeout=TIMEOUT_MS)
        joined.canvas.select_ids([card])
        qtbot.waitUntil(lambda: card in (window.canvas.peer_marks.marks()
                                         if window.canvas.peer_marks else {}),
                        timeout=TIMEOUT_MS)
        assert [name for name, _ in window.canvas.peer_marks.marks()[card]] == ["Mina"]
        # The host stops sharing: the server is gone, the joined window says offline and
        # keeps its map (and its edits) as they are.
        window.live.part().stop()
        assert window.canvas.peer_marks.marks() == {}
        joined_indicator = joined.findChild(QLabel, "liveIndicator")
        qtbot.waitUntil(lambda: "Offline" in joined_indicator.text()
                        or "오프라인" in joined_indicator.text(), timeout=TIMEOUT_MS)
        assert joined.document.journey.cards[card].text == "Typed by Mina"
    finally:
        close_window(joined)
        QApplication.processEvents()


def test_a_wrong_token_opens_nothing_and_says_so(window, qtbot, tmp_path):
    url = _share(window, tmp_path)
    wrong = url.rsplit("/", 1)[0] + "/" + "0" * 32
    target = tmp_path / "never.cjm.json"
    dialog = _join(window, wrong, target)
    assert dialog.findChild(QLabel, "liveJoinConnecting").isVisible()
    window.live.part()._join_timer.timeout.emit()  # the ~10 s are up
    assert wrong in dialog.findChild(QLabel, "liveJoinProblem").text()
    assert _joined_windows(window) == [] and not target.exists()
