"""The journey map as a pycrdt document (docs/collaboration.md, "The map as a CRDT document").

The document holds the map's :data:`~cjm_desktop.model.map_records.Records`: one top-level
``Map`` per entity kind (``"card"``, ``"stage"``, …, see ``map_records.KINDS``) keyed by the
record's key encoded as JSON text (:func:`encode_key`: ``'"card-3"'``, ``'2'`` for a plan
activity, ``'["p1","s1",null]'`` for an emotion), each record a nested ``Map`` of its fields
by path. The texts people type (:data:`TEXT_FIELDS`: card text and notes, names, descriptions,
persona texts, comment bodies, …) are shared ``Text`` objects, changed by the smallest splice
(:func:`splice`), so two people typing into one card's text at the same moment both keep
their words; every other value (numbers, colours, kinds, ids, lists, positions) is JSON text,
last writer wins per field. Edits to different fields of one record, or to different
records, all survive.

Order: every record carries a position key under :data:`POSITION` — a base-62 fraction
string ending in the writing client's id, so two inserts at the same place on two laptops
get different keys and both survive. Reading sorts the records of a kind by (order group,
position, key); the group is ``map_records.order_group`` (a card's cell, a step's stage).
A move is one field set (a new position, and for a card its new cell), never an insert
plus a delete, so two concurrent moves of one card leave one card. :func:`write_records`
writes only what differs; records that kept their place among their siblings keep their
position keys.

Versioning: the ``"meta"`` map holds ``"version"`` (:data:`MAPPING_VERSION`); reading a
document of a newer version raises :class:`MappingVersionError`.
"""

from __future__ import annotations

import difflib
import json
import weakref
from collections.abc import Collection, Mapping
from functools import lru_cache, partial
from typing import Any, NamedTuple

import pycrdt

from cjm_desktop.model import JourneyMap
from cjm_desktop.model.map_records import (
    KINDS,
    Key,
    Kind,
    Record,
    Records,
    map_of,
    order_group,
    records_of,
)

MAPPING_VERSION: int = 1
META = "meta"
VERSION_FIELD = "version"
POSITION = "@pos"  # a record's position key; field paths never start with "@"

DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"  # ASCII order
_BASE = len(DIGITS)
_VALUE = {digit: n for n, digit in enumerate(DIGITS)}
_CLIENT_WIDTH = 9  # 62**9 > 2**53: a client id always fits

# The fields people type free text into, by kind: stored as pycrdt Text (when the value is a
# string), so concurrent typing merges character by character instead of one value winning.
# Names of things picked from a list, ids, colours, data URIs (a persona's photo) and votes
# (which never change) stay plain values.
TEXT_FIELDS: dict[str, frozenset[str]] = {
    "info": frozenset({"title", "description", "owner", "version_label"}),
    "stage": frozenset({"name", "description", "goal", "desired_experience"}),
    "step": frozenset({"name", "description"}),
    "lane": frozenset({"title"}),
    "persona": frozenset({
        "name", "gender", "occupation", "location", "family", "income", "urban_rural",
        "quote", "bio", "personality", "segment.age_group", "segment.region",
        "segment.purchase_pattern"}),
    "card": frozenset({"text", "notes", "touchpoint.team", "touchpoint.response_time",
                       "opportunity.owner", "kpi.name", "kpi.unit"}),
    "emotion": frozenset({"note"}),
    "checklist": frozenset({"note"}),
    "comment": frozenset({"text"}),
    "plan": frozenset({"title", "prompt"}),
}


def is_text_field(kind: str, field: str) -> bool:
    """Whether ``field`` of a ``kind`` record is a typed text (stored as shared text)."""
    return field in TEXT_FIELDS.get(kind, frozenset())


class MappingVersionError(ValueError):
    """The document was written by a newer mapping than this version reads."""


# ----- encoding -----------------------------------------------------------------------------
def _plain(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _frozen(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, dict):
        return {k: _frozen(v) for k, v in value.items()}
    return value


def encode_value(value: Any) -> str:
    """A field value as JSON text (tuples as arrays)."""
    return json.dumps(_plain(value), ensure_ascii=False, sort_keys=True, allow_nan=False)


def decode_value(text: str) -> Any:
    return _frozen(json.loads(text))


@lru_cache(maxsize=1 << 16, typed=True)
def _encoded_key(key: Key) -> str:
    return json.dumps(_plain(key), ensure_ascii=False, separators=(",", ":"))


def encode_key(key: Key) -> str:
    """A record key as stable JSON text: a string id, a plan position, an emotion's tuple."""
    try:
        return _encoded_key(key)  # a live session encodes every key on every write
    except TypeError:  # not hashable: nothing to remember it by
        return json.dumps(_plain(key), ensure_ascii=False, separators=(",", ":"))


def decode_key(text: str) -> Key:
    return _frozen(json.loads(text))


def _utf8_length(text: str) -> int:
    return len(text.encode("utf-8"))


def splice(shared: pycrdt.Text, wanted: str) -> bool:
    """Change ``shared`` into ``wanted`` by one splice: keep the common prefix and suffix,
    replace only what lies between (never delete-all + insert, so what someone else typed
    elsewhere in the text concurrently survives). Returns whether anything changed."""
    now = str(shared)
    if now == wanted:
        return False
    limit = min(len(now), len(wanted))
    start = 0
    while start < limit and now[start] == wanted[start]:
        start += 1
    end = 0
    while end < limit - start and now[-1 - end] == wanted[-1 - end]:
        end += 1
    # pycrdt's text offsets count UTF-8 bytes
    offset = _utf8_length(now[:start])
    removed = _utf8_length(now[start:len(now) - end])
    if removed:
        del shared[offset:offset + removed]
    inserted = wanted[start:len(wanted) - end]
    if inserted:
        shared.insert(offset, inserted)
    return True


# ----- position keys ------------------------------------------------------------------------
def client_suffix(client_id: int) -> str:
    """The client id as fixed-width base-62 digits: the tie-breaker ending every position."""
    digits = []
    number = client_id % _BASE ** _CLIENT_WIDTH
    for _ in range(_CLIENT_WIDTH):
        number, digit = divmod(number, _BASE)
        digits.append(DIGITS[digit])
    return "".join(reversed(digits))


def between(low: str | None, high: str | None) -> str:
    """A base-62 string strictly between ``low`` and ``high`` (``None``: no bound) that is
    not a prefix of ``high``, so anything appended to it stays below ``high``."""
    low = low or ""
    if high is not None and low >= high:
        high = None  # bounds out of order (never written by this module): go after low
    result = []
    index = 0
    bounded = high is not None
    while True:
        a = _VALUE[low[index]] if index < len(low) else 0
        b = _VALUE[high[index]] if bounded and high is not None and index < len(high) else _BASE
        if b - a > 1:
            result.append(DIGITS[(a + b) // 2])
            return "".join(result)
        result.append(DIGITS[a])
        if b == a + 1:
            bounded = False  # below high from here on, whatever follows
        index += 1


def _new_position(low: str | None, high: str | None, client_id: int) -> str:
    return between(low, high) + client_suffix(client_id)


# ----- the document -------------------------------------------------------------------------
def _kind_map(doc: pycrdt.Doc, kind: Kind) -> pycrdt.Map:
    return doc.get(kind.name, type=pycrdt.Map)


def _meta(doc: pycrdt.Doc) -> pycrdt.Map:
    return doc.get(META, type=pycrdt.Map)


def mapping_version(doc: pycrdt.Doc) -> int | None:
    """The mapping version the document was written with (``None``: nothing written yet)."""
    value = _meta(doc).get(VERSION_FIELD)
    return None if value is None else int(value)


def _check_version(doc: pycrdt.Doc) -> None:
    version = mapping_version(doc)
    if version is not None and version > MAPPING_VERSION:
        raise MappingVersionError(
            f"the shared map was written by a newer version of CJM Desktop (live mapping "
            f"{version}; this version reads up to {MAPPING_VERSION}): update CJM Desktop")


def new_doc(records: Records | None = None, *, client_id: int | None = None) -> pycrdt.Doc:
    """A document holding ``records`` (or an empty one, version set)."""
    doc: pycrdt.Doc[Any] = pycrdt.Doc() if client_id is None else pycrdt.Doc(client_id=client_id)
    for kind in KINDS:
        _kind_map(doc, kind)
    with doc.transaction():
        if records is not None:
            write_records(doc, records)
        else:
            _meta(doc)[VERSION_FIELD] = MAPPING_VERSION
    return doc


def _group_order_key(group: Any) -> str:
    return encode_key(group)


def _read_entry(kind: Kind, encoded: str, entry: Any) -> _Row | None:
    """One record's row (or None for an entry this mapping did not write)."""
    if not isinstance(entry, pycrdt.Map):
        return None  # not written by this mapping: nothing to read
    record: Record = {}
    position = ""
    for field, text in sorted(entry.items()):  # one field order on every laptop
        if field == POSITION:
            position = str(text)
        elif field.startswith("@"):
            continue
        elif isinstance(text, pycrdt.Text):
            record[field] = str(text)
        else:
            record[field] = decode_value(str(text))
    return _Row(_group_order_key(order_group(kind, record)), position, encoded,
                decode_key(encoded), record)


class _Row(NamedTuple):
    group: str
    position: str
    encoded: str
    key: Key
    record: Record


class _Mirror:
    """The decoded rows of one document, kept current from its change events, so reading
    and writing look again only at the records a transaction touched (a whole map takes
    ~0.1 s to read through pycrdt; a live session reads after every transaction)."""

    def __init__(self, doc: pycrdt.Doc) -> None:
        self._rows: dict[str, dict[str, _Row]] = {}
        self._stale: dict[str, set[str] | None] = {}  # None: read the whole kind again
        # per kind, its rows in order and its table of records, until a row changes
        self._ordered: dict[str, tuple[list[_Row], dict[Key, Record]]] = {}
        # pycrdt's own observe_deep keeps the Doc alive for ever (its callback holds the Doc,
        # inside a native subscription the garbage collector cannot see through), so this
        # subscribes to the native events and holds itself only weakly there.
        self._subscriptions: list[Any] = []
        for kind in KINDS:
            self._stale[kind.name] = None
            self._subscriptions.append(_kind_map(doc, kind).integrated.observe_deep(
                partial(_on_native_events, weakref.ref(self), kind.name)))

    def on_events(self, kind: str, events: list[Any]) -> None:
        stale = self._stale.get(kind, set())
        if stale is None:
            return
        for event in events:
            path = event.path
            if path:
                stale.add(str(path[0]))
            else:
                stale.update(str(key) for key in event.keys)
        self._stale[kind] = stale

    def touch(self, kind: str, encoded: set[str]) -> None:
        """Records written in a transaction still open (its events come when it ends)."""
        stale = self._stale.get(kind, set())
        if stale is not None:
            stale.update(encoded)
            self._stale[kind] = stale

    def rows(self, entries: pycrdt.Map, kind: Kind) -> dict[str, _Row]:
        """The kind's rows by encoded key (up to date)."""
        stale = self._stale.get(kind.name)
        if stale is None or stale:
            self._ordered.pop(kind.name, None)
        if stale is None:
            rows: dict[str, _Row] = {}
            for encoded, entry in entries.items():
                row = _read_entry(kind, encoded, entry)
                if row is not None:
                    rows[encoded] = row
            self._rows[kind.name] = rows
        elif stale:
            rows = self._rows[kind.name]
            for encoded in stale:
                row = _read_entry(kind, encoded, entries.get(encoded))
                if row is None:
                    rows.pop(encoded, None)
                else:
                    rows[encoded] = row
        self._stale[kind.name] = set()
        return self._rows[kind.name]

    def ordered(self, entries: pycrdt.Map, kind: Kind) -> tuple[list[_Row], dict[Key, Record]]:
        """The kind's rows sorted by (group, position, key), and its records in that order
        (up to date; both shared until a row changes: callers copy before changing)."""
        rows = self.rows(entries, kind)
        known = self._ordered.get(kind.name)
        if known is None:
            ordered = sorted(rows.values(), key=lambda row: (row.group, row.position,
                                                             row.encoded))
            known = self._ordered[kind.name] = (ordered,
                                                {row.key: row.record for row in ordered})
        return known


def _on_native_events(mirror: weakref.ref[_Mirror], kind: str, events: list[Any]) -> None:
    target = mirror()
    if target is not None:
        target.on_events(kind, events)


_mirrors: weakref.WeakKeyDictionary[pycrdt.Doc, _Mirror] = weakref.WeakKeyDictionary()


def _mirror(doc: pycrdt.Doc) -> _Mirror:
    mirror = _mirrors.get(doc)
    if mirror is None:
        mirror = _mirrors[doc] = _Mirror(doc)
    return mirror


def _read_kind(doc: pycrdt.Doc, kind: Kind) -> list[_Row]:
    """The rows of a kind, sorted by (group, position, key)."""
    return list(_mirror(doc).ordered(_kind_map(doc, kind), kind)[0])


def read_records(doc: pycrdt.Doc) -> Records:
    """The records the document holds, each kind in (group, position, key) order. A record
    that has not changed since the last read is the same object as then (compared by
    identity first: a live session diffs the whole map after every transaction); callers
    never change a record in place."""
    _check_version(doc)
    mirror = _mirror(doc)
    with doc.transaction():
        return {kind.name: dict(mirror.ordered(_kind_map(doc, kind), kind)[1]) for kind in KINDS}


def write_records(doc: pycrdt.Doc, records: Records, *, origin: object = None,
                  touched: Mapping[str, Collection[Key]] | None = None) -> bool:
    """Make the document hold ``records``, in one transaction, changing only what differs.
    ``touched`` (by kind, the keys the caller changed): only those records and the order of
    their groups are looked at — the caller knows every other record is as the document
    has it (a live session writes one person's edit into a 600-card map). Returns whether
    anything changed."""
    _check_version(doc)
    changed = False
    with doc.transaction(origin=origin):
        meta = _meta(doc)
        if meta.get(VERSION_FIELD) is None:
            meta[VERSION_FIELD] = MAPPING_VERSION
            changed = True
        for kind in KINDS:
            if touched is None:
                changed |= _write_kind(doc, kind, records.get(kind.name, {}))
            elif kind.name in touched:
                changed |= _write_kind(doc, kind, records.get(kind.name, {}),
                                       set(touched[kind.name]))
    return changed


def _write_kind(doc: pycrdt.Doc, kind: Kind, wanted: dict[Key, Record],
                keys: set[Key] | None = None) -> bool:
    entries = _kind_map(doc, kind)
    current = _read_kind(doc, kind)
    if keys is not None:  # only the groups the touched records leave or join
        groups = {row.group for row in current if row.key in keys}
        groups.update(_group_order_key(order_group(kind, wanted[key]))
                      for key in keys if key in wanted)
        current = [row for row in current if row.group in groups]
        wanted = {key: record for key, record in wanted.items()
                  if _group_order_key(order_group(kind, record)) in groups}
    wanted_encoded = {encode_key(key): key for key in wanted}
    changed = False
    touched: set[str] = set()
    for row in current:
        if row.encoded not in wanted_encoded:
            del entries[row.encoded]
            touched.add(row.encoded)
            changed = True
    positions = _positions(kind, [(row.group, row.key, row.position) for row in current],
                           wanted, doc.client_id)
    there = {row.encoded: row for row in current}
    for encoded, key in wanted_encoded.items():
        record = wanted[key]
        known = there.get(encoded)
        if known is not None and known.position == positions[key] and known.record == record:
            continue  # as the document has it
        touched.add(encoded)
        texts = {field: value for field, value in record.items()
                 if isinstance(value, str) and is_text_field(kind.name, field)}
        fields = {field: encode_value(value) for field, value in record.items()
                  if field not in texts}
        fields[POSITION] = positions[key]
        entry = entries.get(encoded)
        if not isinstance(entry, pycrdt.Map):
            entries[encoded] = pycrdt.Map(
                {**fields, **{field: pycrdt.Text(value) for field, value in texts.items()}})
            changed = True
            continue
        for field in [f for f in entry.keys()  # noqa: SIM118 (a pycrdt Map)
                      if f not in fields and f not in texts]:
            del entry[field]
            changed = True
        for field, text in fields.items():
            if isinstance(entry.get(field), pycrdt.Text) or entry.get(field) != text:
                entry[field] = text
                changed = True
        for field, value in texts.items():
            shared = entry.get(field)
            if isinstance(shared, pycrdt.Text):
                changed |= splice(shared, value)
            else:  # new, or a plain value until now
                entry[field] = pycrdt.Text(value)
                changed = True
    _mirror(doc).touch(kind.name, touched)
    return changed


def _positions(kind: Kind, current: list[tuple[str, Key, str]],
               wanted: dict[Key, Record], client_id: int) -> dict[Key, str]:
    """A position key for every wanted record: records that kept their place among the
    siblings of their group keep theirs; the others get new keys between their neighbours.
    In a kind whose order carries no meaning (map info, emotions: ``order_by == ""``) every
    record keeps its key and only new ones get one (after their predecessor)."""
    now: dict[Any, list[tuple[Key, str]]] = {}
    for group, key, position in current:
        now.setdefault(group, []).append((key, position))
    groups: dict[Any, list[Key]] = {}
    for key, record in wanted.items():
        groups.setdefault(_group_order_key(order_group(kind, record)), []).append(key)
    result: dict[Key, str] = {}
    for group, keys in groups.items():
        there = now.get(group, [])
        old_keys = [key for key, _ in there]
        old_position = dict(there)
        if old_keys == keys and all(old_position.values()):
            result.update(old_position)  # the group as it was (most groups, most writes)
            continue
        matcher = difflib.SequenceMatcher(a=old_keys, b=keys, autojunk=False)
        kept = {key for block in matcher.get_matching_blocks()
                for key in keys[block.b:block.b + block.size]}
        unordered = kind.order_by == ""  # order carries no meaning: a record keeps its key
        keeping = {key for key in keys if old_position.get(key) and (unordered or key in kept)}
        low: str | None = None
        for index, key in enumerate(keys):
            if key in keeping:
                result[key] = old_position[key]
            else:
                high = next((old_position[k] for k in keys[index + 1:] if k in keeping), None)
                result[key] = _new_position(low, high, client_id)
            low = result[key]
    return result


def doc_of(journey: JourneyMap) -> pycrdt.Doc:
    """A new document holding ``journey``."""
    return new_doc(records_of(journey))


def journey_of(doc: pycrdt.Doc) -> JourneyMap:
    """The map the document holds."""
    return map_of(read_records(doc))


__all__ = ["MAPPING_VERSION", "POSITION", "TEXT_FIELDS", "MappingVersionError", "between",
           "decode_key", "doc_of", "encode_key", "is_text_field", "journey_of", "mapping_version",
           "new_doc", "read_records", "splice", "write_records"]
