"""Tab in the persona profile goes through the fields in the order they are seen: the
header (name, colour, photo buttons), the tabs, then the profile rows top to bottom; on
"Goals and needs" the lists come in the order they are shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

from cjm_desktop.app import ensure_app
from cjm_desktop.editing import Document
from cjm_desktop.files.templates import load_sample


@pytest.fixture
def form(qtbot):
    ensure_app()
    from cjm_desktop.panels.personas import PersonaPanel

    panel = PersonaPanel(Document(load_sample("ko")))
    qtbot.addWidget(panel)
    panel.resize(480, 900)
    panel.show()
    panel.activateWindow()
    qtbot.waitExposed(panel)
    return panel.form


def _field_of(widget: QWidget, form) -> QWidget:
    """The form field a focused widget belongs to (a spin box's or combo's own line edit)."""
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractSpinBox | QComboBox):
        return parent
    return widget


def _tab_through(form, start: QWidget, stop_after: int) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    visited = [start]
    for _ in range(stop_after):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(_field_of(QApplication.focusWidget(), form))
    return visited


def _on_screen_order(form, widgets: list[QWidget]) -> list[QWidget]:
    def where(widget: QWidget) -> tuple[int, int]:
        corner = widget.mapTo(form, QPoint(0, 0))
        return corner.y() // 8, corner.x()  # rows a few pixels apart are still one row
    return sorted(widgets, key=where)


def test_tab_follows_the_header_and_the_profile_rows_top_to_bottom(form):
    form.tabs.setCurrentIndex(0)
    expected = [form.name_edit, form.color_button, form.photo_button,
                form.remove_photo_button, form.tabs.tabBar(), form.text_edits["quote"],
                form.age_spin, form.line_edits["gender"], form.line_edits["occupation"],
                form.line_edits["location"], form.urban_combo, form.line_edits["family"],
                form.line_edits["income"], form.text_edits["bio"],
                form.text_edits["personality"], form.line_edits["segment.age_group"],
                form.line_edits["segment.region"], form.line_edits["segment.purchase_pattern"]]
    form.remove_photo_button.setEnabled(True)  # disabled without a photo: skipped by Tab
    assert _on_screen_order(form, expected) == expected  # the list above is what one sees
    visited = _tab_through(form, form.name_edit, len(expected) - 1)
    assert [w.objectName() or type(w).__name__ for w in visited] == \
        [w.objectName() or type(w).__name__ for w in expected]


def test_tab_on_goals_and_needs_visits_the_lists_in_their_shown_order(form):
    form.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    lists = [editor.list for editor in form.list_editors.values()]
    assert _on_screen_order(form, lists) == lists
    visited = _tab_through(form, form.tabs.tabBar(), 5 * len(lists) + 1)
    seen = [w for w in visited if w in lists]
    assert seen == lists
