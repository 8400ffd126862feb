"""The embedded live server: a y-websocket server (pycrdt-websocket) on uvicorn in its own thread.

"Share live" starts one; the host's own window connects to it over loopback like everyone
else (so an external team server and this one are the same client code). It keeps one room,
the shared map, for as long as it runs (even while nobody is connected) and never touches
the model. The only address is ``/live/TOKEN`` (a fresh 128-bit token per server); any other
path, and any wrong token, is an empty HTTP 404, and a WebSocket handshake there is refused
with the same 404 before it is accepted. Off by default: the caller starts it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from typing import Any, cast

import uvicorn
from pycrdt.websocket import ASGIServer, WebsocketServer
from pycrdt.websocket.websocket_server import exception_logger
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.routing import WebSocketRoute
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket

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


async def _not_found(_request: object, _exc: Exception) -> Response:
    return Response(status_code=404)


async def _refuse(scope: Scope, receive: Receive, send: Send) -> None:
    """An empty 404 for any request, and for a WebSocket handshake before it is accepted."""
    if scope["type"] == "websocket":
        socket = WebSocket(scope, receive, send)
        if "websocket.http.response" in scope.get("extensions", {}):
            await socket.send_denial_response(Response(status_code=404))
        else:
            await socket.close()
        return
    if scope["type"] == "http":
        await Response(status_code=404)(scope, receive, send)


class _OneRoom:
    """Hands every accepted connection to the y-websocket server under the same room name."""

    def __init__(self, app: ASGIServer) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # pycrdt-websocket types the ASGI callables with dict where Starlette has MutableMapping
        await self._app({**scope, "path": ROOM}, cast(Any, receive), cast(Any, send))


class LiveServer:
    """One shared map: started once, stopped once."""

    def __init__(self, host: str, port: int = 0, *, token: str | None = None) -> None:
        self.token = token or new_token()
        self._socket = bound_socket(host, port)
        self.host, self.port = self._socket.getsockname()[:2]
        self._websockets = WebsocketServer(auto_clean_rooms=False,
                                           exception_handler=exception_logger, log=_log)
        self._server = uvicorn.Server(uvicorn.Config(
            self._app(), log_level="warning", log_config=None, access_log=False,
            ws="websockets-sansio", lifespan="off", server_header=False, date_header=False,
            timeout_keep_alive=30, ws_max_size=MAX_MESSAGE, ws_ping_interval=10.0,
            ws_ping_timeout=10.0))
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        uvicorn_log = logging.getLogger("uvicorn.error")
        if _DENIAL_NOISE not in uvicorn_log.filters:
            uvicorn_log.addFilter(_DENIAL_NOISE)

    @property
    def url(self) -> str:
        return f"ws://{self.host}:{self.port}/live/{self.token}"

    def _app(self) -> Starlette:
        room = _OneRoom(ASGIServer(self._websockets))
        app = Starlette(routes=[WebSocketRoute(f"/live/{self.token}", room)],
                        exception_handlers={HTTPException: _not_found, 404: _not_found,
                                            405: _not_found})
        app.router.default = _refuse
        return app

    # ----- lifetime (caller's thread) -------------------------------------------------
    def start(self) -> str:
        """Serve in a background thread; returns the join address ``ws://HOST:PORT/live/TOKEN``."""
        self._thread = threading.Thread(target=self._run, name="live-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(10.0) or not self._server.started:
            self.stop()
            raise OSError("the live server did not start")
        return self.url

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)

        async def serve() -> None:
            async with self._websockets:
                # The room exists before anyone connects: pycrdt-websocket leaves the second
                # of two first connections to a room it is still starting waiting for ever.
                await self._websockets.get_room(ROOM)
                task = asyncio.ensure_future(self._server.serve(sockets=[self._socket]))
                while not self._server.started and not task.done():
                    await asyncio.sleep(0.01)
                self._ready.set()
                await task

        try:
            loop.run_until_complete(serve())
        except Exception:  # noqa: BLE001 - logged; the caller sees running turn False
            _log.exception("the live server stopped with an error")
        finally:
            self._ready.set()
            loop.close()

    def stop(self) -> None:
        """Close every connection and the listening socket, and join the thread."""
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(10.0)
            self._thread = None
        with contextlib.suppress(OSError):
            self._socket.close()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()
