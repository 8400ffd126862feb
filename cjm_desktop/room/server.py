"""The room server: a Starlette app on uvicorn, in a background thread with its own loop
(editing.server_thread).

It never touches the model. Notes go out through ``on_note`` (called on the server thread;
the Qt side turns it into a queued signal) and the UI answers with :meth:`RoomServer.resolve`;
the board the pages show comes in with :meth:`RoomServer.publish`. Both cross threads with
``loop.call_soon_threadsafe`` only.

Every address starts ``/j/TOKEN`` (a fresh 128-bit token per server); anything else,
and any wrong token, is an empty 404. Only the bundled page assets are served.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

from ..editing.server_thread import ServerThread, not_found, refuse
from ..editing.sharing import bound_socket, new_token
from ..paths import resource
from .notes import APPROVED, HIDDEN, MAX_BODY, Note, NoteLog, NoteRecord, NoteRefused, parse_note

ANSWER_TIMEOUT = 10.0  # seconds the server waits for the UI thread to place a note
# The only files served: name → (file under resources/room, content type).
ASSETS: dict[str, tuple[str, str]] = {
    "room.js": ("room.js", "text/javascript; charset=utf-8"),
    "room.css": ("room.css", "text/css; charset=utf-8"),
    "hangul.woff2": ("hangul.woff2", "font/woff2"),
}
_SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'self'; connect-src 'self' ws: wss:; "
                                "img-src 'self'; object-src 'none'; base-uri 'none'; "
                                "frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}

NoteSink = Callable[[Note], None]
# A dot from a phone: (request id, participant, card id, "cast" or "take_back").
VoteSink = Callable[[str, str, str, str], None]
VOTE_ACTIONS = ("cast", "take_back")


def _json(data: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(data, status, headers=_SECURITY_HEADERS)


def _refusal(error: NoteRefused) -> JSONResponse:
    headers = dict(_SECURITY_HEADERS)
    if error.status == 429:
        headers["Retry-After"] = "10"
    return JSONResponse({"error": error.message}, error.status, headers=headers)


class RoomServer:
    """One room: started once, stopped once."""

    def __init__(self, host: str, port: int, on_note: NoteSink, *,
                 on_participants: Callable[[int], None] | None = None,
                 on_vote: VoteSink | None = None, assets: Path | None = None) -> None:
        self.token = new_token()
        self._on_note = on_note
        self._on_participants = on_participants or (lambda _n: None)
        self._on_vote = on_vote
        self._asked: dict[str, asyncio.Future[tuple[int, dict[str, Any]]]] = {}
        self._asks = 0
        self._assets = assets or resource("room")
        self._board: dict[str, Any] = {"stages": [], "lanes": [], "focus": None,
                                       "activity": None, "vote": None, "cards": []}
        self._log = NoteLog()
        self._waiting: dict[str, asyncio.Future[None]] = {}
        self._sockets: dict[WebSocket, str] = {}
        sock = bound_socket(host, port)
        self.host, self.port = sock.getsockname()[:2]
        self._serving = ServerThread(self._app(), sock, name="room server",
                                     max_message=MAX_BODY)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/j/{self.token}"

    # ----- lifetime (UI thread) -------------------------------------------------------
    def start(self) -> None:
        """Serve in a background thread (raises OSError when the server does not start)."""
        self._serving.start()

    def stop(self) -> None:
        self._serving.stop()

    @property
    def running(self) -> bool:
        return self._serving.running

    # ----- from the UI thread ---------------------------------------------------------
    def publish(self, board: dict[str, Any]) -> None:
        """Show ``board`` on every page (focus, activity, vote, the focused cell's cards)."""
        self._call(self._set_board, board)

    def resolve(self, note_id: str, status: str, card: str | None = None) -> None:
        """Say where a note went: ``approved`` with its card, ``sent`` (waits), ``hidden``."""
        self._call(self._set_status, note_id, status, card)

    def answer(self, request_id: str, status: int, body: dict[str, Any]) -> None:
        """Answer a request handed to the UI thread (a vote) with an HTTP status and body."""
        self._call(self._set_answer, request_id, status, body)

    def _call(self, function: Callable[..., None], *args: Any) -> None:
        self._serving.call(function, *args)

    # ----- on the server loop ---------------------------------------------------------
    def _set_board(self, board: dict[str, Any]) -> None:
        self._board = board
        for ws in list(self._sockets):
            asyncio.ensure_future(self._send(ws, {"type": "board", "board": board}))

    def _set_status(self, note_id: str, status: str, card: str | None) -> None:
        record = self._log.seen(note_id)
        if record is None:
            return
        record.status, record.card, record.answered = status, card, True
        waiting = self._waiting.pop(note_id, None)
        if waiting is not None and not waiting.done():
            waiting.set_result(None)
        participant = record.note.participant
        for ws, who in list(self._sockets.items()):
            if who == participant:
                asyncio.ensure_future(self._send(ws, self._mine(who)))

    def _set_answer(self, request_id: str, status: int, body: dict[str, Any]) -> None:
        future = self._asked.pop(request_id, None)
        if future is not None and not future.done():
            future.set_result((status, body))

    def _mine(self, participant: str) -> dict[str, Any]:
        return {"type": "mine", "notes": self._log.of(participant)}

    async def _send(self, ws: WebSocket, message: dict[str, Any]) -> None:
        try:
            await ws.send_text(json.dumps(message, ensure_ascii=False))
        except Exception:  # noqa: BLE001 - a closed socket: its page reconnects by itself
            self._drop(ws)

    def _drop(self, ws: WebSocket) -> None:
        if self._sockets.pop(ws, None) is not None:
            self._on_participants(len(set(self._sockets.values())))

    # ----- the app --------------------------------------------------------------------
    def _app(self) -> Starlette:
        routes = [
            Route("/", self._page),
            Route("/static/{name}", self._asset),
            Route("/api/board", self._get_board),
            Route("/api/mine", self._get_mine),
            Route("/api/notes", self._post_note, methods=["POST"]),
            Route("/api/votes", self._post_vote, methods=["POST"]),
            WebSocketRoute("/ws", self._socket_route),
        ]
        app = Starlette(routes=[Mount(f"/j/{self.token}", routes=routes)],
                        exception_handlers={HTTPException: not_found, 404: not_found,
                                            405: not_found})
        app.router.default = refuse
        return app

    async def _page(self, _request: Request) -> Response:
        html = (self._assets / "index.html").read_bytes()
        return Response(html, headers=_SECURITY_HEADERS, media_type="text/html; charset=utf-8")

    async def _asset(self, request: Request) -> Response:
        entry = ASSETS.get(request.path_params["name"])
        if entry is None:
            return Response(status_code=404)
        name, kind = entry
        return Response((self._assets / name).read_bytes(), media_type=kind,
                        headers={**_SECURITY_HEADERS, "Cache-Control": "max-age=3600"})

    async def _get_board(self, _request: Request) -> Response:
        return _json(self._board)

    async def _get_mine(self, request: Request) -> Response:
        participant = request.query_params.get("participant", "")[:100]
        return _json(self._log.of(participant))

    @staticmethod
    async def _body(request: Request) -> Any:
        declared = request.headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > MAX_BODY):
            raise NoteRefused(413, f"a request body has at most {MAX_BODY} bytes")
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY:
                raise NoteRefused(413, f"a request body has at most {MAX_BODY} bytes")
        try:
            return json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise NoteRefused(400, "the body is not JSON") from None

    async def _post_note(self, request: Request) -> Response:
        try:
            data = await self._body(request)
            participant = str(data.get("participant") or "")[:100] if isinstance(data, dict) \
                else ""
            client = request.client.host if request.client else ""
            note = parse_note(data, participant or client)
            record = self._log.seen(note.id)
            if record is not None:
                return await self._answer(record, repeated=True)
            record = self._log.admit(note)
        except NoteRefused as error:
            return _refusal(error)
        self._waiting[note.id] = asyncio.get_running_loop().create_future()
        self._on_note(note)
        return await self._answer(record, repeated=False)

    async def _post_vote(self, request: Request) -> Response:
        """Place or take back one dot: ``{"participant", "card", "action"}``."""
        try:
            data = await self._body(request)
            if not isinstance(data, dict):
                raise NoteRefused(400, "the body must be a JSON object")
            participant, card, action = (data.get(k) for k in ("participant", "card", "action"))
            if not isinstance(participant, str) or not 0 < len(participant) <= 100:
                raise NoteRefused(422, "'participant' must be text of 1 to 100 characters")
            if not isinstance(card, str) or not 0 < len(card) <= 100:
                raise NoteRefused(422, "'card' must be a card id")
            if action not in VOTE_ACTIONS:
                raise NoteRefused(422, "'action' must be 'cast' or 'take_back'")
            if self._on_vote is None or self._board.get("vote") is None:
                raise NoteRefused(409, "no vote is open")
        except NoteRefused as error:
            return _refusal(error)
        self._asks += 1
        request_id = str(self._asks)
        future = asyncio.get_running_loop().create_future()
        self._asked[request_id] = future
        self._on_vote(request_id, participant, card, str(action))
        try:
            status, body = await asyncio.wait_for(future, ANSWER_TIMEOUT)
        except TimeoutError:
            self._asked.pop(request_id, None)
            return _refusal(NoteRefused(503, "the map is busy; please try again"))
        return _json(body, status)

    async def _answer(self, record: NoteRecord, *, repeated: bool) -> Response:
        waiting = self._waiting.get(record.note.id)
        if waiting is not None and not record.answered:
            try:
                await asyncio.wait_for(asyncio.shield(waiting), ANSWER_TIMEOUT)
            except TimeoutError:
                return _refusal(NoteRefused(503, "the map is busy; the note will be sent again"))
        if record.status == APPROVED and record.card is not None:
            return _json({"card": record.card}, 200 if repeated else 201)
        if record.status == HIDDEN:
            return _json({"note": record.note.id, "status": HIDDEN}, 200)
        return _json({"note": record.note.id, "status": "pending"}, 202)

    async def _socket_route(self, ws: WebSocket) -> None:
        participant = ws.query_params.get("participant", "")[:100]
        await ws.accept()
        self._sockets[ws] = participant
        self._on_participants(len(set(self._sockets.values())))
        try:
            await ws.send_text(json.dumps({"type": "board", "board": self._board},
                                          ensure_ascii=False))
            await ws.send_text(json.dumps(self._mine(participant), ensure_ascii=False))
            while True:
                await ws.receive_text()  # the page sends nothing but keep-alives
        except WebSocketDisconnect:
            pass
        finally:
            self._drop(ws)
