"""The whole live path end to end, in one process: two main windows (offscreen) on one
embedded server, a live session on each, a person's real keys and mouse on each canvas.

A card added and typed in window A appears on B's canvas; B drags it to another cell and
A sees it move; A's Ctrl+Z of a text B has changed since is refused with a message and
changes neither map; A's Ctrl+Z of its own other edit is undone on both.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from canvas_helpers import card_center, cell_center, click, drag, settle
from live_helpers import quick_backoff  # noqa: F401 (an autouse fixture)
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_card_creation import empty_cell, press, type_keys

from cjm_desktop.app import create_main_window
from cjm_desktop.editing.sharing import LOOPBACK
from cjm_desktop.files.templates import sample_path
from cjm_desktop.live.server import LiveServer
from cjm_desktop.live.session import LiveSession
from cjm_desktop.main_window.launcher import RecordingLauncher
from cjm_desktop.model.map_records import records_of

TIMEOUT_MS = 20_000  # generous: two cores shared with other test workers


@pytest.fixture
def server() -> Iterator[LiveServer]:
    live = LiveServer(LOOPBACK)
    live.start()
    yield live
    live.stop()


def open_window(path=None):
    window = create_main_window(path, launcher=RecordingLauncher())
    window.resize(1500, 1000)
    window.show()
    QApplication.processEvents()
    return window


@pytest.fixture
def windows(qtbot, server) -> Iterator[tuple]:
    """Window A hosts the English sample, window B joins it; each has its live session."""
    QSettings().remove("files")
    a, b = open_window(sample_path("en")), open_window()
    session_a = LiveSession(a.document, server.url, name="Ana", color="#c0392b")
    session_b = LiveSession(b.document, server.url, name="Bo", color="#2471a3", join=True)
    session_a.start()
    session_b.start()
    try:
        with qtbot.waitSignal(session_b.joined, timeout=TIMEOUT_MS):
            pass
        settle(b.canvas)
        yield a, b
    finally:
        session_a.stop()
        session_b.stop()
        for window in (a, b):
            window.document.undo_stack.setClean()
            window.close()
            window.deleteLater()
        QApplication.processEvents()


def same(a, b) -> bool:
    return records_of(a.document.journey) == records_of(b.document.journey)


def activate(qtbot, window) -> None:
    """Make ``window`` the one the keyboard goes to, its canvas focused."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    window.canvas.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.canvas, timeout=TIMEOUT_MS)


def click_card(view, card_id: str) -> None:
    """Click a card, scrolled into view clear of the frozen headers first."""
    view.ensureVisible(view.journey_scene.card_rect(card_id), 300, 300)
    settle(view)
    click(view, card_center(view, card_id))
    assert view.selected_ids() == [card_id]


def ctrl_z() -> None:
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_two_windows_edit_one_map_live(qtbot, windows):
    a, b = windows
    view_a, view_b = a.canvas, b.canvas
    journey_a, journey_b = a.document.journey, b.document.journey
    settle(view_a)

    # A adds a card with the keyboard and types its text: it appears on B's canvas
    activate(qtbot, a)
    (col, row), cell = empty_cell(view_a)
    click(view_a, cell_center(view_a, col, row))
    press(Qt.Key.Key_F2)
    type_keys("Seen live")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Escape)  # the next card the Return chained stays empty: it goes
    settle(view_a)
    [card] = journey_a.cell_ids(cell)
    assert journey_a.cards[card].text == "Seen live" and a.document.undo_stack.count() == 1
    qtbot.waitUntil(lambda: card in view_b.journey_scene.cards, timeout=TIMEOUT_MS)
    settle(view_b)
    assert journey_b.cards[card].text == "Seen live" and journey_b.cards[card].cell == cell
    assert view_b.journey_scene.cards[card].isVisible()
    assert b.document.undo_stack.count() == 0  # someone else's edit is no step on B

    # B drags the card into the next empty cell: A sees it move
    activate(qtbot, b)
    (to_col, to_row), target = empty_cell(view_b)
    drag(view_b, card_center(view_b, card), cell_center(view_b, to_col, to_row))
    assert journey_b.cards[card].cell == target
    qtbot.waitUntil(lambda: journey_a.cards[card].cell == target, timeout=TIMEOUT_MS)
    settle(view_a)
    moved = view_a.journey_scene.card_rect(card)
    x, y, w, h = view_a.journey_scene.layout.cell_rect(to_col, to_row)
    assert x <= moved.center().x() <= x + w and y <= moved.center().y() <= y + h

    # A retypes an existing card's text; B changes the same text; A's Ctrl+Z is refused
    other = next(c for c in journey_a.ordered_cards() if c.id != card and c.text)
    activate(qtbot, a)
    click_card(view_a, other.id)
    press(Qt.Key.Key_F2)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys("Ana's words")
    press(Qt.Key.Key_Return)
    settle(view_a)
    assert journey_a.cards[other.id].text == "Ana's words"
    qtbot.waitUntil(lambda: journey_b.cards[other.id].text == "Ana's words",
                    timeout=TIMEOUT_MS)
    b.document.update_card(other.id, {"text": "Bo's words"})
    qtbot.waitUntil(lambda: journey_a.cards[other.id].text == "Bo's words",
                    timeout=TIMEOUT_MS)
    activate(qtbot, a)
    records, steps = records_of(journey_a), a.document.undo_stack.index()
    ctrl_z()
    settle(view_a)
    assert "someone else" in a.statusBar().currentMessage()
    assert records_of(journey_a) == records and a.document.undo_stack.index() == steps
    assert records_of(journey_b) == records and same(a, b)

    # A deletes another card (its own other edit) and undoes that: undone on both
    gone = next(c.id for c in journey_a.ordered_cards() if c.id not in (card, other.id))
    click_card(view_a, gone)
    press(Qt.Key.Key_Delete)
    assert gone not in journey_a.cards
    qtbot.waitUntil(lambda: gone not in journey_b.cards, timeout=TIMEOUT_MS)
    # Updates reach B in the order A sent them: had the refused undo sent anything, it
    # would have arrived before the delete. Nothing did: B still has Bo's words.
    assert journey_b.cards[other.id].text == "Bo's words" and same(a, b)
    ctrl_z()
    settle(view_a)
    assert gone in journey_a.cards and journey_a.cards[other.id].text == "Bo's words"
    qtbot.waitUntil(lambda: gone in view_b.journey_scene.cards, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: same(a, b), timeout=TIMEOUT_MS)
    assert records_of(journey_a) == records


def test_undoing_a_delete_whose_lane_someone_removed_is_refused_on_screen(qtbot, windows):
    a, b = windows
    view_a = a.canvas
    settle(view_a)
    card = next(c for c in a.document.journey.ordered_cards() if c.text)
    activate(qtbot, a)
    click_card(view_a, card.id)
    press(Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: card.id not in b.document.journey.cards, timeout=TIMEOUT_MS)
    b.document.remove_lane(card.lane)
    qtbot.waitUntil(lambda: not a.document.journey.has_id(card.lane), timeout=TIMEOUT_MS)
    records = records_of(a.document.journey)
    activate(qtbot, a)
    QTest.keyClick(view_a, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(view_a)
    assert "someone else" in a.statusBar().currentMessage()
    assert records_of(a.document.journey) == records and a.document.undo_stack.canUndo()
    qtbot.waitUntil(lambda: same(a, b), timeout=TIMEOUT_MS)
