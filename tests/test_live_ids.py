"""Ids made in a live session: two people adding at once never make the same id."""

from __future__ import annotations

from cjm_desktop.editing import Document
from cjm_desktop.files.templates import load_sample
from cjm_desktop.model.map_records import map_of, records_of


def _two_laptops() -> tuple[Document, Document]:
    records = records_of(load_sample("en"))
    first, second = Document(map_of(records)), Document(map_of(records))
    for document in (first, second):
        document.track_own_edits(True)
    return first, second


def test_cards_and_stages_added_on_two_laptops_at_once_get_different_ids(qapp):
    first, second = _two_laptops()
    cell = first.first_cell()
    assert cell is not None
    cards = [doc.add_card(cell, text="new") for doc in (first, second)]
    stages = [doc.add_stage("New stage") for doc in (first, second)]
    assert cards[0] != cards[1]
    assert stages[0] != stages[1]
    for document, card_id in zip((first, second), cards, strict=True):
        assert document.journey.card(card_id).text == "new"


def test_outside_a_live_session_ids_are_the_usual_serials(qapp):
    document = Document(load_sample("en"))
    card_id = document.add_card(document.first_cell(), text="new")
    assert card_id[0] == "c" and card_id[1:].isdigit()
    document.track_own_edits(True)
    document.track_own_edits(False)
    assert document.add_card(document.first_cell(), text="again")[1:].isdigit()


def test_a_map_shown_again_in_the_same_live_session_keeps_making_tagged_ids(qapp):
    first, _second = _two_laptops()
    tagged = first.add_card(first.first_cell(), text="a")
    first.replace(load_sample("en"), None)
    again = first.add_card(first.first_cell(), text="b")
    assert tagged[-7:] == again[-7:] and tagged[-7] == "-"
