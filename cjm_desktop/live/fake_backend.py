"""A live backend that runs in this process only: no server, no network.

Tests drive the window's live part with it, and walkthroughs select it with the
environment variable ``CJM_DESKTOP_LIVE_BACKEND=fake`` (see :func:`backend_from_environment`):
hosting gives a made-up address, joining an address hosted by this process copies that
map (any other address gives an empty map), and :meth:`FakeSession.set_status` /
:meth:`FakeSession.set_peers` play what the network would report. With ``slow_join`` a
joined session stays connecting until :meth:`FakeSession.arrive` (or for ever).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from ..editing import Document
from ..model.journey import JourneyMap
from ..model.map_records import map_of, records_of
from .backend import LiveBackend, LiveError

BACKEND_ENV = "CJM_DESKTOP_LIVE_BACKEND"
FAKE_PORT = 8765
_HOSTED: dict[str, FakeSession] = {}  # join address -> the session hosting it here


@dataclass(frozen=True)
class FakePeer:
    name: str
    color: str = "#3b82f6"
    selected: tuple[str, ...] = ()


class FakeSession(QObject):
    statusChanged = Signal(str)
    peersChanged = Signal(list)
    joined = Signal()

    def __init__(self, document: Document, url: str, parent: QObject | None = None, *,
                 name: str = "", arrives: JourneyMap | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._url = url
        self.name = name
        self._arrives = arrives  # the shared map still on its way (slow_join)
        self._status = "online" if arrives is None else "connecting"
        self._peers: list[FakePeer] = []
        self.selection: list[str] = []  # what set_selection was told last
        self.stopped = False

    @property
    def waiting_for_map(self) -> bool:
        return self._arrives is not None

    def arrive(self) -> None:
        """The shared map arrives: the Document holds it, ``joined`` fires."""
        if self._arrives is None or self.stopped:
            return
        journey, self._arrives = self._arrives, None
        self._document.replace(journey, None, modified=True)
        self.set_status("online")
        self.joined.emit()

    def set_selection(self, ids: Sequence[str]) -> None:
        self.selection = list(ids)

    @property
    def url(self) -> str:
        return self._url

    @property
    def document(self) -> Document:
        return self._document

    @property
    def status(self) -> str:
        return self._status

    @property
    def peers(self) -> Sequence[FakePeer]:
        return list(self._peers)

    def set_status(self, status: str) -> None:
        self._status = status
        self.statusChanged.emit(status)

    def set_peers(self, names: Sequence[str],
                  selected: Sequence[Sequence[str]] = ()) -> None:
        """Others in the session; ``selected`` gives each one's selected ids, in order."""
        chosen = list(selected) + [()] * (len(names) - len(selected))
        self._peers = [FakePeer(name, selected=tuple(ids))
                       for name, ids in zip(names, chosen, strict=True)]
        self.peersChanged.emit(list(self._peers))

    def stop(self) -> None:
        if self.stopped:
            return
        self.stopped = True
        _HOSTED.pop(self._url, None)
        self.set_status("stopped")


class FakeBackend:
    """Hosts and joins in memory; remembers what it was asked (``hosted``, ``joined``)."""

    def __init__(self, *, refuse: str | None = None, slow_join: bool = False) -> None:
        self.refuse = refuse  # when set, host and join raise LiveError with this message
        self.slow_join = slow_join  # joined sessions wait for FakeSession.arrive()
        self.names: list[str] = []  # the person's name each host/join was given
        self._session: FakeSession | None = None
        self.hosted: list[str] = []
        self.joined: list[FakeSession] = []

    @property
    def session(self) -> FakeSession | None:
        return self._session

    def host(self, document: Document, address: str, *, name: str = "") -> str:
        if self.refuse is not None:
            raise LiveError(self.refuse)
        self.stop()
        self.names.append(name)
        token = secrets.token_hex(16)  # 128 bits, like the real server
        if address.startswith(("ws://", "wss://")):
            url = f"{address.rstrip('/')}/{token}"
        else:
            url = f"ws://{address}:{FAKE_PORT}/live/{token}"
        self._session = FakeSession(document, url, name=name)
        _HOSTED[url] = self._session
        self.hosted.append(address)
        return url

    def join(self, address: str, *, name: str = "") -> FakeSession:
        if self.refuse is not None:
            raise LiveError(self.refuse)
        self.names.append(name)
        hosting = _HOSTED.get(address)
        journey = map_of(records_of(hosting.document.journey)) if hosting else JourneyMap()
        if self.slow_join:
            session = FakeSession(Document(JourneyMap()), address, name=name, arrives=journey)
        else:
            session = FakeSession(Document(journey), address, name=name)
        self.joined.append(session)
        return session

    def stop(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            session.stop()
            session.deleteLater()


def backend_from_environment() -> LiveBackend | None:
    """The fake backend when ``CJM_DESKTOP_LIVE_BACKEND=fake`` (walkthroughs), else None."""
    return FakeBackend() if os.environ.get(BACKEND_ENV, "") == "fake" else None
