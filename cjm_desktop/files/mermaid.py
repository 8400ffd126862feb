"""Mermaid ``journey`` text: export a map to it and import a map from it.

The mapping (Mermaid has sections of tasks; a task has one score 1–5 and a list of actors):

* ``title`` ↔ the map title; ``section`` ↔ a stage.
* import: every task becomes a **step** of its section's stage (named like the task) with
  one note card in an "Actions" / "행동" lane holding the task's text; each actor is a
  persona whose emotion at that step is ``score − 3`` (1…5 ↔ −2…+2, to half steps). The
  score of a task without actors is kept on a persona named "(no actor)" / "(행위자 없음)".
* export: for each stage, each step (or the stage itself when it has none) writes its
  actions-lane cards as tasks, with the personas that have a score there as actors and
  their score + 3 (if those personas' scores differ, their mean, said in a ``%%`` comment).
  A point with scores but no action card is written as one task named after the step (or
  stage). So Mermaid → map → Mermaid gives back every task, its score and its actors.
* Text Mermaid cannot hold is changed, and a ``%%`` comment says so: ``:`` ``#`` ``;`` (and
  ``,`` in actor names) become their full-width forms ``：`` ``＃`` ``；`` ``，``; line breaks
  and runs of spaces become one space; a lone surrogate becomes U+FFFD; a blank text is
  written as ``-``. A task text that
  would read as a keyword (``title …``, ``section …``, ``accTitle``, ``accDescr``, ``%%``) is
  written in double quotes, which the importer removes again.
* A ``%%`` comment names the lanes the export left out (Mermaid holds only tasks).

Parsing is linear in the text (no backtracking patterns). Malformed text raises
:class:`MapFileError` naming the line.
"""

from __future__ import annotations

import math
import os
import re

from ..model import Card, JourneyMap, Lane, Persona, Stage, Step
from ..model.vocab import CardKind, LaneKind, label
from .atomic import atomic_write_text
from .errors import MapFileError, read_input_bytes
from .import_report import ImportReport

PERSONA_COLORS = ["#E45756", "#4C78A8", "#54A24B", "#F58518", "#B279A2", "#72B7B2"]
_RESERVED = str.maketrans({":": "：", "#": "＃", ";": "；"})
_SURROGATE = re.compile("[\ud800-\udfff]")
KEYWORDS = ("title", "section", "acctitle", "accdescr", "%%")
NO_ACTOR = {"en": "(no actor)", "ko": "(행위자 없음)"}
MAX_MERMAID_BYTES = 20 * 1024 * 1024
CHECK_EVERY = 5000  # lines between looks at the cancel request


class _Changes:
    """What the export had to change, for its ``%%`` comments."""

    def __init__(self) -> None:
        self.reserved: set[str] = set()  # the distinct texts changed, per reason
        self.spaces: set[str] = set()
        self.surrogates: set[str] = set()
        self.quoted = 0
        self.averaged = 0


def _clean(text: str, changes: _Changes, actor: bool = False) -> str:
    original = text
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
        changes.surrogates.add(original)
    reserved = text.translate(_RESERVED)
    if actor:
        reserved = reserved.replace(",", "，")
    if reserved != text:
        changes.reserved.add(original)
    spaced = " ".join(reserved.split())
    if spaced != reserved:
        changes.spaces.add(original)
    return spaced


def _is_keyword(text: str) -> bool:
    return text.casefold().startswith(KEYWORDS) or (
        len(text) >= 2 and text[0] == text[-1] == '"' and _is_keyword(text[1:-1]))


def _task_text(text: str, changes: _Changes) -> str:
    if _is_keyword(text):
        changes.quoted += 1
        return f'"{text}"'
    return text


def _number(value: float) -> str:
    return f"{value:g}"


def export_mermaid(journey: JourneyMap) -> str:
    """The map as Mermaid ``journey`` text (see the module docstring for the mapping)."""
    changes = _Changes()
    body: list[str] = []
    title = _clean(journey.info.title, changes)
    if title:
        body.append(f"    title {title}")
    action_lanes = [lane.id for lane in journey.lanes if lane.kind == LaneKind.ACTIONS]
    no_actor = set(NO_ACTOR.values())
    for stage in journey.stages:
        body.append(f"    section {_clean(stage.name, changes) or '-'}")
        points: list[Step | None] = list(stage.steps) or [None]
        for point in points:
            step_id = point.id if point else None
            actors: list[str] = []
            scores: list[float] = []
            for persona in journey.personas:
                emotion = journey.emotion(persona.id, stage.id, step_id)
                if emotion is None or emotion.score is None:
                    continue
                scores.append(emotion.score)
                if persona.name not in no_actor:
                    actors.append(_clean(persona.name, changes, actor=True) or persona.id)
            texts = [_clean(card.text, changes) or "-" for lane_id in action_lanes
                     for card in journey.cards_in((stage.id, step_id, lane_id))]
            if not texts and scores:
                texts = [_clean(point.name if point else stage.name, changes) or "-"]
            if not texts:
                continue
            if scores:
                if len(set(scores)) > 1:
                    changes.averaged += len(texts)
                mean = math.floor(sum(scores) / len(scores) * 2 + 0.5) / 2
                score = _number(max(1.0, min(5.0, mean + 3)))
            else:
                score = "3"
            suffix = f": {', '.join(actors)}" if actors else ""
            body.extend(f"      {_task_text(text, changes)}: {score}{suffix}" for text in texts)
    lines = ["journey", *_comments(journey, changes), *body]
    return "\n".join(lines) + "\n"


def _comments(journey: JourneyMap, changes: _Changes) -> list[str]:
    notes: list[str] = []
    left_out = [lane for lane in journey.lanes
                if lane.kind not in (LaneKind.ACTIONS, LaneKind.EMOTIONS)]
    if left_out:
        count = sum(1 for card in journey.cards.values()
                    if card.lane in {lane.id for lane in left_out})
        names = ", ".join(" ".join(lane.title.split()) or lane.id for lane in left_out)
        notes.append(f"    %% left out (a Mermaid journey holds only the actions lane's cards "
                     f"and the scores): lanes {_clean(names, _Changes())} with {count} cards")
    scored = {e.persona for e in journey.emotions.values() if e.score is not None}
    silent = [p for p in journey.personas if p.id not in scored]
    if silent:
        names = ", ".join(" ".join(p.name.split()) or p.id for p in silent)
        notes.append(f"    %% left out: personas without a score ({_clean(names, _Changes())})")
    if any(e.to_be is not None for e in journey.emotions.values()):
        notes.append("    %% left out: the to-be scores")
    if changes.averaged:
        notes.append(f"    %% {changes.averaged} tasks have personas with different scores: "
                     "each shows their mean (to half steps)")
    if changes.reserved:
        notes.append(f"    %% {len(changes.reserved)} texts had ':' '#' ';' (or ',' in a persona "
                     "name), written as full-width '：' '＃' '；' '，'")
    if changes.spaces:
        notes.append(f"    %% {len(changes.spaces)} texts had line breaks or runs of spaces, "
                     "written as one space")
    if changes.surrogates:
        notes.append(f"    %% {len(changes.surrogates)} texts had a broken character (a lone "
                     "surrogate), written as U+FFFD")
    if changes.quoted:
        notes.append(f"    %% {changes.quoted} task texts began like a keyword and are "
                     "written in double quotes")
    return notes


# ----- import --------------------------------------------------------------------------
Task = tuple[str, float, list[str], str]  # text, score, actors, where


def _parse_task(line: str, path: str, where: str) -> tuple[str, float, list[str]]:
    text, colon, rest = line.partition(":")
    if not colon or not text.strip():
        raise MapFileError(path, where, "not a task: write 'Task text: 5: Actor, Actor' "
                           "(or 'section Name' / 'title Text')")
    score_text, _, actors_text = rest.partition(":")
    try:
        score = float(score_text.strip())
    except ValueError:
        raise MapFileError(path, where, f"the score must be a number from 1 to 5, "
                           f"not {score_text.strip()[:40]!r}") from None
    if not 1 <= score <= 5:
        raise MapFileError(path, where, f"the score must be from 1 to 5, not {score:g}")
    actors = [a.strip() for a in actors_text.split(",") if a.strip()]
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] == '"' and _is_keyword(text[1:-1]):
        text = text[1:-1]
    return text, score, actors


def import_mermaid(text: str, path: str = "<memory>",
                   report: ImportReport | None = None) -> JourneyMap:
    """Read Mermaid ``journey`` text into a new map. Malformed text raises MapFileError."""
    report = report if report is not None else ImportReport(path=path)
    sections: list[tuple[str, list[Task]]] = []
    title = ""
    started = False
    in_block = False
    for number, raw in enumerate(text.splitlines(), 1):
        if number % CHECK_EVERY == 0:
            report.check()
        line = raw.strip()
        if in_block:
            in_block = "}" not in line
            continue
        if not line or line.startswith("%%") or line == "---":
            continue
        where = f"line {number}"
        if not started:
            if line != "journey":
                raise MapFileError(path, where, f"expected 'journey' to start the diagram, "
                                   f"found {line[:40]!r}")
            started = True
            continue
        keyword, _, rest = line.partition(" ")
        folded = keyword.casefold()
        if folded == "title":
            title = rest.strip()
            continue
        if folded.startswith(("acctitle", "accdescr")):
            in_block = "{" in line and "}" not in line
            continue
        if folded == "section":
            sections.append((rest.strip(), []))
            continue
        task, score, actors = _parse_task(line, path, where)
        if not sections:
            sections.append(("", []))
        sections[-1][1].append((task, score, actors, where))
    if not started:
        raise MapFileError(path, "", "empty: a Mermaid journey starts with 'journey'")
    report.source = "a Mermaid journey"
    journey = _build(title, sections, report)
    report.count(journey)
    return journey


def _persona_order(task_actors: list[list[str]]) -> list[str]:
    """Persona order agreeing with every task's actor order (first appearance breaks ties)."""
    first: dict[str, int] = {}
    after: dict[str, set[str]] = {}
    for names in task_actors:
        for name in names:
            first.setdefault(name, len(first))
            after.setdefault(name, set())
        for earlier, later in zip(names, names[1:], strict=False):
            if earlier != later:
                after[earlier].add(later)
    waiting = {name: 0 for name in first}
    for successors in after.values():
        for name in successors:
            waiting[name] += 1
    order: list[str] = []
    remaining = dict.fromkeys(sorted(first, key=first.__getitem__))
    ready = [name for name in remaining if waiting[name] == 0]
    while remaining:
        if not ready:  # a cycle falls back to first appearance
            ready = [next(iter(remaining))]
        chosen = min(ready, key=first.__getitem__)
        ready.remove(chosen)
        order.append(chosen)
        del remaining[chosen]
        for name in after[chosen]:
            waiting[name] -= 1
            if waiting[name] == 0 and name in remaining:
                ready.append(name)
    return order


def _build(title: str, sections: list[tuple[str, list[Task]]],
           report: ImportReport) -> JourneyMap:
    everything = title + "".join(name + "".join(t for t, _, _, _ in tasks)
                                 for name, tasks in sections)
    language = "ko" if any("\uac00" <= ch <= "\ud7a3" for ch in everything) else "en"
    journey = JourneyMap()
    journey.update_info({"title": title, "language": language})
    actions = Lane(id=journey.new_id("lane"), kind=LaneKind.ACTIONS.value,
                   title=label(LaneKind.ACTIONS, language))
    journey.add_lane(actions)
    report.lanes_created.append(actions.title)
    no_actor = NO_ACTOR[language]
    actor_lists = [actors or [no_actor] for _, tasks in sections for _, _, actors, _ in tasks]
    order = _persona_order(actor_lists)
    if order:
        emotions = Lane(id=journey.new_id("lane"), kind=LaneKind.EMOTIONS.value,
                        title=label(LaneKind.EMOTIONS, language))
        journey.add_lane(emotions)
        report.lanes_created.append(emotions.title)
    if no_actor in order:
        report.change("", f"tasks without actors keep their score on the persona {no_actor!r}")
    personas: dict[str, Persona] = {}
    for index, name in enumerate(order):
        personas[name] = Persona(id=journey.new_id("persona"), name=name,
                                 color=PERSONA_COLORS[index % len(PERSONA_COLORS)])
        journey.add_persona(personas[name])
    for index, (name, tasks) in enumerate(sections, 1):
        stage = Stage(id=journey.new_id("stage"),
                      name=name or f"{'단계' if language == 'ko' else 'Stage'} {index}")
        stage.steps = [Step(id=journey.new_id("step"), name=text) for text, _, _, _ in tasks]
        journey.add_stage(stage)
        report.stages_created.append(stage.name)
        for step, (text, score, actors, where) in zip(stage.steps, tasks, strict=True):
            report.rows += 1
            report.card_rows += 1
            journey.add_card(Card(id=journey.new_id("card"), kind=CardKind.NOTE.value,
                                  stage=stage.id, step=step.id, lane=actions.id, text=text))
            emotion = max(-2.0, min(2.0, math.floor((score - 3) * 2 + 0.5) / 2))
            if emotion != score - 3:
                report.change(where, f"score {score:g} rounded to {emotion + 3:g} "
                              "(emotions go in half steps)")
            seen: set[str] = set()
            for actor in actors or [no_actor]:
                if actor in seen:
                    continue
                seen.add(actor)
                journey.set_emotion(personas[actor].id, stage.id, step.id, {"score": emotion})
    return journey


def write_mermaid(journey: JourneyMap, path: str | os.PathLike[str]) -> None:
    atomic_write_text(path, export_mermaid(journey))


def read_mermaid(path: str | os.PathLike[str], report: ImportReport | None = None
                 ) -> JourneyMap:
    """Read a ``.mmd`` file (UTF-8). Every failure is a MapFileError."""
    name = os.fsdecode(os.fspath(path))
    raw = read_input_bytes(name, MAX_MERMAID_BYTES, "a Mermaid file")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise MapFileError(name, f"line {line}", "the file is not valid UTF-8 text") from None
    return import_mermaid(text, name, report)
