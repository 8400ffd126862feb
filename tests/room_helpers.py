"""Shared pieces of the room tests: HTTP calls made off the Qt thread (the server waits for
the UI thread to place a note, so a call from the test's own thread would wait forever),
answered while the test keeps Qt's event loop turning."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

_POOL = ThreadPoolExecutor(max_workers=8, thread_name_prefix="room-test-client")


def request(url: str, data: Any = None, *, method: str | None = None, raw: bytes | None = None,
            headers: dict[str, str] | None = None) -> tuple[int, Any, dict[str, str]]:
    """One HTTP call (loopback only, 10 s at most): status, parsed JSON (or bytes), headers."""
    assert url.startswith("http://127.0.0.1:"), url
    body = raw if raw is not None else (None if data is None else json.dumps(data).encode())
    req = urllib.request.Request(url, body, method=method, headers={
        "Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            status, payload = response.status, response.read()
            head = {k.lower(): v for k, v in response.headers.items()}
    except urllib.error.HTTPError as error:
        status, payload = error.code, error.read()
        head = {k.lower(): v for k, v in error.headers.items()}
    try:
        return status, json.loads(payload.decode()), head
    except ValueError:
        return status, payload, head


def call(qtbot, url: str, data: Any = None, **options: Any) -> tuple[int, Any, dict[str, str]]:
    """``request`` on a worker thread while Qt's events are processed; its answer."""
    future: Future = _POOL.submit(request, url, data, **options)
    qtbot.waitUntil(future.done, timeout=15_000)
    return future.result()


def note(text: str, note_id: str, **extra: Any) -> dict[str, Any]:
    return {"id": note_id, "text": text, **extra}
