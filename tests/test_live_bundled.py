"""Sharing the bundled sample writes nothing among the app's own files: its update log
would lie beside a read-only map (and, in a source checkout, in the repository)."""

from __future__ import annotations

from cjm_desktop.editing import Document
from cjm_desktop.editing.sharing import LOOPBACK
from cjm_desktop.live.real_backend import RealBackend
from cjm_desktop.paths import resource


def test_sharing_the_bundled_sample_leaves_no_log_beside_it(qapp):
    sample = resource("samples", "food-delivery.en.cjm.json")
    before = sorted(sample.parent.iterdir())
    document = Document.open(sample)
    backend = RealBackend(port=0)
    try:
        assert backend.host(document, LOOPBACK).startswith("ws://")
    finally:
        backend.stop()
    assert sorted(sample.parent.iterdir()) == before
