"""Mermaid ``journey`` text: export a map to it and import a map from it.

The mapping (Mermaid has sections, tasks with one score 1–5, and actors per task):

* ``title`` ↔ the map title; ``section`` ↔ a stage (steps are flattened into their stage).
* task ↔ a card of an **actions** lane (export: every card of every actions lane, in reading
  order; import: a note card in one "행동"/"Actions" lane).
* actors ↔ personas; score ↔ emotion, ``emotion = mermaid score − 3`` (1…5 ↔ −2…+2).
  - export: a stage's emotion for a persona is the mean of its as-is scores over the
    stage's steps; a task's actors are the personas with an emotion at that stage (in
    persona order) and its score is the mean of their emotions + 3, rounded half up;
    a stage with emotions but no action card gets one task named after the stage, so the
    emotions are not lost.  Several personas with different scores therefore come back
    with their mean (Mermaid has one score per task).
  - import: an actor's emotion at a stage is the mean of (score − 3) over the section's
    tasks that name it, rounded to the nearest half step and kept within −2…+2.
* Characters Mermaid reserves (``:`` ``#`` ``;`` and ``,`` in actor names) are exported as
  their full-width forms (``：`` ``＃`` ``；`` ``，``); line breaks become spaces.

So export → import → export gives the same text again. Malformed text raises
:class:`MapFileError` naming the line.
"""

from __future__ import annotations

import math
import os
import re

from ..model import Card, JourneyMap, Lane, Persona, Stage
from ..model.vocab import CardKind, LaneKind, label
from .atomic import atomic_write_text
from .errors import MapFileError, read_input_bytes

PERSONA_COLORS = ["#E45756", "#4C78A8", "#54A24B", "#F58518", "#B279A2", "#72B7B2"]
_RESERVED = str.maketrans({":": "：", "#": "＃", ";": "；", "\n": " ", "\r": " ", "\t": " "})
_TASK = re.compile(r"^(?P<text>[^:]+?)\s*:\s*(?P<score>[^:]*?)\s*(?::\s*(?P<actors>.*))?$")
MAX_MERMAID_BYTES = 20 * 1024 * 1024


def _clean(text: str, actor: bool = False) -> str:
    text = text.translate(_RESERVED)
    if actor:
        text = text.replace(",", "，")
    text = " ".join(text.split())
    while text.startswith("%%"):
        text = text[1:]
    return text


def _half_up(value: float) -> int:
    return math.floor(value + 0.5)


def export_mermaid(journey: JourneyMap) -> str:
    """The map as Mermaid ``journey`` text (see the module docstring for the mapping)."""
    lines = ["journey"]
    title = _clean(journey.info.title)
    if title:
        lines.append(f"    title {title}")
    action_lanes = [lane.id for lane in journey.lanes if lane.kind == LaneKind.ACTIONS]
    for stage in journey.stages:
        lines.append(f"    section {_clean(stage.name) or '-'}")
        points = [(stage.id, step.id) for step in stage.steps] or [(stage.id, None)]
        actors: list[str] = []
        scores: list[float] = []
        for persona in journey.personas:
            values = [e.score for point in points
                      if (e := journey.emotion(persona.id, *point)) is not None
                      and e.score is not None]
            if values:
                actors.append(_clean(persona.name, actor=True) or persona.id)
                scores.append(sum(values) / len(values))
        score = max(1, min(5, _half_up(sum(scores) / len(scores)) + 3)) if scores else 3
        texts = [_clean(card.text) for point in points for lane_id in action_lanes
                 for card in journey.cards_in((*point, lane_id))]
        texts = [text for text in texts if text]
        if not texts and actors:
            texts = [_clean(stage.name) or "-"]
        suffix = f": {', '.join(actors)}" if actors else ""
        lines.extend(f"      {text}: {score}{suffix}" for text in texts)
    return "\n".join(lines) + "\n"


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
    remaining = set(first)
    while remaining:
        ready = [name for name in remaining if waiting[name] == 0] or list(remaining)
        chosen = min(ready, key=first.__getitem__)  # a cycle falls back to first appearance
        order.append(chosen)
        remaining.discard(chosen)
        for name in after[chosen]:
            waiting[name] -= 1
    return order


def import_mermaid(text: str, path: str = "<memory>") -> JourneyMap:
    """Read Mermaid ``journey`` text into a new map. Malformed text raises MapFileError."""
    sections: list[tuple[str, list[tuple[str, float, list[str]]]]] = []
    title = ""
    started = False
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
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
        if keyword == "title":
            title = rest.strip()
            continue
        if keyword in ("accTitle:", "accDescr:", "accTitle", "accDescr"):
            continue
        if keyword == "section":
            sections.append((rest.strip(), []))
            continue
        match = _TASK.match(line)
        if match is None:
            raise MapFileError(path, where, "not a task: write 'Task text: 5: Actor, Actor' "
                               "(or 'section Name' / 'title Text')")
        try:
            score = float(match["score"])
        except ValueError:
            raise MapFileError(path, where, f"the score must be a number from 1 to 5, "
                               f"not {match['score']!r}") from None
        if not 1 <= score <= 5:
            raise MapFileError(path, where, f"the score must be from 1 to 5, not {score:g}")
        actors = [a.strip() for a in (match["actors"] or "").split(",") if a.strip()]
        if not sections:
            sections.append(("", []))
        sections[-1][1].append((match["text"].strip(), score, actors))
    if not started:
        raise MapFileError(path, "", "empty: a Mermaid journey starts with 'journey'")
    return _build(title, sections)


def _build(title: str, sections: list[tuple[str, list[tuple[str, float, list[str]]]]]
           ) -> JourneyMap:
    everything = title + "".join(name + "".join(t for t, _, _ in tasks)
                                 for name, tasks in sections)
    language = "ko" if any("\uac00" <= ch <= "\ud7a3" for ch in everything) else "en"
    journey = JourneyMap()
    journey.update_info({"title": title, "language": language})
    actions = Lane(id=journey.new_id("lane"), kind=LaneKind.ACTIONS.value,
                   title=label(LaneKind.ACTIONS, language))
    journey.add_lane(actions)
    order = _persona_order([actors for _, tasks in sections for _, _, actors in tasks])
    if order:
        journey.add_lane(Lane(id=journey.new_id("lane"), kind=LaneKind.EMOTIONS.value,
                              title=label(LaneKind.EMOTIONS, language)))
    personas: dict[str, Persona] = {}
    for index, name in enumerate(order):
        personas[name] = Persona(id=journey.new_id("persona"), name=name,
                                 color=PERSONA_COLORS[index % len(PERSONA_COLORS)])
        journey.add_persona(personas[name])
    for index, (name, tasks) in enumerate(sections, 1):
        stage = Stage(id=journey.new_id("stage"),
                      name=name or f"{'단계' if language == 'ko' else 'Stage'} {index}")
        journey.add_stage(stage)
        scores: dict[str, list[float]] = {}
        for text, score, actors in tasks:
            journey.add_card(Card(id=journey.new_id("card"), kind=CardKind.NOTE.value,
                                  stage=stage.id, lane=actions.id, text=text))
            for actor in actors:
                scores.setdefault(actor, []).append(score - 3)
        for actor, values in scores.items():
            mean = sum(values) / len(values)
            emotion = max(-2.0, min(2.0, math.floor(mean * 2 + 0.5) / 2))
            journey.set_emotion(personas[actor].id, stage.id, None, {"score": emotion})
    return journey


def write_mermaid(journey: JourneyMap, path: str | os.PathLike[str]) -> None:
    atomic_write_text(path, export_mermaid(journey))


def read_mermaid(path: str | os.PathLike[str]) -> JourneyMap:
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
    return import_mermaid(text, name)
