"""The native file format ``*.cjm.json``: write a map to JSON and read it back.

Writing is deterministic (key order = field order, cards in reading order, two-space
indent, Korean kept as text, trailing newline), so saving twice gives identical bytes and
maps diff well. Reading accepts only what the format allows and reports every problem as
one :class:`MapFileError` naming the place; older schema versions are migrated first
(see ``migrations``). The format is documented in docs/file-format.md.
"""

from __future__ import annotations

import contextlib
import errno
import json
import math
import os
import re
from json.encoder import encode_basestring as _quote
from typing import Any

from .. import __version__
from ..model import JourneyMap
from ..model.entities import (
    KIND_INFO_FIELD,
    LIST_FIELDS_OF_PERSONA,
    Card,
    Persona,
    field_names,
)
from ..model.entities import MapInfo as _MapInfo
from .atomic import atomic_write_bytes
from .bounded_read import megabytes, read_regular_file_with_stat
from .disk_state import FileStamp, check_unchanged
from .errors import MapFileError, clip
from .json_reader import MapReader
from .migrations import MIGRATIONS, SCHEMA_VERSION
from .workshop_json import workshop_dict

MAX_FILE_BYTES = 200 * 1024 * 1024
_INFO_FIELDS = tuple(field_names(_MapInfo))
_PERSONA_TEXT_FIELDS = ("name", "color", "photo", "age", "gender", "occupation", "location",
                        "family", "income", "urban_rural", "quote", "bio", "personality")
_DETAIL_FIELDS: dict[str, tuple[str, ...]] = {}
_LONE_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")

__all__ = ["MAX_FILE_BYTES", "SCHEMA_VERSION", "MapTooLarge", "check_writable", "dumps",
           "load_map", "load_map_and_stamp", "loads", "map_bytes", "map_from_dict",
           "map_to_dict", "save_map"]


# ----- writing ----------------------------------------------------------------------------
def _finite(value: Any) -> Any:
    """JSON has no NaN or infinity: such a value is written as "no value"."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _detail_dict(card: Card) -> tuple[str, dict[str, Any]] | None:
    attr = KIND_INFO_FIELD.get(card.kind)
    info = getattr(card, attr) if attr else None
    if attr is None or info is None:
        return None
    names = _DETAIL_FIELDS.get(attr)
    if names is None:
        names = _DETAIL_FIELDS[attr] = tuple(field_names(type(info)))
    result: dict[str, Any] = {}
    for name in names:
        value = getattr(info, name)
        result[name] = list(value) if isinstance(value, list) else _finite(value)
    return attr, result


def _card_dict(card: Card, order: int) -> dict[str, Any]:
    result: dict[str, Any] = {
        "id": card.id, "kind": card.kind, "stage": card.stage, "step": card.step,
        "lane": card.lane, "order": order, "text": card.text, "notes": card.notes,
        "color": card.color, "tags": list(card.tags), "votes": card.votes,
        "author": card.author,
    }
    detail = _detail_dict(card)
    if detail is not None:
        result[detail[0]] = detail[1]
    return result


def _persona_dict(persona: Persona) -> dict[str, Any]:
    result: dict[str, Any] = {"id": persona.id}
    for name in _PERSONA_TEXT_FIELDS:
        result[name] = getattr(persona, name)
    for name in LIST_FIELDS_OF_PERSONA:
        result[name] = list(getattr(persona, name))
    segment, empathy = persona.segment, persona.empathy
    result["segment"] = {"age_group": segment.age_group, "region": segment.region,
                         "purchase_pattern": segment.purchase_pattern}
    result["empathy"] = {name: list(getattr(empathy, name))
                         for name in ("says", "thinks", "does", "feels", "pains", "gains")}
    return result


def map_to_dict(journey: JourneyMap) -> dict[str, Any]:
    """The map as plain JSON-ready data in the current schema (a fresh structure)."""
    cards: list[dict[str, Any]] = []
    for cell in journey.cells():
        for order, card in enumerate(journey.cards_in(cell)):
            cards.append(_card_dict(card, order))
    emotions: list[dict[str, Any]] = []
    points = journey.points()
    for persona in journey.personas:
        for stage_id, step_id in points:
            emotion = journey.emotions.get((persona.id, stage_id, step_id))
            if emotion is not None:
                emotions.append({
                    "persona": emotion.persona, "stage": emotion.stage, "step": emotion.step,
                    "score": emotion.score, "to_be": emotion.to_be, "label": emotion.label,
                    "note": emotion.note,
                })
    return {
        "schema_version": SCHEMA_VERSION,
        "generator": f"cjm-desktop {__version__}",
        "map": {name: getattr(journey.info, name) for name in _INFO_FIELDS},
        "stages": [{
            "id": stage.id, "name": stage.name, "description": stage.description,
            "goal": stage.goal, "desired_experience": stage.desired_experience,
            "color": stage.color,
            "steps": [{"id": step.id, "name": step.name, "description": step.description}
                      for step in stage.steps],
        } for stage in journey.stages],
        "lanes": [{"id": lane.id, "kind": lane.kind, "title": lane.title,
                   "height": _finite(lane.height)} for lane in journey.lanes],
        "personas": [_persona_dict(persona) for persona in journey.personas],
        "cards": cards,
        "emotions": emotions,
        "checklist": [{"question": item.question, "answer": item.answer, "note": item.note}
                      for item in journey.checklist],
        "workshop": workshop_dict(journey),
        "comments": [{"id": c.id, "target": c.target, "author": c.author, "time": c.time,
                      "text": c.text, "resolved": c.resolved} for c in journey.comments],
    }


def encode(data: Any) -> str:
    """Exactly ``json.dumps(data, ensure_ascii=False, indent=2)``, about twice as fast.

    (The standard encoder drops to pure Python generators whenever ``indent`` is set.)"""
    out: list[str] = []
    put = out.append

    def write(value: Any, pad: str) -> None:
        if isinstance(value, str):
            put(_quote(value))
        elif value is None:
            put("null")
        elif value is True:
            put("true")
        elif value is False:
            put("false")
        elif isinstance(value, int):
            put(int.__repr__(value))
        elif isinstance(value, float):
            if not math.isfinite(value):
                raise ValueError("JSON cannot hold NaN or infinity")
            put(float.__repr__(value))
        elif isinstance(value, dict):
            if not value:
                put("{}")
                return
            inner = pad + "  "
            separator = "{\n" + inner
            for key, item in value.items():
                put(separator)
                put(_quote(key))
                put(": ")
                write(item, inner)
                separator = ",\n" + inner
            put("\n" + pad + "}")
        elif isinstance(value, list | tuple):
            if not value:
                put("[]")
                return
            inner = pad + "  "
            separator = "[\n" + inner
            for item in value:
                put(separator)
                write(item, inner)
                separator = ",\n" + inner
            put("\n" + pad + "]")
        else:
            raise TypeError(f"cannot write {type(value).__name__} to JSON")

    write(data, "")
    return "".join(out)


def dumps(journey: JourneyMap) -> str:
    """The map as the text of a ``.cjm.json`` file."""
    return encode(map_to_dict(journey)) + "\n"


class MapTooLarge(OSError):
    """The map's file would exceed :data:`MAX_FILE_BYTES`: nothing was written.

    An OSError (EFBIG) so every caller that reports a failed save reports this one too."""

    def __init__(self, size: int) -> None:
        super().__init__(errno.EFBIG, f"the map is too large to save ({megabytes(size)}); "
                         f"maps up to {megabytes(MAX_FILE_BYTES)} can be saved and opened")
        self.size = size


def check_writable(data: bytes) -> bytes:
    """``data`` if a map file of that size can be opened again; raises MapTooLarge otherwise.

    What the app writes it can always read: one limit for both."""
    if len(data) > MAX_FILE_BYTES:
        raise MapTooLarge(len(data))
    return data


def map_bytes(journey: JourneyMap) -> bytes:
    """The bytes of the map's ``.cjm.json`` file, checked against the size limit."""
    # A lone surrogate (possible in pasted text) cannot be UTF-8: it becomes U+FFFD.
    return check_writable(dumps(journey).encode("utf-8", errors="replace"))


def save_map(journey: JourneyMap, path: str | os.PathLike[str],
             expected: FileStamp | None = None) -> FileStamp:
    """Write the map to ``path`` atomically. Raises OSError; the old file then survives.

    A map over the size limit raises :class:`MapTooLarge` and nothing is written. With
    ``expected`` (what was last read or written there), a file changed since raises
    :class:`DiskConflict` and is left alone. Returns the stamp of what was written. Nothing
    in the map changes (the caller sets ``info.modified`` if it wants to)."""
    data = map_bytes(journey)
    check = None if expected is None else (lambda target: check_unchanged(target, expected))
    atomic_write_bytes(path, data, before_replace=check)
    info = None
    with contextlib.suppress(OSError):
        info = os.stat(path)
    return FileStamp.of(info, data)


# ----- reading ----------------------------------------------------------------------------
def map_from_dict(data: Any, path: str = "<memory>") -> JourneyMap:
    """Build a map from parsed JSON of any supported schema version (migrating old ones)."""
    path = str(path)
    if not isinstance(data, dict):
        raise MapFileError(path, "", "not a journey map: the file must hold a JSON object")
    if "schema_version" not in data:
        raise MapFileError(path, "$.schema_version",
                           "missing: this is not a CJM Desktop map (no schema_version)")
    version = data["schema_version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise MapFileError(path, "$.schema_version", "the schema version must be a whole number")
    if version > SCHEMA_VERSION:
        raise MapFileError(
            path, "$.schema_version", "this map was written by a newer version of CJM Desktop "
            f"(schema {version}); this version reads up to {SCHEMA_VERSION} — please update")
    if version not in MIGRATIONS and version != SCHEMA_VERSION:
        raise MapFileError(path, "$.schema_version", f"unknown schema version {version}")
    while version < SCHEMA_VERSION:
        try:
            data = MIGRATIONS[version](data, path)
        except (TypeError, ValueError, KeyError, AttributeError, IndexError) as error:
            # A migration only reshapes what it recognises; should one still trip over a
            # shape it did not foresee, say so as the documented error, not a traceback.
            raise MapFileError(path, "$", f"this schema-{version} map cannot be brought up "
                               f"to date: unexpected data ({type(error).__name__})") from None
        version += 1
    try:
        return MapReader(path).read(data)
    except RecursionError:
        raise MapFileError(path, "", "the data is nested too deeply") from None


def _decode(raw: bytes, path: str) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        line_start = raw.rfind(b"\n", 0, error.start) + 1
        column = len(raw[line_start:error.start].decode("utf-8", errors="replace")) + 1
        raise MapFileError(path, f"line {line}, column {column}",
                           "the file is not valid UTF-8 text") from None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in a map file")


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object of the file; a key given twice is refused (the last would silently win)."""
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return result


def _duplicate_place(text: str, key: str) -> str:
    """``line L, column C`` of the second ``"key":`` in ``text`` (best effort), or ""."""
    pattern = re.compile(re.escape(json.dumps(key, ensure_ascii=False)) + r"\s*:")
    matches = pattern.finditer(text)
    for count, match in enumerate(matches):
        if count == 1:
            line = text.count("\n", 0, match.start()) + 1
            column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
            return f"line {line}, column {column}"
    return ""


def _parse(text: str, path: str) -> Any:
    if not text.strip():
        raise MapFileError(path, "", "the file is empty")
    try:
        data = json.loads(text, parse_constant=_reject_constant,
                          object_pairs_hook=_unique_keys)
    except _DuplicateKey as error:
        raise MapFileError(path, _duplicate_place(text, error.key),
                           f"not valid JSON: the key {clip(error.key)} appears twice in one "
                           "object (a map file names each key once)") from None
    except json.JSONDecodeError as error:
        raise MapFileError(path, f"line {error.lineno}, column {error.colno}",
                           f"not valid JSON: {error.msg}") from None
    except RecursionError:
        raise MapFileError(path, "", "the data is nested too deeply") from None
    except MemoryError:
        raise MapFileError(path, "", "the file is too large to read") from None
    except ValueError as error:  # over-long integers, NaN/Infinity
        reason = str(error)
        if "digits" in reason:  # Python's int limit; its hint is not for the person
            reason = "a number has too many digits"
        raise MapFileError(path, "", f"not valid JSON: {reason}") from None
    if _LONE_SURROGATE_ESCAPE.search(text):
        try:
            json.dumps(data, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise MapFileError(path, "", "the text holds an invalid character escape "
                               "(a lone \\ud800–\\udfff surrogate)") from None
        except RecursionError:
            raise MapFileError(path, "", "the data is nested too deeply") from None
    return data


def loads(text: str | bytes, path: str = "<memory>") -> JourneyMap:
    """Read a map from the text (or UTF-8 bytes) of a ``.cjm.json`` file."""
    path = str(path)
    if isinstance(text, bytes | bytearray):
        text = _decode(bytes(text), path)
    return map_from_dict(_parse(text, path), path)


def load_map(path: str | os.PathLike[str]) -> JourneyMap:
    """Read a ``.cjm.json`` file. Every failure is a :class:`MapFileError`."""
    return load_map_and_stamp(path)[0]


def load_map_and_stamp(path: str | os.PathLike[str]) -> tuple[JourneyMap, FileStamp]:
    """Like :func:`load_map`, with the stamp of the very bytes that were read."""
    name = os.fspath(path)
    name = name if isinstance(name, str) else os.fsdecode(name)
    raw, info = read_regular_file_with_stat(name, MAX_FILE_BYTES, "a map file")
    return loads(raw, name), FileStamp.of(info, raw)
