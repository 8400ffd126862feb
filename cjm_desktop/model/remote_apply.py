"""Apply differences someone else made (a live co-editing peer) to the open map.

:func:`apply_differences` takes a batch of :class:`~.diff.Difference` (as
``diff_records(records_of(A), records_of(B))`` makes them) and carries them out on the
existing map through its ordinary operations (``add_card``, ``update_stage``,
``move_card``, ``remove_step``…) with the given origin, so every view hears the change
events as for any edit. A batch is applied in an order that works: leaf records go
first (cards, emotions and comments that are gone), then the structure that is new or
changed (stages before steps), then cards, emotions, comments and the rest, then the steps
that are gone, a second try for what waited on them, and last the lanes, personas and
stages that are gone — so a card moved out of a removed stage is moved, not lost.
A record is placed after the sibling it follows in B (``Difference.place``).

A difference that no longer applies (its record is already gone, a value the map now
refuses) is skipped, never raised: the skipped ones are returned.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, cast

from .base import CellKey, ModelError
from .diff import ChangeKind, Difference
from .entities import Card, Comment, Emotion, Lane, Persona, Stage, Step
from .journey import JourneyMap
from .map_records import (
    PLAN_KEY,
    Key,
    Record,
    _assign,
    _put_plan,
    _put_vote,
    _thawed,
    records_of,
)

_STRUCTURE = ("stage", "step", "lane", "persona")
_CELL_FIELDS = ("stage", "step", "lane")
_LINK_FIELDS = ("pain_point.touchpoint", "opportunity.pain_points")


def apply_differences(journey: JourneyMap, differences: Iterable[Difference],
                      origin: Any = None) -> list[Difference]:
    """Carry ``differences`` out on ``journey`` with ``origin``; returns the skipped ones."""
    return _Applier(journey, list(differences), origin).run()


class _Applier:
    def __init__(self, journey: JourneyMap, differences: list[Difference], origin: Any) -> None:
        self.j = journey
        self.origin = origin
        self.skipped: list[Difference] = []
        # A card's cell as the batch found it: a field the batch leaves alone keeps that
        # value, even when a step added on the way took the card in (a stage's first step)
        self.cells = {card_id: card.cell for card_id, card in journey.cards.items()}
        self.by_kind: dict[str, list[Difference]] = {}
        for difference in differences:
            self.by_kind.setdefault(difference.kind, []).append(difference)

    def of(self, kind: str, *changes: ChangeKind) -> list[Difference]:
        return [d for d in self.by_kind.get(kind, []) if d.change in changes]

    def attempt(self, difference: Difference, action: Any, *args: Any, **kwargs: Any) -> bool:
        try:
            action(*args, **kwargs)
        except (ModelError, KeyError, ValueError):
            self.skipped.append(difference)  # no longer applies: the map refuses it
            return False
        return True

    # ----- the order of a batch ---------------------------------------------------------
    def run(self) -> list[Difference]:
        for kind in ("card", "emotion", "comment"):
            for d in self.of(kind, ChangeKind.REMOVED):
                self.remove(d)
        for d in self.of("info", ChangeKind.CHANGED):
            self.attempt(d, self.j.update_info, {d.field: _thawed(d.after)}, origin=self.origin)
        for kind in _STRUCTURE:
            self.structure(kind)
        self.cards()
        self.emotions()
        self.comments()
        for d in self.of("checklist", ChangeKind.CHANGED):
            self.attempt(d, self.j.update_checklist, d.key, {d.field: _thawed(d.after)},
                         origin=self.origin)
        self.skipped.extend(self.of("checklist", ChangeKind.ADDED, ChangeKind.REMOVED))
        self.plan()
        self.votes()
        for d in self.of("step", ChangeKind.REMOVED):
            self.remove(d)
        gone = [d for kind in ("lane", "persona", "stage")
                for d in self.of(kind, ChangeKind.REMOVED)]
        self.retry_waiting()
        for d in gone:
            self.remove(d)
        return self.skipped

    def retry_waiting(self) -> None:
        """A stage's last step gone: its cards and emotions only now have their place. This
        runs before lanes, personas and stages go, which take their content with them — a
        card on its way out of a removed stage must have left it by then."""
        again = [d for d in self.skipped if d.kind in ("card", "emotion")
                 and d.change is not ChangeKind.REMOVED]
        again += [d for d in self.of("card", ChangeKind.MOVED) if d not in again]
        if again:
            self.skipped = [d for d in self.skipped if d not in again]
            self.by_kind = {}
            for d in again:
                self.by_kind.setdefault(d.kind, []).append(d)
            self.cards()
            self.emotions()

    # ----- placing --------------------------------------------------------------------
    @staticmethod
    def _index(siblings: Sequence[Any], key: Key, place: tuple[int, Key] | None) -> int | None:
        """Where ``key`` goes among ``siblings`` (which lack it): after what it follows."""
        if place is None:
            return None
        previous = place[1]
        others = [k for k in siblings if k != key]
        if previous is None:
            return 0
        return others.index(previous) + 1 if previous in others else None

    def _siblings(self, kind: str, key: Key, group: Any) -> list[Any]:
        j = self.j
        if kind == "stage":
            return [s.id for s in j.stages]
        if kind == "step":
            return [s.id for s in j.stage(group).steps]
        if kind == "lane":
            return [lane.id for lane in j.lanes]
        if kind == "persona":
            return [p.id for p in j.personas]
        if kind == "comment":
            return [c.id for c in j.comments]
        return list(j.cell_ids(group))

    @staticmethod
    def _ordered(differences: list[Difference]) -> list[Difference]:
        return sorted(differences, key=lambda d: d.place[0] if d.place else 1 << 30)

    # ----- structure ------------------------------------------------------------------
    def structure(self, kind: str) -> None:
        j, origin = self.j, self.origin
        changed: dict[Key, dict[str, Any]] = {}
        for d in self.of(kind, ChangeKind.CHANGED):
            changed.setdefault(d.key, {})[d.field] = d
        placing = {d.key: d for d in self.of(kind, ChangeKind.ADDED, ChangeKind.MOVED)}
        for key, fields in changed.items():
            if kind == "step" and "stage" in fields:
                placing[key] = fields["stage"]
        for d in self._ordered(list(placing.values())):
            if d.change is ChangeKind.ADDED:
                self.attempt(d, self.add_structure, kind, d)
            elif kind == "step" and d.change is ChangeKind.CHANGED:
                self.attempt(d, self.step_to_stage, d.key, d.after, d.place)
            else:
                self.attempt(d, self.move_structure, kind, d)
        update = {"stage": j.update_stage, "step": j.update_step, "lane": j.update_lane,
                  "persona": j.update_persona}[kind]
        for key, fields in changed.items():
            for name, d in fields.items():
                if not (kind == "step" and name == "stage"):
                    self.attempt(d, update, key, {name: _thawed(d.after)}, origin=origin)

    def add_structure(self, kind: str, d: Difference) -> None:
        j, record = self.j, d.after
        if kind == "step":
            step = Step(id=d.key)
            _assign(step, record, skip=frozenset({"stage"}))
            stage_id = record["stage"]
            index = self._index(self._siblings("step", d.key, stage_id), d.key, d.place)
            j.add_step(stage_id, step, index, origin=self.origin)
            return
        entity: Any = {"stage": Stage, "lane": Lane, "persona": Persona}[kind](id=d.key)
        _assign(entity, record)
        index = self._index(self._siblings(kind, d.key, None), d.key, d.place)
        add: Any = {"stage": j.add_stage, "lane": j.add_lane, "persona": j.add_persona}[kind]
        add(entity, index, origin=self.origin)

    def move_structure(self, kind: str, d: Difference) -> None:
        j, origin = self.j, self.origin
        if kind == "step":
            stage, _step = j.find_step(d.key)
            index = self._index(self._siblings("step", d.key, stage.id), d.key, d.place)
            if index is not None:
                j.move_step(stage.id, d.key, index, origin=origin)
            return
        index = self._index(self._siblings(kind, d.key, None), d.key, d.place)
        if index is not None:
            {"stage": j.move_stage, "lane": j.move_lane, "persona": j.move_persona}[kind](
                d.key, index, origin=origin)

    def step_to_stage(self, step_id: str, stage_id: str, place: tuple[int, Key] | None) -> None:
        """A step that went to another stage: it goes there with its cards."""
        j, origin = self.j, self.origin
        j.stage(stage_id)
        old_stage, _step = j.find_step(step_id)
        removed = j.remove_step(old_stage.id, step_id, origin=origin)
        index = self._index(self._siblings("step", step_id, stage_id), step_id, place)
        j.add_step(stage_id, removed.step, index, origin=origin)
        for card, _position in removed.content.cards:
            card.stage = stage_id
            j.add_card(card, origin=origin)
        j.relink(removed.content.unlinked, origin=origin)  # an opportunity's pain points

    # ----- cards ----------------------------------------------------------------------
    def cards(self) -> None:
        j, origin = self.j, self.origin
        changed: dict[Key, dict[str, Difference]] = {}
        for d in self.of("card", ChangeKind.CHANGED):
            changed.setdefault(d.key, {})[d.field] = d
        placing: dict[Key, Difference] = {
            d.key: d for d in self.of("card", ChangeKind.ADDED, ChangeKind.MOVED)}
        for key, fields in changed.items():
            cell_change = next((fields[f] for f in _CELL_FIELDS if f in fields), None)
            if cell_change is not None:
                placing.setdefault(key, cell_change)
        links: list[tuple[Difference, Key, dict[str, Any]]] = []
        for d in self._ordered(list(placing.values())):
            if d.change is ChangeKind.ADDED:
                if self.attempt(d, self.add_card, d):
                    wanted = {f: _thawed(d.after[f]) for f in _LINK_FIELDS if d.after.get(f)}
                    if wanted:
                        links.append((d, d.key, wanted))
            elif not self.attempt(d, self.move_card, d, changed.get(d.key, {})):
                # the whole new cell waits (a stage's last step may go later in the batch)
                self.skipped.extend(f for name, f in changed.get(d.key, {}).items()
                                    if name in _CELL_FIELDS and f is not d)
        for key, fields in changed.items():
            if "kind" in fields:
                self.attempt(fields["kind"], j.update_card, key, {"kind": fields["kind"].after},
                             origin=origin)
            for name, d in fields.items():
                if "kind" in fields and "." in name and d.after is None:
                    continue  # the old kind's detail record: the kind change dropped it
                if name != "kind" and name not in _CELL_FIELDS:
                    self.attempt(d, j.update_card, key, {name: _thawed(d.after)}, origin=origin)
        for d, key, wanted in links:
            self.attempt(d, j.update_card, key, wanted, origin=origin)

    def add_card(self, d: Difference) -> None:
        record: Record = d.after
        card = Card(id=d.key, kind=record.get("kind", "note"))
        _assign(card, record, skip=frozenset({"kind", *_LINK_FIELDS}))
        position = self._index(self.j.cell_ids(card.cell), d.key, d.place)
        self.j.add_card(card, position, origin=self.origin)

    def move_card(self, d: Difference, fields: dict[str, Difference]) -> None:
        card = self.j.card(d.key)
        found = self.cells.get(d.key, card.cell)
        stage, step, lane = (fields[f].after if f in fields else found[n]
                             for n, f in enumerate(_CELL_FIELDS))
        cell = cast(CellKey, (stage, step, lane))
        self.j.check_cell(cell)
        position = self._index(self.j.cell_ids(cell), d.key, d.place)
        if cell == card.cell and position is not None and position == self.j.card_position(d.key):
            return
        self.j.move_card(d.key, cell, position, origin=self.origin)

    # ----- emotions, comments, plan, votes --------------------------------------------
    def emotions(self) -> None:
        for d in self.of("emotion", ChangeKind.ADDED):
            persona, stage, step = d.key
            emotion = Emotion(persona, stage, step)
            _assign(emotion, d.after)
            self.attempt(d, self._put_emotion, d.key, emotion)
        for d in self.of("emotion", ChangeKind.CHANGED):
            persona, stage, step = d.key
            self.attempt(d, self.j.set_emotion, persona, stage, step, {d.field: d.after},
                         origin=self.origin)

    def _put_emotion(self, key: Any, emotion: Emotion) -> None:
        persona, stage, step = key
        self.j.persona(persona)
        self.j._check_point(self.j.stage(stage), step)
        self.j.put_emotion(key, emotion, origin=self.origin)

    def comments(self) -> None:
        j, origin = self.j, self.origin
        placing = self.of("comment", ChangeKind.ADDED, ChangeKind.MOVED)
        for d in self._ordered(placing):
            if d.change is ChangeKind.ADDED:
                comment = Comment(id=d.key, target=d.after.get("target", ""))
                _assign(comment, d.after)
                index = self._index(self._siblings("comment", d.key, None), d.key, d.place)
                self.attempt(d, j.add_comment, comment, index, origin=origin)
            else:
                self.attempt(d, self._move_comment, d)
        for d in self.of("comment", ChangeKind.CHANGED):
            if d.field == "target":  # a comment never changes target: put it on the other
                self.attempt(d, self._retarget_comment, d.key, d.after)
            else:
                self.attempt(d, j.update_comment, d.key, {d.field: _thawed(d.after)},
                             origin=origin)

    def _retarget_comment(self, comment_id: str, target: str) -> None:
        comment, index = self.j.remove_comment(comment_id, origin=self.origin)
        comment.target = target
        self.j.add_comment(comment, index, origin=self.origin)

    def _move_comment(self, d: Difference) -> None:
        index = self._index(self._siblings("comment", d.key, None), d.key, d.place)
        if index is None:
            return
        comment, _old = self.j.remove_comment(d.key, origin=self.origin)
        self.j.add_comment(comment, index, origin=self.origin)

    def plan(self) -> None:
        """The workshop plan is one whole: patch its records and set it again."""
        differences = self.by_kind.get("plan", [])
        if not differences:
            return
        table = dict(records_of(self.j)["plan"])
        for d in self._ordered(differences):
            if d.change is ChangeKind.ADDED:
                table[d.key] = dict(d.after)
            elif d.change is ChangeKind.REMOVED:
                table.pop(d.key, None)
            elif d.change is ChangeKind.CHANGED and d.key in table:
                table[d.key] = {**table[d.key], d.field: d.after}
        if not table:
            self.attempt(differences[0], self.j.set_workshop_plan, None, origin=self.origin)
            return
        scratch = JourneyMap()
        activities = sorted((k for k in table if k != PLAN_KEY), key=lambda k: int(k))
        for key in ([PLAN_KEY] if PLAN_KEY in table else []) + activities:
            _put_plan(scratch, key, table[key])
        self.attempt(differences[0], self.j.set_workshop_plan, scratch.workshop_plan,
                     origin=self.origin)

    def votes(self) -> None:
        removed = {d.key: d for d in self.of("vote", ChangeKind.REMOVED)}
        while removed:  # only the last vote can be taken back: from the end
            current = list(records_of(self.j)["vote"])
            if not current or current[-1] not in removed:
                break
            d = removed.pop(current[-1])
            if not self.attempt(d, self.j.remove_last_vote_tally, origin=self.origin):
                break
        self.skipped.extend(removed.values())
        for d in self._ordered(self.of("vote", ChangeKind.ADDED)):
            scratch = JourneyMap()
            if self.attempt(d, _put_vote, scratch, d.key, d.after):
                self.attempt(d, self.j.add_vote_tally, scratch.vote_tallies[0],
                             origin=self.origin)

    # ----- removing -------------------------------------------------------------------
    def remove(self, d: Difference) -> None:
        j, origin, key = self.j, self.origin, d.key
        if d.kind == "card":
            if key in j.cards:
                self.attempt(d, j.remove_card, key, origin=origin)
        elif d.kind == "emotion":
            if key in j.emotions:
                self.attempt(d, j.put_emotion, key, None, origin=origin)
        elif d.kind == "comment":
            self.attempt(d, j.remove_comment, key, origin=origin)
        elif d.kind == "step":
            self.attempt(d, self._remove_step, key)
        elif d.kind in ("stage", "lane", "persona"):
            remove = {"stage": j.remove_stage, "lane": j.remove_lane,
                      "persona": j.remove_persona}[d.kind]
            self.attempt(d, remove, key, origin=origin)

    def _remove_step(self, step_id: str) -> None:
        """Remove a step; the cards still in it are on their way elsewhere (those removed
        are gone already), so they wait in another step of the stage — or, with the last
        step, go up to the stage — until the retry puts them where they belong."""
        j = self.j
        stage, _step = j.find_step(step_id)
        other = next((s.id for s in stage.steps if s.id != step_id), None)
        if other is not None:
            for card in [c for c in j.ordered_cards() if c.stage == stage.id
                         and c.step == step_id]:
                j.move_card(card.id, (stage.id, other, card.lane), origin=self.origin)
        j.remove_step(stage.id, step_id, keep_content=True, origin=self.origin)

__all__ = ["apply_differences"]
