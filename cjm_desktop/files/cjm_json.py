"""The native file format ``*.cjm.json``: write a map to JSON and read it back.

Writing is deterministic (key order = field order, cards in reading order, two-space
indent, Korean kept as text, trailing newline), so saving twice gives identical bytes and
maps diff well. Reading accepts only what the format allows and reports every problem as
one :class:`MapFileError` naming the place; older schema versions are migrated first
(see ``migrations``). The format is documented in docs/file-format.md.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from json.encoder import encode_basestring as _quote  # type: ignore[attr-defined]
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
from .errors import MapFileError
from .json_reader import MapReader
from .migrations import MIGRATIONS, SCHEMA_VERSION

MAX_FILE_BYTES = 200 * 1024 * 1024
_INFO_FIELDS = tuple(field_names(_MapInfo))
_PERSONA_TEXT_FIELDS = ("name", "color", "photo", "age", "gender", "occupation", "location",
                        "family", "income", "urban_rural", "quote", "bio", "personality")
_DETAIL_FIELDS: dict[str, tuple[str, ...]] = {}
_LONE_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")

__all__ = ["MAX_FILE_BYTES", "SCHEMA_VERSION", "dumps", "load_map", "loads", "map_from_dict",
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


def save_map(journey: JourneyMap, path: str | os.PathLike[str]) -> None:
    """Write the map to ``path`` atomically. Raises OSError; the old file then survives.

    Nothing in the map changes (the caller sets ``info.modified`` if it wants to)."""
    # A lone surrogate (possible in pasted text) cannot be UTF-8: it becomes U+FFFD.
    data = dumps(journey).encode("utf-8", errors="replace")
    atomic_write_bytes(path, data)


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
        data = MIGRATIONS[version](data, path)
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


def _parse(text: str, path: str) -> Any:
    if not text.strip():
        raise MapFileError(path, "", "the file is empty")
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        raise MapFileError(path, f"line {error.lineno}, column {error.colno}",
                           f"not valid JSON: {error.msg}") from None
    except RecursionError:
        raise MapFileError(path, "", "the data is nested too deeply") from None
    except MemoryError:
        raise MapFileError(path, "", "the file is too large to read") from None
    except ValueError as error:  # over-long integers, NaN/Infinity
        raise MapFileError(path, "", f"not valid JSON: {error}") from None
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
    name = os.fspath(path)
    name = name if isinstance(name, str) else os.fsdecode(name)
    try:
        info = os.stat(name)
        if stat.S_ISDIR(info.st_mode):
            raise MapFileError(name, "", "this is a folder, not a map file")
        if not stat.S_ISREG(info.st_mode):
            raise MapFileError(name, "", "this is not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise MapFileError(name, "", f"the file is too large ({info.st_size // 2**20} MB);"
                               f" maps up to {MAX_FILE_BYTES // 2**20} MB can be opened")
        with open(name, "rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise MapFileError(name, "", "no such file") from None
    except PermissionError:
        raise MapFileError(name, "", "permission denied: the file cannot be read") from None
    except IsADirectoryError:
        raise MapFileError(name, "", "this is a folder, not a map file") from None
    except MemoryError:
        raise MapFileError(name, "", "the file is too large to read") from None
    except (OSError, ValueError) as error:  # ValueError: a name with a NUL character
        reason = getattr(error, "strerror", None) or str(error)
        raise MapFileError(name, "", f"the file cannot be read: {reason}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise MapFileError(name, "", f"the file is too large; maps up to "
                           f"{MAX_FILE_BYTES // 2**20} MB can be opened")
    return loads(raw, name)
