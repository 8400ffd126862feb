"""Shared set-up for the in-process live co-editing tests: reconnect and sync quickly."""

from __future__ import annotations

import pytest

from cjm_desktop.live import sync as live_sync


@pytest.fixture(autouse=True)
def quick_backoff(monkeypatch):
    """Reconnect after 20–100 ms and give up a first exchange after 2 s (a test cuts the
    server and waits for the clients to come back)."""
    monkeypatch.setattr(live_sync, "BACKOFF_FIRST", 0.02)
    monkeypatch.setattr(live_sync, "BACKOFF_MAX", 0.1)
    monkeypatch.setattr(live_sync, "SYNC_TIMEOUT", 2.0)
