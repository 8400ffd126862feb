"""Edit ▸ Redo answers to Ctrl+Shift+Z and to Ctrl+Y on every platform, and says so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from window_helpers import window_fixture  # noqa: F401 (the window fixture)

from cjm_desktop.main_window.undo_actions import REDO_KEYS

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def rename_first_stage(window, name: str) -> None:
    stage = window.document.journey.stages[0]
    window.document.update_stage(stage.id, {"name": name})


def test_redo_carries_both_keys_and_the_menu_names_both(window):
    keys = [key.toString() for key in window.redo_action.shortcuts()]
    assert keys[:2] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    rename_first_stage(window, "Renamed")
    window.document.undo_stack.undo()
    label, _tab, shown = window.redo_action.text().partition("\t")
    assert window.document.undo_stack.redoText() in label  # the stack still names the step
    assert shown == "Ctrl+Shift+Z, Ctrl+Y"


def test_no_other_action_takes_a_redo_key(window):
    redo_keys = {QKeySequence(text) for text in REDO_KEYS}
    others = [a for a in window.findChildren(QAction)
              if a is not window.redo_action and any(k in redo_keys for k in a.shortcuts())]
    assert [(a.text(), [k.toString() for k in a.shortcuts()]) for a in others] == []


def test_ctrl_y_and_ctrl_shift_z_redo_on_the_canvas(window):
    journey = window.document.journey
    old = journey.stages[0].name
    rename_first_stage(window, "First")
    view = window.canvas
    view.setFocus()
    QApplication.processEvents()
    for key, modifiers in ((Qt.Key.Key_Y, CTRL), (Qt.Key.Key_Z, CTRL | SHIFT)):
        QTest.keyClick(view.viewport(), Qt.Key.Key_Z, CTRL)
        assert journey.stages[0].name == old
        QTest.keyClick(view.viewport(), key, modifiers)
        assert journey.stages[0].name == "First", key


def test_in_a_text_field_both_redo_keys_redo_the_typing_not_the_map(window):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QLineEdit

    rename_first_stage(window, "First")
    window.document.undo_stack.undo()  # the map has a step to redo
    index = window.document.undo_stack.index()
    field = QLineEdit(window)  # a field that is not bound to the map
    field.show()
    field.setFocus()
    QApplication.processEvents()
    assert field.hasFocus()
    for key, modifiers in ((Qt.Key.Key_Y, CTRL), (Qt.Key.Key_Z, CTRL | SHIFT)):
        # the field claims the key before any shortcut sees it, whatever the platform
        override = QKeyEvent(QEvent.Type.ShortcutOverride, key, modifiers)
        QApplication.sendEvent(field, override)
        assert override.isAccepted(), key
        field.setText("")  # a fresh field history each round
        QTest.keyClicks(field, "typed")
        QTest.keyClick(field, Qt.Key.Key_Z, CTRL)
        assert "typed" not in field.text()
        QTest.keyClick(field, key, modifiers)
        assert "typed" in field.text(), key
        assert window.document.undo_stack.index() == index  # the map's redo waited
