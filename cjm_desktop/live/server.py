"""The embedded live server: a y-websocket server (pycrdt-websocket) on uvicorn in its own thread.

"Share live" starts one; the host's own window connects to it over loopback like everyone
else (so an external team server and this one are the same client code). It keeps one room,
the shared map, for as long as it runs (even while nobody is connected) and never touches
the model. The only address is ``/live/TOKEN`` (a fresh 128-bit token per server); any other
path, and any wrong token, is an empty HTTP 404, and a WebSocket handshake there is refused
with the same 404 before it is accepted. Off by default: the caller starts it.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any, cast

from pycrdt.websocket import ASGIServer, WebsocketServer
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.routing import WebSocketRoute
from starlette.types import Message, Receive, Scope, Send
from uvicorn.protocols.utils import ClientDisconnected
from websockets.exceptions import ConnectionClosed

from ..editing.server_thread import ServerThread, not_found, refuse
from ..editing.sharing import bound_socket, new_token

ROOM = "live"  # the one room every connection joins, whatever its token
MAX_MESSAGE = 64 * 1024 * 1024  # a whole map with its photos fits in one sync message
_log = logging.getLogger(__name__)


class _DenialNoise(logging.Filter):
    """uvicorn's sans-I/O WebSocket protocol logs an error after a handshake that was
    refused with an HTTP response (the refusal of a wrong token): expected here, not news."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != "ASGI callable returned without completing handshake."


_DENIAL_NOISE = _DenialNoise()


def _gone(exception: BaseException) -> bool:
    """Whether ``exception`` only says that a client went away (it closed its laptop, or
    left: the room was still sending it an update)."""
    if isinstance(exception, BaseExceptionGroup):
        return all(_gone(inner) for inner in exception.exceptions)
    return isinstance(exception, ClientDisconnected | ConnectionClosed | OSError)


def _room_errors(exception: Exception, log: logging.Logger) -> bool:
    """pycrdt-websocket's handler for what goes wrong in the room: someone leaving is
    normal (a debug line); anything else is logged with its traceback. Either way the room
    goes on."""
    if _gone(exception):
        log.debug("a live client went away: %r", exception)
    else:
        log.error("live server room error", exc_info=exception)
    return True


class _OneRoom:
    """Hands every accepted connection to the y-websocket server under the same room name."""

    def __init__(self, app: ASGIServer) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_or_drop(message: Message) -> None:
            try:
                await send(message)
            except (ClientDisconnected, ConnectionClosed, OSError):
                if message.get("type") != "websocket.send":
                    raise
                # The client has gone (its serve loop ends with its disconnect). Raised here,
                # this would fail pycrdt-websocket's room task group, which restarts and
                # drops the updates it had not yet passed on: the others would never see them.

        # pycrdt-websocket types the ASGI callables with dict where Starlette has MutableMapping
        await self._app({**scope, "path": ROOM}, cast(Any, receive), cast(Any, send_or_drop))


class LiveServer:
    """One shared map: started once, stopped once."""

    def __init__(self, host: str, port: int = 0, *, token: str | None = None) -> None:
        self.token = token or new_token()
        sock = bound_socket(host, port)
        self.host, self.port = sock.getsockname()[:2]
        self._websockets = WebsocketServer(auto_clean_rooms=False,
                                           exception_handler=_room_errors, log=_log)
        self._serving = ServerThread(self._app(), sock, name="live server",
                                     max_message=MAX_MESSAGE, around=self._rooms)
        uvicorn_log = logging.getLogger("uvicorn.error")
        if _DENIAL_NOISE not in uvicorn_log.filters:
            uvicorn_log.addFilter(_DENIAL_NOISE)

    @property
    def url(self) -> str:
        return f"ws://{self.host}:{self.port}/live/{self.token}"

    def _app(self) -> Starlette:
        room = _OneRoom(ASGIServer(self._websockets))
        app = Starlette(routes=[WebSocketRoute(f"/live/{self.token}", room)],
                        exception_handlers={HTTPException: not_found, 404: not_found,
                                            405: not_found})
        app.router.default = refuse
        return app

    @contextlib.asynccontextmanager
    async def _rooms(self) -> AsyncIterator[None]:
        async with self._websockets:
            # The room exists before anyone connects: pycrdt-websocket leaves the second of
            # two first connections to a room it is still starting waiting for ever.
            await self._websockets.get_room(ROOM)
            yield

    # ----- lifetime (caller's thread) -------------------------------------------------
    def start(self) -> str:
        """Serve in a background thread; returns the join address ``ws://HOST:PORT/live/TOKEN``
        (raises OSError when the server does not start)."""
        self._serving.start()
        return self.url

    def stop(self) -> None:
        """Close every connection and the listening socket, and join the thread."""
        self._serving.stop()

    @property
    def running(self) -> bool:
        return self._serving.running
