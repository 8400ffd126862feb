"""The undo-history dock goes to a clicked step one undo or redo at a time through the
Document, so in live co-editing it stops at a step someone else has changed since (it
never sets the stack's index past a refusal)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cjm_desktop.editing import Document
from cjm_desktop.files.templates import load_sample
from cjm_desktop.model.diff import diff_records
from cjm_desktop.model.map_records import map_of, records_of
from cjm_desktop.panels.history import HistoryDock


def click_row(qtbot, dock: HistoryDock, row: int) -> None:
    view = dock.view
    rect = view.visualRect(view.model().index(row, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def make(qtbot, document: Document) -> HistoryDock:
    dock = HistoryDock(document.undo_stack, undo=document.undo, redo=document.redo)
    qtbot.addWidget(dock)
    dock.resize(300, 400)
    dock.show()
    qtbot.waitExposed(dock)
    return dock


def three_edits(document: Document) -> list[str]:
    cards = [card.id for card in document.journey.ordered_cards()[:3]]
    for number, card in enumerate(cards):
        document.update_card(card, {"text": f"edit {number}"})
        document.end_burst()
    return cards


def test_clicking_a_step_undoes_and_redoes_to_it(qtbot):
    document = Document(load_sample("en"))
    cards = three_edits(document)
    dock = make(qtbot, document)
    click_row(qtbot, dock, 1)  # row 0 is the empty state: after the first edit
    assert document.undo_stack.index() == 1
    assert [document.journey.cards[c].text for c in cards[1:]] != ["edit 1", "edit 2"]
    click_row(qtbot, dock, 3)
    assert document.undo_stack.index() == 3
    assert document.journey.cards[cards[2]].text == "edit 2"


def test_in_live_mode_the_walk_stops_at_a_step_someone_else_changed(qtbot):
    document = Document(load_sample("en"))
    document.track_own_edits(True)
    cards = three_edits(document)
    other = map_of(records_of(document.journey))
    other.update_card(cards[1], {"text": "someone else's words"})
    document.apply_remote(diff_records(records_of(document.journey), records_of(other)))
    refusals: list[str] = []
    document.refused.connect(refusals.append)
    dock = make(qtbot, document)
    click_row(qtbot, dock, 0)
    assert document.undo_stack.index() == 2  # the third edit undone, the second refused
    assert document.journey.cards[cards[1]].text == "someone else's words"
    assert document.journey.cards[cards[0]].text == "edit 0"
    assert len(refusals) == 1
