"""The room's HTTP interface against the real server on 127.0.0.1: the token, the limits,
idempotent notes, literal text, the board, moderation and stopping with a valid file."""

from __future__ import annotations

import json

import pytest
from room_helpers import call, note, request

from cjm_desktop.editing import Document
from cjm_desktop.files import load_map
from cjm_desktop.files.templates import load_sample
from cjm_desktop.model.vocab import LaneKind
from cjm_desktop.room.notes import MAX_TEXT, NOTES_PER_MINUTE
from cjm_desktop.room.session import RoomSession


@pytest.fixture
def room(qtbot):
    document = Document(load_sample("en"))
    session = RoomSession(document, host="127.0.0.1", port=0)
    session.start()
    yield session
    session.stop()


def first_cell(document):
    journey = document.journey
    lane = next(la for la in journey.lanes if la.kind != LaneKind.EMOTIONS.value)
    return journey.stages[0], lane


def test_the_address_carries_a_128_bit_token_and_a_fresh_one_each_time(room, qtbot):
    token = room.url.rsplit("/", 1)[1]
    assert room.url.startswith("http://127.0.0.1:")
    assert len(token) >= 22  # 16 random bytes, url-safe base64
    other = RoomSession(room.document, host="127.0.0.1", port=0)
    assert other.server.token != room.server.token
    other.server.stop()


@pytest.mark.parametrize("path", ["", "/", "/j/", "/j/wrong", "/j/wrong/api/board",
                                  "/static/room.js", "/resources/fonts/OFL.txt"])
def test_without_the_right_token_every_request_is_an_empty_404(room, path):
    base = room.url.rsplit("/j/", 1)[0]
    status, body, headers = request(base + path)
    assert status == 404
    assert body == b""
    assert "server" not in {key.lower() for key in headers}


@pytest.mark.parametrize("path", ["/ws", "/j/wrong/ws", "/j/ws"])
def test_a_websocket_without_the_right_token_is_an_empty_404_too(room, path):
    from websockets.exceptions import InvalidStatus
    from websockets.sync.client import connect

    base = room.url.rsplit("/j/", 1)[0].replace("http://", "ws://")
    with pytest.raises(InvalidStatus) as refused:
        connect(base + path, open_timeout=10).close()
    assert refused.value.response.status_code == 404
    assert refused.value.response.body == b""
    right = room.url.replace("http://", "ws://") + "/ws?participant=p"
    with connect(right, open_timeout=10) as socket:  # the right token still connects
        assert '"board"' in str(socket.recv(timeout=10))


def test_only_the_bundled_page_assets_are_served(room):
    assert request(room.url)[0] == 200
    assert request(room.url + "/static/room.js")[0] == 200
    for name in ("../index.html", "..%2F..%2Fpyproject.toml", "OFL.txt", "index.html"):
        assert request(room.url + "/static/" + name)[0] == 404


def test_the_page_references_nothing_outside_the_room(room):
    status, page, headers = request(room.url)
    text = page.decode()
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert "http://" not in text and "https://" not in text and "//" not in text.replace(
        "<!doctype", "")
    for asset in ("room.js", "room.css"):
        body = request(room.url + "/static/" + asset)[1].decode()
        assert "http://" not in body.replace("\"http://\"", "") and "https://" not in body


def test_the_board_lists_stages_and_lanes_with_ids_and_names(room):
    status, board, _ = request(room.url + "/api/board")
    journey = room.document.journey
    assert status == 200
    assert [s["id"] for s in board["stages"]] == [s.id for s in journey.stages]
    assert [s["name"] for s in board["stages"]] == [s.name for s in journey.stages]
    assert {lane["id"] for lane in board["lanes"]} == {
        lane.id for lane in journey.lanes if lane.kind != LaneKind.EMOTIONS.value}
    assert "focus" in board and "activity" in board


def test_a_note_becomes_a_card_with_its_author_and_repeating_it_adds_nothing(room, qtbot):
    stage, lane = first_cell(room.document)
    before = len(room.document.journey.cards)
    body = note("택시가 안 잡혀요", "phone-1", author="민지", stage=stage.id, lane=lane.id)
    status, answer, _ = call(qtbot, room.url + "/api/notes", body)
    assert status == 201
    card = room.document.journey.card(answer["card"])
    assert (card.text, card.author, card.stage, card.lane) == (
        "택시가 안 잡혀요", "민지", stage.id, lane.id)
    again, answer_again, _ = call(qtbot, room.url + "/api/notes", body)
    assert (again, answer_again) == (200, answer)
    assert len(room.document.journey.cards) == before + 1
    room.document.undo_stack.undo()  # one undo step per note
    assert answer["card"] not in room.document.journey.cards


def test_a_note_without_a_place_goes_to_the_first_stages_first_card_lane(room, qtbot):
    stage, lane = first_cell(room.document)
    status, answer, _ = call(qtbot, room.url + "/api/notes", note("hello", "n-1"))
    card = room.document.journey.card(answer["card"])
    assert status == 201 and (card.stage, card.lane) == (stage.id, lane.id)


@pytest.mark.parametrize("body, status", [
    ({"id": "x", "text": "a" * (MAX_TEXT + 1)}, 422),
    ({"id": "x", "text": "   "}, 422),
    ({"text": "no id"}, 422),
    ({"id": "x", "text": 5}, 422),
    (["not", "an", "object"], 400),
])
def test_bad_notes_get_a_clear_http_error(room, qtbot, body, status):
    before = len(room.document.journey.cards)
    got, answer, _ = call(qtbot, room.url + "/api/notes", body)
    assert got == status and answer["error"]
    assert len(room.document.journey.cards) == before


def test_a_body_too_large_or_not_json_is_refused(room, qtbot):
    assert call(qtbot, room.url + "/api/notes", raw=b"x" * 20_000)[0] == 413
    assert call(qtbot, room.url + "/api/notes", raw=b"{not json")[0] == 400


def test_a_participant_sending_too_fast_is_told_to_wait(room, qtbot):
    for index in range(NOTES_PER_MINUTE):
        assert call(qtbot, room.url + "/api/notes",
                    note(f"n{index}", f"fast-{index}", participant="p1"))[0] == 201
    status, answer, headers = call(qtbot, room.url + "/api/notes",
                                   note("one more", "fast-x", participant="p1"))
    assert status == 429 and "minute" in answer["error"] and headers["retry-after"]
    assert call(qtbot, room.url + "/api/notes", note("other", "slow-1", participant="p2"))[0] \
        == 201


HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"]


def test_hostile_text_stays_literal_text_on_the_board_and_the_map(room, qtbot):
    stage, lane = first_cell(room.document)
    room._focus = lambda: (stage.id, lane.id)
    for index, text in enumerate(HOSTILE):
        assert call(qtbot, room.url + "/api/notes", note(text, f"h{index}", author=text))[0] \
            == 201
    room.publish()
    qtbot.waitUntil(lambda: [c["text"] for c in request(room.url + "/api/board")[1]["cards"]]
                    [-2:] == HOSTILE, timeout=5000)
    texts = {c.text for c in room.document.journey.cards.values()}
    assert set(HOSTILE) <= texts
    page = request(room.url)[1].decode()
    assert "onerror" not in page and "alert(1)" not in page  # the page is static
    script = request(room.url + "/static/room.js")[1].decode()
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script


def test_moderated_notes_wait_then_are_accepted_edited_or_rejected(room, qtbot):
    room.moderate = True
    before = len(room.document.journey.cards)
    status, answer, _ = call(qtbot, room.url + "/api/notes", note("wait for me", "m1"))
    assert (status, answer) == (202, {"note": "m1", "status": "pending"})
    call(qtbot, room.url + "/api/notes", note("reject me", "m2"))
    assert [w.note.id for w in room.inbox] == ["m1", "m2"]
    assert len(room.document.journey.cards) == before
    card_id = room.accept("m1", text="edited by the facilitator")
    assert room.document.journey.card(card_id).text == "edited by the facilitator"
    room.reject("m2")
    assert room.inbox == []
    status, answer, _ = call(qtbot, room.url + "/api/notes", note("wait for me", "m1"))
    assert (status, answer) == (200, {"card": card_id})
    mine = request(room.url + "/api/mine?participant=127.0.0.1")[1]
    assert {n["id"]: n["status"] for n in mine} == {"m1": "approved", "m2": "hidden"}


def test_private_notes_are_revealed_lane_by_lane_in_one_undo_step(room, qtbot):
    room.private = True
    stage, lane = first_cell(room.document)
    for index in range(3):
        call(qtbot, room.url + "/api/notes", note(f"secret {index}", f"p{index}",
                                                  stage=stage.id, lane=lane.id))
    assert room.waiting_in(lane.id) == 3
    qtbot.waitUntil(lambda: request(room.url + "/api/board")[1]["waiting"] == 3, timeout=5000)
    assert request(room.url + "/api/board")[1]["private"] is True
    steps = room.document.undo_stack.count()
    cards = room.reveal(lane.id)
    assert len(cards) == 3 and room.inbox == []
    assert room.document.undo_stack.count() == steps + 1


def test_stopping_the_room_leaves_a_valid_file_with_every_note(qtbot, tmp_path):
    path = tmp_path / "map.cjm.json"
    document = Document(load_sample("ko"))
    document.save_as(path)
    session = RoomSession(document, host="127.0.0.1", port=0)
    session.noteAdded.connect(lambda _card: document.save())
    session.start()
    for index in range(5):
        assert call(qtbot, session.url + "/api/notes", note(f"메모 {index}", f"s{index}"))[0] \
            == 201
    url = session.url
    session.stop()
    texts = {c.text for c in load_map(path).cards.values()}
    assert {f"메모 {index}" for index in range(5)} <= texts
    with pytest.raises(OSError):
        request(url + "/api/board")
    json.loads(path.read_text(encoding="utf-8"))


def test_a_note_arriving_during_a_drag_waits_for_the_mouse_release(room, qtbot):
    from concurrent.futures import ThreadPoolExecutor

    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(5, 5))
    before = len(room.document.journey.cards)
    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(request, room.url + "/api/notes", note("held", "held-1"))
        qtbot.waitUntil(lambda: bool(room._held), timeout=5000)  # it arrived and waits
        assert len(room.document.journey.cards) == before  # the grid stays still mid-drag
        QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                           QPoint(5, 5))
        qtbot.waitUntil(future.done, timeout=5000)
    assert future.result()[0] == 201
    assert len(room.document.journey.cards) == before + 1


def test_the_page_has_every_text_in_korean_and_english():
    import re

    from cjm_desktop.paths import resource

    script = resource("room", "room.js").read_text(encoding="utf-8")
    en = script[script.index("en: {"):script.index("ko: {")]
    ko = script[script.index("ko: {"):script.index("};", script.index("ko: {"))]
    keys = [set(re.findall(r"(\w+): \"", block)) for block in (en, ko)]
    assert keys[0] == keys[1] and len(keys[0]) > 20
    page = resource("room", "index.html").read_text(encoding="utf-8")
    assert set(re.findall(r'data-text="(\w+)"', page)) <= keys[0]
