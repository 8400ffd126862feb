"""Theme and interface font size switched while the editor runs reach every part at once.

Driven through the real path: Edit ▸ Preferences…, the dialog answered with its own
controls and OK. Each dock's palette, the canvas and the plot backgrounds (as painted) and
every widget's font are checked after light → dark and dark → light; the environment
variable CJM_DESKTOP_THEME overrides the saved preference.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
)

from cjm_desktop.app import create_main_window
from cjm_desktop.canvas import geometry
from cjm_desktop.canvas import style as canvas_style
from cjm_desktop.editing.appearance import DARK, LIGHT
from cjm_desktop.main_window import plot_feature
from cjm_desktop.main_window.preferences import PreferencesDialog
from cjm_desktop.main_window.theme import THEME_ENV

WINDOW = QPalette.ColorRole.Window
WINDOW_TEXT = QPalette.ColorRole.WindowText
DOCKS = ("personaPanel", "emotionDock", "palette", "history", "inspector")


@pytest.fixture
def window(qtbot):
    win = create_main_window()
    win.show()
    qtbot.waitExposed(win)
    plot_feature.ensure_plot(win)
    QApplication.processEvents()
    yield win
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()


def choose_in_preferences(qtbot, window, theme: str, font_size: int) -> None:
    """Edit ▸ Preferences…, pick ``theme`` and ``font_size`` in the dialog, press OK."""
    answered: list[bool] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        dialog.theme.setCurrentIndex(dialog.theme.findData(theme))
        dialog.font_size.setValue(font_size)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
        answered.append(True)

    QTimer.singleShot(0, answer)
    window.preferences_action.trigger()
    assert answered
    qtbot.wait(1)  # one event-loop turn: scaled headings follow the font on the next one


def pixel(widget: QWidget, point: QPoint) -> QColor:
    return widget.grab().toImage().pixelColor(point)


def assert_whole_window_in(window, look, font_size: int) -> None:
    palette = look.palette()
    expected_window, expected_text = palette.color(WINDOW), palette.color(WINDOW_TEXT)
    for name in DOCKS:
        dock = window.findChild(QDockWidget, name)
        assert dock.palette().color(WINDOW) == expected_window, name
        assert dock.palette().color(WINDOW_TEXT) == expected_text, name  # the title
        if name != "emotionDock":
            assert dock.widget().palette().color(WINDOW) == expected_window, name
    for part in (window.menuBar(), window.statusBar()):
        assert part.palette().color(WINDOW) == expected_window
        assert part.palette().color(WINDOW_TEXT) == expected_text
    buttons = window.persona_panel.findChildren(QToolButton)  # Add, Duplicate, Delete …
    assert buttons
    active, button_text = QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText
    for button in buttons:
        assert button.palette().color(active, button_text) == palette.color(active, button_text)
    # the canvas and the plot as painted
    canvas = window.canvas
    scene = canvas.journey_scene
    assert scene.appearance == look
    assert canvas.backgroundBrush().color() == look.background
    layout = scene.layout
    cell = canvas.mapFromScene(layout.col_x[0] + 3, layout.row_y[0] + 3)
    assert pixel(canvas.viewport(), cell) == look.cell_bg
    note = next(c for c in window.document.journey.ordered_cards()
                if c.kind == "note" and not c.color)
    card = scene.cards[note.id]
    canvas.ensureVisible(card, 0, 0)
    inside = canvas.mapFromScene(card.mapToScene(QPointF(12, card.height - 4)))
    assert pixel(canvas.viewport(), inside) == look.kind_tints["note"]  # not a cached look
    plot = window.emotion_plot
    assert plot.appearance == look
    view = plot.plot_widget
    assert view.backgroundBrush().color() == look.plot_background
    assert plot.palette().color(WINDOW) == look.plot_background
    assert plot.to_be_check.palette().color(WINDOW_TEXT) == look.plot_text
    # every widget takes the font size (headings keep their multiple of it)
    scaled = {"inspectorHeading": 1.15, "persona_name": 1.3}
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QMenu):
            continue
        size = widget.font().pointSizeF()
        name = widget.objectName()
        if name in scaled:
            assert size == pytest.approx(font_size * scaled[name]), name
        elif isinstance(widget, (QLabel, QLineEdit)) and widget.font().bold():
            assert size == pytest.approx(font_size), name
        else:
            assert widget.font().pointSize() == font_size, (type(widget).__name__, name)


def test_theme_and_font_size_switch_at_once_both_ways(qtbot, window):
    assert_whole_window_in(window, LIGHT, 10)

    choose_in_preferences(qtbot, window, "dark", 14)
    assert QSettings().value("ui/theme") == "dark"
    assert_whole_window_in(window, DARK.with_settings(font_size=14), 14)

    choose_in_preferences(qtbot, window, "light", 10)
    assert_whole_window_in(window, LIGHT, 10)


def test_a_dialog_opened_after_the_switch_is_dark_too(qtbot, window):
    choose_in_preferences(qtbot, window, "dark", 12)
    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.palette().color(WINDOW) == DARK.palette().color(WINDOW)
    assert dialog.font_size.font().pointSize() == 12
    choose_in_preferences(qtbot, window, "light", 10)


def test_persona_pages_first_opened_after_the_switch_are_in_the_theme(qtbot, window):
    """The persona profile's other pages are built when first opened: they open in the
    theme and font size chosen before, like the rest of the window."""
    choose_in_preferences(qtbot, window, "dark", 14)
    form = window.persona_panel.form
    form.tabs.setCurrentIndex(1)  # Goals and needs
    QApplication.processEvents()
    assert all(editor.list.font().pointSize() == 14 for editor in form.list_editors.values())
    form.tabs.setCurrentIndex(2)  # Empathy map
    QApplication.processEvents()
    says = form.empathy.boxes["says"]
    assert says.isVisible() and says.font().pointSize() == 14
    assert f"color: {DARK.text.name()}" in says.styleSheet()
    assert says.toPlainText()  # the active persona's quadrant, shown on first opening
    choose_in_preferences(qtbot, window, "light", 10)
    assert f"color: {LIGHT.text.name()}" in says.styleSheet()


def test_card_width_reaches_the_canvas_without_rewriting_module_values(qtbot, window):
    dialog_width = 264

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.card_width.setValue(dialog_width)
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.preferences_action.trigger()
    scene = window.canvas.journey_scene
    assert scene.layout.col_w[0] == dialog_width + 2 * geometry.CELL_PAD
    assert geometry.COLUMN_W == 216.0  # the module default, untouched
    assert not hasattr(canvas_style, "BACKGROUND")  # theme colours live in the Appearance


def test_the_environment_overrides_the_theme_preference(qtbot, monkeypatch):
    QSettings().setValue("ui/theme", "light")
    monkeypatch.setenv(THEME_ENV, "dark")
    win = create_main_window()
    try:
        assert win.theme.appearance.dark
        assert win.canvas.journey_scene.appearance.dark
        assert QApplication.palette().color(WINDOW) == DARK.palette().color(WINDOW)

        # OK with the theme untouched keeps the environment's theme …
        def keep() -> None:
            QApplication.activeModalWidget().accept()

        QTimer.singleShot(0, keep)
        win.preferences_action.trigger()
        assert win.theme.appearance.dark
        # … a theme the person picks applies
        choose_in_preferences(qtbot, win, "dark", 10)
        choose_in_preferences(qtbot, win, "light", 10)
        assert not win.theme.appearance.dark
    finally:
        win.document.undo_stack.setClean()
        win.close()
        win.deleteLater()
    monkeypatch.setenv(THEME_ENV, "light")
    QSettings().setValue("ui/theme", "dark")
    again = create_main_window()
    try:
        assert not again.theme.appearance.dark
    finally:
        again.close()
        again.deleteLater()


def test_wrapped_labels_grow_with_the_font(qtbot, window):
    """The CX checklist questions (bold, wrapped) must not overlap the rows below them."""

    def cut_labels() -> list[str]:
        return [label.text() for label in window.inspector_dock.findChildren(QLabel)
                if label.isVisible() and label.wordWrap() and label.text()
                and label.height() < label.heightForWidth(label.width())]

    assert not cut_labels()
    choose_in_preferences(qtbot, window, "light", 16)
    qtbot.waitUntil(lambda: not cut_labels(), timeout=2000)
    choose_in_preferences(qtbot, window, "light", 10)
    qtbot.waitUntil(lambda: not cut_labels(), timeout=2000)


def test_the_card_editor_opens_in_the_theme(qtbot, window):
    choose_in_preferences(qtbot, window, "dark", 10)
    card = next(iter(window.canvas.journey_scene.cards.values()))
    window.canvas.select_ids([card.card_id])
    window.canvas.setFocus()
    QTest.keyClick(window.canvas.viewport(), Qt.Key.Key_F2)
    box = window.canvas.editor.box()
    assert box is not None
    assert DARK.cell_bg.name() in box.styleSheet().lower()
    assert DARK.text.name() in box.styleSheet().lower()
    QTest.keyClick(box, Qt.Key.Key_Escape)
    choose_in_preferences(qtbot, window, "light", 10)
