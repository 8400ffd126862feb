"""A pycrdt Channel over one ``websockets`` client connection (used by ``live/sync.py``).

y-websocket speaks binary messages only; awareness messages are taken out of the stream and
handed to ``on_awareness``, the rest (sync protocol) go to pycrdt's Provider. ``sending``
counts sends under way, so the client can tell when its queue has drained.
"""

from __future__ import annotations

from collections.abc import Callable

from pycrdt import YMessageType
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed


class Channel:
    """A pycrdt Channel over one WebSocket; awareness messages go to ``on_awareness``."""

    def __init__(self, ws: ClientConnection, path: str,
                 on_awareness: Callable[[bytes], None]) -> None:
        self._ws = ws
        self._path = path
        self._on_awareness = on_awareness
        self.sending = 0  # sends under way (for acknowledged())

    @property
    def path(self) -> str:
        return self._path

    def __aiter__(self) -> Channel:
        return self

    async def __anext__(self) -> bytes:
        try:
            return await self.recv()
        except ConnectionClosed:
            raise StopAsyncIteration from None

    async def send(self, message: bytes) -> None:
        self.sending += 1
        try:
            await self._ws.send(message)
        finally:
            self.sending -= 1

    async def recv(self) -> bytes:
        while True:
            message = await self._ws.recv()
            if isinstance(message, str) or not message:
                continue  # y-websocket speaks binary only
            if message[0] == YMessageType.AWARENESS:
                self._on_awareness(bytes(message))
                continue
            return bytes(message)
