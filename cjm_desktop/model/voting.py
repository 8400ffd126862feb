"""Dot voting: the settings, the per-participant tally kept in the map, and the session.

Qt-free (stdlib only), so the projector, the tests and a room server share one rule book.

- :class:`VoteSettings` — dots per participant, the participants, the scope (a lane, a
  stage or the whole map), whether one person may stack dots on a card, and whether counts
  stay hidden until the reveal.
- :class:`VoteTally` — a finished vote as saved in the map file: its settings and every
  dot as (participant, card id), in the order they were cast.
- :class:`VotingSession` — the state machine of one vote: ``OPEN`` (dots can be cast and
  taken back) → ``CLOSED`` (no more dots; counts still as hidden as set) → ``REVEALED``
  (counts and ranking shown). :meth:`VotingSession.tally` gives what to save, and
  :meth:`VotingSession.totals` each card's total to write to its ``votes``.

API for other front ends (e.g. phones in the room)::

    session = VotingSession(settings, card_ids)
    session.cast("Participant 1", "c3")   # -> VoteResult (ok, message)
    session.take_back("Participant 1", "c3")
    session.remaining("Participant 1")    # dots left
    session.state                          # VoteState.OPEN / CLOSED / REVEALED
    session.close(); session.reveal()
    session.ranked()                       # [(card id, count, rank)], best first

Every method that refuses says why in :attr:`VoteResult.reason` and changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

DEFAULT_DOTS = 3
MAX_DOTS = 99
MAX_PARTICIPANTS = 200


class VoteScope(StrEnum):
    LANE = "lane"
    STAGE = "stage"
    MAP = "map"


class VoteState(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    REVEALED = "revealed"


class Refusal(StrEnum):
    """Why a cast or take-back was refused (a stable word a front end can translate)."""

    NOT_OPEN = "not_open"
    UNKNOWN_PARTICIPANT = "unknown_participant"
    UNKNOWN_CARD = "unknown_card"
    NO_DOTS_LEFT = "no_dots_left"
    NO_STACKING = "no_stacking"
    NO_DOT_THERE = "no_dot_there"


@dataclass(frozen=True)
class VoteResult:
    ok: bool
    reason: Refusal | None = None


def default_participants(count: int) -> list[str]:
    """'Participant 1' … 'Participant N' (the caller may translate the word)."""
    return [f"Participant {n}" for n in range(1, count + 1)]


@dataclass
class VoteSettings:
    dots: int = DEFAULT_DOTS
    participants: list[str] = field(default_factory=lambda: default_participants(4))
    scope: VoteScope = VoteScope.MAP
    scope_id: str | None = None  # the lane or stage id (None for the whole map)
    allow_stacking: bool = True
    hidden: bool = True

    def problems(self) -> list[str]:
        """What is wrong with these settings (empty when they can be used)."""
        found: list[str] = []
        if isinstance(self.dots, bool) or not isinstance(self.dots, int) or not (
                1 <= self.dots <= MAX_DOTS):
            found.append(f"dots per participant must be a whole number from 1 to {MAX_DOTS}")
        names = [name.strip() for name in self.participants]
        if not names or len(names) > MAX_PARTICIPANTS:
            found.append(f"a vote needs 1 to {MAX_PARTICIPANTS} participants")
        if any(not name for name in names):
            found.append("a participant's name cannot be empty")
        if len(set(names)) != len(names):
            found.append("two participants have the same name")
        if (self.scope is VoteScope.MAP) != (self.scope_id is None):
            found.append("a lane or stage vote names its lane or stage; a map vote names none")
        return found


@dataclass
class VoteTally:
    """A finished vote, as kept in the map file."""

    title: str
    settings: VoteSettings
    dots: list[tuple[str, str]] = field(default_factory=list)  # (participant, card id)

    def totals(self) -> dict[str, int]:
        result: dict[str, int] = {}
        for _participant, card_id in self.dots:
            result[card_id] = result.get(card_id, 0) + 1
        return result


class VotingSession:
    """One dot vote in progress over the cards ``card_ids`` (in reading order)."""

    def __init__(self, settings: VoteSettings, card_ids: list[str], title: str = "") -> None:
        problems = settings.problems()
        if problems:
            raise ValueError("; ".join(problems))
        self.settings = settings
        self.title = title
        self.card_ids = list(dict.fromkeys(card_ids))
        self._cards = set(self.card_ids)
        self._dots: list[tuple[str, str]] = []
        self.state = VoteState.OPEN

    # ----- participants ---------------------------------------------------------------
    @property
    def participants(self) -> list[str]:
        return list(self.settings.participants)

    def remaining(self, participant: str) -> int:
        used = sum(1 for who, _card in self._dots if who == participant)
        return max(0, self.settings.dots - used)

    def dots_of(self, participant: str) -> dict[str, int]:
        """The dots this participant has put on each card."""
        result: dict[str, int] = {}
        for who, card_id in self._dots:
            if who == participant:
                result[card_id] = result.get(card_id, 0) + 1
        return result

    def next_participant(self, participant: str | None) -> str | None:
        """The next participant in turn (after ``participant``) with dots left, or None."""
        names = self.settings.participants
        start = names.index(participant) + 1 if participant in names else 0
        for offset in range(len(names)):
            name = names[(start + offset) % len(names)]
            if self.remaining(name) > 0:
                return name
        return None

    # ----- dots -----------------------------------------------------------------------
    def cast(self, participant: str, card_id: str) -> VoteResult:
        refusal = self._check(participant, card_id)
        if refusal is None and self.remaining(participant) == 0:
            refusal = Refusal.NO_DOTS_LEFT
        if refusal is None and not self.settings.allow_stacking and (
                (participant, card_id) in self._dots):
            refusal = Refusal.NO_STACKING
        if refusal is not None:
            return VoteResult(False, refusal)
        self._dots.append((participant, card_id))
        return VoteResult(True)

    def take_back(self, participant: str, card_id: str) -> VoteResult:
        """Take back this participant's latest dot on the card."""
        refusal = self._check(participant, card_id)
        if refusal is None and (participant, card_id) not in self._dots:
            refusal = Refusal.NO_DOT_THERE
        if refusal is not None:
            return VoteResult(False, refusal)
        index = len(self._dots) - 1 - self._dots[::-1].index((participant, card_id))
        del self._dots[index]
        return VoteResult(True)

    def _check(self, participant: str, card_id: str) -> Refusal | None:
        if self.state is not VoteState.OPEN:
            return Refusal.NOT_OPEN
        if participant not in self.settings.participants:
            return Refusal.UNKNOWN_PARTICIPANT
        if card_id not in self._cards:
            return Refusal.UNKNOWN_CARD
        return None

    # ----- state ----------------------------------------------------------------------
    def close(self) -> None:
        if self.state is VoteState.OPEN:
            self.state = VoteState.CLOSED

    def reveal(self) -> None:
        self.close()
        self.state = VoteState.REVEALED

    def counts_visible(self) -> bool:
        return self.state is VoteState.REVEALED or not self.settings.hidden

    def count(self, card_id: str) -> int:
        return sum(1 for _who, card in self._dots if card == card_id)

    def totals(self) -> dict[str, int]:
        """Every card in scope with its total (0 for none)."""
        return {card_id: self.count(card_id) for card_id in self.card_ids}

    def ranked(self) -> list[tuple[str, int, int]]:
        """(card id, count, rank), most dots first; ties share a rank, reading order breaks them."""
        totals = self.totals()
        ordered = sorted(self.card_ids, key=lambda c: (-totals[c], self.card_ids.index(c)))
        result: list[tuple[str, int, int]] = []
        for position, card_id in enumerate(ordered):
            rank = position + 1
            if result and result[-1][1] == totals[card_id]:
                rank = result[-1][2]
            result.append((card_id, totals[card_id], rank))
        return result

    def tally(self) -> VoteTally:
        return VoteTally(self.title, self.settings, list(self._dots))
