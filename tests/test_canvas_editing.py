"""Keyboard editing, selection and the clipboard on the canvas."""

from __future__ import annotations

from canvas_helpers import card_center, click, make_view, settle
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest


def _cell_with(view, n: int):
    journey = view.document.journey
    return next(c for c in journey.cells() if len(journey.cell_ids(c)) >= n)


def test_double_click_edits_enter_commits_and_one_undo_restores(qtbot):
    view = make_view(qtbot)
    journey = view.document.journey
    card_id = journey.cell_ids(_cell_with(view, 1))[0]
    old = journey.cards[card_id].text
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, view.mapFromScene(card_center(view, card_id)))
    box = view.editor.box()
    assert box is not None and box.toPlainText() == old
    QTest.keyClicks(box, "New line")
    QTest.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    box.insertPlainText("둘째 줄")  # Hangul arrives through the input method, not key codes
    QTest.keyClick(box, Qt.Key.Key_Return)
    settle(view)
    assert journey.cards[card_id].text == "New line\n둘째 줄"
    assert not view.editor.is_active()
    view.document.undo_stack.undo()
    assert journey.cards[card_id].text == old


def test_f2_then_escape_cancels(qtbot):
    view = make_view(qtbot)
    journey = view.document.journey
    card_id = journey.cell_ids(_cell_with(view, 1))[0]
    old = journey.cards[card_id].text
    click(view, card_center(view, card_id))
    assert view.selected_ids() == [card_id]
    QTest.keyClick(view.viewport(), Qt.Key.Key_F2)
    box = view.editor.box()
    assert box is not None
    QTest.keyClicks(box, "thrown away")
    QTest.keyClick(box, Qt.Key.Key_Escape)
    assert journey.cards[card_id].text == old
    assert view.document.undo_stack.count() == 0


def test_enter_adds_a_card_after_the_selected_one_and_edits_it(qtbot):
    view = make_view(qtbot)
    journey = view.document.journey
    cell = _cell_with(view, 2)
    first, second = journey.cell_ids(cell)[:2]
    view.select_ids([first])
    view.setFocus()
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    box = view.editor.box()
    assert box is not None
    QTest.keyClicks(box, "added ")
    box.insertPlainText("키보드로")
    QTest.keyClick(box, Qt.Key.Key_Return)
    settle(view)
    ids = journey.cell_ids(cell)
    assert ids[0] == first and journey.cards[ids[1]].text == "added 키보드로"
    assert journey.cards[ids[1]].kind == journey.cards[first].kind
    # one Enter committed and opened the next card, right below; Esc ends and leaves nothing
    assert view.editor.is_active() and view.editor.target == ids[2]
    QTest.keyClick(view.editor.box(), Qt.Key.Key_Escape)
    settle(view)
    assert not view.editor.is_active()
    assert journey.cell_ids(cell) == [first, ids[1], *ids[3:]] and ids[3] == second
    assert view.document.undo_stack.count() == 1


def test_tab_moves_to_the_next_cell_and_arrows_move_the_selection(qtbot):
    view = make_view(qtbot)
    journey, scene = view.document.journey, view.journey_scene
    cell = _cell_with(view, 2)
    ids = journey.cell_ids(cell)
    view.select_ids([ids[0]])
    view.setFocus()
    QTest.keyClick(view.viewport(), Qt.Key.Key_Down)
    assert view.selected_ids() == [ids[1]]
    QTest.keyClick(view.viewport(), Qt.Key.Key_Up)
    assert view.selected_ids() == [ids[0]]
    col, row = scene.cell_index(cell)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Tab)
    assert view.current_cell() == scene.cell_key(col + 1, row)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Right)
    assert view.current_cell() == scene.cell_key(col + 2, row)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Left)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Left)
    assert view.current_cell() == cell


def test_ctrl_click_and_rubber_band_select_several_cards(qtbot):
    view = make_view(qtbot)
    journey = view.document.journey
    cell = _cell_with(view, 2)
    a, b = journey.cell_ids(cell)[:2]
    seen = []
    view.selectionChanged.connect(lambda ids, kind: seen.append((ids, kind)))
    click(view, card_center(view, a))
    click(view, card_center(view, b), Qt.KeyboardModifier.ControlModifier)
    assert set(view.selected_ids()) == {a, b}
    assert seen[-1] == (view.selected_ids(), "card")
    click(view, card_center(view, b), Qt.KeyboardModifier.ControlModifier)
    assert view.selected_ids() == [a]
    # rubber band from empty space around the two cards
    ra, rb = view.journey_scene.card_rect(a), view.journey_scene.card_rect(b)
    vp = view.viewport()
    start = view.mapFromScene(QPointF(ra.left() - 4, ra.top() - 4))
    end = view.mapFromScene(QPointF(rb.right() + 4, rb.bottom() + 2))
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 6):
        QTest.mouseMove(vp, start + (end - start) * (i / 5))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert set(view.selected_ids()) >= {a, b}
    assert view.selected_kind() == "card"


def test_copy_gives_plain_text_and_paste_duplicates_cards(qtbot):
    view = make_view(qtbot)
    journey = view.document.journey
    cell = _cell_with(view, 2)
    ids = journey.cell_ids(cell)[:2]
    view.select_ids(ids)
    assert view.copy()
    clip = QGuiApplication.clipboard().mimeData()
    assert clip.text() == "\n".join(" ".join(journey.cards[i].text.split()) for i in ids)
    assert clip.hasFormat("application/x-cjm-cards")
    before = len(journey.cards)
    new_ids = view.paste()
    assert len(new_ids) == 2 and len(journey.cards) == before + 2
    for old, new in zip(ids, new_ids, strict=True):
        assert journey.cards[new].text == journey.cards[old].text
        assert journey.cards[new].kind == journey.cards[old].kind
        assert journey.cards[new].cell == cell
    assert view.selected_ids() == new_ids
    view.document.undo_stack.undo()
    assert len(journey.cards) == before


def test_pasting_lines_of_text_makes_one_card_per_line(qtbot):
    view = make_view(qtbot)
    journey = view.document.journey
    cell = view.document.first_cell()
    view.set_current_cell(cell)
    view.journey_scene.clearSelection()
    mime = QMimeData()
    mime.setText("첫 번째 메모\n\n  두 번째 메모  \nthird note\n")
    QGuiApplication.clipboard().setMimeData(mime)
    before = journey.cell_ids(cell)
    new_ids = view.paste()
    assert [journey.cards[i].text for i in new_ids] == ["첫 번째 메모", "두 번째 메모",
                                                          "third note"]
    assert journey.cell_ids(cell) == before + new_ids
    assert view.document.undo_stack.count() == 1


def test_cut_duplicate_and_delete(qtbot):
    view = make_view(qtbot)
    journey = view.document.journey
    cell = _cell_with(view, 2)
    first = journey.cell_ids(cell)[0]
    view.select_ids([first])
    dup = view.duplicate()
    assert len(dup) == 1 and journey.cell_ids(cell)[1] == dup[0]
    view.select_ids(dup)
    view.cut()
    assert dup[0] not in journey.cards
    assert QGuiApplication.clipboard().text() == " ".join(journey.cards[first].text.split())
    view.select_ids([first])
    QTest.keyClick(view.viewport(), Qt.Key.Key_Delete)
    assert first not in journey.cards
    stack = view.document.undo_stack
    stack.undo()
    assert first in journey.cards and journey.cell_ids(cell)[0] == first


def test_select_all_selects_every_card(qtbot):
    view = make_view(qtbot)
    view.select_all()
    assert len(view.selected_ids()) == len(view.document.journey.cards)
