"""Build a journey map from a plain table (rows of Stage, Lane, Text, … cells).

Used by the xlsx importer (a workbook that is not the app's own) and the CSV importer.
The header row names the columns in Korean or English: every name of a field in
``model.field_labels`` (workbook headers, the interface's labels, common aliases; case,
spaces and punctuation ignored). Rules (docs/file-format.md, "Plain tables"):

* a row with Text (or with an ID, even when its Text is blank) makes one card in its Lane
  (created in order of first appearance; the lane's kind comes from a Lane kind column,
  else from its name, else free text; a row without a Lane goes to a lane named after its
  card kind);
* the Kind column is the card's kind; a value that is no card kind ("action", "행동")
  makes a note; without a Kind, the kind-specific fields decide (a channel makes a
  touchpoint, …), else the lane's default;
* Persona + Score (−2…+2, half steps) on a row also set that persona's emotion at the row's
  stage (step); a row with only those is a score row. A Score never makes a lane an
  emotions lane; the last of two scores for one persona and point wins (reported);
* unknown columns, repeated columns and values that cannot be read are kept in the card's
  notes as ``Header: value`` lines; text keeps its spaces and line breaks; stage, step and
  lane names are matched exactly;
* a row that makes nothing (no Stage; no Text and no score) is skipped.

Nothing is refused row by row: everything made, changed and skipped goes into the
:class:`ImportReport`, with the row's place. Only a header row without Stage and Text
columns refuses the table (MapFileError).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from pathlib import PurePath
from typing import Any

from ..model import Card, JourneyMap, Lane, ModelError, Persona, Stage, Step
from ..model.field_labels import normalize_header
from ..model.vocab import DEFAULT_CARD_KIND, CardKind, EmotionLabel, LaneKind, label, parse
from .card_columns import COLUMN_BY_KEY, find_header, is_blank, kind_of_fields, read
from .errors import MapFileError, clip
from .import_report import ImportReport

MAX_LISTED = 5
PERSONA_COLORS = ["#E45756", "#4C78A8", "#54A24B", "#F58518", "#B279A2", "#72B7B2"]
HEADER_SEARCH_ROWS = 10
CHECK_EVERY = 2000  # rows between looks at the cancel request
_EMOTION_KEYS = ("persona", "score", "to_be", "emotion_label")
# names and texts taken exactly as written: a cell of only spaces is a name, not a blank
_EXACT_KEYS = ("stage", "step", "lane", "text", "persona", "notes")
LANE_OF_KIND: dict[str, LaneKind] = {card.value: lane for lane, card in DEFAULT_CARD_KIND.items()}

# (row number, column index or -1 for the whole row) -> "Sheet!C12", "row 12, column Kind"
Locate = Callable[[int, int], str]


def header_keys(cells: list[Any]) -> list[str | None]:
    """Column key for each header cell (None: blank or unknown header)."""
    return [find_header(cell) for cell in cells]


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
    raise MapFileError(path, where, message)


def _lane_kind_names() -> dict[str, LaneKind]:
    names: dict[str, LaneKind] = {}
    singular = {CardKind.PAIN_POINT: LaneKind.PAIN_POINTS, CardKind.TOUCHPOINT:
                LaneKind.TOUCHPOINTS, CardKind.OPPORTUNITY: LaneKind.OPPORTUNITIES,
                CardKind.KPI: LaneKind.KPIS}  # "Pain point" names the pain-points lane too
    for card_kind, lane_kind in singular.items():
        for text in (card_kind.value, label(card_kind, "ko"), label(card_kind, "en")):
            names[normalize_header(text)] = lane_kind
    for lane_kind in LaneKind:
        for text in (lane_kind.value, label(lane_kind, "ko"), label(lane_kind, "en")):
            names[normalize_header(text)] = lane_kind
    return names


def lane_kind_named(text: str) -> LaneKind | None:
    """The lane kind a lane's name or a Lane kind value says, matched like a header (case,
    spaces and punctuation ignored; "pain-points" and the singular "Pain point" count)."""
    return _LANE_KIND_NAMES.get(normalize_header(text)) if text.strip() else None


_LANE_KIND_NAMES = _lane_kind_names()


def _score(value: Any, what: str) -> float | None:
    if is_blank(value):
        return None
    try:
        number = float(str(value).strip().replace("−", "-"))
    except ValueError:
        raise ValueError(f"{what} must be a number from -2 to +2, not {clip(value)}") from None
    if not math.isfinite(number) or not -2 <= number <= 2 or number * 2 != int(number * 2):
        raise ValueError(f"{what} must be from -2 to +2 in steps of 0.5, not {clip(value)}")
    return number


def _name(value: Any) -> str:
    """A stage, step, lane or persona name as written (spaces kept; numbers as text)."""
    return "" if value is None else read(COLUMN_BY_KEY["text"], value)


class TableBuilder:
    def __init__(self, path: str, locate: Locate, report: ImportReport) -> None:
        self.path = path
        self.locate = locate
        self.report = report
        self.journey = JourneyMap()
        self.reserved: set[str] = set()
        self.stages: dict[str, Stage] = {}
        self.steps: dict[tuple[str, str], Step] = {}
        self.lanes: dict[str, Lane] = {}
        self.lane_kind_given: set[str] = set()
        self.personas: dict[str, Persona] = {}
        self.emotions: dict[tuple[str, str, str], tuple[dict[str, Any], str]] = {}
        self.cards: list[tuple[Card, dict[str, Any], list[str], str]] = []
        self.card_ids: set[str] = set()
        self.headers: list[str] = []
        self.language = "en"
        self.key_headers: dict[str, str] = {}

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

    def lane(self, name: str, kind_text: str, place: str) -> Lane:
        wanted = lane_kind_named(kind_text) if kind_text else None
        if kind_text and wanted is None:
            self.report.change(place, f"{clip(kind_text.strip())} is not a lane kind; ignored")
        if name not in self.lanes:
            kind = wanted or lane_kind_named(name) or LaneKind.FREE_TEXT
            if kind == LaneKind.EMOTIONS:
                self.report.change(place, f"lane {clip(name)} holds cards, so it is made a "
                                   "free-text lane (emotions are drawn from the scores)")
                kind = LaneKind.FREE_TEXT
            self.lanes[name] = Lane(id="", kind=kind.value, title=name)
            if wanted is not None:
                self.lane_kind_given.add(name)
        elif wanted is not None and wanted.value != self.lanes[name].kind and wanted != \
                LaneKind.EMOTIONS:
            if name in self.lane_kind_given:
                self.report.change(place, f"lane {clip(name)} is already a "
                                   f"{label(LaneKind(self.lanes[name].kind))} lane; "
                                   f"{clip(kind_text.strip())} ignored")
            else:  # the first kind given wins over the one guessed from the name
                self.lanes[name].kind = wanted.value
                self.lane_kind_given.add(name)
        return self.lanes[name]

    # ----- rows -----------------------------------------------------------------------
    def add_rows(self, keys: list[str | None], header: list[Any], header_row: int,
                 rows: Iterable[tuple[int, list[Any]]]) -> None:
        self.headers = [str(h).strip() if not is_blank(h) else f"#{i + 1}"
                        for i, h in enumerate(header)]
        keys = list(keys)
        seen: set[str] = set()
        for index, key in enumerate(keys):
            if key is not None and key in seen:
                keys[index] = None  # a repeated column is kept like an unknown one
            elif key is not None:
                seen.add(key)
        kept = [i for i, (key, text) in enumerate(zip(keys, header, strict=False))
                if key is None and not is_blank(text)]
        self.report.kept_columns = [self.headers[i] for i in kept]
        self.key_headers = {key: self.headers[i] for i, key in enumerate(keys) if key}
        for needed in ("stage", "text"):
            if needed not in keys:
                raise MapFileError(self.path, self.locate(header_row, 0), "the header row "
                                   f"has no {COLUMN_BY_KEY[needed].en} column")
        rows = list(rows)
        ids = keys.index("id") if "id" in keys else -1
        if ids >= 0:
            self.reserved = {str(r[ids]).strip() for _, r in rows
                             if ids < len(r) and not is_blank(r[ids])}
        text_at = keys.index("text")
        for count, (number, cells) in enumerate(rows):
            if count % CHECK_EVERY == 0:
                self.report.check()
            if all(is_blank(c) for c in cells):
                continue
            self.report.rows += 1
            values: dict[str, Any] = {}
            places: dict[str, str] = {}
            for index, key in enumerate(keys):
                if key is None or index >= len(cells):
                    continue
                cell = cells[index]
                if not is_blank(cell) or (key in _EXACT_KEYS and isinstance(cell, str) and cell):
                    values[key] = cell
                    places[key] = self.locate(number, index)
            if "text" not in values and "id" in values and text_at < len(cells):
                values["text"] = ""  # a row with an ID is a card even without a text
                places["text"] = self.locate(number, text_at)
            extras = [f"{self.headers[i]}: {read(COLUMN_BY_KEY['text'], cells[i])}"
                      for i in kept if i < len(cells) and not is_blank(cells[i])]
            extras += [f"#{i + 1}: {read(COLUMN_BY_KEY['text'], cells[i])}"
                       for i in range(len(keys), len(cells)) if not is_blank(cells[i])]
            self.add_row(number, values, places, extras)

    def add_row(self, number: int, values: dict[str, Any], places: dict[str, str],
                extras: list[str]) -> None:
        row_place = self.locate(number, -1)
        stage_name = _name(values.get("stage"))
        if not stage_name:
            self.report.skip(row_place, "the Stage cell is empty")
            return
        step_name = _name(values.get("step"))
        has_text = "text" in values
        notes = list(extras)
        scored = self.add_emotion(row_place, stage_name, step_name, values, places,
                                  notes if has_text else None)
        if not has_text:
            if scored or "persona" in values:  # a score row, or a row naming a persona
                self.stage(stage_name)
                if step_name:
                    self.step(stage_name, step_name)
                self.report.score_rows += 1
                for extra in extras:
                    self.report.change(row_place, f"{clip(extra)} not kept: a row without Text "
                                       "makes no card")
            else:
                self.report.skip(row_place, "the Text cell is empty and the row has no "
                                 "Persona with a Score")
            return
        self.stage(stage_name)
        if step_name:
            self.step(stage_name, step_name)
        self.add_card(row_place, stage_name, step_name, values, places, notes)

    def add_card(self, row_place: str, stage_name: str, step_name: str,
                 values: dict[str, Any], places: dict[str, str], notes: list[str]) -> None:
        parsed: dict[str, Any] = {}
        for key, value in values.items():
            column = COLUMN_BY_KEY.get(key)
            if column is None or column.path is None:
                continue
            try:
                parsed[key] = read(column, value)
            except ValueError as error:
                notes.append(f"{self.header_of(key)}: {_name(value)}")
                what = "the card is a note, the value" if key == "kind" else "the value"
                self.report.change(places[key], f"{error}; {what} is kept in the card's notes")
        kind = parsed.pop("kind", None)
        if kind is None and "kind" in values:
            kind = CardKind.NOTE.value  # not a card kind: reported above, a note it is
        implied = kind_of_fields({k: v for k, v in values.items() if k in parsed})
        if kind is None and len(implied) == 1:
            kind = next(iter(implied))
        lane_name = _name(values.get("lane"))
        if not lane_name:
            lane_kind = LANE_OF_KIND.get(kind or CardKind.NOTE.value, LaneKind.FREE_TEXT)
            lane_name = label(lane_kind, self.language)
            self.report.change(row_place, f"no Lane: the card is put in lane {clip(lane_name)}")
            if lane_name not in self.lanes:
                self.lanes[lane_name] = Lane(id="", kind=lane_kind.value, title=lane_name)
        lane = self.lane(lane_name, _name(values.get("lane_kind")),
                         places.get("lane_kind", row_place))
        if kind is None:  # several kinds implied (or none): the lane's default decides
            kind = DEFAULT_CARD_KIND.get(LaneKind(lane.kind), CardKind.NOTE).value
        for key in list(parsed):
            owner = COLUMN_BY_KEY[key].owner_kind
            if owner and owner != kind:
                notes.append(f"{self.header_of(key)}: {_name(values[key])}")
                self.report.change(places[key], f"{COLUMN_BY_KEY[key].en} applies to "
                                   f"{label(CardKind(owner))} cards, not "
                                   f"{label(CardKind(kind))}; the value is kept in the "
                                   "card's notes")
                del parsed[key]
        card_id = str(values["id"]).strip() if "id" in values else ""
        if card_id and card_id in self.card_ids:
            self.report.change(places["id"], f"the ID {clip(card_id)} is used twice; this card "
                               "gets a new ID")
            card_id = ""
        self.card_ids.add(card_id)
        card = Card(id=card_id, kind=kind, text=parsed.pop("text", ""))
        card.stage, card.step, card.lane = stage_name, step_name or None, lane_name
        self.cards.append((card, parsed, notes, row_place))
        self.report.card_rows += 1

    def header_of(self, key: str) -> str:
        """The header the table gives the column of ``key`` (as the person wrote it)."""
        return self.key_headers.get(key, key)

    def add_emotion(self, row_place: str, stage_name: str, step_name: str,
                    values: dict[str, Any], places: dict[str, str],
                    notes: list[str] | None) -> bool:
        """Record the row's persona score, if it has one; whether it did."""
        if not any(key in values for key in _EMOTION_KEYS):
            return False
        name = _name(values.get("persona"))
        changes: dict[str, Any] = {}
        for key in ("score", "to_be"):
            if key not in values:
                continue
            what = "the score" if key == "score" else "the to-be score"
            try:
                score = _score(values[key], what)
            except ValueError as error:
                self.keep(places[key], key, values[key], str(error), notes)
                continue
            if score is not None:
                changes[key] = score
        if "emotion_label" in values:
            found = parse(EmotionLabel, str(values["emotion_label"]))
            if found is None:
                self.keep(places["emotion_label"], "emotion_label", values["emotion_label"],
                          f"{clip(str(values['emotion_label']).strip())} is not an emotion label",
                          notes)
            else:
                changes["label"] = found.value
        if name and name not in self.personas:
            self.personas[name] = Persona(
                id="", name=name, color=PERSONA_COLORS[len(self.personas) % len(PERSONA_COLORS)])
        if not name:
            for key in ("score", "to_be", "emotion_label"):
                if key in values:
                    self.keep(places[key], key, values[key], "a score needs a Persona", notes)
            return False
        if not changes:
            return False
        if notes is None and "notes" in values:
            changes["note"] = _name(values["notes"])
        point = (name, stage_name, step_name)
        if point in self.emotions:
            earlier = self.emotions[point][1]
            self.report.change(row_place, f"a second score for {clip(name)} at this point: it "
                               f"replaces the one of {earlier}")
        self.emotions[point] = (changes, row_place)
        return True

    def keep(self, place: str, key: str, value: Any, why: str, notes: list[str] | None) -> None:
        if notes is None:
            self.report.change(place, f"{why}; skipped")
        else:
            notes.append(f"{self.header_of(key)}: {_name(value)}")
            self.report.change(place, f"{why}; the value is kept in the card's notes")

    # ----- building -------------------------------------------------------------------

    def point_of(self, stage: Stage, step_name: str, place: str) -> str | None:
        """The step id for a row's Step (None: the stage has no steps)."""
        if step_name:
            return self.steps[(stage.name, step_name)].id
        if stage.steps:
            self.report.change(place, f"stage {clip(stage.name)} has steps elsewhere in the "
                               f"table: this row goes to its first step "
                               f"{clip(stage.steps[0].name)}")
            return stage.steps[0].id
        return None

    def build(self, language: str, title: str) -> JourneyMap:
        journey = self.journey
        journey.update_info({"language": language, "title": title})
        for stage in self.stages.values():
            stage.id = self.fresh("stage")
            for step in stage.steps:
                step.id = self.fresh("step")
            journey.add_stage(stage)
            self.report.stages_created.append(stage.name)
        for lane in self.lanes.values():
            lane.id = self.fresh("lane")
            journey.add_lane(lane)
            self.report.lanes_created.append(lane.title)
        if self.emotions and not any(lane.kind == LaneKind.EMOTIONS for lane in journey.lanes):
            emotions = Lane(id=self.fresh("lane"), kind=LaneKind.EMOTIONS.value,
                            title=label(LaneKind.EMOTIONS, language))
            journey.add_lane(emotions)
            self.report.lanes_created.append(emotions.title)
        for persona in self.personas.values():
            persona.id = self.fresh("persona")
            journey.add_persona(persona)
        for (name, stage_name, step_name), (changes, place) in self.emotions.items():
            stage = self.stages[stage_name]
            step_id = self.point_of(stage, step_name, place)
            journey.set_emotion(self.personas[name].id, stage.id, step_id, changes)
        links: list[tuple[Card, dict[str, Any], list[str], str]] = []
        for index, (card, parsed, notes, place) in enumerate(self.cards):
            if index % CHECK_EVERY == 0:
                self.report.check()
            card.id = card.id or self.fresh("card")
            stage = self.stages[card.stage]
            card.step = self.point_of(stage, card.step or "", place)
            card.stage = stage.id
            card.lane = self.lanes[card.lane].id
            changes = {path: v for k, v in parsed.items()
                       if (path := COLUMN_BY_KEY[k].path) is not None}
            link_paths = ("pain_point.touchpoint", "opportunity.pain_points")
            later = {p: changes.pop(p) for p in link_paths if p in changes}
            if notes:
                changes["notes"] = "\n".join([changes.get("notes", ""), *notes]).lstrip("\n") \
                    if changes.get("notes") else "\n".join(notes)
            journey.add_card(card)
            self.apply(card, changes, place)
            if later:
                links.append((card, later, notes, place))
        for card, changes, _notes, place in links:
            self.apply(card, changes, place)
        self.report.count(journey)
        return journey

    def apply(self, card: Card, changes: dict[str, Any], place: str) -> None:
        """Set the card's fields one by one: a refused value is kept in its notes."""
        for path, value in changes.items():
            try:
                self.journey.update_card(card.id, {path: value})
            except ModelError as error:
                column = next(c for c in COLUMN_BY_KEY.values() if c.path == path)
                shown = ", ".join(value) if isinstance(value, list) else str(value)
                kept = f"{self.header_of(column.key)}: {shown}"
                notes = card.notes + "\n" + kept if card.notes else kept
                self.journey.update_card(card.id, {"notes": notes})
                self.report.change(place, f"{error}; the value is kept in the card's notes")


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
              rows: Iterable[tuple[int, list[Any]]], locate: Locate,
              report: ImportReport | None = None) -> JourneyMap:
    """The map a table describes; what was made, changed and skipped goes to ``report``."""
    report = report if report is not None else ImportReport(path=path)
    builder = TableBuilder(path, locate, report)
    builder.language = guess_language(header)
    builder.add_rows(header_keys(header), header, header_row, rows)
    return builder.build(builder.language, title_from_path(path))
