"""The live session on the Qt side, two Documents and one embedded server in this process:
a joiner gets the host's map, a card added on one appears on the other, undo takes back only
one's own edit (and is refused when someone else changed the same field since), remote
changes to the grid wait while a mouse button is held, and the update log follows the session."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from live_helpers import quick_backoff  # noqa: F401 (an autouse fixture)

from cjm_desktop.editing import Document
from cjm_desktop.editing.sharing import LOOPBACK
from cjm_desktop.files.templates import load_sample
from cjm_desktop.live import session as live_session
from cjm_desktop.live.mapping import read_records
from cjm_desktop.live.server import LiveServer
from cjm_desktop.live.session import LiveSession
from cjm_desktop.live.update_log import read_log
from cjm_desktop.model.map_records import records_of

TIMEOUT_MS = 20_000  # generous: two cores shared with other test workers


@pytest.fixture
def server() -> Iterator[LiveServer]:
    live = LiveServer(LOOPBACK)
    live.start()
    yield live
    live.stop()


@pytest.fixture
def sessions(qapp) -> Iterator[Callable[..., LiveSession]]:
    made: list[LiveSession] = []

    def make(document: Document, url: str, **options) -> LiveSession:
        session = LiveSession(document, url, name=options.pop("name", "Someone"),
                              color="#c0392b", **options)
        made.append(session)
        session.start()
        return session

    yield make
    for session in made:
        session.stop()


def same(a: Document, b: Document) -> bool:
    return records_of(a.journey) == records_of(b.journey)


@pytest.fixture
def trio(qtbot, server, sessions) -> tuple[Document, Document, LiveSession]:
    """A host's map, a joiner's map and the joiner's session, once it has joined."""
    a = Document(load_sample("en"))
    b = Document()
    sessions(a, server.url, name="Ana")
    joiner = sessions(b, server.url, name="Bo", join=True)
    with qtbot.waitSignal(joiner.joined, timeout=TIMEOUT_MS):
        pass
    assert same(a, b) and b.is_modified()
    return a, b, joiner


@pytest.fixture
def pair(trio) -> tuple[Document, Document]:
    return trio[0], trio[1]


def test_a_card_added_on_one_side_appears_on_the_other(qtbot, pair):
    a, b = pair
    cell = a.first_cell()
    card = a.add_card(cell, text="New on A")
    qtbot.waitUntil(lambda: card in b.journey.cards, timeout=TIMEOUT_MS)
    assert b.journey.cards[card].text == "New on A"
    assert b.undo_stack.count() == 0  # someone else's edit is no undo step here
    other = b.add_card(cell, text="New on B")
    qtbot.waitUntil(lambda: other in a.journey.cards, timeout=TIMEOUT_MS)
    assert card != other  # two clients never hand out the same new id
    qtbot.waitUntil(lambda: same(a, b), timeout=TIMEOUT_MS)


def test_undo_on_one_side_undoes_only_that_sides_edit(qtbot, pair):
    a, b = pair
    first, second = [c.id for c in a.journey.ordered_cards()[:2]]
    before = a.journey.cards[first].text
    a.update_card(first, {"text": "A's words"})
    b.update_card(second, {"text": "B's words"})
    qtbot.waitUntil(lambda: a.journey.cards[second].text == "B's words"
                    and b.journey.cards[first].text == "A's words", timeout=TIMEOUT_MS)
    assert a.undo() is True
    qtbot.waitUntil(lambda: b.journey.cards[first].text == before, timeout=TIMEOUT_MS)
    assert a.journey.cards[second].text == "B's words"
    assert b.journey.cards[second].text == "B's words"
    qtbot.waitUntil(lambda: same(a, b), timeout=TIMEOUT_MS)


def test_undo_is_refused_when_someone_else_changed_the_same_field(qtbot, pair):
    a, b = pair
    card = a.journey.ordered_cards()[0].id
    a.update_card(card, {"text": "A's words"})
    qtbot.waitUntil(lambda: b.journey.cards[card].text == "A's words", timeout=TIMEOUT_MS)
    b.update_card(card, {"text": "B's words"})
    qtbot.waitUntil(lambda: a.journey.cards[card].text == "B's words", timeout=TIMEOUT_MS)
    refusals: list[str] = []
    a.refused.connect(refusals.append)
    assert a.undo() is False
    assert refusals and a.journey.cards[card].text == "B's words"
    assert b.journey.cards[card].text == "B's words"


def test_a_remote_card_change_shows_at_once_while_a_mouse_button_is_held(qtbot, pair,
                                                                        monkeypatch):
    a, b = pair
    card = a.journey.ordered_cards()[0].id
    monkeypatch.setattr(LiveSession, "_pressed", staticmethod(lambda: True))
    a.update_card(card, {"text": "during the drag"})
    qtbot.waitUntil(lambda: b.journey.cards[card].text == "during the drag",
                    timeout=TIMEOUT_MS)


def test_a_remote_grid_change_waits_while_a_mouse_button_is_held(qtbot, trio, monkeypatch):
    """A stage renamed by someone else waits for the release (a drag keeps its drop target),
    and a card change after it waits behind it (the order stays)."""
    a, b, joiner = trio
    stage = a.journey.stages[0].id
    card = a.journey.ordered_cards()[0].id
    held = [True]
    monkeypatch.setattr(LiveSession, "_pressed", staticmethod(lambda: held[0]))

    def arrived(kind: str, key: str) -> bool:  # it reached B and waits there
        return any(d.kind == kind and key in str(d.key)
                   for batch in joiner._held for d in batch)

    a.update_stage(stage, {"name": "Renamed during the drag"})
    qtbot.waitUntil(lambda: arrived("stage", stage), timeout=TIMEOUT_MS)
    a.update_card(card, {"text": "after the rename"})
    qtbot.waitUntil(lambda: arrived("card", card), timeout=TIMEOUT_MS)
    assert b.journey.stage(stage).name != "Renamed during the drag"
    assert b.journey.cards[card].text != "after the rename"
    held[0] = False
    qtbot.waitUntil(lambda: b.journey.cards[card].text == "after the rename",
                    timeout=TIMEOUT_MS)
    assert b.journey.stage(stage).name == "Renamed during the drag"


def test_remote_changes_are_not_held_for_ever(qtbot, pair, monkeypatch):
    a, b = pair
    stage = a.journey.stages[0].id
    monkeypatch.setattr(LiveSession, "_pressed", staticmethod(lambda: True))
    monkeypatch.setattr(live_session, "HOLD_LIMIT_MS", 200)
    a.update_stage(stage, {"name": "a long drag"})
    qtbot.waitUntil(lambda: b.journey.stage(stage).name == "a long drag", timeout=TIMEOUT_MS)


def test_the_update_log_holds_the_base_and_the_session(qtbot, server, sessions, tmp_path):
    a = Document(load_sample("en"))
    base = records_of(a.journey)
    log = tmp_path / "map.cjm.live"
    host = sessions(a, server.url, log_path=log)
    assert host.wait_synced(TIMEOUT_MS / 1000)
    card = a.journey.ordered_cards()[0].id
    a.update_card(card, {"text": "logged"})
    qtbot.waitUntil(host.acknowledged, timeout=TIMEOUT_MS)
    host.stop()
    logged_base, doc = read_log(log)
    assert logged_base == base
    assert read_records(doc)["card"][card]["text"] == "logged"


def test_stopping_says_so_and_can_be_repeated(qapp):
    document = Document(load_sample("en"))
    session = LiveSession(document, "ws://127.0.0.1:9/live/none")
    statuses: list[str] = []
    session.statusChanged.connect(statuses.append)
    session.start()
    session.stop()
    session.stop()  # idempotent
    assert statuses[-1] == "stopped" and not session.running
    document.update_card(document.journey.ordered_cards()[0].id, {"text": "after"})
    assert document.undo() is True  # undo is the plain stack again


def test_edits_made_offline_arrive_when_the_server_is_back(qtbot, server, sessions):
    a, b = Document(load_sample("en")), Document()
    host = sessions(a, server.url, name="Ana")
    joiner = sessions(b, server.url, name="Bo", join=True)
    with qtbot.waitSignal(joiner.joined, timeout=TIMEOUT_MS):
        pass
    server.stop()
    qtbot.waitUntil(lambda: host.status == "offline" and joiner.status == "offline",
                    timeout=TIMEOUT_MS)
    first = a.journey.ordered_cards()[0].id
    added = b.add_card(b.first_cell(), text="added offline")
    a.update_card(first, {"text": "changed offline"})
    qtbot.waitUntil(lambda: not host._write_soon.isActive()  # both were written (to go later)
                    and not joiner._write_soon.isActive(), timeout=TIMEOUT_MS)
    assert added in b.journey.cards and added not in a.journey.cards  # kept, not yet sent
    again = LiveServer(LOOPBACK, server.port, token=server.token)  # it starts empty
    again.start()
    try:
        qtbot.waitUntil(lambda: added in a.journey.cards
                        and b.journey.cards[first].text == "changed offline",
                        timeout=TIMEOUT_MS)
        qtbot.waitUntil(lambda: same(a, b), timeout=TIMEOUT_MS)
        # the status comes through its own queued signal, so it may follow the edits
        qtbot.waitUntil(lambda: host.status == "online" and joiner.status == "online",
                        timeout=TIMEOUT_MS)
    finally:
        host.stop()
        joiner.stop()
        again.stop()
