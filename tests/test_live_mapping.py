"""The map as a CRDT document (cjm_desktop/live/mapping.py, docs/collaboration.md).

A map goes into a pycrdt document and comes back byte-identical; writing records changes
only what differs (a one-field edit is one changed entry, a move one position key); two
documents editing concurrently and exchanging updates converge to the same records, with
every card that nobody deleted there exactly once.
"""

from __future__ import annotations

import pycrdt
import pytest
from fuzz_budget import slow_count
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_merge_property import _apply, _with_plan

from cjm_desktop.files.cjm_json import dumps
from cjm_desktop.files.templates import TEMPLATE_NAMES, load_sample, load_template
from cjm_desktop.live.mapping import (
    MAPPING_VERSION,
    POSITION,
    TEXT_FIELDS,
    MappingVersionError,
    between,
    doc_of,
    encode_key,
    encode_value,
    journey_of,
    mapping_version,
    new_doc,
    read_records,
    splice,
    write_records,
)
from cjm_desktop.model.base import ModelError
from cjm_desktop.model.diff import diff_records
from cjm_desktop.model.entities import Card, Stage
from cjm_desktop.model.map_records import KINDS, map_of, order_group, records_of

FEW = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _ordered(records):
    """Records as comparable lists: within each order group, the sequence of keys."""
    result = {}
    for kind in KINDS:
        groups: dict = {}
        for key, record in records.get(kind.name, {}).items():
            if kind.order_by != "":  # "": order carries no meaning (emotions, map info)
                groups.setdefault(repr(order_group(kind, record)), []).append(key)
        result[kind.name] = (records.get(kind.name, {}), groups)
    return result


# ----- round trips --------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_sample_goes_through_a_document_byte_identical(language):
    journey = _with_plan(load_sample(language))
    doc = doc_of(journey)
    assert mapping_version(doc) == MAPPING_VERSION
    assert dumps(journey_of(doc)) == dumps(journey)


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
@pytest.mark.parametrize("language", ["ko", "en"])
def test_every_template_goes_through_a_document_byte_identical(name, language):
    journey = load_template(name, language)
    assert dumps(journey_of(doc_of(journey))) == dumps(journey)


@FEW
@given(data=st.data(), language=st.sampled_from(["ko", "en"]))
def test_an_edited_map_goes_through_a_document_byte_identical(data, language):
    journey = _with_plan(load_sample(language))
    _apply(journey, data, "A", data.draw(st.integers(0, 12)))
    records = records_of(journey)
    doc = new_doc(records)
    assert _ordered(read_records(doc)) == _ordered(records)
    assert dumps(journey_of(doc)) == dumps(journey)


@FEW
@given(data=st.data())
def test_writing_records_then_reading_gives_the_records(data):
    """A document that held one map, rewritten with another, holds exactly the other."""
    start = _with_plan(load_sample("en"))
    doc = doc_of(start)
    edited = _with_plan(load_sample("en"))
    _apply(edited, data, "B", data.draw(st.integers(1, 12)))
    records = records_of(edited)
    write_records(doc, records)
    assert _ordered(read_records(doc)) == _ordered(records)
    assert dumps(journey_of(doc)) == dumps(edited)
    assert not write_records(doc, records)  # nothing left to change


@FEW
@given(data=st.data())
def test_writing_only_the_touched_records_is_the_same_as_writing_them_all(data):
    """A live session names the records one person changed; the document ends up exactly
    as when every record is compared (same records, same order, same positions)."""
    start = _with_plan(load_sample("en"))
    edited = _with_plan(load_sample("en"))
    _apply(edited, data, "B", data.draw(st.integers(1, 12)))
    before, after = records_of(start), records_of(edited)
    touched: dict = {}
    for change in diff_records(before, after):
        touched.setdefault(change.kind, set()).add(change.key)
    every, some = new_doc(before, client_id=7), new_doc(before, client_id=7)
    write_records(every, after)
    write_records(some, after, touched=touched)
    assert _ordered(read_records(some)) == _ordered(read_records(every)) == _ordered(after)
    assert _positions(some) == _positions(every)


def _positions(doc):
    return {kind.name: {key: entry.get(POSITION)
                        for key, entry in doc.get(kind.name, type=pycrdt.Map).items()}
            for kind in KINDS}


def test_a_document_of_a_newer_mapping_is_refused_with_a_clear_message():
    doc = doc_of(load_sample("en"))
    doc.get("meta", type=pycrdt.Map)["version"] = MAPPING_VERSION + 1
    with pytest.raises(MappingVersionError, match="newer version"):
        read_records(doc)
    with pytest.raises(MappingVersionError):
        write_records(doc, records_of(load_sample("en")))


def test_an_empty_document_holds_no_records_and_the_version():
    doc = new_doc()
    assert mapping_version(doc) == MAPPING_VERSION
    assert all(not table for table in read_records(doc).values())


# ----- minimal writes -----------------------------------------------------------------------
def _changes(doc, records):
    """The entries a write changes: (path, key) for every key of every map event, and
    (record path, field) for every shared text changed in place."""
    events: list = []
    shared_maps = [doc.get(kind.name, type=pycrdt.Map) for kind in KINDS]
    subscriptions = [(shared, shared.observe_deep(events.extend)) for shared in shared_maps]
    write_records(doc, records)
    for shared, subscription in subscriptions:
        shared.unobserve(subscription)
    return [(tuple(event.path[:-1]), event.path[-1]) if isinstance(event, pycrdt.TextEvent)
            else (tuple(event.path), key) for event in events
            for key in getattr(event, "keys", [None])]


def test_a_one_field_edit_writes_one_entry():
    journey = load_sample("en")
    doc = doc_of(journey)
    card_id = journey.ordered_cards()[3].id
    journey.update_card(card_id, {"text": "changed"})
    changes = _changes(doc, records_of(journey))
    assert changes == [((f'"{card_id}"',), "text")]


# ----- typed texts as shared texts ---------------------------------------------------------
def _entry(doc, kind: str, key):
    return doc.get(kind, type=pycrdt.Map)[encode_key(key)]


def test_typed_texts_are_shared_texts_and_the_other_fields_plain_values():
    journey = load_sample("ko")
    doc = doc_of(journey)
    card = journey.ordered_cards()[0]
    entry = _entry(doc, "card", card.id)
    assert isinstance(entry["text"], pycrdt.Text) and str(entry["text"]) == card.text
    assert isinstance(entry["notes"], pycrdt.Text)
    assert isinstance(entry["stage"], str) and isinstance(entry["kind"], str)
    stage = _entry(doc, "stage", journey.stages[0].id)
    assert isinstance(stage["name"], pycrdt.Text) and isinstance(stage["color"], str)
    persona = _entry(doc, "persona", journey.personas[0].id)
    assert isinstance(persona["bio"], pycrdt.Text)
    assert not isinstance(persona["photo"], pycrdt.Text)
    assert set(TEXT_FIELDS) <= {kind.name for kind in KINDS}


@pytest.mark.parametrize(("before", "after", "inserted", "deleted"), [
    ("고객이 앱을 연다", "고객이 처음 앱을 연다", "처음 ", ""),  # an insertion in Korean
    ("Open 😀 the app", "Open 😀 app", "", "the "),  # after a character outside the BMP
    ("같은 글", "같은 글", "", ""), ("", "새 글", "새 글", ""), ("지울 글", "", "", "지울 글"),
    ("aaa", "aaaa", "a", ""), ("abcabc", "abXabc", "X", "c"),
])
def test_typing_changes_a_shared_text_by_one_splice_not_a_rewrite(before, after, inserted,
                                                                    deleted):
    doc = pycrdt.Doc()
    text = doc.get("t", type=pycrdt.Text)
    text += before
    deltas: list = []
    subscription = text.observe(lambda event: deltas.append(event.delta))
    assert splice(text, after) == (before != after)
    text.unobserve(subscription)
    assert str(text) == after
    assert "".join(op.get("insert", "") for delta in deltas for op in delta) == inserted
    # pycrdt counts UTF-8 bytes
    assert sum(op.get("delete", 0) for delta in deltas for op in delta) == len(deleted.encode())


def test_every_laptop_reads_a_records_fields_in_the_same_order():
    first = doc_of(load_sample("en"))
    second = pycrdt.Doc()
    second.apply_update(first.get_update())
    assert repr(read_records(first)) == repr(read_records(second))


def test_a_text_field_held_as_a_plain_value_is_read_and_then_becomes_a_shared_text():
    journey = load_sample("en")
    doc = doc_of(journey)
    card = journey.ordered_cards()[0]
    entry = _entry(doc, "card", card.id)
    entry["text"] = encode_value("written as a plain value")
    assert read_records(doc)["card"][card.id]["text"] == "written as a plain value"
    journey.update_card(card.id, {"text": "typed again"})
    write_records(doc, records_of(journey))
    assert isinstance(entry["text"], pycrdt.Text)
    assert read_records(doc) == records_of(journey)


def test_a_move_inside_the_cell_sets_only_the_moved_cards_position():
    journey = load_sample("en")
    cell = next(cell for cell in journey.cells() if len(journey.cards_in(cell)) >= 3)
    first = journey.cards_in(cell)[0].id
    doc = doc_of(journey)
    journey.move_card(first, cell, 2)
    assert _changes(doc, records_of(journey)) == [((f'"{first}"',), POSITION)]
    assert [c.id for c in journey_of(doc).cards_in(cell)] == [c.id for c in journey.cards_in(cell)]


def test_a_move_to_another_cell_sets_the_cell_and_the_position_of_that_card_only():
    journey = load_sample("en")
    card = journey.ordered_cards()[0]
    other = next(cell for cell in journey.cells()
                 if cell != card.cell and journey.lane(cell[2]).kind != "emotions")
    doc = doc_of(journey)
    journey.move_card(card.id, other, 0)
    changes = _changes(doc, records_of(journey))
    assert {path for path, _ in changes} == {(f'"{card.id}"',)}
    assert POSITION in {key for _, key in changes}
    assert dumps(journey_of(doc)) == dumps(journey)


def test_moving_a_stage_rewrites_one_position_not_its_cards_nor_emotions():
    journey = load_sample("en")
    doc = doc_of(journey)
    journey.move_stage(journey.stages[0].id, len(journey.stages) - 1)
    changes = _changes(doc, records_of(journey))
    assert len(changes) == 1
    assert dumps(journey_of(doc)) == dumps(journey)


def test_positions_go_between_their_neighbours():
    assert between(None, None) > ""
    for low, high in [(None, "1"), ("0", "1"), ("V", "VV"), ("zz", None), ("a", "a0V"),
                      (None, "0001")]:
        middle = between(low, high)
        assert (low or "") < middle and (high is None or middle < high)
        assert high is None or not high.startswith(middle)


# ----- concurrent editing -------------------------------------------------------------------
def _edit(journey, data, side: str, count: int, counter: list[int]) -> None:
    """Random adds, removes, field changes and moves (new ids carry the side's name, as
    two laptops' ids never meet)."""
    for _ in range(count):
        edit = data.draw(st.sampled_from(("add", "remove", "text", "move", "move", "stage",
                                          "add_stage", "remove_stage")))
        cards = sorted(journey.cards)
        cells = [cell for cell in journey.cells() if journey.lane(cell[2]).kind != "emotions"]
        counter[0] += 1
        try:
            if edit == "add" and cells:
                stage, step, lane = data.draw(st.sampled_from(cells))
                journey.add_card(Card(id=f"{side}-card-{counter[0]}", stage=stage, step=step,
                                      lane=lane, text=f"{side}{counter[0]}"),
                                 data.draw(st.integers(0, 3)))
            elif edit == "remove" and cards:
                journey.remove_card(data.draw(st.sampled_from(cards)))
            elif edit == "text" and cards:
                journey.update_card(data.draw(st.sampled_from(cards)),
                                    {"text": f"{side}{counter[0]}"})
            elif edit == "move" and cards and cells:
                journey.move_card(data.draw(st.sampled_from(cards)),
                                  data.draw(st.sampled_from(cells)), data.draw(st.integers(0, 3)))
            elif edit == "stage":
                journey.move_stage(data.draw(st.sampled_from([s.id for s in journey.stages])),
                                   data.draw(st.integers(0, len(journey.stages) - 1)))
            elif edit == "add_stage":
                journey.add_stage(Stage(id=f"{side}-stage-{counter[0]}", name=side),
                                  data.draw(st.integers(0, len(journey.stages))))
            elif edit == "remove_stage" and len(journey.stages) > 2:
                journey.remove_stage(data.draw(st.sampled_from([s.id for s in journey.stages])))
        except ModelError:
            pass


def _sync(source, target) -> None:
    target.apply_update(source.get_update(target.get_state()))


class _Side:
    """One laptop: its document and the map it edits (rebuilt from the document after a
    sync). ``removed``: the cards this side deleted — by hand, with their stage, or left
    out when its map was rebuilt because another side deleted their stage."""

    def __init__(self, name: str, doc) -> None:
        self.name, self.doc = name, doc
        self.journey = journey_of(doc)
        self.seen = set(self.journey.cards)
        self.removed: set[str] = set()

    def edit(self, data, counter) -> None:
        before = set(read_records(self.doc)["card"])  # what this write may delete
        self.seen |= before
        _edit(self.journey, data, self.name, data.draw(st.integers(0, 4)), counter)
        self.removed |= before - set(self.journey.cards)
        self.seen |= set(self.journey.cards)
        write_records(self.doc, records_of(self.journey))

    def receive(self, other: _Side) -> None:
        _sync(other.doc, self.doc)
        self.journey = journey_of(self.doc)


def _converge(data) -> None:
    """Two laptops from one map make random edits, now and then hearing each other; once
    both have every update they hold the same records, and every card nobody deleted."""
    base = load_sample("en")
    first = new_doc(records_of(base), client_id=101)
    second = pycrdt.Doc(client_id=202)
    _sync(first, second)
    a, b = _Side("A", first), _Side("B", second)
    counter = [0]
    for _round in range(data.draw(st.integers(1, 4))):
        for side in (a, b):
            side.edit(data, counter)
        if data.draw(st.booleans()):  # sometimes one side hears the other mid-way
            receiver, sender = data.draw(st.sampled_from([(a, b), (b, a)]))
            receiver.receive(sender)
    _sync(first, second)
    _sync(second, first)
    left, right = read_records(first), read_records(second)
    assert _ordered(left) == _ordered(right)
    assert list(left["card"]) == list(right["card"])
    assert set(left["card"]) == (a.seen | b.seen) - a.removed - b.removed
    assert dumps(journey_of(first)) == dumps(journey_of(second))


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_two_documents_editing_concurrently_converge_and_keep_every_card_not_deleted(data):
    _converge(data)


def test_concurrent_moves_of_one_card_leave_it_once_in_one_of_the_two_cells():
    base = load_sample("en")
    first = new_doc(records_of(base), client_id=1)
    second = pycrdt.Doc(client_id=2)
    _sync(first, second)
    card = base.ordered_cards()[0]
    cells = [cell for cell in base.cells()
             if cell != card.cell and base.lane(cell[2]).kind != "emotions"]
    targets = []
    for doc, cell in ((first, cells[0]), (second, cells[-1])):
        journey = journey_of(doc)
        journey.move_card(card.id, cell, 0)
        write_records(doc, records_of(journey))
        targets.append(cell)
    _sync(first, second)
    _sync(second, first)
    for doc in (first, second):
        journey = journey_of(doc)
        assert journey.card(card.id).cell in targets
        assert sum(c.id == card.id for c in journey.ordered_cards()) == 1
        assert len(journey.cards) == len(base.cards)


def test_concurrent_inserts_at_the_same_place_both_survive_in_a_shared_order():
    base = load_sample("en")
    first = new_doc(records_of(base), client_id=1)
    second = pycrdt.Doc(client_id=2)
    _sync(first, second)
    cell = next(cell for cell in base.cells() if len(base.cards_in(cell)) >= 2)
    for doc, name in ((first, "A"), (second, "B")):
        journey = journey_of(doc)
        stage, step, lane = cell
        journey.add_card(Card(id=f"{name}-new", stage=stage, step=step, lane=lane, text=name), 1)
        write_records(doc, records_of(journey))
    _sync(first, second)
    _sync(second, first)
    orders = [[c.id for c in journey_of(doc).cards_in(cell)] for doc in (first, second)]
    assert orders[0] == orders[1]
    assert {"A-new", "B-new"} <= set(orders[0])
    assert orders[0][0] == base.cards_in(cell)[0].id
    assert map_of(read_records(first)).cards.keys() == map_of(read_records(second)).cards.keys()


@pytest.mark.slow
@settings(max_examples=slow_count(300), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_many_concurrent_edit_sequences_converge(data):
    """The long variant (``pytest -m slow``)."""
    _converge(data)
