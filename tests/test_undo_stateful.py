"""Undo is exact: random sequences of Document edits (hypothesis RuleBasedStateMachine).

After any sequence, undoing everything gives the original map exactly, redoing everything
gives the final one, and save → load gives an equal map. A refused edit (ModelError)
changes nothing and leaves no undo step. The default run tries 15 sequences; ``pytest -m slow``
runs many more and longer ones.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from fuzz_budget import slow_count
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from cjm_desktop.app import ensure_app
from cjm_desktop.editing import Document
from cjm_desktop.files import load_map, map_to_dict
from cjm_desktop.files.templates import load_sample
from cjm_desktop.model.base import ModelError
from cjm_desktop.model.vocab import CardKind, ChecklistAnswer, LaneKind

ensure_app()
FOLDER = Path(tempfile.mkdtemp(prefix="cjm-undo-"))

texts = st.one_of(st.text(max_size=12), st.sampled_from(["", "고객", "=1+1", "x" * 300]))
indexes = st.integers(min_value=-2, max_value=12)
colors = st.sampled_from(["#4C78A8", "#F58518", "#54A24B", "#E45756"])
scores = st.one_of(st.none(), st.sampled_from([-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2]),
                   st.floats(min_value=-3, max_value=3, allow_nan=False))


class DocumentMachine(RuleBasedStateMachine):
    @initialize(language=st.sampled_from(["ko", "en"]))
    def start(self, language):
        self.document = Document(load_sample(language))
        self.original = map_to_dict(self.document.journey)

    # ----- helpers --------------------------------------------------------------------
    @property
    def j(self):
        return self.document.journey

    def edit(self, method, *args, **kwargs):
        """Run an edit; a refused one must change nothing at all."""
        before = map_to_dict(self.j)
        count, index = self.document.undo_stack.count(), self.document.undo_stack.index()
        try:
            return getattr(self.document, method)(*args, **kwargs)
        except ModelError:
            assert map_to_dict(self.j) == before, f"{method} was refused but changed the map"
            assert self.document.undo_stack.count() == count
            assert self.document.undo_stack.index() == index
            return None

    def pick(self, data, items):
        items = list(items)
        return data.draw(st.sampled_from(items)) if items else None

    def cell(self, data):
        cells = [(s, t, lane.id) for s, t in self.j.points() for lane in self.j.lanes]
        return self.pick(data, cells)

    def card_ids(self, data):
        ids = [c.id for c in self.j.ordered_cards()]
        if not ids:
            return []
        return data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=4, unique=True))

    # ----- structure ------------------------------------------------------------------
    @rule(name=texts, index=st.one_of(st.none(), indexes), color=st.one_of(st.none(), colors))
    def add_stage(self, name, index, color):
        self.edit("add_stage", name, index, color=color)

    @rule(data=st.data())
    def remove_stage(self, data):
        stage = self.pick(data, [s.id for s in self.j.stages])
        if stage:
            self.edit("remove_stage", stage)

    @rule(data=st.data(), index=indexes)
    def move_stage(self, data, index):
        stage = self.pick(data, [s.id for s in self.j.stages])
        if stage:
            self.edit("move_stage", stage, index)

    @rule(data=st.data(), name=texts, goal=texts, merge=st.booleans())
    def update_stage(self, data, name, goal, merge):
        stage = self.pick(data, [s.id for s in self.j.stages])
        if stage:
            self.edit("update_stage", stage, {"name": name, "goal": goal}, merge=merge)

    @rule(data=st.data(), name=texts, index=st.one_of(st.none(), indexes))
    def add_step(self, data, name, index):
        stage = self.pick(data, [s.id for s in self.j.stages])
        if stage:
            self.edit("add_step", stage, name, index)

    @rule(data=st.data())
    def remove_step(self, data):
        pair = self.pick(data, [(s.id, t.id) for s in self.j.stages for t in s.steps])
        if pair:
            self.edit("remove_step", *pair)

    @rule(data=st.data(), index=indexes)
    def move_step(self, data, index):
        pair = self.pick(data, [(s.id, t.id) for s in self.j.stages for t in s.steps])
        if pair:
            self.edit("move_step", pair[0], pair[1], index)

    @rule(data=st.data(), name=texts, merge=st.booleans())
    def update_step(self, data, name, merge):
        step = self.pick(data, [t.id for s in self.j.stages for t in s.steps])
        if step:
            self.edit("update_step", step, {"name": name}, merge=merge)

    @rule(kind=st.sampled_from([k.value for k in LaneKind]), title=texts,
          index=st.one_of(st.none(), indexes))
    def add_lane(self, kind, title, index):
        self.edit("add_lane", kind, title, index)

    @rule(data=st.data())
    def remove_lane(self, data):
        lane = self.pick(data, [lane.id for lane in self.j.lanes])
        if lane:
            self.edit("remove_lane", lane)

    @rule(data=st.data(), index=indexes)
    def move_lane(self, data, index):
        lane = self.pick(data, [lane.id for lane in self.j.lanes])
        if lane:
            self.edit("move_lane", lane, index)

    @rule(data=st.data(), title=texts,
          height=st.one_of(st.none(), st.floats(min_value=-10, max_value=900)))
    def update_lane(self, data, title, height):
        lane = self.pick(data, [lane.id for lane in self.j.lanes])
        if lane:
            changes = {"title": title} if height is None else {"title": title, "height": height}
            self.edit("update_lane", lane, changes)

    # ----- cards ----------------------------------------------------------------------
    @rule(data=st.data(), kind=st.one_of(st.none(), st.sampled_from([k.value for k in CardKind])),
          text=texts, position=st.one_of(st.none(), indexes))
    def add_card(self, data, kind, text, position):
        cell = self.cell(data)
        if cell:
            self.edit("add_card", cell, kind, text, position)

    @rule(data=st.data(), kind=st.one_of(st.none(), st.sampled_from([k.value for k in CardKind])),
          position=st.one_of(st.none(), indexes))
    def start_new_card(self, data, kind, position):
        """A card created empty for its editor; typing or leaving it may come later,
        after other edits or undo / redo (``type_new_card``, ``leave_new_card``)."""
        cell = self.cell(data)
        if cell:
            self.new_card = self.edit("add_card", cell, kind, "", position)

    @rule(text=texts)
    def type_new_card(self, text):
        card_id = getattr(self, "new_card", None)
        if card_id in self.j.cards:
            self.edit("set_new_card_text", card_id, text)

    @rule()
    def leave_new_card(self):
        card_id = getattr(self, "new_card", None)
        if card_id in self.j.cards:
            self.edit("discard_new_card", card_id)
            assert card_id not in self.j.cards

    @rule(data=st.data(), many=st.lists(texts, min_size=1, max_size=3),
          position=st.one_of(st.none(), indexes))
    def add_cards(self, data, many, position):
        cell = self.cell(data)
        if cell:
            self.edit("add_cards", cell, many, position)

    @rule(data=st.data())
    def remove_cards(self, data):
        ids = self.card_ids(data)
        if ids:
            self.edit("remove_cards", ids)

    @rule(data=st.data(), position=st.one_of(st.none(), indexes))
    def move_cards(self, data, position):
        ids, cell = self.card_ids(data), self.cell(data)
        if ids and cell:
            self.edit("move_cards", ids, cell, position)

    @rule(data=st.data())
    def duplicate_cards(self, data):
        ids = self.card_ids(data)
        if ids:
            self.edit("duplicate_cards", ids)

    @rule(data=st.data(), text=texts, votes=st.integers(min_value=-3, max_value=1000),
          tags=st.lists(texts, max_size=3), merge=st.booleans(),
          kind=st.one_of(st.none(), st.sampled_from([k.value for k in CardKind])))
    def update_card(self, data, text, votes, tags, merge, kind):
        card = self.pick(data, [c.id for c in self.j.ordered_cards()])
        if card:
            changes = {"text": text, "votes": votes, "tags": tags}
            if kind is not None:
                changes["kind"] = kind
            self.edit("update_card", card, changes, merge=merge)

    # ----- personas, emotions, info, checklist ---------------------------------------------
    @rule(name=texts, index=st.one_of(st.none(), indexes))
    def add_persona(self, name, index):
        self.edit("add_persona", name, index)

    @rule(data=st.data())
    def duplicate_persona(self, data):
        persona = self.pick(data, [p.id for p in self.j.personas])
        if persona:
            self.edit("duplicate_persona", persona)

    @rule(data=st.data())
    def remove_persona(self, data):
        persona = self.pick(data, [p.id for p in self.j.personas])
        if persona:
            self.edit("remove_persona", persona)

    @rule(data=st.data(), index=indexes)
    def move_persona(self, data, index):
        persona = self.pick(data, [p.id for p in self.j.personas])
        if persona:
            self.edit("move_persona", persona, index)

    @rule(data=st.data(), name=texts, says=st.lists(texts, max_size=3), merge=st.booleans())
    def update_persona(self, data, name, says, merge):
        persona = self.pick(data, [p.id for p in self.j.personas])
        if persona:
            self.edit("update_persona", persona, {"name": name, "empathy.says": says},
                      merge=merge)

    @rule(data=st.data(), score=scores, note=texts, merge=st.booleans())
    def set_emotion(self, data, score, note, merge):
        persona = self.pick(data, [p.id for p in self.j.personas])
        point = self.pick(data, self.j.points())
        if persona and point:
            self.edit("set_emotion", persona, point[0], point[1],
                      {"score": score, "note": note}, merge=merge)

    @rule(title=texts, description=texts, merge=st.booleans())
    def update_info(self, title, description, merge):
        self.edit("update_info", {"title": title, "description": description}, merge=merge)

    @rule(data=st.data(), answer=st.one_of(st.none(), st.sampled_from(
        [a.value for a in ChecklistAnswer] + ["maybe"])), note=texts)
    def update_checklist(self, data, answer, note):
        question = self.pick(data, [item.question for item in self.j.checklist])
        if question:
            self.edit("update_checklist", question, {"answer": answer, "note": note})

    @rule(data=st.data(), name=texts)
    def macro_of_edits(self, data, name):
        with self.document.macro("several"):
            self.edit("add_stage", name)
            cell = self.cell(data)
            if cell:
                self.edit("add_card", cell, None, name)

    @rule()
    def end_burst(self):
        self.document.end_burst()

    @rule(times=st.integers(min_value=1, max_value=3))
    def undo(self, times):
        for _ in range(times):
            self.document.undo_stack.undo()

    @rule(times=st.integers(min_value=1, max_value=3))
    def redo(self, times):
        for _ in range(times):
            self.document.undo_stack.redo()

    # ----- checks ---------------------------------------------------------------------
    @invariant()
    def grid_is_consistent(self):
        j = self.j
        stages = {s.id: {t.id for t in s.steps} for s in j.stages}
        lanes = {lane.id for lane in j.lanes}
        personas = {p.id for p in j.personas}
        for card in j.cards.values():
            assert card.stage in stages and card.lane in lanes
            assert card.step is None or card.step in stages[card.stage]
        for persona, stage, step in j.emotions:
            assert persona in personas and stage in stages
            assert step is None or step in stages[stage]

    def teardown(self):
        stack = self.document.undo_stack
        while stack.canRedo():  # the end of the history is the final map
            stack.redo()
        final = map_to_dict(self.j)
        while stack.canUndo():
            stack.undo()
        assert map_to_dict(self.j) == self.original, "undo-all must give the original map"
        while stack.canRedo():
            stack.redo()
        assert map_to_dict(self.j) == final, "redo-all must give the final map"
        path = FOLDER / "round-trip.cjm.json"
        self.document.save_as(path)
        assert map_to_dict(load_map(path)) == map_to_dict(self.j)


_health = [HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large]
TestUndoIsExact = DocumentMachine.TestCase
TestUndoIsExact.settings = settings(max_examples=15, stateful_step_count=25, deadline=None,
                                    suppress_health_check=_health)


class SlowDocumentMachine(DocumentMachine):
    pass


TestUndoIsExactSlow = pytest.mark.slow(SlowDocumentMachine.TestCase)
TestUndoIsExactSlow.settings = settings(max_examples=slow_count(1000), stateful_step_count=60,
                                        deadline=None, suppress_health_check=_health)
