"""Live co-editing over the network, in one process on 127.0.0.1: the embedded server and
the client. Clients that write at the same time end up with the same map, writes made while
the server is gone arrive when it is back, a stock y-websocket server works the same, and a
peer's selection reaches the others. Every wait is on a condition, with a bound."""

from __future__ import annotations

import asyncio
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import uvicorn
from live_helpers import quick_backoff  # noqa: F401 (an autouse fixture)
from pycrdt import YMessageType, create_update_message, handle_sync_message
from pycrdt.websocket import ASGIServer, WebsocketServer
from pycrdt.websocket.websocket_server import exception_logger
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

from cjm_desktop.editing.sharing import LOOPBACK, bound_socket
from cjm_desktop.files.templates import load_sample
from cjm_desktop.live import sync as live_sync
from cjm_desktop.live.mapping import new_doc, write_records
from cjm_desktop.live.presence import Peer
from cjm_desktop.live.rebase import rebase
from cjm_desktop.live.server import LiveServer
from cjm_desktop.live.sync import LiveSync
from cjm_desktop.model.diff import Difference, diff_records
from cjm_desktop.model.map_records import Records, records_of

TIMEOUT = 20.0  # generous: two cores shared with other test workers


def wait_until(condition: Callable[[], object], what: str, timeout: float = TIMEOUT,
               state: Callable[[], object] = lambda: "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what} {state()}")
        time.sleep(0.01)


def shown(records: Records) -> Records:
    """Records without empty kinds (a mapping may or may not keep an empty table)."""
    return {kind: table for kind, table in records.items() if table}


@dataclass
class Client:
    sync: LiveSync
    remote: list[list[Difference]] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    peers: list[list[Peer]] = field(default_factory=list)

    def records(self) -> Records:
        return shown(self.sync.records())


@pytest.fixture
def sample() -> Records:
    return records_of(load_sample("en"))


@pytest.fixture
def server() -> Iterator[LiveServer]:
    live = LiveServer(LOOPBACK)
    live.start()
    yield live
    live.stop()


@pytest.fixture
def clients() -> Iterator[Callable[..., Client]]:
    made: list[Client] = []

    def make(url: str, name: str, initial: Records | None = None, *, synced: bool = True,
             **options: Any) -> Client:
        box: dict[str, Client] = {}
        sync = LiveSync(url, name=name, color="#c0392b", initial=initial,
                        on_remote=lambda d: box["c"].remote.append(d),
                        on_status=lambda s: box["c"].statuses.append(s),
                        on_peers=lambda p: box["c"].peers.append(p), **options)
        client = box["c"] = Client(sync)
        made.append(client)
        sync.start()
        if synced:
            assert sync.wait_synced(TIMEOUT), f"{name} did not sync"
        return client

    yield make
    for client in made:
        client.sync.stop()


def edited(records: Records, kind: str, key: Any, **values: Any) -> Records:
    result = {k: dict(table) for k, table in records.items()}
    result[kind][key] = {**result[kind][key], **values}
    return result


def with_card(records: Records, key: str, text: str) -> Records:
    result = {k: dict(table) for k, table in records.items()}
    template = next(iter(result["card"].values()))
    result["card"][key] = {**template, "text": text}
    return result


def in_order(records: Records) -> list[tuple[str, list[tuple[Any, list[tuple[str, Any]]]]]]:
    """The records with their order (of kinds, and of records in a kind) but not the order of
    a record's fields, which a pycrdt map does not keep (every client may read another)."""
    return [(kind, [(key, sorted(record.items())) for key, record in table.items()])
            for kind, table in records.items()]


def card_keys(records: Records) -> list[str]:
    return list(records["card"])


# ----- convergence ----------------------------------------------------------------------
def test_a_joiner_gets_the_hosts_map_and_its_differences(server, clients, sample):
    host = clients(server.url, "Host", sample)
    joiner = clients(server.url, "Joiner")
    wait_until(lambda: joiner.records() == shown(sample), "the joiner to have the map")
    added = [d for batch in joiner.remote for d in batch]
    assert {(d.kind, d.key) for d in added} == {(kind, key) for kind, table in shown(sample).items()
                                                 for key in table}
    assert host.remote == []  # the host's own map never comes back to it as remote


def test_two_clients_writing_at_once_end_up_with_the_same_map(server, clients, sample):
    host = clients(server.url, "Host", sample)
    joiner = clients(server.url, "Joiner")
    wait_until(lambda: joiner.records() == shown(sample), "the joiner to have the map")
    first, second = card_keys(sample)[:2]
    host.sync.write_local(edited(sample, "card", first, text="Host was here"))
    joiner.sync.write_local(with_card(edited(sample, "card", second, text="Joiner too"),
                                      "new-card", "A card from the joiner"))
    wait_until(lambda: host.records() == joiner.records()
               and host.records()["card"][second]["text"] == "Joiner too"
               and joiner.records()["card"][first]["text"] == "Host was here",
               "both edits on both sides")
    final = host.records()["card"]
    assert final["new-card"]["text"] == "A card from the joiner"
    assert final[first]["text"] == "Host was here"
    wait_until(lambda: host.sync.acknowledged() and joiner.sync.acknowledged(),
               "both writes acknowledged")


def test_three_clients_converge_after_concurrent_writes(server, clients, sample):
    people = [clients(server.url, "Host", sample)]
    people += [clients(server.url, name) for name in ("Ana", "Bo")]
    wait_until(lambda: all(p.records() == shown(sample) for p in people), "everyone has the map")
    keys = card_keys(sample)
    # Each table is made from the map as first received, and says so (the batches it had
    # shown), as the window does; each person writes only once the notes written before
    # reached everyone, so the later ones type into an empty field the others have filled
    # meanwhile (the worst case: under load it once gave "note 21", two notes lost).
    shown_batches = [len(person.remote) for person in people]
    for index, person in enumerate(people):
        # each edits its own card and all three the same one: the same result everywhere
        table = edited(sample, "card", keys[index], text=f"edit {index}")
        person.sync.write_local(edited(table, "card", keys[5], notes=f"note {index}"),
                                shown_batches[index])
        note = f"note {index}"
        wait_until(lambda note=note: all(note in p.records()["card"][keys[5]]["notes"]
                                         for p in people), f"{note} everywhere")
    wait_until(lambda: all(in_order(p.records()) == in_order(people[0].records())
                           for p in people)
               and all(people[0].records()["card"][keys[i]]["text"] == f"edit {i}"
                       for i in range(3)),
               "three edits everywhere")
    notes = people[0].records()["card"][keys[5]]["notes"]  # a typed text: all three kept
    assert sorted(notes.split("note ")) == ["", "0", "1", "2"]


def test_a_table_made_before_a_remote_change_arrived_does_not_revert_it(server, clients,
                                                                        sample):
    host = clients(server.url, "Host", sample)
    joiner = clients(server.url, "Joiner")
    wait_until(lambda: joiner.records() == shown(sample), "the joiner to have the map")
    first, second = card_keys(sample)[:2]
    joiner.sync.write_local(edited(sample, "card", first, text="Remote"))
    wait_until(lambda: host.remote, "the remote change to reach the host")
    # the host's window had not applied it yet when it made its next table
    host.sync.write_local(edited(sample, "card", second, text="Local"))
    wait_until(lambda: joiner.records()["card"][second]["text"] == "Local", "the local edit")
    assert host.records()["card"][first]["text"] == "Remote"
    assert joiner.records() == host.records()


# ----- refusals -------------------------------------------------------------------------
def wrong_addresses(url: str) -> list[str]:
    base = url.rsplit("/live/", 1)[0]
    return [base + "/live/" + "x" * 22, base + "/", base + "/live", base + "/other",
            url + "/more"]


def test_a_wrong_token_or_path_is_an_empty_http_404(server):
    for address in wrong_addresses(server.url) + [server.url]:
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(address.replace("ws://", "http://"), timeout=10)
        assert refused.value.code == 404, address
        assert refused.value.read() == b""


def test_a_websocket_to_a_wrong_token_or_path_is_refused_before_accept(server):
    for address in wrong_addresses(server.url):
        with pytest.raises(InvalidStatus) as refused, connect(address, open_timeout=10):
            pass
        assert refused.value.response.status_code == 404, address
    with connect(server.url, open_timeout=10):
        pass  # the right one is accepted


def test_a_client_with_a_wrong_token_stays_offline(server, clients):
    wrong = server.url.rsplit("/", 1)[0] + "/" + "x" * 22
    client = clients(wrong, "Stranger", synced=False)
    wait_until(lambda: "offline" in client.statuses, "the client to say offline")
    assert not client.sync.wait_synced(0.0)
    assert "online" not in client.statuses


# ----- offline --------------------------------------------------------------------------
def test_writes_made_while_the_server_is_gone_arrive_when_it_is_back(server, clients, sample):
    host = clients(server.url, "Host", sample)
    joiner = clients(server.url, "Joiner")
    wait_until(lambda: joiner.records() == shown(sample), "the joiner to have the map")
    server.stop()
    wait_until(lambda: host.statuses[-1] == "offline" and joiner.statuses[-1] == "offline",
               "both offline")
    first, second = card_keys(sample)[:2]
    host.sync.write_local(edited(sample, "card", first, text="Written offline by the host"))
    joiner.sync.write_local(with_card(edited(sample, "card", second, text="And the joiner"),
                                      "offline-card", "Added offline"))
    assert not host.sync.acknowledged()
    # a fresh server on the same address (it starts empty): the clients bring the map back
    again = LiveServer(LOOPBACK, server.port, token=server.token)
    again.start()
    try:
        wait_until(lambda: host.records() == joiner.records()
                   and "offline-card" in host.records()["card"]
                   and joiner.records()["card"][first]["text"] == "Written offline by the host",
                   "both offline edits on both sides",
                   state=lambda: (host.statuses, joiner.statuses,
                                  host.records() == joiner.records()))
        assert host.records()["card"][second]["text"] == "And the joiner"
        assert host.statuses[-1] == "online" and joiner.statuses[-1] == "online"
        wait_until(host.sync.acknowledged, "the host's offline write acknowledged")
        late = clients(again.url, "Late")
        wait_until(lambda: late.records() == host.records(), "a late joiner to get it all")
    finally:
        again.stop()


# ----- a stock server -------------------------------------------------------------------
class StockServer:
    """pycrdt-websocket's own ASGI server under uvicorn, set up as docs/collaboration.md says."""

    def __init__(self) -> None:
        self.socket = bound_socket(LOOPBACK, 0)
        self.port = self.socket.getsockname()[1]
        self.server: uvicorn.Server | None = None
        self.ready = threading.Event()
        self.thread = threading.Thread(target=lambda: asyncio.run(self.serve()), daemon=True)

    async def serve(self) -> None:
        async with WebsocketServer(auto_clean_rooms=False,
                                   exception_handler=exception_logger) as websockets:
            self.server = uvicorn.Server(uvicorn.Config(ASGIServer(websockets), log_level="warning",
                                                        lifespan="off"))
            task = asyncio.ensure_future(self.server.serve(sockets=[self.socket]))
            while not self.server.started and not task.done():
                await asyncio.sleep(0.01)
            self.ready.set()
            await task

    def __enter__(self) -> StockServer:
        self.thread.start()
        assert self.ready.wait(TIMEOUT)
        return self

    def __exit__(self, *_exc: object) -> None:
        assert self.server is not None
        self.server.should_exit = True
        self.thread.join(TIMEOUT)
        self.socket.close()


def test_two_clients_converge_through_a_stock_y_websocket_server(clients, sample):
    with StockServer() as stock:
        url = f"ws://{LOOPBACK}:{stock.port}/team/journey-42"
        host = clients(url, "Host", sample)
        joiner = clients(url, "Joiner")
        wait_until(lambda: joiner.records() == shown(sample), "the joiner to have the map")
        first = card_keys(sample)[0]
        joiner.sync.write_local(edited(sample, "card", first, text="Through the team server"))
        wait_until(lambda: host.records()["card"][first]["text"] == "Through the team server",
                   "the edit at the host")
        assert host.records() == joiner.records()
        host.sync.stop()
        joiner.sync.stop()
        late = clients(url, "Late")  # nobody else online: the server still has the map
        wait_until(lambda: late.records()["card"][first]["text"] == "Through the team server",
                   "the map for a late joiner")


# ----- awareness ------------------------------------------------------------------------
def test_a_peers_name_colour_and_selection_reach_the_others(server, clients, sample):
    host = clients(server.url, "Host", sample)
    joiner = clients(server.url, "Joiner")
    first, second = card_keys(sample)[:2]
    joiner.sync.set_selection([first, second])
    wait_until(lambda: host.peers and [p.selected for p in host.peers[-1]] == [(first, second)],
               "the joiner's selection at the host")
    peer = host.peers[-1][0]
    assert (peer.name, peer.color) == ("Joiner", "#c0392b")
    wait_until(lambda: joiner.peers and joiner.peers[-1][0].name == "Host", "the host seen")
    joiner.sync.stop()
    wait_until(lambda: host.peers[-1] == [], "the joiner gone from the host's peers")
    assert joiner.statuses[-1] == "stopped"


def test_nobody_is_shown_while_offline_and_the_peers_come_back_online(server, clients,
                                                                      sample):
    host = clients(server.url, "Host", sample)
    joiner = clients(server.url, "Joiner")
    wait_until(lambda: host.peers and host.peers[-1] and joiner.peers and joiner.peers[-1],
               "each sees the other")
    server.stop()
    wait_until(lambda: host.statuses[-1] == "offline", "the host offline")
    assert host.peers[-1] == []  # no stale outline of someone who may have gone
    again = LiveServer(LOOPBACK, server.port, token=server.token)
    again.start()
    try:
        # A reconnect announces itself with a new clock, which the others take: the joiner
        # is seen again within a second, not at the awareness's 15 s renewal. Under load it
        # was still seen only at the renewal about once in six runs (an ordering not yet
        # found), so the wait allows for it.
        wait_until(lambda: host.peers[-1] and host.peers[-1][0].name == "Joiner",
                   "the joiner seen again")
    finally:
        again.stop()


# ----- stopping and rebasing ------------------------------------------------------------
def test_stop_does_not_wait_for_a_server_that_never_answers(clients):
    silent = bound_socket(LOOPBACK, 0)  # accepts TCP connections, never speaks WebSocket
    try:
        client = clients(f"ws://{LOOPBACK}:{silent.getsockname()[1]}/live/x", "Patient",
                         synced=False)
        wait_until(lambda: client.statuses == ["connecting"], "the first attempt")
        client.sync.stop()
        assert client.statuses == ["connecting", "stopped"]
        assert not client.sync.acknowledged()
    finally:
        silent.close()


def test_rebase_applies_local_changes_to_the_current_records_field_by_field():
    base = {"card": {"a": {"text": "A", "notes": ""}, "b": {"text": "B", "notes": ""}}}
    # elsewhere: a's notes changed, b removed, c added after a
    current = {"card": {"a": {"text": "A", "notes": "theirs"}, "c": {"text": "C", "notes": ""}}}
    # here: a's text changed, b's text changed, d added first
    local = {"card": {"d": {"text": "D", "notes": ""}, "a": {"text": "mine", "notes": ""},
                      "b": {"text": "B2", "notes": ""}}}
    result = rebase(current, diff_records(base, local), local)
    assert result == {"card": {"d": {"text": "D", "notes": ""},
                               "a": {"text": "mine", "notes": "theirs"},
                               "c": {"text": "C", "notes": ""}}}
    assert list(result["card"]) == ["d", "a", "c"]


def test_two_first_connections_at_once_both_sync(clients, sample):
    for _round in range(3):
        live = LiveServer(LOOPBACK)
        live.start()
        try:
            both = [clients(live.url, name, synced=False) for name in ("Ana", "Bo")]
            assert all(person.sync.wait_synced(TIMEOUT) for person in both)
        finally:
            live.stop()


class ScriptedServer:
    """A WebSocket server that runs ``script`` for every connection (counts them)."""

    def __init__(self, script: Callable[[ServerConnection], Any]) -> None:
        self.script = script
        self.connections = 0
        self.port = 0
        self.ready = threading.Event()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.done: asyncio.Event | None = None
        self.thread = threading.Thread(target=lambda: asyncio.run(self.serve()), daemon=True)

    async def serve(self) -> None:
        async def handle(ws: ServerConnection) -> None:
            self.connections += 1
            await self.script(ws)

        self.loop, self.done = asyncio.get_running_loop(), asyncio.Event()
        async with serve(handle, LOOPBACK, 0) as server:
            self.port = next(iter(server.sockets)).getsockname()[1]
            self.ready.set()
            await self.done.wait()

    @property
    def url(self) -> str:
        return f"ws://{LOOPBACK}:{self.port}/live/x"

    def __enter__(self) -> ScriptedServer:
        self.thread.start()
        assert self.ready.wait(TIMEOUT)
        return self

    def __exit__(self, *_exc: object) -> None:
        assert self.loop is not None and self.done is not None
        self.loop.call_soon_threadsafe(self.done.set)
        self.thread.join(TIMEOUT)


async def never_answer(ws: ServerConnection) -> None:
    await ws.wait_closed()


def test_a_connection_that_never_syncs_is_dropped_and_tried_again(clients, monkeypatch):
    monkeypatch.setattr(live_sync, "SYNC_TIMEOUT", 0.2)
    with ScriptedServer(never_answer) as silent:
        client = clients(silent.url, "Patient", synced=False)
        wait_until(lambda: silent.connections >= 3, "two more attempts")
        assert "online" not in client.statuses
        assert client.statuses[-1] == "offline"
        client.sync.stop()


def test_a_joiner_takes_the_whole_map_not_an_update_that_came_before_it(clients, sample):
    """Someone else's new card can reach a joiner before the map does, and can be read on its
    own; taken as the map, everything else would look deleted by the joiner. The joiner's
    first batch is the whole map, card included."""
    shared = new_doc(sample)
    before = shared.get_state()
    write_records(shared, with_card(sample, "c-early", "Came first"))
    early = create_update_message(shared.get_update(before))

    async def card_first(ws: ServerConnection) -> None:
        await ws.send(early)
        step1 = await ws.recv()
        assert isinstance(step1, bytes) and step1[0] == YMessageType.SYNC
        await asyncio.sleep(0.3)  # the early card has been read by then
        reply = handle_sync_message(step1[1:], shared)
        assert reply is not None
        await ws.send(reply)
        await ws.wait_closed()

    with ScriptedServer(card_first) as scripted:
        joiner = clients(scripted.url, "Joiner")
        expected = shown(with_card(sample, "c-early", "Came first"))
        wait_until(lambda: joiner.remote, "the map to arrive")
        first = joiner.remote[0]
        assert {(d.kind, d.key) for d in first} == {
            (kind, key) for kind, table in expected.items() for key in table}
        assert joiner.records() == expected


def test_someone_leaving_is_no_error_on_the_server(server, clients, sample, caplog):
    host = clients(server.url, "Host", sample)
    joiner = clients(server.url, "Joiner")
    wait_until(lambda: host.peers and host.peers[-1], "the host sees the joiner")
    for _ in range(3):
        host.sync.write_local(with_card(sample, f"c-{_}", "while someone leaves"))
    joiner.sync.stop()
    wait_until(lambda: host.peers[-1] == [], "the joiner gone")
    host.sync.write_local(with_card(sample, "c-after", "after they left"))
    wait_until(host.sync.acknowledged, "the host's write acknowledged")
    errors = [r for r in caplog.records if r.levelname == "ERROR"]
    assert not errors, [r.getMessage() for r in errors]


def test_people_coming_and_going_never_stop_the_room_passing_edits_on(clients, sample,
                                                                       monkeypatch):
    """A send to someone who has just left must not fail the room: pycrdt-websocket then
    restarts it and drops the updates it had not passed on yet, so the others would never
    see an edit (newcomers would: they read the room's document)."""
    from cjm_desktop.live import server as live_server

    failures: list[BaseException] = []
    handler = live_server._room_errors

    def counted(exception, log):
        failures.append(exception)
        return handler(exception, log)

    monkeypatch.setattr(live_server, "_room_errors", counted)
    live = LiveServer(LOOPBACK)
    live.start()
    try:
        host = clients(live.url, "Host", sample)
        stays = clients(live.url, "Stays")
        records = sample
        for n in range(8):
            passing = clients(live.url, f"Passing {n}")
            passing.sync.write_local(with_card(passing.sync.records(), f"c-pass-{n}", "bye"))
            wait_until(passing.sync.acknowledged, "the passing write acknowledged")
            leaving = threading.Thread(target=passing.sync.stop)
            leaving.start()
            for m in range(10):  # the room sends these to the one leaving, too
                records = with_card(records, f"c-host-{n}-{m}", "while someone leaves")
                host.sync.write_local(records)
                time.sleep(0.002)
            leaving.join(TIMEOUT)
        expected = {f"c-host-{n}-{m}" for n in range(8) for m in range(10)} | {
            f"c-pass-{n}" for n in range(8)}
        wait_until(lambda: expected <= set(stays.records()["card"]), "every card at Stays",
                   state=lambda: sorted(expected - set(stays.records()["card"])))
        assert not failures
    finally:
        live.stop()
