"""The list editor's − and ↑ / ↓ while a line's editor is open (found by the every-control
test: "+" then "−" crashed the editor, the new line taken twice under Qt's closing editor)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from cjm_desktop.panels.list_editor import ListEditor


def _editor(qtbot, values: list[str]) -> tuple[ListEditor, list[list[str]]]:
    editor = ListEditor()
    qtbot.addWidget(editor)
    editor.set_values(values)
    editor.show()
    qtbot.waitExposed(editor)
    emitted: list[list[str]] = []
    editor.edited.connect(emitted.append)
    return editor, emitted


def _click(button) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def test_minus_while_a_new_empty_line_is_open_drops_only_that_line(qtbot):
    editor, emitted = _editor(qtbot, ["one", "two"])
    _click(editor.add_button)
    assert isinstance(QApplication.focusWidget(), QLineEdit)  # the new line's editor
    _click(editor.remove_button)
    assert editor.values() == ["one", "two"]
    assert editor.list.count() == 2
    assert emitted == []  # nothing changed, so no undo step


def test_moving_a_line_while_typing_it_keeps_the_text(qtbot):
    editor, emitted = _editor(qtbot, ["one", "two"])
    _click(editor.add_button)
    QTest.keyClicks(QApplication.focusWidget(), "three")
    _click(editor.up_button)
    assert editor.values() == ["one", "three", "two"]
    assert emitted[-1] == ["one", "three", "two"]
