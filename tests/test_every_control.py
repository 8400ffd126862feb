"""Every enabled control of the window and its dialogs, triggered: no exception, and the map
is still valid (DESIGN.md, reliability bars).

Nothing here names a control: the test walks the menu bar, its submenus and the tool bars,
the canvas's context menus, every dialog those open (each of its buttons, combo boxes and
lists worked in turn, the dialog reopened for the next one) and every dock, so a control
added later is covered without a new test. Modal dialogs are answered by a timer; the static
file, message, input and colour dialogs return at once; programs are "opened" by a recording
launcher; ``QDesktopServices`` must not be reached and no socket may bind beyond loopback.
Any exception in a slot fails the test through the ``slot_exceptions`` fixture (conftest).
"""

from __future__ import annotations

import socket

import pytest
from control_driver import (
    ModalAnswerer,
    StandardAnswers,
    alive,
    controls_in,
    leaf_actions,
    menu_actions,
    patch_standard_dialogs,
    work_control,
)
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QToolBar
from window_helpers import window_fixture  # noqa: F401 (the ``window`` fixture)

from cjm_desktop import cli
from cjm_desktop.files.templates import sample_path

MAX_CONTROLS_PER_DIALOG = 40
LOOPBACK = ("127.0.0.1", "::1", "localhost")


def _closes_the_window(action) -> bool:
    closing = set()
    for key in (QKeySequence.StandardKey.Close, QKeySequence.StandardKey.Quit):
        closing |= {k.toString() for k in QKeySequence.keyBindings(key)}
    closing |= {"Ctrl+Q", "Ctrl+W", "Ctrl+F4"}
    return any(k.toString() in closing for k in action.shortcuts())


@pytest.fixture(name="outside")
def outside_fixture(monkeypatch):
    """What would have left the process: desktop URLs opened, sockets bound off loopback."""
    reached: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: reached.append(url.toString()) or True))
    real_bind = socket.socket.bind

    def bind(self, address):
        host = address[0] if isinstance(address, tuple) else str(address)
        if self.family in (socket.AF_INET, socket.AF_INET6) and host not in LOOPBACK:
            reached.append(f"bind {address}")
        return real_bind(self, address)

    monkeypatch.setattr(socket.socket, "bind", bind)
    return reached


def _trigger_with_its_dialog(action, answerer: ModalAnswerer) -> None:
    """Trigger ``action``; if it opens a dialog, trigger it again for each control of that
    dialog, working that control before the dialog is accepted."""
    index = 0
    while alive(action) and action.isEnabled() and index < MAX_CONTROLS_PER_DIALOG:
        answerer.expect(index)
        action.trigger()
        QApplication.processEvents()
        count = answerer.first_modal_controls
        if count is None or index + 1 >= count:
            return
        index += 1


def _context_menu_points(view) -> list[QPoint]:
    """One viewport point on an item of each kind, then the first empty card cell."""
    points: list[QPoint] = []
    for kind in ("card", "stage", "step", "lane", "emotion-point"):
        item = next((i for i in view.scene().items() if i.data(1) == kind), None)
        if item is None:
            continue
        view.ensureVisible(item)
        point = view.mapFromScene(item.sceneBoundingRect().center())
        if view.viewport().rect().contains(point):
            points.append(point)
    rect = view.viewport().rect()
    for y in range(rect.top() + 20, rect.bottom(), 40):
        for x in range(rect.left() + 20, rect.right(), 60):
            if view.item_at(QPoint(x, y)) is None:
                points.append(QPoint(x, y))
                return points
    return points


def _open_context_menu(view, point: QPoint, answerer: ModalAnswerer):
    """The menu a right click at ``point`` shows (the answerer closes it at once)."""
    before = len(answerer.popups)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                              view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    return answerer.popups[-1] if len(answerer.popups) > before else None


def _work_context_menus(window, answerer: ModalAnswerer) -> int:
    """Each entry of each canvas context menu, the menu reopened for every entry."""
    view = window.canvas
    worked = 0
    for point in _context_menu_points(view):
        menu = _open_context_menu(view, point, answerer)
        count = len(leaf_actions(menu)) if menu is not None else 0
        for index in range(count):
            menu = _open_context_menu(view, point, answerer)
            actions = leaf_actions(menu) if menu is not None else []
            if index < len(actions) and actions[index].isEnabled():
                answerer.expect(0)
                actions[index].trigger()
                QApplication.processEvents()
                worked += 1
            # An inline editor opened by the entry is ended as a person would.
            focus = QApplication.focusWidget()
            if focus is not None and focus is not view:
                from PySide6.QtTest import QTest

                QTest.keyClick(focus, Qt.Key.Key_Escape)
    return worked


def test_every_enabled_control_works_and_the_map_stays_valid(
        window, tmp_path, monkeypatch, outside):
    answers = StandardAnswers(tmp_path, sample_path("ko"))
    patch_standard_dialogs(monkeypatch, answers)
    answerer = ModalAnswerer()
    answerer.start()

    triggered, closing = [], []
    for _round in range(2):  # the second round finds entries the first one created (recent)
        for action in menu_actions(window):
            if action in triggered or not action.isEnabled():
                continue
            if _closes_the_window(action):
                closing.append(action)
                continue
            triggered.append(action)
            _trigger_with_its_dialog(action, answerer)

    docks_and_bars = window.findChildren(QDockWidget) + window.findChildren(QToolBar)
    for part in docks_and_bars:
        if isinstance(part, QDockWidget):
            part.show()
        QApplication.processEvents()
        for control in controls_in(part):
            if alive(control):
                answerer.expect(0)
                work_control(control)

    worked_in_menus = _work_context_menus(window, answerer)

    saved = tmp_path / "after-every-control.cjm.json"
    window.document.save_as(saved)
    assert cli.main(["check", str(saved)]) == 0

    for action in closing:  # last: Close and Quit end the window
        if alive(action) and action.isEnabled():
            action.trigger()
            QApplication.processEvents()
    answerer.stop()

    assert answerer.stuck == []
    assert outside == []
    assert len(triggered) > 50
    assert worked_in_menus > 10
    assert len(set(answerer.seen)) >= 5  # dialogs were reached and answered
    assert answerer.worked > 20  # and their controls worked
