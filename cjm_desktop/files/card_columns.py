"""The columns of the cards table, shared by the workbook's cards sheet, CSV and table import.

One :class:`Column` per card field: its Korean and English header, how a card's value is
shown in a cell (``show``) and how a cell's value is read back (``read``, raising
``ValueError`` with a plain English message). Vocabulary values are shown by their name in
the map's language and read in either language (``vocab.parse``). Lists are joined with
``", "`` (tags, complaint types, ids) or one item per line (5 Whys).
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ..model import Card, JourneyMap
from ..model.entities import KIND_INFO_FIELD
from ..model.field_labels import FIELD_BY_KEY, header_key
from ..model.vocab import (
    CardKind,
    Channel,
    KpiDirection,
    OpportunityScope,
    OpportunityStatus,
    PainCategory,
    Severity,
    label,
    parse,
)
from .errors import clip


@dataclass(frozen=True)
class Column:
    key: str
    en: str
    ko: str
    path: str | None = None  # card field (dotted) this column edits; None: placement / id
    vocabulary: type[StrEnum] | None = None
    kind: str = "text"  # text | int | float | bool | list | lines | vocab | id | color
    width: int = 14

    def header(self, language: str) -> str:
        return self.ko if language == "ko" else self.en

    @functools.cached_property
    def owner_kind(self) -> str | None:
        """The card kind whose detail record holds this field (None: every card)."""
        if self.path and "." in self.path:
            attr = self.path.split(".", 1)[0]
            for kind, field_name in KIND_INFO_FIELD.items():
                if field_name == attr:
                    return kind
        return None


def _c(key: str, path: str | None = None, kind: str = "text",
       vocabulary: type[StrEnum] | None = None, width: int = 14) -> Column:
    names = FIELD_BY_KEY[key]  # the headers come from the one table of field labels
    return Column(key, names.en, names.ko, path, vocabulary, kind, width)


CARD_COLUMNS: tuple[Column, ...] = (
    _c("text", "text", width=40),  # first: the column a printout repeats on every page
    _c("id", kind="id", width=8),
    _c("stage", width=16),
    _c("step", width=14),
    _c("lane", width=16),
    _c("kind", "kind", "vocab", CardKind, 12),
    _c("notes", "notes", width=30),
    _c("tags", "tags", "list", width=16),
    _c("votes", "votes", "int", width=8),
    _c("channel", "touchpoint.channel", "vocab", Channel, 14),
    _c("online", "touchpoint.online", "bool", width=10),
    _c("team", "touchpoint.team", width=14),
    _c("csat", "touchpoint.satisfaction", "int", width=8),
    _c("expectation", "touchpoint.expectation", "int", width=10),
    _c("performance", "touchpoint.performance", "int", width=10),
    _c("response_time", "touchpoint.response_time", width=12),
    _c("complaints", "touchpoint.complaint_count", "int", width=10),
    _c("complaint_types", "touchpoint.complaint_types", "list"),
    _c("category", "pain_point.category", "vocab", PainCategory, 12),
    _c("severity", "pain_point.severity", "vocab", Severity, 10),
    _c("touchpoint_id", "pain_point.touchpoint", "id"),
    _c("whys", "pain_point.whys", "lines", width=30),
    _c("pain_ids", "opportunity.pain_points", "list"),
    _c("impact", "opportunity.impact", "int", width=8),
    _c("effort", "opportunity.effort", "int", width=8),
    _c("owner", "opportunity.owner", width=14),
    _c("status", "opportunity.status", "vocab", OpportunityStatus, 12),
    _c("scope", "opportunity.scope", "vocab", OpportunityScope, 12),
    _c("kpi_name", "kpi.name", width=16),
    _c("kpi_target", "kpi.target", "float", width=10),
    _c("kpi_actual", "kpi.actual", "float", width=10),
    _c("kpi_unit", "kpi.unit", width=10),
    _c("kpi_direction", "kpi.direction", "vocab", KpiDirection, 14),
    _c("color", "color", "color", width=10),
    _c("author", "author", width=14),  # last: added in schema 5, so no other column moves
)
COLUMN_BY_KEY: dict[str, Column] = {column.key: column for column in CARD_COLUMNS}
EDITABLE_COLUMNS: tuple[Column, ...] = tuple(c for c in CARD_COLUMNS if c.path)

ONLINE_NAMES = {True: ("온라인", "Online"), False: ("오프라인", "Offline")}
_TRUE = {"online", "온라인", "yes", "예", "true", "y", "1"}
_FALSE = {"offline", "오프라인", "no", "아니오", "false", "n", "0"}


# ----- showing ---------------------------------------------------------------------------
def _field(card: Card, path: str) -> Any:
    obj: Any = card
    for part in path.split("."):
        if obj is None:
            return None
        obj = getattr(obj, part)
    return obj


def placement_names(journey: JourneyMap) -> dict[str, str]:
    """Stage, step and lane names by id (ids are unique across all of them)."""
    names = {lane.id: lane.title for lane in journey.lanes}
    for stage in journey.stages:
        names[stage.id] = stage.name
        names.update((step.id, step.name) for step in stage.steps)
    return names


def show(column: Column, card: Card, journey: JourneyMap, language: str,
         names: dict[str, str] | None = None) -> Any:
    """The value a cell shows for ``card`` (None: empty cell). ``names`` from
    :func:`placement_names` saves looking stages and lanes up card by card."""
    key = column.key
    if key == "id":
        return card.id
    if key in ("stage", "step", "lane"):
        target = getattr(card, key)
        if target is None:
            return None
        return (names or placement_names(journey))[target] or None
    assert column.path is not None
    value = _field(card, column.path)
    if value is None or value == "" or value == []:
        return None
    if column.kind == "vocab":
        assert column.vocabulary is not None
        return label(column.vocabulary(value), language)
    if column.kind == "bool":
        return ONLINE_NAMES[bool(value)][0 if language == "ko" else 1]
    if column.kind == "list":
        return ", ".join(value)
    if column.kind == "lines":
        return "\n".join(value)
    if column.kind == "int" and key == "votes" and value == 0:
        return None
    return value


def show_row(card: Card, journey: JourneyMap, language: str,
             names: dict[str, str] | None = None) -> list[Any]:
    names = names or placement_names(journey)
    return [show(column, card, journey, language, names)
            if column.owner_kind in (None, card.kind) else None for column in CARD_COLUMNS]


# ----- reading ---------------------------------------------------------------------------
def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def _raw_text(value: Any) -> str:
    """A text cell's value as written: its spaces and line breaks are kept (only a number
    from a spreadsheet is turned into text)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return _text(value)


def is_blank(value: Any) -> bool:
    return _text(value) == ""


def _int(value: Any, column: Column) -> int | None:
    text = _text(value)
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        raise ValueError(f"{column.en.lower()} must be a whole number, not {clip(text)}") from None
    if not math.isfinite(number) or not number.is_integer():
        raise ValueError(f"{column.en.lower()} must be a whole number, not {clip(text)}")
    return int(number)


def read(column: Column, value: Any) -> Any:
    """The model value of a cell for ``column`` (ValueError with a plain message if bad)."""
    kind = column.kind
    if kind == "text":
        return _raw_text(value)
    text = _text(value)
    if kind == "int":
        number = _int(value, column)
        return 0 if number is None and column.key == "votes" else number
    if kind == "float":
        if not text:
            return None
        try:
            amount = float(text.replace(",", ""))
        except ValueError:
            raise ValueError(f"{column.en} must be a number, not {clip(text)}") from None
        if not math.isfinite(amount):
            raise ValueError(f"{column.en} must be a finite number")
        return amount
    if kind == "bool":
        if not text:
            return None
        folded = text.casefold()
        if folded in _TRUE:
            return True
        if folded in _FALSE:
            return False
        raise ValueError(f"online must be Online or Offline, not {clip(text)}")
    if kind == "list":
        return [item.strip() for item in text.split(",") if item.strip()]
    if kind == "lines":
        return [line.strip() for line in text.split("\n") if line.strip()]
    if kind == "vocab":
        assert column.vocabulary is not None
        if not text:
            return KpiDirection.HIGHER.value if column.vocabulary is KpiDirection else None
        found = parse(column.vocabulary, text)
        if found is None:
            names = ", ".join(label(v, "en") for v in column.vocabulary)
            raise ValueError(f"{clip(text)} is not a {column.en.lower()} (use one of: {names})")
        return found.value
    if kind == "id":
        return text or None
    if kind == "color":
        return color_text(text) if text else None
    raise AssertionError(kind)


def color_text(text: str) -> str:
    """A colour typed in a cell, checked: ``#RRGGBB`` (ValueError otherwise)."""
    if len(text) != 7 or text[0] != "#" or any(ch not in "0123456789abcdefABCDEF"
                                               for ch in text[1:]):
        raise ValueError(f"a colour must look like #RRGGBB, not {clip(text)}")
    return text


def same(cell_value: Any, shown: Any) -> bool:
    """Whether a cell still holds what the exporter wrote (ignoring number and line forms)."""
    return _canonical(cell_value) == _canonical(shown)


def _canonical(value: Any) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return repr(float(value))
    text = _text(value)
    try:
        return repr(float(text)) if text and text[0] in "0123456789" else text
    except ValueError:
        return text


def find_header(text: Any) -> str | None:
    """The column key a header cell names (either language, an interface label or an
    alias; case, spaces and punctuation ignored; see ``model.field_labels``)."""
    return None if is_blank(text) else header_key(str(text))


def kind_of_fields(values: dict[str, Any]) -> set[str]:
    """The card kinds implied by kind-specific fields that have a value."""
    return {COLUMN_BY_KEY[key].owner_kind or "" for key, value in values.items()
            if key in COLUMN_BY_KEY and COLUMN_BY_KEY[key].owner_kind and not is_blank(value)}
