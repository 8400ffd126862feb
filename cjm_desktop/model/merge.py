"""Three-way merge of journey maps by stable id, with the conflicts it cannot decide.

:func:`merge_maps` takes the common ancestor (BASE) and two edited copies (OURS, THEIRS)
and works on their flat records (``map_records``), kind by kind, field by field:

- a change made on one side only is taken; the same change on both sides is taken once;
- a card moved on one side and edited on the other keeps both (the cell and the text are
  separate fields);
- both sides changing one field to different values is a :class:`Conflict` on that field;
  one side deleting what the other changed is a conflict on the whole record;
- one side deleting a stage, step, lane or persona the other side added or changed
  something in (a new card in a deleted stage) is a conflict on the deleted record, listing
  what depends on it: keeping it keeps them, deleting it drops them — never silently;
- both sides adding a new record under the same id (ids count up from the same base) keep
  both: THEIRS' record gets a fresh id, and every reference to it in THEIRS follows;
- order among siblings comes from the side that reordered them; what the other side added
  goes after the sibling it followed there.

The result (:class:`MergeResult`) lists the conflicts and builds the merged map for a
choice of side per conflict (by default the ``prefer``red side for all).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .diff import field_word, show_value, subject
from .journey import JourneyMap
from .map_records import (
    KIND_BY_NAME,
    KINDS,
    VOLATILE_INFO_FIELDS,
    Key,
    Kind,
    Record,
    Records,
    map_of,
    order_group,
    records_of,
)


class Side(StrEnum):
    OURS = "ours"
    THEIRS = "theirs"


@dataclass(frozen=True)
class Conflict:
    """One thing both sides changed differently. ``field`` is empty for a whole record
    (deleted on one side, changed or needed on the other); ``ours``/``theirs`` are then
    whole records, None for the side that deleted it."""

    kind: str
    key: Key
    field: str
    base: Any
    ours: Any
    theirs: Any
    name: str = ""
    needed_by: tuple[tuple[str, Key], ...] = ()  # records the keeping side put in it

    def describe(self, language: str = "en") -> str:
        head = subject(self.kind, self.key, self.name, language)
        if self.field:
            return (f"{head} · {field_word(self.field, language)}: "
                    f"{_word('ours', language)} {show_value(self.ours)}, "
                    f"{_word('theirs', language)} {show_value(self.theirs)}")
        deleted = Side.OURS if self.ours is None else Side.THEIRS
        kept = Side.THEIRS if deleted is Side.OURS else Side.OURS
        line = (f"{head}: {_word('deleted in ' + deleted.value, language)}, "
                f"{_word('kept in ' + kept.value, language)}")
        if self.needed_by:
            items = ", ".join(subject(kind, key, "", language) for kind, key in self.needed_by[:5])
            more = "…" if len(self.needed_by) > 5 else ""
            line += f" ({_word('holds', language)} {items}{more})"
        return line

    def value(self, side: Side) -> Any:
        return self.ours if side is Side.OURS else self.theirs


_WORDS: dict[str, str] = {
    "ours": "우리 쪽", "theirs": "상대 쪽", "deleted in ours": "우리 쪽에서 삭제",
    "deleted in theirs": "상대 쪽에서 삭제", "kept in ours": "우리 쪽에는 남아 있음",
    "kept in theirs": "상대 쪽에는 남아 있음", "holds": "안에 있는 것:",
}


def _word(text: str, language: str) -> str:
    return _WORDS.get(text, text) if language == "ko" else text


@dataclass
class MergeResult:
    """The merged records with the undecided conflicts; :meth:`journey` builds a map."""

    conflicts: list[Conflict]
    _tables: dict[str, dict[Key, Record | None]]
    _orders: dict[str, tuple[dict[Key, Record], dict[Key, Record], dict[Key, Record]]]
    renamed: dict[str, str] = field(default_factory=dict)  # THEIRS' id → its new id

    def records(self, choices: Mapping[int, Side] | None = None,
                prefer: Side = Side.OURS) -> Records:
        """The merged records with each conflict decided: ``choices[i]`` for conflict ``i``,
        ``prefer`` for those not chosen."""
        choices = choices or {}
        tables = {name: dict(table) for name, table in self._tables.items()}
        for index, conflict in enumerate(self.conflicts):
            side = Side(choices.get(index, prefer))
            table = tables[conflict.kind]
            if conflict.field:
                record = table.get(conflict.key)
                if record is not None:
                    table[conflict.key] = {**record, conflict.field: conflict.value(side)}
            else:
                table[conflict.key] = conflict.value(side)
        result: Records = {}
        for kind in KINDS:
            present = {k: r for k, r in tables[kind.name].items() if r is not None}
            result[kind.name] = _ordered(kind, present, *self._orders[kind.name])
        return result

    def journey(self, choices: Mapping[int, Side] | None = None,
                prefer: Side = Side.OURS) -> JourneyMap:
        return map_of(self.records(choices, prefer))


def merge_maps(base: JourneyMap, ours: JourneyMap, theirs: JourneyMap) -> MergeResult:
    return merge_records(records_of(base), records_of(ours), records_of(theirs))


def merge_records(base: Records, ours: Records, theirs: Records) -> MergeResult:
    renamed = _colliding_ids(base, ours, theirs)
    if renamed:
        theirs = _rename(theirs, renamed)
    conflicts: list[Conflict] = []
    tables: dict[str, dict[Key, Record | None]] = {}
    orders: dict[str, tuple[dict[Key, Record], dict[Key, Record], dict[Key, Record]]] = {}
    for kind in KINDS:
        b, o, t = (side.get(kind.name, {}) for side in (base, ours, theirs))
        tables[kind.name] = _merge_kind(kind, b, o, t, conflicts)
        orders[kind.name] = (b, o, t)
    _needed_conflicts(base, ours, theirs, tables, conflicts)
    return MergeResult(conflicts, tables, orders, renamed)


# ----- records ------------------------------------------------------------------------------
def _merge_kind(kind: Kind, base: dict[Key, Record], ours: dict[Key, Record],
                theirs: dict[Key, Record], conflicts: list[Conflict]) -> dict[Key, Record | None]:
    result: dict[Key, Record | None] = {}
    keys = list(ours) + [k for k in theirs if k not in ours] + [
        k for k in base if k not in ours and k not in theirs]
    for key in keys:
        b, o, t = base.get(key), ours.get(key), theirs.get(key)
        if o == t:
            result[key] = o
        elif o == b:
            result[key] = t
        elif t == b:
            result[key] = o
        elif o is None or t is None:
            name = _name(kind, o, t, b)
            conflicts.append(Conflict(kind.name, key, "", b, o, t, name))
            result[key] = o
        else:
            result[key] = _merge_fields(kind, key, b or {}, o, t, conflicts)
    return result


def _merge_fields(kind: Kind, key: Key, base: Record, ours: Record, theirs: Record,
                  conflicts: list[Conflict]) -> Record:
    merged: Record = {}
    name = _name(kind, ours, theirs, base)
    for name_ in list(ours) + [f for f in theirs if f not in ours]:
        b, o, t = base.get(name_), ours.get(name_), theirs.get(name_)
        if o == t or t == b:
            merged[name_] = o
        elif o == b:
            merged[name_] = t
        elif kind.name == "info" and name_ in VOLATILE_INFO_FIELDS:
            merged[name_] = max(str(o or ""), str(t or ""))
        else:
            conflicts.append(Conflict(kind.name, key, name_, b, o, t, name))
            merged[name_] = o
    return merged


def _name(kind: Kind, *records: Record | None) -> str:
    for record in records:
        if record is not None and kind.text_field and record.get(kind.text_field):
            return str(record[kind.text_field])
    return ""


# ----- what a deletion would take with it ---------------------------------------------------
def _needed_conflicts(base: Records, ours: Records, theirs: Records,
                      tables: dict[str, dict[Key, Record | None]],
                      conflicts: list[Conflict]) -> None:
    """A record deleted on one side that the merged map still needs becomes a conflict."""
    undecided = {(c.kind, c.key) for c in conflicts if not c.field}
    needed: dict[tuple[str, Key], list[tuple[str, Key]]] = {}
    for kind in KINDS:
        for key, record in tables[kind.name].items():
            if record is None:
                continue
            for need_field, need_kind in kind.needs:
                value = key[int(need_field)] if need_field.isdigit() else record.get(need_field)
                if value is None or tables[need_kind].get(value) is not None:
                    continue
                if value in base.get(need_kind, {}):
                    needed.setdefault((need_kind, value), []).append((kind.name, key))
    for (kind_name, key), dependents in needed.items():
        if (kind_name, key) in undecided:
            continue
        kind = KIND_BY_NAME[kind_name]
        b = base[kind_name][key]
        o = ours.get(kind_name, {}).get(key)
        t = theirs.get(kind_name, {}).get(key)
        conflicts.append(Conflict(kind_name, key, "", b, o, t, _name(kind, o, t, b),
                                  tuple(dependents)))


# ----- ids added on both sides --------------------------------------------------------------
_ID_SHAPE = re.compile(r"^(.*?)(\d*)$")
_RENAMED_KINDS = ("stage", "step", "lane", "persona", "card", "comment")


def _colliding_ids(base: Records, ours: Records, theirs: Records) -> dict[str, str]:
    """THEIRS' new ids that OURS also used for a different new record, each with a fresh id."""
    used: set[str] = set()
    for side in (base, ours, theirs):
        for name in _RENAMED_KINDS:
            used.update(side.get(name, {}))
    renamed: dict[str, str] = {}
    serial = max((int(m.group(2)) for k in used if (m := _ID_SHAPE.match(k)) and m.group(2)),
                 default=0)
    # ids are unique across kinds: OURS' id → (kind, record), for every kind that has ids
    ours_ids = {key: (name, record) for name in _RENAMED_KINDS
                for key, record in ours.get(name, {}).items()}
    for name in _RENAMED_KINDS:
        b, t = base.get(name, {}), theirs.get(name, {})
        for key, record in t.items():
            if key in b or key not in ours_ids or ours_ids[key] == (name, record):
                continue
            shape = _ID_SHAPE.match(key)
            prefix = shape.group(1) if shape else key
            while True:
                serial += 1
                fresh = f"{prefix}{serial}"
                if fresh not in used:
                    break
            used.add(fresh)
            renamed[key] = fresh
    return renamed


_REFERENCE_FIELDS = ("stage", "step", "lane", "pain_point.touchpoint", "target")


def _rename(records: Records, renamed: dict[str, str]) -> Records:
    def new(value: Any) -> Any:
        return renamed.get(value, value) if isinstance(value, str) else value

    result: Records = {}
    for name, table in records.items():
        fresh: dict[Key, Record] = {}
        for key, record in table.items():
            record = dict(record)
            for ref in _REFERENCE_FIELDS:
                if ref in record:
                    record[ref] = new(record[ref])
            if name == "vote" and "dots" in record:  # a dot names its card
                record["dots"] = tuple((who, new(card)) for who, card in record["dots"])
            if "opportunity.pain_points" in record:
                record["opportunity.pain_points"] = tuple(
                    new(v) for v in record["opportunity.pain_points"])
            if name in _RENAMED_KINDS:
                key = new(key)
            elif isinstance(key, tuple):
                key = tuple(new(part) for part in key)
            fresh[key] = record
        result[name] = fresh
    return result


# ----- order --------------------------------------------------------------------------------
def _ordered(kind: Kind, present: dict[Key, Record], base: dict[Key, Record],
             ours: dict[Key, Record], theirs: dict[Key, Record]) -> dict[Key, Record]:
    if kind.order_by == "":
        keys = list(ours) + [k for k in theirs if k not in ours] + list(present)
        return {k: present[k] for k in dict.fromkeys(keys) if k in present}
    groups: dict[Any, list[Key]] = {}
    for key, record in present.items():
        groups.setdefault(order_group(kind, record), []).append(key)

    def sequences(side: dict[Key, Record]) -> dict[Any, list[Key]]:
        result: dict[Any, list[Key]] = {}
        for key, record in side.items():
            if key in present:
                group = order_group(kind, present[key])
                if order_group(kind, record) == group:
                    result.setdefault(group, []).append(key)
        return result

    seq_b, seq_o, seq_t = sequences(base), sequences(ours), sequences(theirs)
    result: dict[Key, Record] = {}
    for group, members in groups.items():
        order = merge_order(seq_b.get(group, []), seq_o.get(group, []), seq_t.get(group, []),
                            members)
        for key in order:
            result[key] = present[key]
    return result


def merge_order(base: list[Key], ours: list[Key], theirs: list[Key],
                members: list[Key]) -> list[Key]:
    """One sequence of ``members``: the side that reordered what it shares with BASE leads
    (OURS when both or neither did); the other side's records go after the one they follow."""
    primary, secondary = ours, theirs
    if _reordered(base, theirs) and not _reordered(base, ours):
        primary, secondary = theirs, ours
    wanted = set(members)
    result = [k for k in primary if k in wanted]
    placed = set(result)
    for index, key in enumerate(secondary):
        if key in placed or key not in wanted:
            continue
        at = 0
        for before in reversed(secondary[:index]):
            if before in placed:
                at = result.index(before) + 1
                break
        result.insert(at, key)
        placed.add(key)
    result.extend(k for k in members if k not in placed)
    return result


def _reordered(base: list[Key], side: list[Key]) -> bool:
    in_side, in_base = set(side), set(base)
    return [k for k in base if k in in_side] != [k for k in side if k in in_base]


__all__ = ["Conflict", "MergeResult", "Side", "merge_maps", "merge_order", "merge_records"]
