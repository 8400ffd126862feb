"""What the window's live part asks of the live machinery: the :class:`LiveBackend` and the
:class:`LiveSessionLike` it hands back.

The window (``live/part.py``) never builds a server or a client itself: it asks a backend
to host the open map or to join an address, and follows the session it gets through two
signals. Tests (and walkthroughs, see ``live/fake_backend.py``) pass a fake backend; the
real one wraps ``live/session.py``.

A joined session may still be connecting when :meth:`LiveBackend.join` returns: its
``waiting_for_map`` is True until the shared map has arrived, and ``joined`` fires then (the window
opens only after it, so an empty map is never shown or saved).

Statuses a session reports: ``"connecting"``, ``"online"``, ``"offline"`` (edits go on and
are sent on reconnect) and ``"stopped"``. Peers are the *other* people in the session
(objects with a ``name``); the window counts you in when it says how many people are live.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import SignalInstance

from ..editing import Document

STATUSES = ("connecting", "online", "offline", "stopped")


class LiveError(Exception):
    """A session could not start: the message says why, in words for the person."""


class PeerLike(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def color(self) -> str: ...


class LiveSessionLike(Protocol):
    """A running live session, hosted or joined."""

    @property
    def statusChanged(self) -> SignalInstance:  # noqa: N802 (Qt signal)
        """Emits the new status (one of STATUSES)."""
        ...

    @property
    def peersChanged(self) -> SignalInstance:  # noqa: N802 (Qt signal)
        """Emits the other people in the session (a list of PeerLike)."""
        ...

    @property
    def joined(self) -> SignalInstance:
        """Emits once the shared map has arrived (a joined session)."""
        ...

    @property
    def waiting_for_map(self) -> bool:
        """A joined session whose shared map has not arrived yet."""
        ...

    def set_selection(self, ids: Sequence[str]) -> None:
        """What this person has selected, shown to the others."""
        ...

    @property
    def url(self) -> str:
        """The join address (ws:// or wss://)."""
        ...

    @property
    def document(self) -> Document:
        """The shared map's Document (for a joined session: a new one, for its window)."""
        ...

    @property
    def status(self) -> str: ...

    @property
    def peers(self) -> Sequence[PeerLike]: ...

    def stop(self) -> None:
        """End the session (idempotent); the map stays as it is, local."""
        ...


class LiveBackend(Protocol):
    def host(self, document: Document, address: str, *, name: str = "") -> str:
        """Share ``document`` live and return the join address. ``address`` is the host to
        listen on (an IP address: the embedded server) or a sync server's ws:// or wss://
        address (no embedded server); ``name`` is the person, shown to the others. Raises
        LiveError or OSError."""
        ...

    @property
    def session(self) -> LiveSessionLike | None:
        """The session :meth:`host` started, while it runs."""
        ...

    def join(self, address: str, *, name: str = "") -> LiveSessionLike:
        """Join the session at ``address``; the session's Document holds the shared map once
        ``joined`` fires (at once unless ``waiting_for_map``). Raises LiveError or OSError."""
        ...

    def stop(self) -> None:
        """Stop hosting (idempotent)."""
        ...


class NoBackend:
    """Stands in until the network part is wired: says so, starts nothing."""

    @property
    def session(self) -> LiveSessionLike | None:
        return None

    def host(self, document: Document, address: str, *, name: str = "") -> str:
        raise LiveError(_unavailable())

    def join(self, address: str, *, name: str = "") -> LiveSessionLike:
        raise LiveError(_unavailable())

    def stop(self) -> None:
        return None


def _unavailable() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("LiveBackend",
                                      "Live co-editing is not available in this version yet.")
