"""A live session on the UI side: one Document kept in step with a shared map.

A :class:`LiveSession` owns one :class:`~cjm_desktop.live.sync.LiveSync` (the network thread)
and works on one :class:`~cjm_desktop.editing.Document` (this, the Qt thread), following
DESIGN.md rule 10: the Qt side never touches the pycrdt document, the network side never
touches the model.

- Local edits: every ``changed`` whose origin is not ``REMOTE_ORIGIN`` (and every ``reset``)
  asks for one write on the next turn of the event loop, so a gesture that fires many model
  events costs one read of the map's records (``Document.records``, shared with the undo
  tracking) and one :meth:`LiveSync.write_local`.
- Remote edits: the network thread's differences come here through a queued signal and go
  to :meth:`Document.apply_remote`, at once, also during a drag (the canvas measures only the
  cards they touch and leaves the dragged ones under the mouse). Only a change to the grid
  itself (stages, steps, lanes) waits while a mouse button is held, and goes in on release
  (bounded by HOLD_LIMIT_MS), so a drag never loses its drop target mid-way.
- A joiner (``join=True``) starts with no map: the first full state it receives replaces the
  Document's map (modified, nothing on disk yet) and :attr:`joined` fires.

Used by the window's live part and by ``cjm-desktop live host`` / ``live join``.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from ..editing import REMOTE_ORIGIN, Document
from ..model.diff import ChangeKind, Difference
from ..model.events import Change
from ..model.map_records import Records, map_of, records_of
from .presence import Peer
from .sync import LiveSync

HOLD_LIMIT_MS = 2000  # remote changes never wait longer than this for a held mouse button
_log = logging.getLogger(__name__)


def new_id_tag() -> str:
    """A short random tag for the ids this client hands out (6 hex digits)."""
    return secrets.token_hex(3)


GRID_KINDS = frozenset({"info", "stage", "step", "lane"})  # a change to these rebuilds it


def _reshapes_the_grid(differences: Sequence[Difference]) -> bool:
    """Whether ``differences`` change the grid itself (stages, steps, lanes, the map's
    language): the canvas then rebuilds its headers and measures every card again, and a
    drag's drop target may be gone. Card, persona and emotion changes are cheap to show
    at once (the canvas measures only the cards they touch)."""
    return any(difference.kind in GRID_KINDS for difference in differences)


def records_from(differences: Sequence[Difference]) -> Records:
    """The map a first exchange brought (every record added, in the shared map's order)."""
    records: Records = {}
    for difference in differences:
        if difference.change == ChangeKind.ADDED:
            records.setdefault(difference.kind, {})[difference.key] = difference.after
    return records


class LiveSession(QObject):
    """One client of one shared map, on the Qt side: started once, stopped once."""

    statusChanged = Signal(str)  # "connecting" | "online" | "offline" | "stopped"
    peersChanged = Signal(list)  # the other people: a list of presence.Peer
    joined = Signal()  # a joiner has received the shared map (the Document holds it now)
    stopped = Signal()
    _remote = Signal(object)  # a list of Difference, emitted on the network thread
    _status = Signal(str)
    _peers = Signal(object)

    def __init__(self, document: Document, url: str, *, name: str = "", color: str = "",
                 join: bool = False, log_path: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._url = url
        self._joining = join
        self.status = ""
        self.peers: list[Peer] = []
        self._running = False
        self._remote.connect(self._on_remote, Qt.ConnectionType.QueuedConnection)
        self._status.connect(self._on_status, Qt.ConnectionType.QueuedConnection)
        self._peers.connect(self._on_peers, Qt.ConnectionType.QueuedConnection)
        self._write_soon = QTimer(self, singleShot=True, interval=0)
        self._write_soon.timeout.connect(self._write)
        self._held: list[list[Difference]] = []  # batches waiting for the mouse release
        self._applied = 0  # batches from the sync applied to the Document (see write_local)
        self._held_for = 0
        self._release = QTimer(self, interval=30)
        self._release.timeout.connect(self._apply_held)
        self.sync = LiveSync(url, name=name, color=color,
                             initial=None if join else records_of(document.journey),
                             on_remote=self._remote.emit, on_status=self._status.emit,
                             on_peers=self._peers.emit, log_path=log_path)

    # ----- what the window reads ------------------------------------------------------
    @property
    def url(self) -> str:
        return self._url

    @property
    def document(self) -> Document:
        return self._document

    @property
    def running(self) -> bool:
        return self._running

    @property
    def waiting_for_map(self) -> bool:
        """A joiner that has not received the shared map yet."""
        return self._joining

    # ----- lifetime -------------------------------------------------------------------
    def start(self) -> None:
        """Connect (raises OSError when the network thread does not start)."""
        if self._running:
            return
        self._document.set_id_tag(new_id_tag())  # two clients never hand out one new id
        self._document.track_own_edits(True)
        self._document.changed.connect(self._on_changed)
        self._document.reset.connect(self._on_reset)
        try:
            self.sync.start()
        except BaseException:
            self._disconnect()
            raise
        self._running = True

    def stop(self) -> None:
        """Send what is left, close the connection (idempotent); the map stays as it is."""
        if not self._running:
            return
        self._running = False
        self._apply_held(force=True)
        if self._write_soon.isActive():
            self._write_soon.stop()
            self._write()
        self._disconnect()
        self.sync.stop()
        self.status = "stopped"
        self.statusChanged.emit(self.status)
        self.stopped.emit()

    def _disconnect(self) -> None:
        self._document.changed.disconnect(self._on_changed)
        self._document.reset.disconnect(self._on_reset)
        self._document.track_own_edits(False)

    def set_selection(self, ids: Sequence[str]) -> None:
        """What this person has selected, shown to the others."""
        if self._running:
            self.sync.set_selection(ids)

    def wait_synced(self, timeout: float) -> bool:
        return self.sync.wait_synced(timeout)

    def acknowledged(self) -> bool:
        """Every local edit written so far reached the server (none is waiting here)."""
        return not self._write_soon.isActive() and self.sync.acknowledged()

    # ----- local edits ----------------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        if change.origin != REMOTE_ORIGIN:
            self._write_soon.start()

    def _on_reset(self) -> None:
        self._write_soon.start()

    def _write(self) -> None:
        if not self._running or self._joining:
            return  # a joiner writes nothing before it has the shared map
        self.sync.write_local(self._document.records(), self._applied)

    # ----- remote edits ---------------------------------------------------------------
    def _on_remote(self, differences: list[Difference]) -> None:
        if not self._running:
            return
        if self._write_soon.isActive():  # an edit not yet sent goes first: it gets merged
            self._write_soon.stop()
            self._write()
        if self._joining:
            self._applied += 1
            self._take_map(differences)
            return
        if self._held or (self._pressed() and _reshapes_the_grid(differences)):
            if not self._held:
                self._held_for = 0
                self._release.start()
            self._held.append(differences)
            return
        self._applied += 1
        self._document.apply_remote(differences)

    def _take_map(self, differences: list[Difference]) -> None:
        """A joiner's first exchange: the shared map becomes the Document's."""
        self._joining = False
        journey = map_of(records_from(differences))
        self._document.replace(journey, self._document.path, modified=True)
        self._write()  # the sync's view of the window is this map now (nothing is sent)
        self.joined.emit()

    @staticmethod
    def _pressed() -> bool:
        app = QGuiApplication.instance()
        return isinstance(app, QGuiApplication) and \
            QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton

    def _apply_held(self, *, force: bool = False) -> None:
        self._held_for += self._release.interval()
        if not force and self._pressed() and self._held_for < HOLD_LIMIT_MS:
            return
        self._release.stop()
        held, self._held = self._held, []
        if held:
            self._applied += len(held)
            self._document.apply_remote([change for batch in held for change in batch])

    # ----- status and peers -----------------------------------------------------------
    def _on_status(self, status: str) -> None:
        if not self._running and status != "stopped":
            return
        if status != self.status:
            self.status = status
            self.statusChanged.emit(status)

    def _on_peers(self, peers: list[Peer]) -> None:
        if self._running:
            self.peers = list(peers)
            self.peersChanged.emit(self.peers)
