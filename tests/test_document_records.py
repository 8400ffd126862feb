"""The Document's records (what live co-editing reads after every edit) are always the map's
records: kept card by card between changes, read again for every card a change names, all of
them after any other change. Random edits of every kind, undo and redo, someone else's
changes; after each, ``Document.records()`` equals a fresh read, order included."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjm_desktop.editing import Document
from cjm_desktop.files.templates import load_sample
from cjm_desktop.model import ModelError
from cjm_desktop.model.diff import diff_records
from cjm_desktop.model.map_records import records_of

ACTIONS = ("add", "text", "tags", "move", "remove", "duplicate", "stage name", "remove stage",
           "remove step", "remove lane", "remove persona", "undo", "redo", "remote")


def in_order(records):
    return [(kind, list(table.items())) for kind, table in records.items()]


def act(document: Document, action: str, pick: int) -> None:
    journey = document.journey
    cards = [card.id for card in journey.ordered_cards()]
    card = cards[pick % len(cards)] if cards else None
    cells = [cell for cell in journey.cells() if journey.cell_ids(cell)] or \
        [document.first_cell()]
    cell = cells[pick % len(cells)]
    if action == "add":
        document.add_card(cell, text=f"new {pick}")
    elif action == "text" and card:
        document.update_card(card, {"text": f"text {pick}"})
    elif action == "tags" and card:
        document.update_card(card, {"tags": [f"t{pick}"]})
    elif action == "move" and card:
        document.move_cards([card], cell, 0)
    elif action == "remove" and card:
        document.remove_cards([card])
    elif action == "duplicate" and card:
        document.duplicate_cards([card])
    elif action == "stage name":
        stage = journey.stages[pick % len(journey.stages)]
        document.update_stage(stage.id, {"name": f"stage {pick}"})
    elif action == "remove stage" and len(journey.stages) > 1:
        document.remove_stage(journey.stages[pick % len(journey.stages)].id)
    elif action == "remove step":
        stage = next((s for s in journey.stages if s.steps), None)
        if stage is not None:
            document.remove_step(stage.id, stage.steps[pick % len(stage.steps)].id)
    elif action == "remove lane" and len(journey.lanes) > 1:
        document.remove_lane(journey.lanes[pick % len(journey.lanes)].id)
    elif action == "remove persona" and journey.personas:
        document.remove_persona(journey.personas[pick % len(journey.personas)].id)
    elif action == "undo":
        document.undo()
    elif action == "redo":
        document.redo()
    elif action == "remote" and card:
        before = records_of(journey)
        after = {kind: dict(table) for kind, table in before.items()}
        after["card"][card] = {**after["card"][card], "text": f"someone else {pick}"}
        document.apply_remote(diff_records(before, after))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(ACTIONS), st.integers(0, 1000)), max_size=25),
       st.booleans())
def test_the_documents_records_are_always_the_maps(steps, live):
    document = Document(load_sample("en"))
    document.track_own_edits(live)
    for action, pick in steps:
        document.records()  # read between edits, as a live session does
        with contextlib.suppress(ModelError):  # a refused edit changes nothing
            act(document, action, pick)
        assert in_order(document.records()) == in_order(records_of(document.journey)), action
