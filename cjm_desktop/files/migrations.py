"""Schema versions of the native format and the migrations from older ones.

``MIGRATIONS[n]`` turns parsed data of version ``n`` into version ``n + 1``; the loader
applies the chain until the current :data:`SCHEMA_VERSION`. A migration never changes its
input, and only reshapes what it recognises: anything else passes on unchanged, and the
current-version reader then reports it with its JSON path.

Version 1 (the first public format) differed from version 2 in four ways:

- the map's fields (``title``, ``description``, ``owner``, ``language``, ``scenario``,
  ``created``, ``modified``) sat at the top level instead of in a ``map`` object;
- each persona held its emotions as ``"emotions": {stage id: score}`` (one score per stage,
  no to-be score, label or note) instead of the top-level ``emotions`` list;
- cards had no ``order``: their order in a cell was their order in the list;
- a pain point's ``category`` was written as a Korean word (재정, 생산성, 프로세스, 지원).

Version 2 differed from version 3 in one way: a KPI card's detail had no ``direction``
("higher" or "lower" is better); migrating gives every KPI "higher", the default.

Version 3 differed from version 4 in one way: there was no ``workshop`` object (the saved
workshop plan and the per-participant tallies of finished dot votes); migrating adds an
empty one (no plan, no votes).

Version 4 differed from version 5 in one way: a card had no ``author`` (the name a workshop
participant gave with a note sent from a phone); migrating gives every card ``""``
(unknown). The version was raised so that an older editor refuses a map with authors
instead of dropping them silently on its next save.

Version 5 differed from version 6 in one way: there were no ``comments`` (threads on
cards, stages and personas); migrating adds an empty list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..model.vocab import PainCategory
from .json_fields import Context, score, show

SCHEMA_VERSION = 6

Migration = Callable[[dict[str, Any], str], dict[str, Any]]

_V1_INFO_KEYS = ("title", "description", "owner", "version_label", "review_date", "language",
                 "scenario", "created", "modified")
_V1_CATEGORIES = {
    "재정": PainCategory.FINANCIAL.value,
    "생산성": PainCategory.PRODUCTIVITY.value,
    "프로세스": PainCategory.PROCESS.value,
    "지원": PainCategory.SUPPORT.value,
}


def migrate_1_to_2(data: dict[str, Any], path: str) -> dict[str, Any]:
    ctx = Context(path)
    result: dict[str, Any] = {"schema_version": 2}
    if "generator" in data:
        result["generator"] = data["generator"]
    result["map"] = {key: data[key] for key in _V1_INFO_KEYS if key in data}
    for key in ("stages", "lanes"):
        if key in data:
            result[key] = data[key]
    first_steps = _first_steps(data.get("stages"))
    personas, emotions = _split_emotions(ctx, data.get("personas"), first_steps)
    if personas is not None:
        result["personas"] = personas
    result["emotions"] = emotions
    if "cards" in data:
        result["cards"] = _ordered_cards(data["cards"])
    if "checklist" in data:
        result["checklist"] = data["checklist"]
    return result


def _first_steps(stages: Any) -> dict[str, str | None]:
    """Each stage id with the id of its first step (None when it has no steps)."""
    result: dict[str, str | None] = {}
    if not isinstance(stages, list):
        return result
    for stage in stages:
        if isinstance(stage, dict) and isinstance(stage.get("id"), str):
            steps = stage.get("steps")
            first = steps[0] if isinstance(steps, list) and steps else None
            result[stage["id"]] = first.get("id") if isinstance(first, dict) else None
    return result


def _split_emotions(ctx: Context, personas: Any, first_steps: dict[str, str | None],
                    ) -> tuple[Any, list[dict[str, Any]]]:
    emotions: list[dict[str, Any]] = []
    if not isinstance(personas, list):
        return personas, emotions
    result: list[Any] = []
    for index, persona in enumerate(personas):
        if not isinstance(persona, dict) or "emotions" not in persona:
            result.append(persona)
            continue
        where = f"$.personas[{index}].emotions"
        scores = ctx.obj(persona["emotions"], where)
        for stage_id, value in scores.items():
            if stage_id not in first_steps:
                ctx.fail(where, f"there is no stage {show(stage_id)} in this map")
            value = score(ctx, value, f"{where}.{stage_id}")
            # Version 1 scored whole stages: a stage with steps gives the score to its first.
            emotions.append({"persona": persona.get("id"), "stage": stage_id,
                             "step": first_steps[stage_id], "score": value})
        result.append({key: value for key, value in persona.items() if key != "emotions"})
    return result, emotions


def _ordered_cards(cards: Any) -> Any:
    if not isinstance(cards, list):
        return cards
    counters: dict[tuple[Any, ...], int] = {}
    result: list[Any] = []
    for card in cards:
        if not isinstance(card, dict):
            result.append(card)
            continue
        card = dict(card)
        cell = tuple(value if isinstance(value, str) or value is None else "\0"
                     for value in (card.get("stage"), card.get("step"), card.get("lane")))
        card["order"] = counters.get(cell, 0)
        counters[cell] = card["order"] + 1
        detail = card.get("pain_point")
        if (isinstance(detail, dict) and isinstance(detail.get("category"), str)
                and detail["category"] in _V1_CATEGORIES):
            card["pain_point"] = {**detail, "category": _V1_CATEGORIES[detail["category"]]}
        result.append(card)
    return result


def migrate_2_to_3(data: dict[str, Any], path: str) -> dict[str, Any]:
    """Give every KPI card the direction "higher" (what schema 2 meant); nothing else."""
    result = dict(data)
    result["schema_version"] = 3
    cards = data.get("cards")
    if isinstance(cards, list):
        result["cards"] = [_with_direction(card) for card in cards]
    return result


def _with_direction(card: Any) -> Any:
    if not isinstance(card, dict) or card.get("kind") != "kpi":
        return card
    detail = card.get("kpi")
    if not isinstance(detail, dict) or "direction" in detail:
        return card
    return {**card, "kpi": {**detail, "direction": "higher"}}


def migrate_3_to_4(data: dict[str, Any], path: str) -> dict[str, Any]:
    """Add an empty ``workshop`` object (no plan, no finished votes); nothing else."""
    result = dict(data)
    result["schema_version"] = 4
    if "workshop" not in result:
        result["workshop"] = {"plan": None, "votes": []}
    return result


def migrate_4_to_5(data: dict[str, Any], path: str) -> dict[str, Any]:
    """Give every card the author "" (unknown: schema 4 had no authors); nothing else."""
    result = dict(data)
    result["schema_version"] = 5
    cards = data.get("cards")
    if isinstance(cards, list):
        result["cards"] = [{**card, "author": card.get("author", "")}
                           if isinstance(card, dict) else card for card in cards]
    return result


def migrate_5_to_6(data: dict[str, Any], path: str) -> dict[str, Any]:
    """Add the empty ``comments`` list of schema 6; nothing else changes."""
    result = dict(data)
    result["schema_version"] = 6
    result.setdefault("comments", [])
    return result


MIGRATIONS: dict[int, Migration] = {1: migrate_1_to_2, 2: migrate_2_to_3, 3: migrate_3_to_4,
                                  4: migrate_4_to_5, 5: migrate_5_to_6}
