"""Every way of creating a card opens its editor with the keyboard focus, and a new card with
its text is one undo step.

Keys are sent to whatever widget has the keyboard focus (``QApplication.focusWidget()``), as
a person's typing would be: a test passes only if the new card's editor really has it.
"""

from __future__ import annotations

import pytest
from canvas_helpers import card_center, cell_center, click, make_view, settle
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from window_helpers import window_fixture  # noqa: F401 (the window fixture)

from cjm_desktop.editing.clipboard import card_kind_mime
from cjm_desktop.files import map_to_dict
from cjm_desktop.main_window.docks_feature import select


def active_view(qtbot):
    """A canvas in an active window (the keyboard goes to the active window only)."""
    view = make_view(qtbot)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def type_keys(text: str) -> None:
    """Type ``text`` into the focused widget: ASCII as key clicks, Hangul as key events
    carrying the text (QTest.keyClicks handles ASCII only)."""
    for char in text:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        if char.isascii():
            QTest.keyClick(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def press(key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    QTest.keyClick(widget, key, modifiers)


def empty_cell(view):
    """(col, row) of a card cell without cards, and its key."""
    scene, journey = view.journey_scene, view.document.journey
    for row in range(len(scene.layout.lane_ids)):
        if not scene.is_card_row(row):
            continue
        for col in range(len(scene.layout.points)):
            key = scene.cell_key(col, row)
            if not journey.cell_ids(key):
                return (col, row), key
    raise AssertionError("the sample has no empty cell")


def drop_kind(view, kind: str, scene_point: QPointF) -> None:
    """A palette drop as Qt delivers it (a real QDrag cannot be driven in tests)."""
    mime = card_kind_mime(kind)
    pos = QPointF(view.mapFromScene(scene_point))
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), enter)
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), drop)
    settle(view)


# ----- the canvas alone -----------------------------------------------------------------
def test_f2_on_an_empty_cell_starts_a_card_and_enter_chains_the_next(qtbot):
    view = active_view(qtbot)
    journey, stack = view.document.journey, view.document.undo_stack
    (col, row), cell = empty_cell(view)
    click(view, cell_center(view, col, row))
    assert view.selected_ids() == [] and view.current_cell() == cell
    press(Qt.Key.Key_F2)
    assert view.editor.is_active()
    type_keys("first idea")
    press(Qt.Key.Key_Return)
    type_keys("둘째 카드")
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_keys("two lines")
    press(Qt.Key.Key_Return)
    assert view.editor.is_active()  # the third card waits for text
    press(Qt.Key.Key_Escape)
    settle(view)
    assert not view.editor.is_active()
    assert [journey.cards[i].text for i in journey.cell_ids(cell)] == [
        "first idea", "둘째 카드\ntwo lines"]
    assert stack.count() == 2 and not stack.canRedo()
    stack.undo()
    assert [journey.cards[i].text for i in journey.cell_ids(cell)] == ["first idea"]


def test_a_new_card_and_its_text_are_one_undo_step_and_redo_is_exact(qtbot):
    view = active_view(qtbot)
    document = view.document
    journey, stack = document.journey, document.undo_stack
    original = map_to_dict(journey)
    (col, row), cell = empty_cell(view)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier,
                      view.mapFromScene(cell_center(view, col, row)))
    type_keys("고객이 앱을 연다")
    press(Qt.Key.Key_Escape)  # Esc ends typing; what was typed stays
    settle(view)
    assert not view.editor.is_active()
    [card_id] = journey.cell_ids(cell)
    assert journey.cards[card_id].text == "고객이 앱을 연다"
    assert stack.count() == 1
    stack.undo()
    assert journey.cell_ids(cell) == [] and map_to_dict(journey) == original
    assert stack.canRedo()

    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier,
                      view.mapFromScene(cell_center(view, col, row)))
    type_keys("app opens")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Escape)
    settle(view)
    [card_id] = journey.cell_ids(cell)
    assert journey.cards[card_id].text == "app opens"
    assert stack.count() == 1
    final = map_to_dict(journey)
    stack.undo()
    assert map_to_dict(journey) == original
    stack.redo()
    assert map_to_dict(journey) == final
    stack.undo()
    stack.redo()
    assert journey.cards[card_id].text == "app opens"


@pytest.mark.parametrize("leave", ["escape", "enter", "click away", "focus out"])
def test_an_empty_new_card_that_is_left_is_removed_with_no_step(qtbot, leave):
    view = active_view(qtbot)
    document = view.document
    journey, stack = document.journey, document.undo_stack
    document.update_info({"title": "before"})  # one earlier step that must stay redo-free
    stack.setClean()
    original = map_to_dict(journey)
    (col, row), cell = empty_cell(view)
    click(view, cell_center(view, col, row))
    press(Qt.Key.Key_F2)
    assert view.editor.is_active() and journey.cell_ids(cell)
    if leave == "escape":
        press(Qt.Key.Key_Escape)
    elif leave == "enter":
        press(Qt.Key.Key_Return)
    elif leave == "click away":
        other = next(c for c in journey.cells() if journey.cell_ids(c))
        click(view, card_center(view, journey.cell_ids(other)[0]))
    else:
        from PySide6.QtWidgets import QLineEdit

        field = QLineEdit()
        qtbot.addWidget(field)
        field.show()
        field.activateWindow()
        field.setFocus()
        qtbot.waitUntil(lambda: not view.editor.is_active())
    settle(view)
    assert not view.editor.is_active()
    assert journey.cell_ids(cell) == []
    assert map_to_dict(journey) == original
    assert stack.count() == 1 and stack.index() == 1 and not stack.canRedo()
    assert stack.isClean()


def test_palette_drop_gives_the_new_card_the_keyboard(qtbot):
    view = active_view(qtbot)
    journey, stack = view.document.journey, view.document.undo_stack
    (col, row), cell = empty_cell(view)
    from PySide6.QtWidgets import QListWidget

    palette = QListWidget()  # the palette dock had the focus when its drag started
    qtbot.addWidget(palette)
    palette.show()
    palette.activateWindow()
    palette.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is palette)
    drop_kind(view, "pain_point", cell_center(view, col, row))
    assert view.editor.is_active()
    type_keys("환불이 느리다")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Escape)
    settle(view)
    [card_id] = journey.cell_ids(cell)
    assert journey.cards[card_id].kind == "pain_point"
    assert journey.cards[card_id].text == "환불이 느리다"
    assert stack.count() == 1


def test_tab_in_a_new_cards_editor_commits_it_and_tab_then_moves_to_the_next_cell(qtbot):
    view = active_view(qtbot)
    journey, scene = view.document.journey, view.journey_scene
    (col, row), cell = empty_cell(view)
    click(view, cell_center(view, col, row))
    press(Qt.Key.Key_F2)
    type_keys("tabbed")
    press(Qt.Key.Key_Tab)
    settle(view)
    assert not view.editor.is_active()
    assert [journey.cards[i].text for i in journey.cell_ids(cell)] == ["tabbed"]
    assert view.document.undo_stack.count() == 1
    view.journey_scene.clearSelection()
    view.set_current_cell(cell)
    press(Qt.Key.Key_Tab)
    assert view.current_cell() == scene.cell_key(col + 1, row) or col + 1 >= len(
        scene.layout.points)


# ----- in the main window -----------------------------------------------------------------
def test_insert_card_action_opens_the_editor_with_focus_from_anywhere(window):
    journey, stack = window.document.journey, window.document.undo_stack
    action = window.findChild(QAction, "insertCard")
    assert action is window.structure_actions.insert_card
    assert action in window.insert_menu.actions()
    canvas = window.canvas
    cell = next(c for c in journey.cells() if journey.cell_ids(c))
    select(window, [journey.cell_ids(cell)[0]])
    count = len(journey.cell_ids(cell))
    window.persona_panel.setFocus()  # the person was working elsewhere
    QApplication.processEvents()
    action.trigger()
    assert canvas.editor.is_active()
    type_keys("from the menu")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Escape)
    QApplication.processEvents()
    ids = journey.cell_ids(cell)
    assert len(ids) == count + 1 and journey.cards[ids[-1]].text == "from the menu"
    assert window.inspector_dock.target == ("card", ids[-1])
    assert stack.count() == 1
    stack.undo()
    assert len(journey.cell_ids(cell)) == count


def test_palette_drop_in_the_window_types_into_the_card_not_the_palette(window):
    journey, stack = window.document.journey, window.document.undo_stack
    canvas = window.canvas
    before = len(journey.cards)
    palette = window.palette_dock.list
    palette.setCurrentRow(2)
    palette.setFocus()
    QApplication.processEvents()
    assert QApplication.focusWidget() is palette
    (col, row), cell = empty_cell(canvas)
    drop_kind(canvas, "opportunity", cell_center(canvas, col, row))
    type_keys("bundle the refund form")
    press(Qt.Key.Key_Return)  # in the palette, Enter would add a second card
    press(Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert len(journey.cards) == before + 1
    [card_id] = journey.cell_ids(cell)
    assert journey.cards[card_id].kind == "opportunity"
    assert journey.cards[card_id].text == "bundle the refund form"
    assert stack.count() == 1


def test_palette_double_click_opens_the_new_cards_editor(window):
    journey = window.document.journey
    palette = window.palette_dock.list
    before = len(journey.cards)
    palette.itemDoubleClicked.emit(palette.item(1))
    assert window.canvas.editor.is_active()
    type_keys("QR menu")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert len(journey.cards) == before + 1
    new_id = window.inspector_dock.target[1]
    assert journey.cards[new_id].kind == "touchpoint"
    assert journey.cards[new_id].text == "QR menu"


def test_undo_from_the_menu_while_a_new_card_is_edited_closes_its_editor(window):
    journey, stack = window.document.journey, window.document.undo_stack
    before = map_to_dict(journey)
    window.structure_actions.insert_card.trigger()
    assert window.canvas.editor.is_active() and stack.count() == 1
    window.undo_action.trigger()
    QApplication.processEvents()
    assert not window.canvas.editor.is_active()
    assert map_to_dict(journey) == before
