"""Comments printed as numbered notes in the PDF export (an export option).

Every card, stage and persona that has comments gets a number: commented cards in reading
order first, then stages, then personas (a comment whose target is gone is not printed).
On the map itself each commented card carries a small round marker with its number
(:func:`note_markers`, added to the scene only while it is drawn); the notes pages at the
end list, number by number, the target and each comment of its thread: author, time,
open or resolved, and the text (:func:`paint_notes`). The words are in the map's
language, like the rest of the printout.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..editing.appearance import LIGHT
from ..model import JourneyMap
from ..model.entities import Comment
from . import style as st
from .scene import JourneyScene

MARKER_D = 20.0  # the marker's diameter, scene units
MARKER_COLOR = "#37474F"
MIN_PIXEL_SIZE = 6

_WORDS: dict[str, dict[str, str]] = {
    "en": {"title": "Comments", "card": "Card", "stage": "Stage", "persona": "Persona",
           "open": "open", "resolved": "resolved", "anonymous": "(no name)"},
    "ko": {"title": "코멘트", "card": "카드", "stage": "단계", "persona": "페르소나",
           "open": "열림", "resolved": "해결됨", "anonymous": "(이름 없음)"},
}


@dataclass(frozen=True)
class Note:
    """One numbered target and its thread."""

    number: int
    kind: str  # "card", "stage" or "persona"
    target: str  # its id
    name: str  # its text or name
    comments: tuple[Comment, ...]


def numbered_notes(journey: JourneyMap) -> list[Note]:
    """The commented targets, numbered from 1: cards in reading order, stages, personas."""
    threads: dict[str, list[Comment]] = {}
    for comment in journey.comments:
        threads.setdefault(comment.target, []).append(comment)
    targets: list[tuple[str, str, str]] = [
        ("card", card.id, card.text) for card in journey.ordered_cards()]
    targets += [("stage", stage.id, stage.name) for stage in journey.stages]
    targets += [("persona", persona.id, persona.name) for persona in journey.personas]
    notes: list[Note] = []
    for kind, target, name in targets:
        if target in threads:
            notes.append(Note(len(notes) + 1, kind, target, name, tuple(threads[target])))
    return notes


# ----- the markers on the map -----------------------------------------------------------
class NoteMarker(QGraphicsItem):
    """A small dark disc with a note's number, on the top-left corner of a card."""

    def __init__(self, number: int, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.number = number
        self.setZValue(6)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        width = max(MARKER_D, 8.0 + 7.0 * len(str(self.number)))
        return QRectF(0, 0, width, MARKER_D)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        rect = self.boundingRect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(QBrush(QColor(MARKER_COLOR)))
        painter.drawRoundedRect(rect, MARKER_D / 2, MARKER_D / 2)
        font = QFont(st.FONT_FAMILY)
        font.setPixelSize(11)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(self.number))


@contextmanager
def note_markers(scene: JourneyScene, notes: list[Note]) -> Iterator[list[NoteMarker]]:
    """Put a numbered marker on every commented card of ``scene`` while it is drawn."""
    markers: list[NoteMarker] = []
    for note in notes:
        card = scene.cards.get(note.target) if note.kind == "card" else None
        if card is None:
            continue
        marker = NoteMarker(note.number, card)
        rect = card.boundingRect()
        marker.setPos(rect.left() - MARKER_D / 3, rect.top() - MARKER_D / 3)
        markers.append(marker)
    try:
        yield markers
    finally:
        for marker in markers:
            owner = marker.scene()
            if owner is not None:
                owner.removeItem(marker)


# ----- the notes pages ------------------------------------------------------------------
def _font(size: float, bold: bool = False) -> QFont:
    font = QFont(st.FONT_FAMILY)
    font.setPixelSize(max(MIN_PIXEL_SIZE, round(size)))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def _when(time: str) -> str:
    """An ISO time as "2026-12-01 10:00" (as written when it is not one)."""
    if len(time) >= 16 and time[10] == "T":
        return f"{time[:10]} {time[11:16]}"
    return time


def note_lines(note: Note, language: str) -> tuple[str, list[str]]:
    """A note as text: its heading and one line per comment."""
    words = _WORDS["ko" if language == "ko" else "en"]
    name = " ".join(note.name.split())
    heading = f"{note.number}. {words[note.kind]} “{name}”" if name else (
        f"{note.number}. {words[note.kind]}")
    lines = []
    for comment in note.comments:
        state = words["resolved"] if comment.resolved else words["open"]
        who = comment.author.strip() or words["anonymous"]
        head = " · ".join(part for part in (who, _when(comment.time), state) if part)
        lines.append(f"{head} — {comment.text.strip()}")
    return heading, lines


def paint_notes(painter: QPainter, page: QRectF, journey: JourneyMap, notes: list[Note],
                new_page: Callable[[], object]) -> None:
    """Draw the notes into ``page`` (device pixels), calling ``new_page`` first and then
    whenever a page is full; a comment longer than a page is cut at the page's end."""
    language = journey.info.language
    title_size = max(MIN_PIXEL_SIZE, page.height() / 40)
    size = title_size * 0.55
    heading_font, body_font = _font(size, True), _font(size)
    wrap = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
               | Qt.TextFlag.TextWordWrap)
    indent = size * 2
    gap = size * 0.4
    new_page()
    painter.save()
    painter.setPen(LIGHT.text)  # exports are always drawn in the light look
    title = f"{_WORDS['ko' if language == 'ko' else 'en']['title']} — {journey.info.title}"
    painter.setFont(_font(title_size, True))
    painter.drawText(QRectF(page.left(), page.top(), page.width(), title_size * 1.6),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                     QFontMetricsF(painter.font()).elidedText(
                         title, Qt.TextElideMode.ElideRight, page.width()))
    top = page.top() + title_size * 2.2
    for note in notes:
        heading, lines = note_lines(note, language)
        blocks = [(heading_font, page.left(), heading)] + [
            (body_font, page.left() + indent, line) for line in lines]
        for number, (font, left, text) in enumerate(blocks):
            width = page.right() - left
            bound = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, page.height()),
                                                     wrap, text)
            height = min(bound.height(), page.bottom() - page.top())
            # a heading keeps its first comment with it
            needed = height if number else height + size * 2.6
            if top + needed > page.bottom():
                painter.restore()
                new_page()
                painter.save()
                painter.setPen(LIGHT.text)
                top = page.top()
            painter.setFont(font)
            painter.drawText(QRectF(left, top, width, height), wrap, text)
            top += height + gap
        top += gap * 2
    painter.restore()


__all__ = ["Note", "NoteMarker", "note_lines", "note_markers", "numbered_notes", "paint_notes"]
