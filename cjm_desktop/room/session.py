"""The room on the UI side: notes from the server thread become cards through the Document.

A :class:`RoomSession` owns one :class:`~cjm_desktop.room.server.RoomServer`. The server
thread's ``on_note`` only emits a signal; Qt queues it to this object's (the UI) thread,
where the note becomes a card with ``Document.add_card(..., origin="room")`` — undoable,
autosaved like any edit — or waits in the inbox (moderation, private until reveal). The
board the phones show (stages, lanes, focus, activity, the focused cell's cards) is sent
back after every change. Used by the window (with a focus) and by ``cjm-desktop room``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from ..editing import Document
from ..model import CellKey, ModelError
from ..model.vocab import LaneKind
from ..model.vocab import label as vocab_label
from ..model.voting import VoteResult, VotingSession
from .notes import APPROVED, HIDDEN, SENT, Note
from .server import RoomServer

ORIGIN = "room"
HOLD_LIMIT_MS = 2000  # a note never waits longer than this for a held mouse button
FocusFn = Callable[[], tuple[str | None, str | None]]
ActivityFn = Callable[[], dict[str, Any] | None]
VotingFn = Callable[[], VotingSession | None]


@dataclass
class Waiting:
    """A note in the inbox: its cell is decided when it arrives."""

    note: Note
    cell: CellKey


class RoomSession(QObject):
    _arrived = Signal(object)  # a Note, emitted on the server thread, received here
    _counted = Signal(int)
    _voted = Signal(str, str, str, str)  # request id, participant, card, action
    voteChanged = Signal()  # a phone placed or took back a dot (the projector may repaint)
    participantsChanged = Signal(int)
    inboxChanged = Signal()
    noteAdded = Signal(str)  # a card id made from a participant's note
    stopped = Signal()

    def __init__(self, document: Document, *, host: str = "127.0.0.1", port: int = 0,
                 focus: FocusFn | None = None, activity: ActivityFn | None = None,
                 voting: VotingFn | None = None,
                 moderate: bool = False, private: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._focus = focus or (lambda: (None, None))
        self._activity = activity or (lambda: None)
        self._voting = voting or (lambda: None)
        self._voters: dict[str, str] = {}  # a phone's participant id → its name in the vote
        self.moderate = moderate
        self.private = private
        self.participants = 0
        self.inbox: list[Waiting] = []
        self._last_board: dict[str, Any] | None = None
        self._arrived.connect(self._on_note)
        self._counted.connect(self._on_count)
        self._voted.connect(self._on_vote)
        self.server = RoomServer(host, port, self._arrived.emit,
                                 on_participants=self._counted.emit, on_vote=self._voted.emit)
        self._publish_soon = QTimer(self, singleShot=True, interval=50)
        self._publish_soon.timeout.connect(self.publish)
        # Notes that arrive while a mouse button is held (a card being dragged) wait for the
        # release: the grid does not reflow under the dragged card, and the drag never
        # pays for a relayout. They all go in at once on release (one relayout).
        self._held: list[Note] = []
        self._held_since = 0
        self._release = QTimer(self, interval=30)
        self._release.timeout.connect(self._place_held)
        self._poll = QTimer(self, interval=250)  # the focus and activity have no signal
        self._poll.timeout.connect(self._publish_if_changed)
        document.changed.connect(lambda _change: self._publish_soon.start())
        document.reset.connect(self._publish_soon.start)

    # ----- lifetime -------------------------------------------------------------------
    @property
    def url(self) -> str:
        return self.server.url

    def start(self) -> str:
        self.server.start()
        self.publish()
        self._poll.start()
        return self.url

    def stop(self) -> None:
        if not self.server.running:
            return
        self._poll.stop()
        self._publish_soon.stop()
        self._place_held(force=True)  # a held note the phone heard nothing about goes in
        self.server.stop()
        self.stopped.emit()

    @property
    def running(self) -> bool:
        return self.server.running

    # ----- notes ----------------------------------------------------------------------
    def cell_for(self, note: Note) -> CellKey | None:
        """The participant's stage and lane when valid, else the focus, else the first
        stage's first lane that holds cards; the stage's last step (the end of its cards)."""
        journey = self.document.journey
        stages = {s.id: s for s in journey.stages}
        lanes = [lane.id for lane in journey.lanes if lane.kind != LaneKind.EMOTIONS.value]
        focus_stage, focus_lane = self._focus()
        stage_id = next((s for s in (note.stage, focus_stage) if s in stages),
                        journey.stages[0].id if journey.stages else None)
        lane_id = next((lane for lane in (note.lane, focus_lane) if lane in lanes),
                       lanes[0] if lanes else None)
        if stage_id is None or lane_id is None:
            return None
        steps = stages[stage_id].steps
        return (stage_id, steps[-1].id if steps else None, lane_id)

    def _on_note(self, note: Note) -> None:
        if self._held or self._pressed():
            if not self._held:
                self._held_since = 0
                self._release.start()
            self._held.append(note)
            return
        self._take_note(note)

    @staticmethod
    def _pressed() -> bool:
        app = QGuiApplication.instance()
        return isinstance(app, QGuiApplication) and \
            QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton

    def _place_held(self, *, force: bool = False) -> None:
        self._held_since += self._release.interval()
        if not force and self._pressed() and self._held_since < HOLD_LIMIT_MS:
            return
        self._release.stop()
        held, self._held = self._held, []
        for note in held:
            self._take_note(note)

    def _take_note(self, note: Note) -> None:
        cell = self.cell_for(note)
        if cell is None:
            self.server.resolve(note.id, HIDDEN)
            return
        if self.moderate or self.private:
            self.inbox.append(Waiting(note, cell))
            self.server.resolve(note.id, SENT)
            self.inboxChanged.emit()
            self._publish_soon.start()
            return
        self._place(note, cell, note.text)

    def _place(self, note: Note, cell: CellKey, text: str) -> str | None:
        try:
            card_id = self.document.add_card(cell, text=text, fields={"author": note.author},
                                             origin=ORIGIN)
        except ModelError as error:  # the cell went away in between (an undo): say so
            self.document.refuse(str(error))
            self.server.resolve(note.id, HIDDEN)
            return None
        self.noteAdded.emit(card_id)  # first: the command line saves before the phone hears
        self.server.resolve(note.id, APPROVED, card_id)
        return card_id

    def accept(self, note_id: str, text: str | None = None) -> str | None:
        """Put a waiting note on the map (with the facilitator's edit of its text)."""
        waiting = self._take(note_id)
        if waiting is None:
            return None
        cell = self.cell_for(Note(waiting.note.id, waiting.note.text, waiting.note.author,
                                  waiting.cell[0], waiting.cell[2]))
        if cell is None:
            return None
        return self._place(waiting.note, cell, (text or waiting.note.text).strip()
                           or waiting.note.text)

    def reject(self, note_id: str) -> None:
        if self._take(note_id) is not None:
            self.server.resolve(note_id, HIDDEN)

    def reveal(self, lane_id: str | None = None) -> list[str]:
        """Put every waiting note (of one lane, or all) on the map, as one undo step."""
        chosen = [w for w in self.inbox if lane_id is None or w.cell[2] == lane_id]
        if not chosen:
            return []
        cards: list[str] = []
        with self.document.macro(self.tr("Reveal participants' notes")):
            for waiting in chosen:
                card = self.accept(waiting.note.id)
                if card is not None:
                    cards.append(card)
        return cards

    def _take(self, note_id: str) -> Waiting | None:
        for index, waiting in enumerate(self.inbox):
            if waiting.note.id == note_id:
                del self.inbox[index]
                self.inboxChanged.emit()
                self._publish_soon.start()
                return waiting
        return None

    def waiting_in(self, lane_id: str) -> int:
        return sum(1 for w in self.inbox if w.cell[2] == lane_id)

    # ----- the board ------------------------------------------------------------------
    def board(self) -> dict[str, Any]:
        journey = self.document.journey
        focus_stage, focus_lane = self._focus()
        lanes = [lane for lane in journey.lanes if lane.kind != LaneKind.EMOTIONS.value]
        stage_ids = {s.id for s in journey.stages}
        if focus_stage not in stage_ids or focus_lane not in {lane.id for lane in lanes}:
            focus_stage = focus_lane = None
        cards: list[dict[str, str]] = []
        if focus_stage is not None and focus_lane is not None:
            stage = journey.stage(focus_stage)
            steps: list[str | None] = [step.id for step in stage.steps] or [None]
            cards = [{"id": c.id, "text": c.text, "author": c.author}
                     for step in steps for c in journey.cards_in((focus_stage, step, focus_lane))]
        return {
            "title": journey.info.title,
            "language": journey.info.language,
            "stages": [{"id": s.id, "name": s.name} for s in journey.stages],
            "lanes": [{"id": lane.id, "kind": lane.kind,
                       "name": lane.title or vocab_label(LaneKind(lane.kind),
                                                         journey.info.language)}
                      for lane in lanes],
            "focus": ({"stage": focus_stage, "lane": focus_lane}
                      if focus_stage is not None else None),
            "activity": self._activity(),
            "vote": self._vote_board(),
            "private": self.private,
            "waiting": len(self.inbox),
            "cards": cards,
        }

    # ----- voting from phones ---------------------------------------------------------
    def _vote_board(self) -> dict[str, Any] | None:
        """The running vote as the phones show it: its cards, state, dots each, and the
        counts only when the vote shows them (revealed, or not hidden)."""
        session = self._voting()
        if session is None:
            return None
        journey = self.document.journey
        visible = session.counts_visible()
        cards = [{"id": cid, "text": journey.cards[cid].text,
                  "count": session.count(cid) if visible else None}
                 for cid in session.card_ids if cid in journey.cards]
        return {"state": session.state.value, "dots": session.settings.dots, "cards": cards}

    def voter_name(self, participant: str) -> str:
        """The name a phone votes under: 'Phone 1', 'Phone 2', … in the order they first vote."""
        name = self._voters.get(participant)
        if name is None:
            name = self.tr("Phone %1").replace("%1", str(len(self._voters) + 1))
            self._voters[participant] = name
        return name

    def _on_vote(self, request_id: str, participant: str, card_id: str, action: str) -> None:
        session = self._voting()
        if session is None:
            self.server.answer(request_id, 409, {"error": "no vote is open"})
            return
        name = self.voter_name(participant)
        if name not in session.settings.participants:
            session.settings.participants.append(name)  # a phone joins the vote's voters
        result: VoteResult = (session.cast(name, card_id) if action == "cast"
                              else session.take_back(name, card_id))
        body: dict[str, Any] = {"remaining": session.remaining(name),
                                "dots": session.dots_of(name)}
        if not result.ok:
            body["error"] = str(result.reason)
            self.server.answer(request_id, 409, body)
            return
        self.server.answer(request_id, 200, body)
        self.voteChanged.emit()
        self._publish_soon.start()

    def publish(self) -> None:
        board = self.board()
        self._last_board = board
        self.server.publish(board)

    def _publish_if_changed(self) -> None:
        board = self.board()
        if board != self._last_board:
            self._last_board = board
            self.server.publish(board)

    def _on_count(self, count: int) -> None:
        self.participants = count
        self.participantsChanged.emit(count)
