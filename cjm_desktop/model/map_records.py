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
an entity kind to compare and merge is adding one entry here. The workshop plan is one kind
(its title under :data:`PLAN_KEY`, its activities by position) and finished dot votes
another, keyed by their content (:func:`tally_key`) since a saved vote never changes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, fields
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
from .voting import VoteScope, VoteSettings, VoteTally
from .workshop_plan import Activity, ActivityKind, ActivityVote, WorkshopPlan

Key = Any  # an id, or a tuple for emotions (persona, stage, step)
Record = dict[str, Any]
Records = dict[str, dict[Key, Record]]

# The workshop plan's own record (its title) in the "plan" kind; its activities are keyed
# by their position (1, 2, …), so an activity edited on one side merges field by field.
PLAN_KEY = "plan"

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


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


def flatten(obj: Any, prefix: str = "", skip: frozenset[str] = frozenset()) -> Record:
    """The fields of a dataclass by dotted path, nested dataclasses flattened. (Field names
    are looked up once per class: a live session reads every card of the map per change.)"""
    result: Record = {}
    for name in _field_names(type(obj)):
        if name in skip:
            continue
        value = getattr(obj, name)
        path = prefix + name
        if hasattr(type(value), "__dataclass_fields__"):  # a dataclass instance
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


def _read_plan(journey: JourneyMap) -> dict[Key, Record]:
    plan = journey.workshop_plan
    if plan is None:
        return {}
    result: dict[Key, Record] = {PLAN_KEY: {"title": plan.title}}
    for number, activity in enumerate(plan.activities, start=1):
        result[number] = flatten(activity)
    return result


def tally_key(record: Record) -> str:
    """A vote tally's key: a digest of its content, so two different tallies added on the
    two sides of a merge have different keys and are both kept (a tally never changes)."""
    text = json.dumps(sorted(record.items()), ensure_ascii=False, default=str)
    return "v" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def _read_votes(journey: JourneyMap) -> dict[Key, Record]:
    result: dict[Key, Record] = {}
    for tally in journey.vote_tallies:
        record = flatten(tally)
        key, repeat = tally_key(record), 1
        while key in result:  # the very same vote saved twice: keep both
            repeat += 1
            key = f"{tally_key(record)}-{repeat}"
        result[key] = record
    return result


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


def _put_plan(journey: JourneyMap, key: Key, record: Record) -> None:
    if journey.workshop_plan is None:
        journey.workshop_plan = WorkshopPlan()
    if key == PLAN_KEY:
        journey.workshop_plan.title = str(record.get("title") or "")
        return
    activity = Activity(title=str(record.get("title") or ""))
    _assign(activity, record, skip=frozenset({"vote", "kind"}) | {
        path for path in record if path.startswith("vote.")})
    activity.kind = ActivityKind(record.get("kind") or ActivityKind.CAPTURE)
    activity.vote = None
    if activity.kind is ActivityKind.VOTE:  # a merge may mix one side's kind, other's vote
        vote = ActivityVote()
        _assign(vote, {path[5:]: value for path, value in record.items()
                       if path.startswith("vote.") and value is not None})
        vote.scope = VoteScope(vote.scope)
        activity.vote = vote
    journey.workshop_plan.activities.append(activity)


def _put_vote(journey: JourneyMap, key: Key, record: Record) -> None:
    tally = VoteTally(title=str(record.get("title") or ""), settings=VoteSettings())
    _assign(tally, record, skip=frozenset({"title", "dots"}))
    tally.settings.scope = VoteScope(tally.settings.scope)
    tally.dots = [(str(who), str(card)) for who, card in record.get("dots") or ()]
    journey.vote_tallies.append(tally)


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
    # the workshop plan: its title (PLAN_KEY) and its activities by position
    Kind("plan", _read_plan, _put_plan, order_by=None, text_field="title"),
    # finished dot votes, oldest first, keyed by content (tally_key)
    Kind("vote", _read_votes, _put_vote, order_by=None, text_field="title"),
)
KIND_BY_NAME: dict[str, Kind] = {kind.name: kind for kind in KINDS}


def order_group(kind: Kind, record: Record) -> Any:
    """The group inside which a record's position counts (its cell, for a card)."""
    if kind.order_by == "cell":
        return (record.get("stage"), record.get("step"), record.get("lane"))
    if kind.order_by:
        return record.get(kind.order_by)
    return None


def records_of(journey: JourneyMap, card_records: dict[str, Record] | None = None) -> Records:
    """The map as flat records, kind by kind, in the map's order. ``card_records``: the
    records of cards that have not changed since they were read (by card id; filled in
    here), for a caller that reads the map after every change and knows which cards each
    change touched (editing.Document)."""
    if card_records is None:
        return {kind.name: kind.read(journey) for kind in KINDS}
    records: Records = {}
    for kind in KINDS:
        if kind.name == "card":
            records["card"] = {
                card.id: card_records[card.id] if card.id in card_records
                else card_records.setdefault(card.id, card_record(card))
                for card in journey.ordered_cards()}
        else:
            records[kind.name] = kind.read(journey)
    return records


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


__all__ = ["KINDS", "KIND_BY_NAME", "PLAN_KEY", "VOLATILE_INFO_FIELDS", "Key", "Kind", "Record",
           "Records", "card_record", "flatten", "map_of", "order_group", "records_of", "tally_key"]

