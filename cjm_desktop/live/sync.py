"""The live client: one map kept in step with a y-websocket server, on its own asyncio thread.

:class:`LiveSync` owns the pycrdt ``Doc``; only its network thread touches it, and that
thread never touches the model (DESIGN.md rule 10). The Qt side hands it whole record tables
(:meth:`LiveSync.write_local`); the thread takes what changed since the previous table, applies
that to the Doc's current records (``live/rebase.py``: a table made before a remote change
reached the window never reverts it) and writes only the difference. After a transaction
from elsewhere it diffs the Doc's records against the ones it last saw and hands the
:class:`Difference` list to ``on_remote`` (called on the network thread: the Qt side
queues it to its own thread).

The transport is pycrdt's :class:`~pycrdt.Provider` (the y-websocket sync protocol) over a small
channel around a ``websockets`` client connection (``live/channel.py``); awareness messages
(name, colour, selected ids) are taken out of that stream and handled with pycrdt's
:class:`~pycrdt.Awareness`. While running it reconnects with back-off (0.2 s doubling to 5 s);
writes made offline go into the Doc and the sync protocol exchanges them on reconnect. With a
``log_path`` every update goes to the session's update log (``live/update_log.py``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pycrdt
from pycrdt import Provider, TransactionEvent
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import InvalidStatus

from ..model.diff import ChangeKind, Difference, diff_records
from ..model.map_records import Key, Records
from .channel import Channel
from .mapping import new_doc, read_records, write_records
from .presence import Peer, Presence
from .rebase import folded, rebase, same_change, with_added
from .text_merge import merged_back
from .update_log import UpdateLog

BACKOFF_FIRST = 0.2  # seconds before the first reconnection attempt; doubles each failure
BACKOFF_MAX = 5.0
OPEN_TIMEOUT = 5.0  # seconds a connection attempt may take
# Seconds an open connection may take to finish the first exchange before it is dropped and
# tried again (pycrdt-websocket can leave the second of two first connections to a new room
# waiting for ever).
SYNC_TIMEOUT = 10.0
CLOSE_TIMEOUT = 1.0  # seconds a closing connection waits for the server's goodbye
FLUSH_TIMEOUT = 2.0  # seconds stop() waits for queued updates to go out
MAX_MESSAGE = 64 * 1024 * 1024
MAX_DELIVERED = 10_000  # remote differences remembered until the window's next table shows them
STATUSES = ("connecting", "online", "offline", "stopped")
_log = logging.getLogger(__name__)


class LiveSync:
    """One client of one shared map: started once, stopped once."""

    def __init__(self, url: str, *, name: str, color: str,
                 on_remote: Callable[[list[Difference]], None],
                 on_status: Callable[[str], None],
                 on_peers: Callable[[list[Peer]], None],
                 initial: Records | None = None,
                 log_path: Path | None = None) -> None:
        self.url = url
        self._name, self._color = name, color
        self._on_remote, self._on_status, self._on_peers = on_remote, on_status, on_peers
        self._initial = initial
        self._log_path = log_path
        self._log: UpdateLog | None = None  # started once the map is known (see _start_log)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._started = threading.Event()
        self._synced = threading.Event()
        self._stopping: asyncio.Event | None = None
        self._status = ""
        self._doc: pycrdt.Doc | None = None
        self._presence: Presence | None = None
        self._seen: Records = {}  # the Doc's records as last read on this thread
        self._window: Records = dict(initial or {})  # the window's last table
        self._delivered: list[Difference] = []  # handed to on_remote, not yet seen back
        # Batches handed to on_remote, numbered from 1, until the window says it applied them
        # (write_local's ``applied``): they are folded into the window's last table then.
        self._batches: list[tuple[int, list[Difference]]] = []
        self._batch_count = 0
        # The first batch that changed each record: a record no batch counted when the window
        # handed its table had changed is shown there as it was before (see _exact)
        self._first_batch: dict[tuple[str, Key], int] = {}
        self._writing = False
        self._remote_pending = False
        self._channel: Channel | None = None
        self._ws: ClientConnection | None = None
        self._provider: Provider | None = None
        self._online = False
        self._written = 0  # local transactions so far
        self._acked = 0  # local transactions known to have reached the server
        self._asked = 0  # write_local calls (caller's thread)
        self._handled = 0  # write_local calls the network thread has taken in
        self._confirming = False
        # A joiner hands nothing to the window before its first exchange is complete: an
        # update another client sends meanwhile can be read on its own (a new card needs no
        # other record to be integrated), and taken as the whole map it would make every
        # record missing from it look deleted by this person.
        self._have_map = initial is not None
        # The server's last answer was a refusal (HTTP 4xx: a wrong or expired token, no
        # such room): trying again will not help until the address changes.
        self.refused = False

    # ----- from the caller's (Qt) thread ----------------------------------------------
    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="live-sync", daemon=True)
        self._thread.start()
        if not self._started.wait(10.0):
            raise OSError("the live connection did not start")

    def stop(self) -> None:
        """Send what is queued (bounded), say goodbye to the peers, close and join the thread."""
        loop, stopping = self._loop, self._stopping
        if loop is not None and stopping is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed in between
                loop.call_soon_threadsafe(stopping.set)
        if self._thread is not None:
            self._thread.join(10.0 + FLUSH_TIMEOUT)
            self._thread = None

    def write_local(self, records: Records, applied: int | None = None) -> None:
        """The window's map as records after a local edit (thread-safe). ``applied``: how
        many of the batches handed to ``on_remote`` the window had applied when it made
        ``records`` (None: not counted; a remote change is then told from a local one by
        its value only)."""
        # batches handed to on_remote so far: any later one cannot be in ``records``
        self._call(self._write, records, applied, self._batch_count)
        self._asked += 1  # counted once queued, so a refused call is never waited for

    def set_selection(self, ids: Sequence[str]) -> None:
        """What this person has selected, shown to the others (thread-safe)."""
        self._call(self._select, tuple(ids))

    def wait_synced(self, timeout: float) -> bool:
        """Whether the first exchange with the server is done (waits up to ``timeout`` s)."""
        return self._synced.wait(timeout)

    def acknowledged(self) -> bool:
        """Whether every local write so far reached the server (online, sent, and a ping
        answered after it)."""
        handled = self._handled  # read first: _written is counted before it
        return self._online and handled >= self._asked and self._acked >= self._written

    def records(self, timeout: float = 5.0) -> Records:
        """The shared map's records as this client's Doc has them now (thread-safe; read on
        the network thread, so a headless join can save them)."""
        loop = self._loop
        if loop is None or loop.is_closed():
            raise RuntimeError("the live connection is not running")

        async def read() -> Records:
            assert self._doc is not None
            return read_records(self._doc)

        return asyncio.run_coroutine_threadsafe(read(), loop).result(timeout)

    @property
    def status(self) -> str:
        return self._status

    def _call(self, function: Callable[..., None], *args: Any) -> None:
        loop = self._loop
        if loop is None or loop.is_closed():
            raise RuntimeError("the live connection is not running")
        loop.call_soon_threadsafe(function, *args)

    # ----- the network thread -----------------------------------------------------------
    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        try:
            loop.run_until_complete(self._main())
        except Exception:  # noqa: BLE001 - logged; the status says stopped
            _log.exception("the live connection stopped with an error")
        finally:
            self._started.set()
            self._set_status("stopped")
            if self._log is not None:
                self._log.close()
            loop.close()

    async def _main(self) -> None:
        self._stopping = asyncio.Event()
        doc = new_doc(self._initial)
        self._doc = doc
        self._seen = read_records(doc)
        if self._initial is not None:
            self._start_log(self._initial)
        doc.observe(self._on_transaction)
        presence = self._presence = Presence(doc, name=self._name, color=self._color,
                                             on_peers=self._on_peers)
        await presence.start()
        self._started.set()
        self._set_status("connecting")
        delay = BACKOFF_FIRST
        try:
            while not self._stopping.is_set():
                try:
                    if await self._connect_once():
                        delay = BACKOFF_FIRST
                except Exception as error:  # noqa: BLE001 - any failure: offline, try again
                    _log.info("live connection to %s failed: %s", self.url, error)
                    self.refused = isinstance(error, InvalidStatus) \
                        and 400 <= error.response.status_code < 500
                if self._stopping.is_set():
                    break
                self._set_status("offline")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stopping.wait(), delay)
                delay = min(delay * 2, BACKOFF_MAX)
        finally:
            await presence.stop()

    async def _connect_once(self) -> bool:
        """One connection, until it drops or the sync stops; whether it got online."""
        assert self._doc is not None and self._stopping is not None
        got_online = False
        ws = await self._open()
        if ws is None:
            return False
        async with ws:
            assert self._presence is not None
            presence = self._presence
            channel = Channel(ws, urlsplit(self.url).path, presence.receive)
            provider = Provider(self._doc, channel, log=_log)
            self._channel, self._ws, self._provider = channel, ws, provider
            running = asyncio.ensure_future(provider.start())
            stop = asyncio.ensure_future(self._stopping.wait())
            closed = asyncio.ensure_future(ws.wait_closed())
            synced = asyncio.ensure_future(provider.synced.wait())
            try:
                await provider.started.wait()
                presence.connected(channel.send)
                waiting = {running, stop, closed, synced}
                done, _ = await asyncio.wait(waiting, timeout=SYNC_TIMEOUT,
                                             return_when=asyncio.FIRST_COMPLETED)
                if not done:
                    _log.info("live server at %s did not answer in time", self.url)
                if synced in done:
                    got_online = True
                    self._online = True
                    self.refused = False
                    self._synced.set()
                    self._set_status("online")
                    if not self._have_map:  # what came before the map goes in now
                        self._remote_pending = True
                        self._check_remote()
                    asyncio.ensure_future(self._confirm())
                    done, _ = await asyncio.wait({running, stop, closed},
                                                 return_when=asyncio.FIRST_COMPLETED)
                if stop in done:
                    await self._goodbye(channel, provider)
            finally:
                self._online = False
                self._channel = self._ws = self._provider = None
                presence.disconnected()
                for task in (stop, closed, synced):
                    task.cancel()
                if not running.done():
                    with contextlib.suppress(Exception):  # stopping a provider that failed
                        await provider.stop()
                    running.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    try:
                        await running
                    except Exception as error:  # noqa: BLE001 - the connection broke: retry
                        _log.info("live sync ended: %s", error)
        return got_online

    async def _open(self) -> ClientConnection | None:
        """A new connection, or None when the sync stops first (stop never waits for a
        connection attempt)."""
        assert self._stopping is not None

        async def opening() -> ClientConnection:
            return await connect(self.url, open_timeout=OPEN_TIMEOUT, max_size=MAX_MESSAGE,
                                 ping_interval=10.0, ping_timeout=10.0,
                                 close_timeout=CLOSE_TIMEOUT)

        attempt = asyncio.ensure_future(opening())
        stop = asyncio.ensure_future(self._stopping.wait())
        try:
            await asyncio.wait({attempt, stop}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stop.cancel()
        if attempt.done():
            ws = attempt.result()  # raises what the attempt raised: offline, try again
            if not self._stopping.is_set():
                return ws
            await ws.close()
            return None
        attempt.cancel()
        with contextlib.suppress(BaseException):
            await attempt
        return None

    async def _goodbye(self, channel: Channel, provider: Provider) -> None:
        """On stop: let queued updates go out (bounded), then clear this person's awareness."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._drained(channel, provider), FLUSH_TIMEOUT)
        assert self._presence is not None
        message = self._presence.goodbye()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(channel.send(message), FLUSH_TIMEOUT)

    @staticmethod
    async def _drained(channel: Channel, provider: Provider) -> None:
        """Until the provider has handed every queued update to the socket."""
        while True:
            events = getattr(provider, "_events", None)  # pycrdt keeps the queue private
            if events is None:
                return
            statistics = events.statistics()
            # An update handed straight to the waiting sender is in no buffer: the sender is
            # idle again only once it has sent it and waits for the next one.
            idle = statistics.tasks_waiting_receive > 0
            if not statistics.current_buffer_used and idle and not channel.sending:
                return
            await asyncio.sleep(0.005)

    async def _confirm(self) -> None:
        """Mark local writes acknowledged once they are sent and a ping came back after them."""
        if self._confirming:
            return
        self._confirming = True
        try:
            while True:
                version = self._written
                channel, ws, provider = self._channel, self._ws, self._provider
                if channel is None or ws is None or provider is None or not self._online:
                    return
                try:
                    await asyncio.wait_for(self._drained(channel, provider), SYNC_TIMEOUT)
                    pong = await ws.ping()
                    await asyncio.wait_for(pong, SYNC_TIMEOUT)
                except TimeoutError:
                    # a busy server or a slow network: still connected, so ask again (a
                    # headless join waits for this answer before it exits)
                    _log.info("live acknowledgement slow: asking again")
                    continue
                if self._channel is channel:
                    self._acked = max(self._acked, version)
                if self._written == version:
                    return
        except Exception as error:  # noqa: BLE001 - the connection dropped: reconnect resends
            _log.info("live acknowledgement lost: %s", error)
        finally:
            self._confirming = False

    # ----- the Doc (network thread) -----------------------------------------------------
    def _start_log(self, base: Records) -> None:
        """Begin the update log (when asked for) with ``base`` — the host's map, or the first
        map a joiner received — and the Doc's state now. A log that cannot be written is
        logged and given up: the session goes on without it."""
        if self._log_path is None or self._log is not None or self._doc is None:
            return
        log = UpdateLog(self._log_path)
        try:
            log.start(base, self._doc.get_update())
        except OSError as error:
            _log.warning("the live update log %s cannot be written: %s", self._log_path, error)
            self._log_path = None
            return
        self._log = log

    def _on_transaction(self, event: TransactionEvent) -> None:
        if self._log is not None:
            try:
                self._log.append(event.update)
            except OSError as error:
                _log.warning("the live update log stopped: %s", error)
                self._log.close()
                self._log, self._log_path = None, None
        if self._writing or self._remote_pending:
            return
        self._remote_pending = True
        asyncio.get_running_loop().call_soon(self._check_remote)

    def _check_remote(self) -> None:
        if not self._remote_pending or self._doc is None:
            return
        if not self._have_map:
            provider = self._provider
            if provider is None or not provider.synced.is_set():
                return  # still pending: read once the first exchange is complete
            self._have_map = True
        self._remote_pending = False
        now = read_records(self._doc)
        changes = diff_records(self._seen, now)
        self._seen = now
        if changes and self._log is None and self._initial is None:
            self._start_log(now)  # a joiner's log starts from the map it received
        if changes:
            self._deliver(changes)

    def _deliver(self, changes: list[Difference]) -> None:
        self._delivered = (self._delivered + changes)[-MAX_DELIVERED:]
        self._batch_count += 1
        self._batches = (self._batches + [(self._batch_count, changes)])[-MAX_DELIVERED:]
        for change in changes:  # an addition the window shows is folded (_fold_added)
            if change.change is not ChangeKind.ADDED:
                self._first_batch.setdefault((change.kind, change.key), self._batch_count)
        self._tell(self._on_remote, changes)

    def _write(self, records: Records, applied: int | None = None, handed: int = 0) -> None:
        try:
            self._write_records(records, applied, handed)
        finally:
            self._handled += 1

    def _write_records(self, records: Records, applied: int | None = None,
                       handed: int = 0) -> None:
        """``handed``: how many batches on_remote had been handed when the window handed
        ``records`` (it cannot show a later one)."""
        if self._doc is None:
            return
        self._check_remote()  # first hand over what came in, so it is not taken as local
        if applied is not None:
            seen = [changes for number, changes in self._batches if number <= applied]
            self._batches = [batch for batch in self._batches if batch[0] > applied]
            self._window = folded(self._window, [c for changes in seen for c in changes])
        if applied is None:
            self._fold_added(records)
        changes = diff_records(self._window, records)
        self._window = records
        if applied is not None:
            # what the window applied is folded into its last table above: every change
            # left is this person's (the per-change search below is for uncounted callers)
            self._delivered.clear()
            mine = changes
        else:
            mine = [change for change in changes if not self._came_back(change)]
        if not mine:
            return
        target = rebase(self._seen, mine, records,
                        lambda change: applied is not None or self._exact(change, handed))
        self._writing = True
        try:
            # only what this person changed: the rest of ``target`` is the Doc's own
            touched: dict[str, set[Key]] = {}
            for change in mine:
                touched.setdefault(change.kind, set()).add(change.key)
            changed = write_records(self._doc, target, origin=self, touched=touched)
        finally:
            self._writing = False
        self._seen = read_records(self._doc)
        merged = merged_back(records, self._seen, mine)  # the window has only its own typing
        if merged:
            self._deliver(merged)
        if changed:
            self._written += 1
            asyncio.ensure_future(self._confirm())

    def _fold_added(self, records: Records) -> None:
        """For an uncounted table: the records handed to on_remote as added that ``records``
        shows (so the window applied them) go into the window's last table, where its
        table had none, each after the record it follows in ``records``: an edit of such a
        record (a joiner's first table, say) is then field by field, not the whole record
        written over what others changed in it meanwhile."""
        added = [change for change in self._delivered if change.change is ChangeKind.ADDED
                 and isinstance(change.after, dict)
                 and change.key in records.get(change.kind, {})
                 and change.key not in self._window.get(change.kind, {})]
        if not added:
            return
        taken = {id(change) for change in added}
        self._delivered = [change for change in self._delivered if id(change) not in taken]
        self._window = with_added(self._window, added, records)

    def _exact(self, change: Difference, handed: int) -> bool:
        """For an uncounted table: whether the change's record as the window's previous table
        has it is what the person saw — no batch the window may have applied changed it (a
        remote edit that came in while the table was on its way, say)."""
        return self._first_batch.get((change.kind, change.key), handed + 1) > handed

    def _came_back(self, change: Difference) -> bool:
        """Whether ``change`` is a remote one the window applied (then it is not local)."""
        for index, delivered in enumerate(self._delivered):
            if same_change(change, delivered):
                del self._delivered[index]
                return True
        return False

    # ----- presence (network thread) -----------------------------------------------------
    def _select(self, ids: tuple[str, ...]) -> None:
        if self._presence is not None:
            self._presence.select(ids)

    # ----- callbacks --------------------------------------------------------------------
    def _set_status(self, status: str) -> None:
        if status != self._status:
            self._status = status
            self._tell(self._on_status, status)

    @staticmethod
    def _tell(callback: Callable[[Any], None], value: Any) -> None:
        try:
            callback(value)
        except Exception:  # noqa: BLE001 - a receiver's bug must not stop the sync
            _log.exception("a live callback failed")
