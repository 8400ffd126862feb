"""What an import made, skipped and changed: :class:`ImportReport`.

Every importer (plain tables from CSV and xlsx, the app's own workbook, Mermaid text, the
native format) fills one when the caller passes it. The command line prints it as ``note:``
lines on stderr, the window shows it in a summary dialog after File ▸ Import. Messages are
plain English with the place they concern ("row 12", "Sheet1!C4"), like MapFileError's.

A report also carries the caller's cancel request: long imports call :meth:`check` now and
then, which raises :class:`ImportCancelled` once :meth:`cancel` was called (from any thread).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from ..model import JourneyMap
from .errors import MESSAGE_LIMIT, WHERE_LIMIT, _cut

MAX_NOTE_LINES = 50


class ImportCancelled(Exception):
    """The person cancelled the import; nothing was made."""


@dataclass
class ImportReport:
    path: str = ""
    source: str = ""  # which sheet was read, which delimiter, which format
    rows: int = 0  # non-blank data rows read
    card_rows: int = 0  # rows that made a card
    score_rows: int = 0  # rows that only set a persona's score
    skipped: list[tuple[str, str]] = field(default_factory=list)  # rows left out: (where, why)
    changes: list[tuple[str, str]] = field(default_factory=list)  # values changed or moved
    kept_columns: list[str] = field(default_factory=list)  # unknown headers kept in notes
    stages_created: list[str] = field(default_factory=list)
    lanes_created: list[str] = field(default_factory=list)
    cards: int = 0
    personas: int = 0
    scores: int = 0
    _log: list[str] = field(default_factory=list, repr=False)  # skips and changes, in order
    _cancel: threading.Event = field(default_factory=threading.Event, repr=False)

    # ----- filling --------------------------------------------------------------------
    def skip(self, where: str, why: str) -> None:
        where, why = _cut(where, WHERE_LIMIT), _cut(why, MESSAGE_LIMIT)
        self.skipped.append((where, why))
        self._log.append(f"{where}: skipped: {why}" if where else f"skipped: {why}")

    def change(self, where: str, what: str) -> None:
        where, what = _cut(where, WHERE_LIMIT), _cut(what, MESSAGE_LIMIT)  # as MapFileError
        self.changes.append((where, what))
        self._log.append(f"{where}: {what}" if where else what)

    def count(self, journey: JourneyMap) -> None:
        """Take the totals (cards, personas, scores) from the map the import made."""
        self.cards = len(journey.cards)
        self.personas = len(journey.personas)
        self.scores = sum(1 for e in journey.emotions.values()
                          if e.score is not None or e.to_be is not None)

    # ----- cancelling -----------------------------------------------------------------
    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise ImportCancelled(self.path)

    # ----- telling --------------------------------------------------------------------
    def summary(self) -> str:
        """One line: what the import made."""
        def n(count: int, word: str) -> str:
            return f"{count} {word}{'' if count == 1 else 's'}"

        parts = [n(self.cards, "card"), n(self.personas, "persona"), n(self.scores, "score")]
        line = ", ".join(parts)
        if self.stages_created or self.lanes_created:
            line += (f"; {n(len(self.stages_created), 'stage')} and "
                     f"{n(len(self.lanes_created), 'lane')} created")
        return line

    def detail_lines(self, row_counts: bool = True) -> list[str]:
        """Everything worth telling beyond the summary, one item a line (all of it);
        ``row_counts=False`` leaves out the line counting the rows (a caller that shows the
        counts itself)."""
        lines: list[str] = []
        if self.source:
            lines.append(f"read {self.source}")
        if self.rows and row_counts:
            lines.append(f"{self.rows} rows: {self.card_rows} made cards, {self.score_rows} only "
                         f"set a score or named a persona, {len(self.skipped)} skipped")
        if self.kept_columns:
            names = ", ".join(repr(name) for name in self.kept_columns)
            lines.append(f"unknown columns kept in each card's notes as 'Header: value' "
                         f"lines: {names}")
        return lines + self._log

    def note_lines(self, limit: int = MAX_NOTE_LINES) -> list[str]:
        """The ``note:`` lines the command line prints (at most ``limit`` details)."""
        details = self.detail_lines()
        shown = details[:limit]
        if len(details) > limit:
            shown.append(f"… and {len(details) - limit} more")
        name = f"{self.path}: " if self.path else ""
        return [f"note: {name}imported {self.summary()}"] + [f"note: {line}" for line in shown]
