"""Who else is in a live session, and what they have selected (y-websocket awareness).

:class:`Presence` owns one pycrdt ``Awareness`` on the network thread of
``live/sync.py``'s LiveSync: this person's name, colour and selection go out as the
awareness state, the others' states come in as awareness messages and are reported as a
list of :class:`Peer` through ``on_peers``. Offline (between two connections) nobody else
is reported: the outlines the canvas shows for them would be stale.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import pycrdt
from pycrdt import Awareness, create_awareness_message, read_message

_log = logging.getLogger(__name__)

Send = Callable[[bytes], Awaitable[None]]


@dataclass(frozen=True)
class Peer:
    client_id: int
    name: str
    color: str
    selected: tuple[str, ...]


class Presence:
    """This person's awareness state and the others', on the network thread."""

    def __init__(self, doc: pycrdt.Doc, *, name: str, color: str,
                 on_peers: Callable[[list[Peer]], None]) -> None:
        self._name, self._color = name, color
        self._selected: tuple[str, ...] = ()
        self._on_peers = on_peers
        self._peers: list[Peer] = []
        self._send: Send | None = None  # the current connection's, while online
        self._awareness = Awareness(doc)
        self._awareness.observe(self._on_change)
        self._awareness.set_local_state(self._local_state())
        self._task: asyncio.Future[None] | None = None

    async def start(self) -> None:
        """Run the awareness's own housekeeping (it drops states nobody renewed)."""
        self._task = asyncio.ensure_future(self._awareness.start())

    async def stop(self) -> None:
        with contextlib.suppress(Exception):
            await self._awareness.stop()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(BaseException):
                await self._task

    def connected(self, send: Send) -> None:
        """A connection is open: this person's state goes out through ``send``."""
        self._send = send
        # A new clock, not the old state again: the others dropped this person's state
        # when the connection went, and an awareness ignores a state whose clock it has
        # seen; a resend with the same clock would show this person only at the next
        # renewal, 15 s later. The update goes out through _on_change.
        self._awareness.set_local_state(self._local_state())

    def disconnected(self) -> None:
        """The connection dropped: forget the others until the next one says who is there."""
        self._send = None
        others = [c for c in self._awareness.states if c != self._awareness.client_id]
        if others:
            self._awareness.remove_awareness_states(others, "offline")  # reports the change

    def select(self, ids: tuple[str, ...]) -> None:
        self._selected = ids
        self._awareness.set_local_state(self._local_state())

    def receive(self, message: bytes) -> None:
        """An awareness message from the server (a peer's state, or its goodbye)."""
        try:
            self._awareness.apply_awareness_update(read_message(message[1:]), "remote")
        except Exception as error:  # noqa: BLE001 - a malformed message from a peer
            _log.warning("live awareness message ignored: %s", error)

    def goodbye(self) -> bytes:
        """Leave: this person's state cleared, and the message that tells the others."""
        self._awareness.set_local_state(None)
        return self._message()

    async def send_state(self) -> None:
        send = self._send
        if send is None:
            return
        try:
            await send(self._message())
        except Exception as error:  # noqa: BLE001 - resent on reconnect
            _log.info("live awareness not sent: %s", error)

    def _message(self) -> bytes:
        return create_awareness_message(self._awareness.encode_awareness_update(
            [self._awareness.client_id]))

    def _local_state(self) -> dict[str, Any]:
        return {"name": self._name, "color": self._color, "selected": list(self._selected)}

    def _on_change(self, topic: str, payload: tuple[dict[str, Any], Any]) -> None:
        changes, origin = payload
        if self._awareness.get_local_state() is None:
            pass  # leaving: the goodbye is sent by the caller
        elif topic == "update" and origin == "local":
            asyncio.ensure_future(self.send_state())
        elif topic == "change" and changes.get("added"):
            # Someone new: tell them who we are now (pycrdt-websocket, unlike the Node
            # server, does not hand a newcomer the states it has seen).
            asyncio.ensure_future(self.send_state())
        if topic == "change":
            self._report()

    def _report(self) -> None:
        peers = []
        for client_id, state in sorted(self._awareness.states.items()):
            if client_id == self._awareness.client_id or not isinstance(state, dict) \
                    or not state:
                continue
            selected = state.get("selected") or ()
            peers.append(Peer(client_id, str(state.get("name", "")), str(state.get("color", "")),
                              tuple(str(s) for s in selected)
                              if isinstance(selected, list | tuple) else ()))
        if peers != self._peers:
            self._peers = peers
            try:
                self._on_peers(peers)
            except Exception:  # noqa: BLE001 - a receiver's bug must not stop the sync
                _log.exception("a live callback failed")
