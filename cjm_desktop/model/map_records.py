"""A journey map as flat records by stable id: the common ground of compare and merge.

:func:`records_of` turns a map into a :data:`Records` table: for every entity kind, an
ordered ``key → record`` mapping where a record maps a field path (``"name"``,
``"touchpoint.channel"``, ``"empathy.says"``) to an immutable value (lists become tuples).
The mapping's order is the map's order (stages left to right, steps within their stage,
cards in reading order within their cell). :func:`map_of` builds a map back from such a
table, repairing what a merge can leave inconsistent (a card whose step is gone goes to its
stage's first step, links to missing cards are dropped) so building never fails.

Every kind is one :class:`Kind` entry of :data:`KINDS`: its name, how to read records, how
to put one back, which fields refer to records of other kinds (a card needs its stage, step
and lane) and which field groups its order (a card's order counts within its cell). Adding
an entity kind to compare and merge is adding one entry here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, fields, is_dataclass
from typing import Any

from .base import ModelError
from .entities import (
    KIND_INFO_FIELD,
    Card,
    ChecklistItem,
    Comment,
    Emotion,
    Lane,
    Persona,
    Stage,
    Step,
    set_path,
)
from .journey import JourneyMap
from .vocab import LaneKind

Key = Any  # an id, or a tuple for emotions (persona, stage, step)
Record = dict[str, Any]
Records = dict[str, dict[Key, Record]]

# Map-info fields that every save rewrites: they never count as a difference or a conflict.
VOLATILE_INFO_FIELDS = frozenset({"modified"})


def _frozen(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return tuple(_frozen(v) for v in value)
    return value


def _thawed(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_thawed(v) for v in value]
    return value


def flatten(obj: Any, prefix: str = "", skip: frozenset[str] = frozenset()) -> Record:
    """The fields of a dataclass by dotted path, nested dataclasses flattened."""
    result: Record = {}
    for f in fields(obj):
        if f.name in skip:
            continue
        value = getattr(obj, f.name)
        path = prefix + f.name
        if is_dataclass(value) and not isinstance(value, type):
            result.update(flatten(value, path + "."))
        else:
            result[path] = _frozen(value)
    return result


def _assign(target: Any, record: Record, skip: frozenset[str] = frozenset()) -> None:
    for path, value in record.items():
        if path in skip:
            continue
        try:
            set_path(target, path, _thawed(value))
        except AttributeError:
            continue  # a field this version does not know: nothing to put it in


# ----- reading ------------------------------------------------------------------------------
def _read_info(journey: JourneyMap) -> dict[Key, Record]:
    return {"map": flatten(journey.info)}


def _read_stages(journey: JourneyMap) -> dict[Key, Record]:
    return {stage.id: flatten(stage, skip=frozenset({"id", "steps"})) for stage in journey.stages}


def _read_steps(journey: JourneyMap) -> dict[Key, Record]:
    return {step.id: {"stage": stage.id, **flatten(step, skip=frozenset({"id"}))}
            for stage in journey.stages for step in stage.steps}


def _read_lanes(journey: JourneyMap) -> dict[Key, Record]:
    return {lane.id: flatten(lane, skip=frozenset({"id"})) for lane in journey.lanes}


def _read_personas(journey: JourneyMap) -> dict[Key, Record]:
    return {p.id: flatten(p, skip=frozenset({"id"})) for p in journey.personas}


_CARD_DETAILS = frozenset(KIND_INFO_FIELD.values())


def card_record(card: Card) -> Record:
    record = flatten(card, skip=frozenset({"id"} | _CARD_DETAILS))
    attr = KIND_INFO_FIELD.get(card.kind)
    info = getattr(card, attr) if attr else None
    if attr is not None and info is not None:
        record.update(flatten(info, attr + "."))
    return record


def _read_cards(journey: JourneyMap) -> dict[Key, Record]:
    return {card.id: card_record(card) for card in journey.ordered_cards()}


def _read_emotions(journey: JourneyMap) -> dict[Key, Record]:
    result: dict[Key, Record] = {}
    for persona in journey.personas:
        for stage_id, step_id in journey.points():
            emotion = journey.emotions.get((persona.id, stage_id, step_id))
            if emotion is not None:
                result[emotion.key] = flatten(
                    emotion, skip=frozenset({"persona", "stage", "step"}))
    return result


def _read_comments(journey: JourneyMap) -> dict[Key, Record]:
    return {c.id: flatten(c, skip=frozenset({"id"})) for c in journey.comments}


def _read_checklist(journey: JourneyMap) -> dict[Key, Record]:
    return {item.question: flatten(item, skip=frozenset({"question"}))
            for item in journey.checklist}


# ----- building -----------------------------------------------------------------------------
def _put_info(journey: JourneyMap, key: Key, record: Record) -> None:
    _assign(journey.info, record)


def _put_stage(journey: JourneyMap, key: Key, record: Record) -> None:
    stage = Stage(id=key)
    _assign(stage, record)
    journey.add_stage(stage)


def _put_step(journey: JourneyMap, key: Key, record: Record) -> None:
    step = Step(id=key)
    _assign(step, record, skip=frozenset({"stage"}))
    journey.add_step(record["stage"], step)


def _put_lane(journey: JourneyMap, key: Key, record: Record) -> None:
    lane = Lane(id=key)
    _assign(lane, record)
    journey.add_lane(lane)


def _put_persona(journey: JourneyMap, key: Key, record: Record) -> None:
    persona = Persona(id=key)
    _assign(persona, record)
    journey.add_persona(persona)


def _put_card(journey: JourneyMap, key: Key, record: Record) -> None:
    card = Card(id=key, kind=record.get("kind", "note"))
    _assign(card, record, skip=frozenset({"kind"}))
    stage = journey.stage(card.stage)
    steps = [step.id for step in stage.steps]
    if card.step not in steps:
        card.step = steps[0] if steps else None
    if journey.lane(card.lane).kind == LaneKind.EMOTIONS.value:
        others = [lane.id for lane in journey.lanes if lane.kind != LaneKind.EMOTIONS.value]
        if not others:
            return
        card.lane = others[0]
    if card.pain_point is not None:
        card.pain_point.touchpoint = None  # links are put back once every card exists
    if card.opportunity is not None:
        card.opportunity.pain_points = []
    journey.add_card(card)


def _link_cards(journey: JourneyMap, cards: dict[Key, Record]) -> None:
    """Put back the links between cards (links to cards that are not there are dropped)."""
    for card_id, record in cards.items():
        card = journey.cards.get(card_id)
        if card is None:
            continue
        touchpoint = record.get("pain_point.touchpoint")
        if card.pain_point is not None and touchpoint:
            target = journey.cards.get(touchpoint)
            if target is not None and target.kind == "touchpoint":
                card.pain_point.touchpoint = touchpoint
        pains = record.get("opportunity.pain_points")
        if card.opportunity is not None and pains:
            card.opportunity.pain_points = [
                v for v in pains if getattr(journey.cards.get(v), "kind", "") == "pain_point"]


def _put_emotion(journey: JourneyMap, key: Key, record: Record) -> None:
    persona_id, stage_id, step_id = key
    emotion = Emotion(persona_id, stage_id, step_id)
    _assign(emotion, record)
    if not emotion.is_empty():
        journey.emotions[emotion.key] = emotion


def _put_checklist(journey: JourneyMap, key: Key, record: Record) -> None:
    for item in journey.checklist:
        if item.question == key:
            _assign(item, record)
            return
    item = ChecklistItem(question=key)
    _assign(item, record)
    journey.checklist.append(item)


def _put_comment(journey: JourneyMap, key: Key, record: Record) -> None:
    comment = Comment(id=key, target=record.get("target", ""))
    _assign(comment, record)
    journey.add_comment(comment)


@dataclass(frozen=True)
class Kind:
    """One entity kind as compare and merge see it."""

    name: str
    read: Callable[[JourneyMap], dict[Key, Record]]
    put: Callable[[JourneyMap, Key, Record], None]
    # (field, kind): a record needs the record of that kind its field names. For a tuple
    # key (emotions), the field is the key's position as text ("0" persona, "1" stage, …).
    needs: tuple[tuple[str, str], ...] = ()
    # Order matters within records of equal value in this field (None: one sequence;
    # "" : order carries no meaning, as for map info or emotions).
    order_by: str | None = ""
    text_field: str = ""  # the field that names a record in a readable list


KINDS: tuple[Kind, ...] = (
    Kind("info", _read_info, _put_info),
    Kind("stage", _read_stages, _put_stage, order_by=None, text_field="name"),
    Kind("step", _read_steps, _put_step, needs=(("stage", "stage"),), order_by="stage",
         text_field="name"),
    Kind("lane", _read_lanes, _put_lane, order_by=None, text_field="title"),
    Kind("persona", _read_personas, _put_persona, order_by=None, text_field="name"),
    Kind("card", _read_cards, _put_card,
         needs=(("stage", "stage"), ("step", "step"), ("lane", "lane")),
         order_by="cell", text_field="text"),
    Kind("emotion", _read_emotions, _put_emotion,
         needs=(("0", "persona"), ("1", "stage"), ("2", "step"))),
    Kind("checklist", _read_checklist, _put_checklist),
    # comments keep their thread order; one on a deleted target is kept (model.comments)
    Kind("comment", _read_comments, _put_comment, order_by=None, text_field="text"),
)
KIND_BY_NAME: dict[str, Kind] = {kind.name: kind for kind in KINDS}


def order_group(kind: Kind, record: Record) -> Any:
    """The group inside which a record's position counts (its cell, for a card)."""
    if kind.order_by == "cell":
        return (record.get("stage"), record.get("step"), record.get("lane"))
    if kind.order_by:
        return record.get(kind.order_by)
    return None


def records_of(journey: JourneyMap) -> Records:
    """The map as flat records, kind by kind, in the map's order."""
    return {kind.name: kind.read(journey) for kind in KINDS}


def map_of(records: Records) -> JourneyMap:
    """A new map holding ``records`` (kinds built in :data:`KINDS` order); a record whose
    stage, lane or persona is missing, or that the map refuses (an id already taken by a
    record of another kind), is left out — ``merge`` gives clashing new ids fresh ones first."""
    journey = JourneyMap()
    journey.checklist = []
    for kind in KINDS:
        for key, record in records.get(kind.name, {}).items():
            if _needs_met(journey, kind, key, record):
                with contextlib.suppress(ModelError):  # e.g. one id on two kinds of record
                    kind.put(journey, key, record)
    _link_cards(journey, records.get("card", {}))
    return journey


def _needs_met(journey: JourneyMap, kind: Kind, key: Key, record: Record) -> bool:
    lookups: dict[str, Callable[[str], Any]] = {
        "stage": journey.stage, "lane": journey.lane, "persona": journey.persona}
    try:
        for field, needed in kind.needs:
            if needed in lookups:
                value: Any = key[int(field)] if field.isdigit() else record.get(field)
                lookups[needed](value)
        if kind.name == "emotion":
            journey._check_point(journey.stage(key[1]), key[2])
    except ModelError:
        return False
    return True


__all__ = ["KINDS", "KIND_BY_NAME", "VOLATILE_INFO_FIELDS", "Key", "Kind", "Record", "Records",
           "card_record", "flatten", "map_of", "order_group", "records_of"]

