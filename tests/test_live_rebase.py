"""Rebasing the window's table onto the shared map: orders someone else changed survive."""

from __future__ import annotations

from cjm_desktop.live.rebase import rebase
from cjm_desktop.model.diff import diff_records


def card(text: str, lane: str = "l1") -> dict:
    return {"text": text, "stage": "s1", "step": None, "lane": lane}


def cell_order(records: dict, lane: str = "l1") -> list[str]:
    return [key for key, record in records["card"].items() if record["lane"] == lane]


def test_a_card_someone_moved_stays_where_they_put_it_when_this_side_adds_a_card():
    before = {"card": {"x": card("X"), "a": card("A"), "b": card("B")}}
    # elsewhere x was moved after a; the window has not shown that yet
    current = {"card": {"a": card("A"), "x": card("X"), "b": card("B")}}
    # here: a new card at the end of the same cell, in a table still showing x first
    local = {"card": {"x": card("X"), "a": card("A"), "b": card("B"), "n": card("N")}}
    result = rebase(current, diff_records(before, local), local)
    assert cell_order(result) == ["a", "x", "b", "n"]


def test_a_card_moved_here_goes_after_its_neighbour_here_and_the_others_keep_their_order():
    before = {"card": {"a": card("A"), "b": card("B"), "c": card("C"), "d": card("D")}}
    current = {"card": {"b": card("B"), "a": card("A"), "c": card("C"), "d": card("D")}}
    local = {"card": {"a": card("A"), "b": card("B"), "d": card("D"), "c": card("C")}}
    result = rebase(current, diff_records(before, local), local)
    order = cell_order(result)
    assert order.index("b") < order.index("a")  # their move stays
    assert order.index("d") < order.index("c")  # and so does mine


def test_a_card_moved_here_into_another_cell_is_placed_among_that_cells_cards():
    before = {"card": {"a": card("A"), "b": card("B", "l2"), "c": card("C", "l2")}}
    current = {"card": {"a": card("A"), "c": card("C", "l2"), "b": card("B", "l2")}}
    local = {"card": {"b": card("B", "l2"), "a": card("A", "l2"), "c": card("C", "l2")}}
    result = rebase(current, diff_records(before, local), local)
    assert cell_order(result, "l2") == ["c", "b", "a"]  # after b, as here; c before b, as there
    assert cell_order(result, "l1") == []
