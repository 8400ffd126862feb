"""The persona form reads at the dock's default width, in Korean and English: one-line
fields show their whole value, Quote and Bio grow with their text (no scroll bar), and a
long list item wraps instead of being cut."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from cjm_desktop.app import create_main_window
from cjm_desktop.files.templates import sample_path
from cjm_desktop.main_window.launcher import RecordingLauncher


@pytest.fixture(params=["en", "ko"])
def panel(request, qtbot):
    win = create_main_window(sample_path(request.param), launcher=RecordingLauncher())
    win.resize(1920, 1080)
    win.show()
    for _ in range(3):
        QApplication.processEvents()
    yield win.findChild(QWidget, "personaPanel")
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()
    QApplication.processEvents()


def test_one_line_fields_show_their_whole_value(panel):
    for name in ("persona_occupation", "persona_location", "persona_family"):
        edit = panel.findChild(QLineEdit, name)
        text = edit.text()
        assert text
        assert edit.fontMetrics().horizontalAdvance(text) <= edit.width() - 8, (name, text)


def test_quote_and_bio_show_their_whole_text_without_a_scroll_bar(panel):
    for name in ("persona_quote", "persona_bio"):
        edit = panel.findChild(QPlainTextEdit, name)
        assert edit.toPlainText()
        QApplication.processEvents()
        assert edit.verticalScrollBar().maximum() == 0, name


def test_a_long_list_item_wraps_instead_of_being_cut(panel):
    panel.form.tabs.setCurrentIndex(1)  # "Goals and needs" (its page is built when shown)
    QApplication.processEvents()
    lists = [w for w in panel.findChildren(QWidget) if type(w).__name__ == "ListEditor"]
    editor = lists[0]
    editor.add_line("a goal long enough to need two lines at the dock's default width, "
                    "so it must wrap instead of ending in an ellipsis")
    QApplication.processEvents()
    row = editor.list.count() - 1
    one_line = editor.list.fontMetrics().height() + 8
    assert editor.list.visualItemRect(editor.list.item(row)).height() > one_line
