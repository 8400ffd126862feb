"""Remote changes through the Document (live co-editing) and per-person undo.

A remote batch leaves no undo step but marks the map modified and reaches the views; in
live mode undo takes back only one's own edits, and refuses (with a message, changing
nothing) a step whose fields someone else changed since.
"""

from __future__ import annotations

import copy

import pytest
from canvas_helpers import make_plot, make_view, settle
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cjm_desktop.editing import Document
from cjm_desktop.editing.commands import REMOTE_ORIGIN
from cjm_desktop.files.templates import load_sample
from cjm_desktop.model.diff import diff_records
from cjm_desktop.model.entities import Card
from cjm_desktop.model.map_records import map_of, records_of


def remote(document: Document, edit) -> None:
    """Someone else's edit: made on a copy of the map, applied as its differences."""
    other = map_of(records_of(document.journey))
    edit(other)
    document.apply_remote(diff_records(records_of(document.journey), records_of(other)))


@pytest.fixture(autouse=True)
def english_interface(qapp):
    """The refusal messages are checked in English (the language a fresh start installs
    here), whatever an earlier test in this worker left installed."""
    from cjm_desktop import i18n

    i18n.install_translations(qapp, "en")


@pytest.fixture
def doc(qapp):
    document = Document(load_sample("en"))
    document.track_own_edits(True)
    return document


def first_card(doc) -> str:
    return doc.journey.ordered_cards()[0].id


def test_a_remote_edit_leaves_no_undo_step_and_marks_the_map_modified(qapp):
    doc = Document(load_sample("en"))
    origins, cleans = [], []
    doc.changed.connect(lambda change: origins.append(change.origin))
    doc.undo_stack.cleanChanged.connect(cleans.append)
    card = first_card(doc)
    remote(doc, lambda j: j.update_card(card, {"text": "from afar"}))
    assert doc.journey.cards[card].text == "from afar"
    assert doc.undo_stack.count() == 0 and doc.is_modified() and cleans == [False]
    assert origins == [REMOTE_ORIGIN]


def test_undo_keeps_a_remote_edit_of_another_field(doc):
    card = first_card(doc)
    doc.update_card(card, {"text": "mine"})
    remote(doc, lambda j: j.update_card(card, {"tags": ["theirs"]}))
    before = doc.journey.cards[card].text
    assert doc.undo() is True
    assert doc.journey.cards[card].text != "mine" and before == "mine"
    assert doc.journey.cards[card].tags == ["theirs"]
    assert doc.redo() is True and doc.journey.cards[card].text == "mine"


def test_undo_of_a_field_someone_else_changed_since_is_refused(doc):
    card = first_card(doc)
    doc.update_card(card, {"text": "mine"})
    remote(doc, lambda j: j.update_card(card, {"text": "theirs"}))
    messages = []
    doc.refused.connect(messages.append)
    snapshot = copy.deepcopy(doc.journey.snapshot())
    assert doc.undo() is False
    assert doc.journey.snapshot() == snapshot and doc.journey.cards[card].text == "theirs"
    assert messages and "someone else" in messages[0] and doc.undo_stack.index() == 1


def test_undo_of_an_edit_on_a_card_someone_removed_is_refused(doc):
    card = first_card(doc)
    doc.update_card(card, {"text": "mine"})
    remote(doc, lambda j: j.remove_card(card))
    messages = []
    doc.refused.connect(messages.append)
    assert doc.undo() is False and messages and card not in doc.journey.cards


def test_redo_of_a_step_someone_changed_after_its_undo_is_refused(doc):
    card = first_card(doc)
    doc.update_card(card, {"text": "mine"})
    assert doc.undo()
    remote(doc, lambda j: j.update_card(card, {"text": "theirs"}))
    assert doc.redo() is False and doc.journey.cards[card].text == "theirs"


def test_older_steps_undo_past_a_refused_one_only_when_theirs_are_untouched(doc):
    card, other = [c.id for c in doc.journey.ordered_cards()[:2]]
    doc.update_card(other, {"text": "first"})
    doc.update_card(card, {"text": "second"})
    remote(doc, lambda j: j.update_card(other, {"tags": ["x"]}))
    assert doc.undo() and doc.undo()
    assert doc.journey.cards[other].tags == ["x"] and doc.journey.cards[other].text != "first"


def refusals(doc) -> list[str]:
    messages: list[str] = []
    doc.refused.connect(messages.append)
    return messages


def test_undoing_a_delete_after_someone_removed_the_lane_is_refused(doc):
    card = first_card(doc)
    lane = doc.journey.cards[card].lane
    doc.remove_cards([card])
    remote(doc, lambda j: j.remove_lane(lane))
    messages, records = refusals(doc), records_of(doc.journey)
    assert doc.undo() is False
    assert records_of(doc.journey) == records and card not in doc.journey.cards
    assert doc.undo_stack.index() == 1 and doc.undo_stack.canUndo()
    assert messages and "someone else" in messages[0]


def test_a_step_refused_halfway_puts_back_what_it_had_undone(doc):
    cards = doc.journey.ordered_cards()
    kept = cards[0]
    gone = next(c for c in cards if c.lane != kept.lane)
    doc.remove_cards([gone.id, kept.id])  # undone the other way: kept first, then gone
    remote(doc, lambda j: j.remove_lane(gone.lane))
    messages, records = refusals(doc), records_of(doc.journey)
    assert doc.undo() is False and messages
    assert records_of(doc.journey) == records and kept.id not in doc.journey.cards
    assert doc.undo_stack.index() == 1


def test_redoing_an_added_card_after_someone_removed_its_lane_is_refused(doc):
    stage, step, lane = doc.journey.ordered_cards()[0].cell
    card = doc.add_card((stage, step, lane), text="mine")
    assert doc.undo() and card not in doc.journey.cards
    remote(doc, lambda j: j.remove_lane(lane))
    messages, records = refusals(doc), records_of(doc.journey)
    assert doc.redo() is False and messages and "redone" in messages[0]
    assert records_of(doc.journey) == records and doc.undo_stack.index() == 0
    assert doc.undo_stack.canRedo()


def test_without_tracking_undo_is_the_stacks(qapp):
    doc = Document(load_sample("en"))
    card = first_card(doc)
    doc.update_card(card, {"text": "mine"})
    remote(doc, lambda j: j.update_card(card, {"text": "theirs"}))
    assert doc.undo() is True  # exactly as before live mode: the stack's undo


def test_the_canvas_shows_a_remotely_added_card(qtbot):
    view = make_view(qtbot)
    doc = view.document
    stage, step, lane = next(c for c in doc.journey.cells()
                             if doc.journey.lane(c[2]).kind != "emotions")
    remote(doc, lambda j: j.add_card(Card("c-remote", "note", stage, lane, step,
                                          text="arrived")))
    settle(view)
    assert "c-remote" in view.journey_scene.cards
    assert view.journey_scene.cards["c-remote"].isVisible()


def test_the_plot_follows_a_remote_score(qtbot):
    plot = make_plot(qtbot)
    doc = plot.document
    persona = doc.journey.personas[0].id
    stage_id, step_id = doc.journey.points()[0]
    remote(doc, lambda j: j.set_emotion(persona, stage_id, step_id, {"score": -2}))
    qtbot.waitUntil(lambda: plot.curves[persona].score_values[0] == -2)


def test_the_window_undo_key_goes_through_the_document(qtbot):
    from cjm_desktop.app import create_main_window

    window = create_main_window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    doc = window.document
    doc.track_own_edits(True)
    card = first_card(doc)
    doc.update_card(card, {"text": "mine"})
    remote(doc, lambda j: j.update_card(card, {"text": "theirs"}))
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert doc.journey.cards[card].text == "theirs"
    assert "someone else" in window.statusBar().currentMessage()
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.journey.cards[card].text == "theirs" and doc.undo_stack.index() == 1
    doc.undo_stack.setClean()
    window.close()


def test_a_command_refused_halfway_through_its_own_changes_leaves_the_map_as_it_was(doc):
    from cjm_desktop.editing import commands as cmd
    from cjm_desktop.model import ModelError

    class HalfDone(cmd.ModelCommand):
        def apply(self) -> None:
            self.journey.update_info({"title": "done"}, origin=self.origin())

        def undo(self) -> None:
            self.journey.update_info({"title": "half"}, origin=cmd.UNDO_ORIGIN)
            raise ModelError("gone")

    doc.push(HalfDone("Half", doc.journey))
    messages, records = refusals(doc), records_of(doc.journey)
    assert doc.undo() is False and messages
    assert records_of(doc.journey) == records and doc.journey.info.title == "done"
