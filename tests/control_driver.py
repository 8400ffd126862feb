"""Drive every control of the main window without knowing them: the machinery of
tests/test_every_control.py.

- ``ModalAnswerer`` answers whatever modal dialog comes up (a repeating timer that runs in
  the dialog's own event loop): it works the dialog's k-th control first when asked to, then
  accepts it (a message box: its default button).
- ``patch_standard_dialogs`` makes the static file, message, input and colour dialogs return
  at once: a temporary file of the asked-for type, the default button, a text, a colour.
- ``menu_actions`` walks the menu bar (with ``aboutToShow``, so menus built on demand are
  filled), its submenus and the tool bars; the answerer also closes each context menu that
  pops up and keeps it in ``popups``, so its entries can be triggered one by one.
- ``work_control`` does what a person does with a widget: clicks a button, picks every entry
  of a combo box, selects every row of a list or table and edits the first cell.
"""

from __future__ import annotations

import re
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QToolBar,
    QWidget,
)

ANSWER_EVERY_MS = 10
GIVE_UP_AFTER_TICKS = 300  # a modal still open after ~3 s of answering is a failure


def alive(obj: QObject | None) -> bool:
    return obj is not None and shiboken6.isValid(obj)


class ModalAnswerer(QObject):
    """Answers each modal widget that becomes active; counts the controls of the first one."""

    def __init__(self, skip=lambda widget: None) -> None:
        super().__init__()
        self.skip = skip  # widget -> reason to leave it alone (a known bug), or None
        self.work_index: int | None = None  # work this control of the next modal first
        self.first_modal_controls: int | None = None
        self.seen: list[str] = []
        self.stuck: list[str] = []
        self.popups: list[QMenu] = []  # context menus shown (then closed), newest last
        self.worked = 0  # dialog controls worked
        self._ticks: dict[int, int] = {}
        self._busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(ANSWER_EVERY_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def expect(self, work_index: int | None) -> None:
        self.work_index, self.first_modal_controls = work_index, None

    def _tick(self) -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            if isinstance(popup, QMenu):
                self.popups.append(popup)
            popup.close()
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        key = id(modal)
        self._ticks[key] = self._ticks.get(key, 0) + 1
        if self._ticks[key] > GIVE_UP_AFTER_TICKS:
            self.stuck.append(_describe(modal))
            modal.close()
            return
        if self._busy:
            return  # the modal belongs to a control being worked: answer it plainly
        self._busy = True
        try:
            self._answer(modal)
        finally:
            self._busy = False

    def _answer(self, modal: QWidget) -> None:
        self.seen.append(_describe(modal))
        index, self.work_index = self.work_index, None
        if index is not None:
            controls = [c for c in controls_in(modal) if self.skip(c) is None]
            self.first_modal_controls = len(controls)
            if index < len(controls):
                nested = ModalAnswerer(self.skip)  # answers what the control opens
                nested.start()
                try:
                    work_control(controls[index])
                    self.worked += 1
                finally:
                    nested.stop()
                self.stuck += nested.stuck
        if alive(modal) and modal.isVisible():
            close_modal(modal)


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or widget.windowTitle()!r})"


def close_modal(modal: QWidget) -> None:
    if isinstance(modal, QMessageBox):
        button = modal.defaultButton() or modal.escapeButton()
        if button is not None:
            button.click()
        else:
            modal.close()
    elif isinstance(modal, QFileDialog):
        modal.reject()
    elif isinstance(modal, QDialog):
        modal.accept()
    else:
        modal.close()


def controls_in(root: QWidget) -> list[QWidget]:
    """The controls a person can work in ``root``: buttons outside the dialog's own button
    box, combo boxes, and lists/tables; tab bars' pages are all included (hidden or not):
    each tab is opened once first, as a person would, so a page built when first shown is
    there too."""
    for tabs in root.findChildren(QTabWidget):
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
        tabs.setCurrentIndex(current)
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not widget.isEnabled() or isinstance(widget, QTabBar):
            continue
        if isinstance(widget, QAbstractButton):
            if isinstance(widget.parent(), QDialogButtonBox) or _is_internal(widget):
                continue
            found.append(widget)
        elif isinstance(widget, (QComboBox, QAbstractItemView)) and not _is_internal(widget):
            found.append(widget)
    return found


def _is_internal(widget: QWidget) -> bool:
    """Parts of other widgets (a combo box's list, a spin box's arrows, a scroll bar, the
    tool bar's extension and the dock's float / close buttons): worked through their owner
    or window chrome, not controls of the app."""
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QScrollBar, QTabBar)):
            return True
        parent = parent.parentWidget()
    return False


def work_control(widget: QWidget) -> None:
    """Use ``widget`` once as a person would."""
    if not alive(widget) or not widget.isEnabled():
        return
    if isinstance(widget, QAbstractButton):
        widget.click()
        if (alive(widget) and widget.isCheckable() and widget.isEnabled()
                and not widget.autoExclusive()):
            widget.click()  # and back
    elif isinstance(widget, QComboBox):
        start = widget.currentIndex()
        for index in range(widget.count()):
            if alive(widget):
                widget.setCurrentIndex(index)
        if alive(widget):
            widget.setCurrentIndex(start)
    elif isinstance(widget, QAbstractItemView):
        _work_view(widget)
    QApplication.processEvents()


def _work_view(view: QAbstractItemView) -> None:
    model = view.model()
    if model is None:
        return
    rows = model.rowCount()
    for row in range(min(rows, 20)):
        if alive(view) and alive(model) and row < model.rowCount():
            view.setCurrentIndex(model.index(row, 0))
    if not alive(view) or model.rowCount() == 0:
        return
    if view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers:
        return
    index = model.index(0, 0)
    if not (model.flags(index) & Qt.ItemFlag.ItemIsEditable):
        return
    view.setFocus()
    view.setCurrentIndex(index)
    view.edit(index)
    QApplication.processEvents()
    editor = QApplication.focusWidget()
    if isinstance(editor, QLineEdit) and editor is not view:
        editor.setText(editor.text() + " (edited)")
        QTest.keyClick(editor, Qt.Key.Key_Return)


def menu_actions(menu_bar_owner, include_toolbars: bool = True) -> list[QAction]:
    """Every action reachable through the menu bar (submenus included) and the tool bars."""
    found: list[QAction] = []

    def walk(menu: QMenu) -> None:
        menu.aboutToShow.emit()
        for action in menu.actions():
            if action.isSeparator():
                continue
            if action.menu() is not None:
                walk(action.menu())
            elif action not in found:
                found.append(action)

    for top in menu_bar_owner.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu())
    if include_toolbars:
        for bar in menu_bar_owner.findChildren(QToolBar):
            for action in bar.actions():
                if not action.isSeparator() and action not in found and action.menu() is None:
                    found.append(action)
    return found


def leaf_actions(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            found += leaf_actions(action.menu())
        else:
            found.append(action)
    return found


# ----- the standard dialogs -----------------------------------------------------------------
def _suffix(filters: str) -> str:
    match = re.search(r"\*(\.[\w.]+)", filters or "")
    return match.group(1) if match else ".txt"


class StandardAnswers:
    """What the static dialogs answer; remembers every file path it handed out."""

    def __init__(self, folder: Path, sample: Path) -> None:
        self.folder, self.sample = folder, sample
        self.saved: list[Path] = []
        self.opened: list[Path] = []
        self._n = 0

    def _path(self, suffix: str) -> Path:
        self._n += 1
        return self.folder / f"answer-{self._n}{suffix}"

    def save_name(self, *args, **kwargs):
        filters = kwargs.get("filter") or (args[3] if len(args) > 3 else "")
        path = self._path(_suffix(filters))
        self.saved.append(path)
        return str(path), filters

    def open_name(self, *args, **kwargs):
        filters = kwargs.get("filter") or (args[3] if len(args) > 3 else "")
        suffix = _suffix(filters)
        path = self._path(suffix)
        if suffix in (".png", ".jpg", ".jpeg", ".webp"):
            image = QImage(64, 64, QImage.Format.Format_RGB32)
            image.fill(QColor("#3377aa"))
            image.save(str(path.with_suffix(".png")))
            path = path.with_suffix(".png")
        else:
            from cjm_desktop.files.formats import read_any, write_any

            try:
                write_any(read_any(self.sample), path)
            except Exception:  # noqa: BLE001 a type the files layer does not write: cancel
                return "", filters
        self.opened.append(path)
        return str(path), filters


def patch_standard_dialogs(monkeypatch, answers: StandardAnswers) -> None:
    def default_button(*args, **kwargs):
        default = kwargs.get("defaultButton")
        if default is None and len(args) > 4:
            default = args[4]
        buttons = kwargs.get("buttons")
        if buttons is None and len(args) > 3:
            buttons = args[3]
        if default not in (None, QMessageBox.StandardButton.NoButton):
            return default
        if buttons is not None:
            for choice in (QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Yes,
                           QMessageBox.StandardButton.Save):
                if buttons & choice:
                    return choice
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answers.save_name))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(answers.open_name))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(answers.folder)))
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(default_button))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *a, **k: None))
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Renamed by the test", True)))
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (1, True)))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("", False)))
    monkeypatch.setattr(QColorDialog, "getColor",
                        staticmethod(lambda *a, **k: QColor("#cc5500")))
