"""Build a journey map from a plain table (rows of Stage, Lane, Text, … cells).

Used by the xlsx importer (a workbook that is not the app's own) and the CSV importer.
The header row names the columns, in Korean or English: every column of the cards table
(``card_columns``; e.g. 단계/Stage, 레인/행/Lane, 텍스트/내용/Text, 종류/Kind, 채널/Channel,
범주/카테고리/Category, 메모/Notes) plus 페르소나/Persona, 점수/Score, 목표 점수/To-be score
and 감정 라벨/Emotion label. Rules:

* stages, steps and lanes are created in order of first appearance; a lane's kind is
  guessed from its name (``vocab.parse``), else free text;
* a row with a Persona and a Score (−2…+2, half steps) sets that persona's emotion at the
  stage (step) instead of creating a card; an emotion lane is added if there is none;
* a card's kind comes from the Kind column, else from its kind-specific fields (a channel
  makes a touchpoint, a category a pain point, …), else from the lane's default;
* an ID column keeps card ids (so link columns keep working), new ids otherwise.

Every problem (unknown column, bad value, missing required cell) is collected with its
place; if there is any, one :class:`MapFileError` lists them and no map is returned.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from pathlib import PurePath
from typing import Any

from ..model import Card, JourneyMap, Lane, ModelError, Persona, Stage, Step
from ..model.vocab import DEFAULT_CARD_KIND, CardKind, EmotionLabel, LaneKind, label, parse
from .card_columns import COLUMN_BY_KEY, header_aliases, is_blank, kind_of_fields, read
from .errors import MapFileError

EXTRA_HEADERS: dict[str, str] = {
    "행": "lane", "내용": "text", "카테고리": "category", "유형": "kind", "비고": "notes",
    "persona": "persona", "페르소나": "persona", "score": "score", "점수": "score",
    "감정 점수": "score", "emotion score": "score", "to-be score": "to_be", "to-be": "to_be",
    "목표 점수": "to_be", "emotion label": "emotion_label", "감정 라벨": "emotion_label",
    "note": "notes", "comment": "notes",
}
MAX_LISTED = 5
PERSONA_COLORS = ["#E45756", "#4C78A8", "#54A24B", "#F58518", "#B279A2", "#72B7B2"]
HEADER_SEARCH_ROWS = 10

# (row number, column index or -1 for the whole row) -> "Sheet!C12", "row 12, column Kind"
Locate = Callable[[int, int], str]


def all_aliases() -> dict[str, str]:
    aliases = header_aliases()
    for name, key in EXTRA_HEADERS.items():
        aliases.setdefault(name.casefold(), key)
    return aliases


def header_keys(cells: list[Any]) -> list[str | None]:
    """Column key for each header cell (None: blank or unknown header)."""
    aliases = all_aliases()
    return [aliases.get(str(c).strip().casefold()) if not is_blank(c) else None for c in cells]


def looks_like_header(cells: list[Any]) -> bool:
    keys = set(header_keys(cells))
    return "stage" in keys and "text" in keys


def raise_problems(path: str, problems: list[tuple[str, str]]) -> None:
    """Raise one MapFileError for the collected ``(where, message)`` problems, if any."""
    if not problems:
        return
    where, message = problems[0]
    if len(problems) > 1:
        shown = "; ".join(f"{w}: {m}" for w, m in problems[1:MAX_LISTED])
        more = len(problems) - MAX_LISTED
        message += f" (and {len(problems) - 1} more problem{'s' * (len(problems) > 2)}: {shown}"
        message += f"; … {more} more)" if more > 0 else ")"
    error = MapFileError(path, where, message)
    error.problems = problems  # type: ignore[attr-defined]
    raise error


def _score(value: Any, what: str) -> float | None:
    if is_blank(value):
        return None
    try:
        number = float(str(value).strip().replace("−", "-"))
    except ValueError:
        raise ValueError(f"{what} must be a number from -2 to +2, not {value!r}") from None
    if not math.isfinite(number) or not -2 <= number <= 2 or number * 2 != int(number * 2):
        raise ValueError(f"{what} must be from -2 to +2 in steps of 0.5, not {value!r}")
    return number


class TableBuilder:
    def __init__(self, path: str, locate: Locate) -> None:
        self.path = path
        self.locate = locate
        self.problems: list[tuple[str, str]] = []
        self.journey = JourneyMap()
        self.reserved: set[str] = set()
        self.stages: dict[str, Stage] = {}
        self.steps: dict[tuple[str, str], Step] = {}
        self.stage_rows_without_step: dict[str, str] = {}
        self.lanes: dict[str, Lane] = {}
        self.lanes_with_cards: set[str] = set()
        self.personas: dict[str, Persona] = {}
        self.emotions: list[tuple[str, str, str | None, dict[str, Any], str]] = []
        self.cards: list[tuple[Card, dict[str, Any], str]] = []

    def problem(self, where: str, message: str) -> None:
        self.problems.append((where, message))

    def fresh(self, entity: str) -> str:
        while True:
            candidate = self.journey.new_id(entity)
            if candidate not in self.reserved:
                self.reserved.add(candidate)
                return candidate

    # ----- structure ------------------------------------------------------------------
    def stage(self, name: str) -> Stage:
        if name not in self.stages:
            self.stages[name] = Stage(id="", name=name)
        return self.stages[name]

    def step(self, stage_name: str, name: str) -> Step:
        key = (stage_name, name)
        if key not in self.steps:
            self.steps[key] = Step(id="", name=name)
            self.stage(stage_name).steps.append(self.steps[key])
        return self.steps[key]

    def lane(self, name: str) -> Lane:
        if name not in self.lanes:
            kind = parse(LaneKind, name) or LaneKind.FREE_TEXT
            self.lanes[name] = Lane(id="", kind=kind.value, title=name)
        return self.lanes[name]

    # ----- rows -----------------------------------------------------------------------
    def add_rows(self, keys: list[str | None], header: list[Any], header_row: int,
                 rows: Iterable[tuple[int, list[Any]]]) -> None:
        for index, (key, text) in enumerate(zip(keys, header, strict=False)):
            if key is None and not is_blank(text):
                self.problem(self.locate(header_row, index),
                             f"unknown column {str(text).strip()!r}")
        for needed in ("stage", "text"):
            if needed not in keys:
                self.problem(self.locate(header_row, 0),
                             f"the header row has no {COLUMN_BY_KEY[needed].en} column")
        if self.problems:
            return
        ids = [n for n, k in enumerate(keys) if k == "id"]
        rows = list(rows)
        if ids:
            self.reserved = {str(r[ids[0]]).strip() for _, r in rows
                             if ids[0] < len(r) and not is_blank(r[ids[0]])}
        for number, cells in rows:
            values: dict[str, Any] = {}
            places: dict[str, str] = {}
            for index, key in enumerate(keys):
                if key is not None and index < len(cells) and not is_blank(cells[index]):
                    values[key] = cells[index]
                    places[key] = self.locate(number, index)
            if values:
                self.add_row(number, values, places)

    def add_row(self, number: int, values: dict[str, Any], places: dict[str, str]) -> None:
        row_place = self.locate(number, -1)
        stage_name = str(values.get("stage", "")).strip()
        if not stage_name:
            self.problem(row_place, "the Stage cell is empty")
            return
        step_name = str(values.get("step", "")).strip()
        lane_name = str(values.get("lane", "")).strip()
        self.stage(stage_name)
        if step_name:
            self.step(stage_name, step_name)
        else:
            self.stage_rows_without_step.setdefault(stage_name, row_place)
        if "persona" in values or "score" in values or "to_be" in values:
            self.add_emotion_row(row_place, stage_name, step_name, lane_name, values, places)
            return
        if not lane_name:
            self.problem(row_place, "the Lane cell is empty")
        if "text" not in values:
            self.problem(row_place, "the Text cell is empty")
        if not lane_name or "text" not in values:
            return
        self.lane(lane_name)
        self.lanes_with_cards.add(lane_name)
        parsed: dict[str, Any] = {}
        for key, value in values.items():
            column = COLUMN_BY_KEY.get(key)
            if column is None or column.path is None:
                continue
            try:
                parsed[key] = read(column, value)
            except ValueError as error:
                self.problem(places[key], str(error))
        card_id = str(values["id"]).strip() if "id" in values else ""
        if card_id and any(card_id == card.id for card, _, _ in self.cards):
            self.problem(places["id"], f"the ID {card_id!r} is used twice")
            card_id = ""
        kind = parsed.get("kind")
        implied = kind_of_fields(values)
        if kind is None:
            if len(implied) == 1:
                kind = implied.pop()
            else:
                lane_kind = LaneKind(self.lane(lane_name).kind)
                kind = DEFAULT_CARD_KIND.get(lane_kind, CardKind.NOTE).value
        for key in parsed:
            owner = COLUMN_BY_KEY[key].owner_kind
            if owner and owner != kind:
                self.problem(places[key], f"{COLUMN_BY_KEY[key].en} applies to "
                             f"{label(CardKind(owner))} cards, not {label(CardKind(kind))}")
        card = Card(id=card_id, kind=kind, text=parsed.get("text", ""))
        self.cards.append((card, parsed, row_place))
        card.stage, card.step, card.lane = stage_name, step_name or None, lane_name

    def add_emotion_row(self, row_place: str, stage_name: str, step_name: str,
                        lane_name: str, values: dict[str, Any], places: dict[str, str]) -> None:
        name = str(values.get("persona", "")).strip()
        if not name:
            self.problem(row_place, "a row with a Score needs a Persona")
            return
        if "score" not in values and "to_be" not in values:
            self.problem(row_place, "a row with a Persona needs a Score")
            return
        changes: dict[str, Any] = {}
        for key in ("score", "to_be"):
            try:
                what = "the score" if key == "score" else "the to-be score"
                score = _score(values.get(key), what)
            except ValueError as error:
                self.problem(places[key], str(error))
                continue
            if score is not None:
                changes[key] = score
        if "emotion_label" in values:
            found = parse(EmotionLabel, str(values["emotion_label"]))
            if found is None:
                self.problem(places["emotion_label"],
                             f"{values['emotion_label']!r} is not an emotion label")
            else:
                changes["label"] = found.value
        if "notes" in values:
            changes["note"] = str(values["notes"]).strip()
        if name not in self.personas:
            self.personas[name] = Persona(
                id="", name=name, color=PERSONA_COLORS[len(self.personas) % len(PERSONA_COLORS)])
        if lane_name and lane_name not in self.lanes:
            self.lanes[lane_name] = Lane(id="", kind=LaneKind.EMOTIONS.value, title=lane_name)
        self.emotions.append((name, stage_name, step_name or None, changes, row_place))

    # ----- building -------------------------------------------------------------------
    def build(self, language: str, title: str) -> JourneyMap:
        journey = self.journey
        for stage_name, place in self.stage_rows_without_step.items():
            if self.stages[stage_name].steps:
                self.problem(place, f"stage {stage_name!r} has steps elsewhere in the table: "
                             "give this row a Step too")
        raise_problems(self.path, self.problems)
        journey.update_info({"language": language, "title": title})
        for stage in self.stages.values():
            stage.id = self.fresh("stage")
            for step in stage.steps:
                step.id = self.fresh("step")
            journey.add_stage(stage)
        for name, lane in self.lanes.items():
            if lane.kind == LaneKind.EMOTIONS and name in self.lanes_with_cards:
                lane.kind = LaneKind.FREE_TEXT.value
            lane.id = self.fresh("lane")
            journey.add_lane(lane)
        if self.emotions and not any(lane.kind == LaneKind.EMOTIONS for lane in journey.lanes):
            journey.add_lane(Lane(id=self.fresh("lane"), kind=LaneKind.EMOTIONS.value,
                                  title=label(LaneKind.EMOTIONS, language)))
        for persona in self.personas.values():
            persona.id = self.fresh("persona")
            journey.add_persona(persona)
        for name, stage_name, step_name, changes, place in self.emotions:
            stage = self.stages[stage_name]
            step_id = self.steps[(stage_name, step_name)].id if step_name else None
            try:
                journey.set_emotion(self.personas[name].id, stage.id, step_id, changes)
            except ModelError as error:
                self.problem(place, str(error))
        links: list[tuple[Card, dict[str, Any], str]] = []
        for card, parsed, place in self.cards:
            card.id = card.id or self.fresh("card")
            stage_name, step_name, lane_name = card.stage, card.step, card.lane
            card.stage = self.stages[stage_name].id
            card.step = self.steps[(stage_name, step_name)].id if step_name else None
            card.lane = self.lanes[lane_name].id
            changes = {COLUMN_BY_KEY[k].path: v for k, v in parsed.items()
                       if k not in ("kind", "text") and COLUMN_BY_KEY[k].owner_kind in
                       (None, card.kind)}
            link_paths = ("pain_point.touchpoint", "opportunity.pain_points")
            later = {p: changes.pop(p) for p in link_paths if p in changes}
            try:
                journey.add_card(card)
                if changes:
                    journey.update_card(card.id, changes)
            except ModelError as error:
                self.problem(place, str(error))
                continue
            if later:
                links.append((card, later, place))
        for card, changes, place in links:
            try:
                journey.update_card(card.id, changes)
            except ModelError as error:
                self.problem(place, str(error))
        raise_problems(self.path, self.problems)
        return journey


def guess_language(header: list[Any]) -> str:
    text = "".join(str(c) for c in header if c is not None)
    return "ko" if any("\uac00" <= ch <= "\ud7a3" for ch in text) else "en"


def title_from_path(path: str) -> str:
    name = PurePath(path).name
    for suffix in (".xlsx", ".csv", ".cjm.json"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


def build_map(path: str, header_row: int, header: list[Any],
              rows: Iterable[tuple[int, list[Any]]], locate: Locate) -> JourneyMap:
    """The map a table describes (MapFileError listing every problem, if any)."""
    builder = TableBuilder(path, locate)
    builder.add_rows(header_keys(header), header, header_row, rows)
    raise_problems(path, builder.problems)
    return builder.build(guess_language(header), title_from_path(path))

