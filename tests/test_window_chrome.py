"""The window around the canvas: the main tool bar, dock headers and the side rail, the key
that hides every panel, room for the map, Fit map centring, the canvas focus outline, votes
with a count and no title in the corner — driven with real clicks and keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QToolBar, QToolButton, QWidget
from window_helpers import window_fixture  # noqa: F401 (the window fixture)

from cjm_desktop.app import create_main_window
from cjm_desktop.canvas.items import CardItem
from cjm_desktop.files.templates import sample_path
from cjm_desktop.main_window.dock_chrome import HIDE_ALL_SHORTCUT, DockHeader
from cjm_desktop.main_window.launcher import RecordingLauncher
from cjm_desktop.model.vocab import CardKind


def _bar(window) -> QToolBar:
    return window.findChild(QToolBar, "mainToolBar")


def test_the_main_tool_bar_holds_every_main_action_with_an_icon(window):
    bar = _bar(window)
    actions = [a for a in bar.actions() if not a.isSeparator()]
    wanted = [window.files.new_action, window.files.open_action, window.files.save_action,
              window.undo_action, window.redo_action,
              *window.structure_actions.insert_card_of_kind.values(),
              window.canvas_part.zoom_out_action, window.canvas_part.zoom_in_action,
              window.canvas_part.fit_action,
              window.workshop.present_action]
    for action in wanted:
        assert action in actions, action.text()
        assert not action.icon().isNull(), action.text()
    assert len(window.structure_actions.insert_card_of_kind) == len(CardKind)
    export = bar.findChild(QToolButton, "toolBarExport")
    assert export.menu() is window.files.export_menu and not export.icon().isNull()


def test_a_tool_bar_card_button_adds_a_card_of_its_kind(window, qtbot):
    bar = _bar(window)
    action = window.structure_actions.insert_card_of_kind[CardKind.OPPORTUNITY.value]
    button = bar.widgetForAction(action)
    before = {c.id for c in window.document.journey.cards.values()}
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    new = [c for c in window.document.journey.cards.values() if c.id not in before]
    assert [c.kind for c in new] == [CardKind.OPPORTUNITY.value]


def test_every_dock_has_a_designed_header_and_folds_into_the_rail_in_one_click(window, qtbot):
    docks = [d for d in window.findChildren(QDockWidget) if d.parent() is window]
    assert docks
    for dock in docks:
        assert isinstance(dock.titleBarWidget(), DockHeader), dock.objectName()
    palette = window.findChild(QDockWidget, "palette")
    rail = window.findChild(QToolBar, "dockRail")
    header = palette.titleBarWidget()
    QTest.mouseClick(header.fold_button, Qt.MouseButton.LeftButton)
    assert palette.isHidden()
    assert rail.isVisible()
    rail_action = window.chrome.rail.actions[palette]
    assert rail_action.isVisible()
    QTest.mouseClick(rail.widgetForAction(rail_action), Qt.MouseButton.LeftButton)
    assert not palette.isHidden() and not rail_action.isVisible()


def test_the_documented_key_hides_every_panel_and_brings_the_same_ones_back(window, qtbot):
    docks = [d for d in window.findChildren(QDockWidget) if d.parent() is window]
    shown = {d.objectName() for d in docks if not d.isHidden()}
    front = {d.objectName() for d in docks if d.isVisible()}  # tabs in front of their group
    canvas = window.findChild(QWidget, "canvas")
    window.activateWindow()
    canvas.setFocus()
    assert window.chrome.panels.action.shortcut().toString() == HIDE_ALL_SHORTCUT
    QTest.keySequence(canvas, HIDE_ALL_SHORTCUT)
    assert all(d.isHidden() for d in docks)
    QTest.keySequence(canvas, HIDE_ALL_SHORTCUT)
    assert {d.objectName() for d in docks if not d.isHidden()} == shown
    QApplication.processEvents()
    assert {d.objectName() for d in docks if d.isVisible()} == front


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_the_first_layout_gives_the_canvas_most_of_a_laptop_window(qtbot, size):
    QSettings().remove("window")  # no remembered arrangement: the first start's layout
    win = create_main_window(sample_path("en"), launcher=RecordingLauncher())
    try:
        win.resize(*size)
        win.show()
        for _ in range(3):
            QApplication.processEvents()
        canvas = win.findChild(QWidget, "canvas")
        share = canvas.width() * canvas.height() / (win.width() * win.height())
        assert share >= 0.6, share
        assert win.findChild(QToolBar, "dockRail").isVisible()  # the folded docks, one click away
    finally:
        win.document.undo_stack.setClean()
        win.close()
        win.deleteLater()
        QApplication.processEvents()


def test_fit_map_fits_width_and_height_and_centres_the_map(window):
    view = window.findChild(QWidget, "canvas")
    view.fit_map()
    QApplication.processEvents()
    rect = view.mapFromScene(view.scene().sceneRect()).boundingRect()
    port = view.viewport().rect()
    assert rect.width() <= port.width() + 2 and rect.height() <= port.height() + 2
    left, right = rect.left() - port.left(), port.right() - rect.right()
    top, bottom = rect.top() - port.top(), port.bottom() - rect.bottom()
    assert abs(left - right) <= 3 and abs(top - bottom) <= 3


def test_the_canvas_focus_is_an_inner_outline_not_a_style_sheet_frame(window, qtbot):
    view = window.findChild(QWidget, "canvas")
    assert "QGraphicsView:focus" not in QApplication.instance().styleSheet()
    other = window.findChild(QWidget, "personaList")
    other.setFocus()
    QApplication.processEvents()
    assert not view.focus_outline.isVisible()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    QApplication.processEvents()
    assert view.hasFocus() and view.focus_outline.isVisible()
    assert view.focus_outline.geometry() == view.viewport().rect()


def _render(item) -> QImage:
    rect = item.boundingRect()
    image = QImage(int(rect.width()) + 2, int(rect.height()) + 2, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.translate(-rect.left(), -rect.top())
    item.paint(painter, None, None)
    painter.end()
    return image


def test_votes_show_one_dot_and_their_count(window):
    view = window.findChild(QWidget, "canvas")
    card = next(c for c in window.document.journey.ordered_cards() if c.kind == "opportunity")
    window.document.update_card(card.id, {"votes": 7})
    view.scene().flush()
    item = next(i for i in view.scene().items() if isinstance(i, CardItem)
                and i.card_id == card.id)
    image = _render(item)
    orange = QColor("#F97316")
    dots = {x for x in range(image.width()) for y in range(image.height())
            if image.pixelColor(x, y) == orange}
    assert dots and max(dots) - min(dots) <= 8  # one dot (seven were a row of 5 and "+2")


def test_the_docks_forms_lie_on_the_8_px_grid(window):
    from PySide6.QtWidgets import QFormLayout

    for name in ("personaPanel", "inspector"):
        dock = window.findChild(QDockWidget, name)
        forms = dock.findChildren(QFormLayout)
        assert forms, name
        for form in forms:
            assert form.verticalSpacing() % 4 == 0, (name, form.verticalSpacing())
            margins = form.contentsMargins()
            for side in (margins.left(), margins.top(), margins.right(), margins.bottom()):
                assert side % 4 == 0, (name, side)


def test_a_dock_folded_last_time_is_in_the_rail_at_the_next_start(qtbot):
    QSettings().remove("window")
    windows = []
    try:
        for _ in range(2):
            win = create_main_window(sample_path("en"), launcher=RecordingLauncher())
            windows.append(win)
            win.resize(1400, 900)
            win.show()
            for _ in range(3):
                QApplication.processEvents()
            if len(windows) == 1:
                QTest.mouseClick(win.findChild(QDockWidget, "palette").titleBarWidget()
                                 .fold_button, Qt.MouseButton.LeftButton)
                win.document.undo_stack.setClean()
                win.close()  # remembers the arrangement
        palette = windows[1].findChild(QDockWidget, "palette")
        assert palette.isHidden()
        assert windows[1].findChild(QToolBar, "dockRail").isVisible()
        assert windows[1].chrome.rail.actions[palette].isVisible()
    finally:
        for win in windows:
            win.document.undo_stack.setClean()
            win.close()
            win.deleteLater()
        QSettings().remove("window")
        QApplication.processEvents()


def test_dock_header_icons_take_the_new_theme_colour(window):
    from PySide6.QtGui import QPalette

    header = window.findChild(QDockWidget, "inspector").titleBarWidget()

    def ink() -> QColor:
        image = header.icon.pixmap().toImage()
        solid = [image.pixelColor(x, y) for x in range(image.width())
                 for y in range(image.height()) if image.pixelColor(x, y).alpha() == 255]
        return solid[len(solid) // 2]

    try:
        for name in ("dark", "light"):
            look = window.theme.apply(name)
            QApplication.processEvents()
            assert ink() == look.palette().color(QPalette.ColorRole.WindowText), name
    finally:
        window.theme.apply("light")


def test_the_window_is_kept_within_its_screen_before_it_is_first_shown(qtbot):
    from cjm_desktop.main_window.layout_feature import fit_to_screen

    win = create_main_window(sample_path("en"), launcher=RecordingLauncher())
    try:
        free = win.screen().availableSize()
        win.resize(free.width() + 300, free.height() + 200)
        fit_to_screen(win)
        assert win.width() <= free.width() and win.height() <= free.height()
    finally:
        win.document.undo_stack.setClean()
        win.close()
        win.deleteLater()
        QApplication.processEvents()
