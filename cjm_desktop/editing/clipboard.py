"""Cards on the clipboard: to and from QMimeData, as the app's own JSON and as plain text.

The app's own format ("application/x-cjm-cards") keeps every field of the cards; plain
text (one line per card) lets people paste into any text editor, and lines of text pasted
onto a cell become one card each. Clipboard data comes from outside the app, so reading it
keeps only well-typed, in-range values and never raises.

``CARD_KIND_MIME`` is what the palette puts on a drag: a card kind value such as
``b"pain_point"``; the canvas creates a card of that kind where it is dropped.
"""

from __future__ import annotations

import atexit
import json
from collections.abc import Sequence
from dataclasses import asdict, fields
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QMimeData

from ..model import Card
from ..model.entities import KIND_INFO_FIELD, ensure_kind_info
from ..model.vocab import (
    CardKind,
    Channel,
    OpportunityScope,
    OpportunityStatus,
    PainCategory,
    Severity,
)

CARDS_MIME = "application/x-cjm-cards"
CARD_KIND_MIME = "application/x-cjm-card-kind"

_CHOICES: dict[str, type[StrEnum]] = {
    "channel": Channel, "category": PainCategory, "severity": Severity,
    "status": OpportunityStatus, "scope": OpportunityScope,
}
_RATINGS = {"satisfaction", "expectation", "performance", "impact", "effort"}


def cards_to_mime(cards: Sequence[Card]) -> QMimeData:
    """Both formats at once: the app's JSON and the cards' texts, one per line."""
    mime = QMimeData()
    payload = {"format": "cjm-cards", "version": 1, "cards": [asdict(c) for c in cards]}
    mime.setData(CARDS_MIME, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    mime.setText(cards_to_text(cards))
    return mime


def cards_to_text(cards: Sequence[Card]) -> str:
    # A card's own line breaks become spaces so that one line stays one card on paste.
    return "\n".join(" ".join(c.text.split()) for c in cards)


def text_to_lines(text: str) -> list[str]:
    """The non-blank lines of pasted text, trimmed (each becomes a card)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def cards_from_mime(mime: QMimeData) -> list[Card] | None:
    """Cards in the app's own format (fresh placeholder ids), or None if there are none."""
    if not mime.hasFormat(CARDS_MIME):
        return None
    try:
        payload = json.loads(bytes(mime.data(CARDS_MIME).data()).decode("utf-8"))
        raw_cards = payload["cards"]
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None
    if not isinstance(raw_cards, list):
        return None
    result = [card for card in (_card_from_dict(r, n) for n, r in enumerate(raw_cards)) if card]
    return result or None


def _card_from_dict(raw: Any, number: int) -> Card | None:
    if not isinstance(raw, dict):
        return None
    kind = raw.get("kind")
    if kind not in {k.value for k in CardKind}:
        kind = CardKind.NOTE.value
    card = Card(id=f"clip{number}", kind=kind)
    for name in ("text", "notes"):
        if isinstance(raw.get(name), str):
            setattr(card, name, raw[name])
    color = raw.get("color")
    if isinstance(color, str) and color.startswith("#") and len(color) in (4, 7, 9):
        card.color = color
    tags = raw.get("tags")
    if isinstance(tags, list):
        card.tags = [t for t in tags if isinstance(t, str)]
    votes = raw.get("votes")
    if isinstance(votes, int) and not isinstance(votes, bool) and votes >= 0:
        card.votes = votes
    ensure_kind_info(card)
    attr = KIND_INFO_FIELD.get(kind)
    info = getattr(card, attr) if attr else None
    data = raw.get(attr) if attr else None
    if info is not None and isinstance(data, dict):
        for f in fields(info):
            if f.name in data:
                value = _clean(f.name, data[f.name], getattr(info, f.name))
                if value is not _BAD:
                    setattr(info, f.name, value)
    return card


_BAD = object()


def _clean(name: str, value: Any, default: Any) -> Any:
    if value is None:
        return None if default is None or name in _CHOICES or name in _RATINGS else _BAD
    if name in _CHOICES:
        return value if value in {v.value for v in _CHOICES[name]} else _BAD
    if name in _RATINGS:
        ok = isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 5
        return value if ok else _BAD
    if isinstance(default, list):
        return [v for v in value if isinstance(v, str)] if isinstance(value, list) else _BAD
    if isinstance(default, str):
        return value if isinstance(value, str) else _BAD
    if name == "complaint_count":
        ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
        return value if ok else _BAD
    if name == "online":
        return value if isinstance(value, bool) else _BAD
    if name in ("target", "actual"):
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return float(value) if ok and value == value and abs(value) != float("inf") else _BAD
    return _BAD


def card_kind_mime(kind: str) -> QMimeData:
    """The drag payload of a palette entry."""
    mime = QMimeData()
    mime.setData(CARD_KIND_MIME, kind.encode("ascii"))
    return mime


def card_kind_from_mime(mime: QMimeData | None) -> str | None:
    if mime is None or not mime.hasFormat(CARD_KIND_MIME):
        return None
    kind = bytes(mime.data(CARD_KIND_MIME).data()).decode("ascii", "replace").strip()
    return kind if kind in {k.value for k in CardKind} else None


_exit_hook_registered = False


def put_on_clipboard(mime: QMimeData) -> None:
    """Hand ``mime`` to the system clipboard.

    The clipboard outlives Python: left holding data made here, it would destroy that
    object after the interpreter has gone and crash the process on exit. So, once, a hook
    empties it while Python is still alive (what was copied goes with the app anyway)."""
    global _exit_hook_registered
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setMimeData(mime)
    if not _exit_hook_registered:
        atexit.register(_release_clipboard)
        _exit_hook_registered = True


def _release_clipboard() -> None:
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()
