"""The persona form's list editors, driven as a person would: the "+" button, Insert,
a double-click below the lines, Enter to go on to the next line, Esc to drop a new one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QToolButton

from cjm_desktop.app import ensure_app
from cjm_desktop.editing import Document
from cjm_desktop.files.templates import load_sample
from cjm_desktop.model.entities import LIST_FIELDS_OF_PERSONA


@pytest.fixture
def panel(qtbot):
    ensure_app()
    from cjm_desktop.panels.personas import PersonaPanel

    document = Document(load_sample("ko"))
    widget = PersonaPanel(document)
    qtbot.addWidget(widget)
    widget.resize(480, 900)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    widget.form.tabs.setCurrentIndex(1)  # "Goals and needs"
    QApplication.processEvents()
    return widget


def _type(widget, text: str) -> None:
    """Type ``text`` key by key (QTest.keyClicks only knows ASCII; Korean comes as text)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def _open_line_editor(editor) -> QLineEdit | None:
    """The line editor open in a list editor, if any."""
    found = [w for w in editor.list.viewport().findChildren(QLineEdit) if w.isVisible()]
    return found[0] if found else None


def _press(widget, key=Qt.Key.Key_Return) -> None:
    """A key on an open line editor; the view commits and closes it on the next loop pass."""
    QTest.keyClick(widget, key)
    QApplication.processEvents()


def _persona(panel):
    return panel.document.journey.persona(panel.active_persona_id())


@pytest.mark.parametrize("field", LIST_FIELDS_OF_PERSONA)
def test_plus_button_opens_a_new_line_that_takes_typing(panel, field):
    editor = panel.form.list_editors[field]
    before = list(getattr(_persona(panel), field))
    button = editor.findChild(QToolButton, "addLine")
    assert button is editor.add_button
    editor.list.scrollToBottom()
    panel.form.tabs.currentWidget().ensureWidgetVisible(editor)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    line = _open_line_editor(editor)
    assert line is not None and QApplication.focusWidget() is line
    _type(line, "새 항목")
    _press(line, Qt.Key.Key_Return)
    assert getattr(_persona(panel), field) == [*before, "새 항목"]
    # Enter in the last line opened the next one, ready for typing
    following = _open_line_editor(editor)
    assert following is not None and following.text() == ""
    assert editor.list.count() == len(before) + 2 and QApplication.focusWidget() is following
    _press(following, Qt.Key.Key_Escape)
    assert editor.list.count() == len(before) + 1  # the empty line left no trace
    assert getattr(_persona(panel), field) == [*before, "새 항목"]


def test_enter_goes_on_to_the_next_line_and_each_line_is_one_undo_step(panel, qtlog):
    editor = panel.form.list_editors["goals_short_term"]
    persona = _persona(panel)
    before = list(persona.goals_short_term)
    stack = panel.document.undo_stack
    count = stack.count()
    QTest.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    for text in ("첫째", "둘째", "셋째"):
        line = _open_line_editor(editor)
        _type(line, text)
        _press(line, Qt.Key.Key_Return)
    _press(_open_line_editor(editor), Qt.Key.Key_Escape)
    assert persona.goals_short_term == [*before, "첫째", "둘째", "셋째"]
    assert stack.count() == count + 3
    stack.undo()
    assert persona.goals_short_term == [*before, "첫째", "둘째"]
    assert editor.values() == persona.goals_short_term
    # the editor's Enter is not taken for "edit the current line" a second time
    assert not [r.message for r in qtlog.records if "editing failed" in r.message]


def test_enter_on_a_selected_line_edits_it(panel):
    editor = panel.form.list_editors["needs"]
    persona = _persona(panel)
    editor.list.setFocus()
    editor.list.setCurrentRow(0)
    QTest.keyClick(editor.list, Qt.Key.Key_Return)
    line = _open_line_editor(editor)
    assert line is not None and line.text() == persona.needs[0]
    line.selectAll()
    QTest.keyClicks(line, "fast")
    _press(line, Qt.Key.Key_Return)
    assert persona.needs[0] == "fast"


def test_insert_key_in_the_list_adds_a_line(panel):
    editor = panel.form.list_editors["problems"]
    persona = _persona(panel)
    before = list(persona.problems)
    editor.list.setFocus()
    QTest.keyClick(editor.list, Qt.Key.Key_Insert)
    line = _open_line_editor(editor)
    assert line is not None
    QTest.keyClicks(line, "late rider")
    _press(line, Qt.Key.Key_Enter)
    assert persona.problems == [*before, "late rider"]


def test_double_click_on_the_empty_area_adds_a_line(panel):
    editor = panel.form.list_editors["wishes"]
    persona = _persona(panel)
    panel.document.update_persona(persona.id, {"wishes": []})
    assert editor.list.count() == 0
    viewport = editor.list.viewport()
    spot = QPoint(viewport.width() // 2, viewport.height() - 4)
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      spot)
    line = _open_line_editor(editor)
    assert line is not None
    QTest.keyClicks(line, "free delivery")
    _press(line, Qt.Key.Key_Return)
    assert persona.wishes == ["free delivery"]


def test_a_new_line_left_empty_is_dropped_and_changes_nothing(panel):
    editor = panel.form.list_editors["values"]
    persona = _persona(panel)
    before = list(persona.values)
    count = panel.document.undo_stack.count()
    QTest.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    _press(_open_line_editor(editor), Qt.Key.Key_Escape)
    assert editor.list.count() == len(before)
    assert persona.values == before and panel.document.undo_stack.count() == count
