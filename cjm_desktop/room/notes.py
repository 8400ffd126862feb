"""What a participant sends and what the room keeps of it (no Qt, no network).

A :class:`Note` is one sticky note from a phone, checked against the room's limits; a
:class:`NoteLog` remembers every note id the room has seen (so a note sent again after a
dropped connection is answered, never added twice) and each participant's recent sends
(notes per minute). Both live on the server's event loop only.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

MAX_TEXT = 500  # characters of a note
MAX_AUTHOR = 60  # characters of a name
MAX_ID = 100  # characters of a client-made id
MAX_BODY = 8192  # bytes of one request body
NOTES_PER_MINUTE = 20  # per participant
MAX_NOTES = 20_000  # per room (the idempotency log stays bounded)

# A note's status as the participant's page shows it.
SENT = "sent"  # arrived; waits for the facilitator (moderation) or the reveal
APPROVED = "approved"  # a card on the map
HIDDEN = "hidden"  # the facilitator rejected it


class NoteRefused(Exception):
    """A request the room answers with an HTTP error (status, one clear sentence)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Note:
    id: str
    text: str
    author: str = ""
    stage: str | None = None
    lane: str | None = None
    participant: str = ""


def _optional_text(data: dict[str, Any], key: str, limit: int) -> str:
    value = data.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise NoteRefused(422, f"'{key}' must be text")
    if len(value) > limit:
        raise NoteRefused(422, f"'{key}' is longer than {limit} characters")
    return value.strip()


def parse_note(data: Any, participant: str) -> Note:
    """The note in a POST body (parsed JSON), or :class:`NoteRefused` saying what is wrong."""
    if not isinstance(data, dict):
        raise NoteRefused(400, "the body must be a JSON object")
    note_id = data.get("id")
    if not isinstance(note_id, str) or not 0 < len(note_id) <= MAX_ID:
        raise NoteRefused(422, f"'id' must be text of 1 to {MAX_ID} characters")
    text = data.get("text")
    if not isinstance(text, str):
        raise NoteRefused(422, "'text' must be text")
    if len(text) > MAX_TEXT:
        raise NoteRefused(422, f"a note has at most {MAX_TEXT} characters")
    text = text.strip()
    if not text:
        raise NoteRefused(422, "the note is empty")
    author = _optional_text(data, "author", MAX_AUTHOR)
    stage = _optional_text(data, "stage", MAX_ID) or None
    lane = _optional_text(data, "lane", MAX_ID) or None
    return Note(note_id, text, author, stage, lane, participant)


@dataclass
class NoteRecord:
    note: Note
    status: str = SENT
    card: str | None = None
    answered: bool = False  # the UI said where the note went (a card, or the inbox)

    def view(self) -> dict[str, Any]:
        """The note as its author's page lists it."""
        return {"id": self.note.id, "text": self.note.text, "status": self.status,
                "card": self.card}


@dataclass
class NoteLog:
    clock: Callable[[], float] = time.monotonic
    records: dict[str, NoteRecord] = field(default_factory=dict)
    _recent: dict[str, deque[float]] = field(default_factory=dict)

    def seen(self, note_id: str) -> NoteRecord | None:
        return self.records.get(note_id)

    def admit(self, note: Note) -> NoteRecord:
        """Record a new note, or refuse it (too many, too fast)."""
        if len(self.records) >= MAX_NOTES:
            raise NoteRefused(503, "this room has taken all the notes it can")
        now = self.clock()
        recent = self._recent.setdefault(note.participant, deque())
        while recent and now - recent[0] >= 60.0:
            recent.popleft()
        if len(recent) >= NOTES_PER_MINUTE:
            raise NoteRefused(429, f"at most {NOTES_PER_MINUTE} notes a minute; "
                                   "please wait a moment")
        recent.append(now)
        record = NoteRecord(note)
        self.records[note.id] = record
        return record

    def of(self, participant: str) -> list[dict[str, Any]]:
        return [r.view() for r in self.records.values() if r.note.participant == participant]
