"""A uvicorn server in a background thread with its own event loop, for the room and for live
co-editing (one lifecycle, written once).

:class:`ServerThread` binds nothing itself: it serves an ASGI app on a socket the caller bound
(``sharing.bound_socket``), so the address is known before the thread starts. ``start``
returns once uvicorn listens (or raises OSError), ``stop`` asks uvicorn to close every
connection, joins the thread and closes the socket (at once: :class:`_PromptServer` wakes on
stop instead of on uvicorn's 0.1 s tick, and waits only while connections are closing);
``call`` hands a function to the server's loop from any thread. :func:`refuse` answers any
request, and a WebSocket handshake before it is accepted, with the same empty 404, so a
prober without the token learns nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from typing import Any

import uvicorn
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send
from starlette.websockets import WebSocket

START_TIMEOUT = 10.0  # seconds for uvicorn to listen
STOP_TIMEOUT = 10.0  # seconds for the thread to end after stop
_log = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def _nothing() -> AsyncIterator[None]:
    yield


class _PromptServer(uvicorn.Server):
    """uvicorn's server, stopped promptly: ``wake`` ends the main loop at once (uvicorn
    looks at ``should_exit`` only every 0.1 s), and ``shutdown`` waits only while connections
    or tasks remain instead of pausing 0.1 s first. Otherwise uvicorn's own shutdown."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self._exit = asyncio.Event()  # bound to the server's loop on first use

    def wake(self) -> None:
        """On the server's loop: look at ``should_exit`` now."""
        self._exit.set()

    async def main_loop(self) -> None:
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864000
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._exit.wait(), 0.1)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        for server in self.servers:
            server.close()
        for sock in sockets or []:
            sock.close()
        for connection in list(self.server_state.connections):
            connection.shutdown()
        try:
            async with asyncio.timeout(self.config.timeout_graceful_shutdown):
                while self.server_state.connections or self.server_state.tasks:
                    await asyncio.sleep(0.005)
        except TimeoutError:
            for task in self.server_state.tasks:
                task.cancel(msg="Task cancelled, timeout graceful shutdown exceeded")
        for server in self.servers:
            await server.wait_closed()
        if not self.force_exit:
            await self.lifespan.shutdown()


class ServerThread:
    """One uvicorn server on one bound socket: started once, stopped once."""

    def __init__(self, app: ASGIApp, sock: socket.socket, *, name: str, max_message: int,
                 around: Callable[[], AbstractAsyncContextManager[Any]] | None = None) -> None:
        """``around``: an async context the server runs inside, on its loop (the live
        server's y-websocket rooms)."""
        self._socket = sock
        self._name = name
        self._around = around or _nothing
        self._server = _PromptServer(uvicorn.Config(
            app, log_level="warning", log_config=None, access_log=False,
            ws="websockets-sansio", lifespan="off", server_header=False, date_header=False,
            timeout_keep_alive=30, ws_max_size=max_message, ws_ping_interval=10.0,
            ws_ping_timeout=10.0))
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self.loop: asyncio.AbstractEventLoop | None = None

    def start(self) -> None:
        """Serve in the background; raises OSError when uvicorn does not listen in time."""
        self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
        self._thread.start()
        if not self._ready.wait(START_TIMEOUT) or not self._server.started:
            self.stop()
            raise OSError(f"the {self._name} did not start")

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self.loop = loop
        asyncio.set_event_loop(loop)

        async def serve() -> None:
            async with self._around():
                task = asyncio.ensure_future(self._server.serve(sockets=[self._socket]))
                while not self._server.started and not task.done():
                    await asyncio.sleep(0.01)
                self._ready.set()
                await task

        try:
            loop.run_until_complete(serve())
        except Exception:  # noqa: BLE001 - logged; the caller sees running turn False
            _log.exception("the %s stopped with an error", self._name)
        finally:
            self._ready.set()
            loop.close()

    def stop(self) -> None:
        """Close every connection and the listening socket, and join the thread."""
        self._server.should_exit = True
        self.call(self._server.wake)
        if self._thread is not None:
            self._thread.join(STOP_TIMEOUT)
            self._thread = None
        with contextlib.suppress(OSError):
            self._socket.close()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def call(self, function: Callable[..., None], *args: Any) -> None:
        """Run ``function(*args)`` on the server's loop (from any thread; nothing once the
        loop has closed)."""
        loop = self.loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed in between: stopping
                loop.call_soon_threadsafe(function, *args)


async def refuse(scope: Scope, receive: Receive, send: Send) -> None:
    """An empty 404 for any request, and for a WebSocket handshake before it is accepted
    (uvicorn offers the denial-response extension; Starlette's own answer would be a 403,
    which tells a prober that something listens there)."""
    if scope["type"] == "websocket":
        ws = WebSocket(scope, receive, send)
        if "websocket.http.response" in scope.get("extensions", {}):
            await ws.send_denial_response(Response(status_code=404))
        else:
            await ws.close()
        return
    if scope["type"] == "http":
        await Response(status_code=404)(scope, receive, send)


async def not_found(_request: object, _exc: Exception) -> Response:
    """Starlette's exception handler for 404, 405 and HTTP errors: an empty 404."""
    return Response(status_code=404)
