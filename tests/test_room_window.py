"""The room in the window: Workshop ▸ Invite participants… starts it on the chosen address,
notes from phones arrive as cards in the focused cell (undoable), the inbox dock moderates,
the presentation shows the code, and closing or another map stops the room."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QPushButton
from room_helpers import call, note, request
from window_helpers import window_fixture  # noqa: F401 (fixture)

from cjm_desktop.editing.sharing import LOOPBACK
from cjm_desktop.files.templates import sample_path

HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"]


def _invite(window, *, moderate=False, private=False):
    window.findChild(QAction, "workshopInvite").trigger()
    dialog = window.findChild(QPushButton, "roomStart").window()
    address = dialog.findChild(QComboBox, "roomAddress")
    address.setCurrentIndex(address.findData(LOOPBACK))
    if moderate:
        dialog.findChild(QCheckBox, "roomModerate").setChecked(True)
    if private:
        dialog.findChild(QCheckBox, "roomPrivate").setChecked(True)
    QTest.mouseClick(dialog.findChild(QPushButton, "roomStart"), Qt.MouseButton.LeftButton)
    room = window.workshop.room()
    assert room.running
    return room, dialog


def test_the_room_never_starts_by_itself(window):
    assert window.findChild(QAction, "workshopInvite") is not None
    assert window.findChild(QLabel, "roomQr") is None


def test_invite_shows_the_code_and_address_and_a_note_lands_in_the_focused_cell(window, qtbot):
    room, dialog = _invite(window)
    url = room.session.url
    assert dialog.findChild(QLabel, "roomUrl").text() == url
    assert not dialog.findChild(QLabel, "roomQr").pixmap().isNull()
    qtbot.waitUntil(lambda: "computer only" in dialog.findChild(QLabel, "roomCheck").text()
                    or "이 컴퓨터" in dialog.findChild(QLabel, "roomCheck").text(), timeout=5000)
    stage_id, lane_id = room.session._focus()
    status, answer, _ = call(qtbot, url + "/api/notes", note("창구 대기가 길어요", "w1",
                                                             author="지수"))
    assert status == 201
    card = window.document.journey.card(answer["card"])
    assert (card.stage, card.lane, card.text, card.author) == (
        stage_id, lane_id, "창구 대기가 길어요", "지수")
    assert window.isWindowModified()
    window.document.undo_stack.undo()
    assert answer["card"] not in window.document.journey.cards


def test_hostile_notes_show_literally_on_the_canvas(window, qtbot):
    room, _dialog = _invite(window)
    for index, text in enumerate(HOSTILE):
        status, answer, _ = call(qtbot, room.session.url + "/api/notes", note(text, f"x{index}"))
        assert status == 201
        items = [i for i in window.canvas.scene().items()
                 if i.data(0) == answer["card"] and i.data(1) == "card"]
        assert len(items) == 1
        assert window.document.journey.card(answer["card"]).text == text


def test_moderation_waits_in_the_inbox_and_accept_puts_the_edited_note_on_the_map(window,
                                                                                  qtbot):
    room, _dialog = _invite(window, moderate=True)
    before = len(window.document.journey.cards)
    status, _answer, _ = call(qtbot, room.session.url + "/api/notes", note("draft", "m1"))
    assert status == 202
    inbox = room.inbox
    assert inbox is not None and inbox.isVisible() and inbox.list.count() == 1
    assert len(window.document.journey.cards) == before
    inbox.editor.setPlainText("final wording")
    QTest.mouseClick(inbox.accept_button, Qt.MouseButton.LeftButton)
    assert len(window.document.journey.cards) == before + 1
    assert any(c.text == "final wording" for c in window.document.journey.cards.values())
    assert inbox.list.count() == 0


def test_the_presentation_shows_the_room_badge(window, qtbot):
    room, _dialog = _invite(window)
    window.findChild(QAction, "workshopPresent").trigger()
    QApplication.processEvents()
    presentation = window.workshop.part().presentation
    badge = presentation.findChild(QLabel).parentWidget() if presentation else None
    assert room.badge is not None and room.badge.parentWidget() is presentation
    assert badge is not None
    # the focus follows the presentation
    QTest.keyClick(presentation, Qt.Key.Key_PageDown)
    assert room.session._focus()[0] == presentation.focus.stage_id
    qtbot.waitUntil(lambda: request(room.session.url + "/api/board")[1]["focus"]["stage"]
                    == presentation.focus.stage_id, timeout=3000)
    presentation.close()


def test_stop_another_map_and_closing_the_window_stop_the_room(window, qtbot):
    room, dialog = _invite(window)
    url = room.session.url
    QTest.mouseClick(dialog.findChild(QPushButton, "roomStop"), Qt.MouseButton.LeftButton)
    assert not room.running
    _invite(window)
    url = room.session.url
    window.document.load(sample_path("en"))  # another map: the room ends
    assert not room.running
    _invite(window)
    url = room.session.url
    window.document.undo_stack.setClean()
    window.close()
    assert not room.running
    try:
        request(url + "/api/board")
        raise AssertionError("the room still answers")
    except OSError:
        pass


def test_closing_the_invitation_before_its_address_check_answers_raises_nothing(
        qtbot, monkeypatch):
    """The check runs on a thread for up to 3 s; a dialog closed (and deleted) meanwhile
    must not turn its late answer into an exception on that thread."""
    import threading

    import shiboken6
    from PySide6.QtCore import QObject, Signal

    from cjm_desktop.room import invite

    class Session(QObject):
        participantsChanged = Signal(int)
        url, private, participants = "http://127.0.0.1:9/", False, 0

    answer = threading.Event()

    def slow_urlopen(url, timeout):
        answer.wait(5)
        raise OSError("timed out")

    monkeypatch.setattr(invite.urllib.request, "urlopen", slow_urlopen)
    dialog = invite.InviteDialog()
    dialog.show_session(Session())
    check = next(t for t in threading.enumerate() if t.name == "room-self-check")
    shiboken6.delete(dialog)  # closed and gone, as a dialog is once its window is closed
    answer.set()
    check.join(5)
    assert not check.is_alive()
