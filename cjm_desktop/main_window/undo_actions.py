"""Edit ▸ Undo and Redo: the undo stack's actions with the keys people expect everywhere.

Qt's standard Redo keys differ by platform (Ctrl+Y on Windows and offscreen, only
Ctrl+Shift+Z under X11 desktops), while the guide promises both. Redo therefore carries
Ctrl+Shift+Z and Ctrl+Y (plus whatever else the platform calls Redo), and its menu entry
shows both keys. In a text field both keys redo the field's own typing, as Ctrl+Z undoes it
there.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

REDO_KEYS = ("Ctrl+Shift+Z", "Ctrl+Y")  # shown in the menu, in this order


def redo_shortcuts() -> list[QKeySequence]:
    """Ctrl+Shift+Z, Ctrl+Y, then the platform's other standard Redo keys."""
    keys = [QKeySequence(text) for text in REDO_KEYS]
    for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys


def keys_label(keys: list[QKeySequence]) -> str:
    return ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in keys)


def create_undo_actions(stack: QUndoStack, parent: QWidget, undo_text: str,
                        redo_text: str, do_undo: Callable[[], object] | None = None,
                        do_redo: Callable[[], object] | None = None) -> tuple[QAction, QAction]:
    """The Undo and Redo actions of ``stack`` (their texts and enabled state name the next
    step). With ``do_undo``/``do_redo`` (the Document's, which may refuse a step someone
    else changed) triggering them calls those instead of the stack's own."""
    undo = stack.createUndoAction(parent, undo_text)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(parent, redo_text)
    for action, call in ((undo, do_undo), (redo, do_redo)):
        if call is not None:
            action.triggered.disconnect()  # the stack's own undo()/redo()
            action.triggered.connect(lambda _checked=False, call=call: call())
    redo.setShortcuts(redo_shortcuts())
    _KeysLabel(redo, stack)
    _FieldRedo(redo)
    return undo, redo


class _KeysLabel(QObject):
    """Keeps the Redo keys after its text: a menu shows one key per action unless the text
    names them after a tab, and the stack rewrites the text on every change ("Redo Move
    card"). A child of the action, so it goes when the action goes."""

    def __init__(self, action: QAction, stack: QUndoStack) -> None:
        super().__init__(action)
        self.action = action
        self.shown = keys_label([QKeySequence(text) for text in REDO_KEYS])
        stack.redoTextChanged.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        if not shiboken6.isValid(self.action):  # the window is being torn down
            return
        text = self.action.text().split("\t", 1)[0]
        self.action.setText(text + "\t" + self.shown)


TEXT_FIELDS = (QLineEdit, QTextEdit, QPlainTextEdit)


class _FieldRedo(QObject):
    """While a text field has the focus, every Redo key redoes the field's typing. Without
    it a key the platform does not call Redo (Ctrl+Y under X11) would pass the field by and
    redo a step of the map in the middle of typing. Watches only the focused field."""

    def __init__(self, action: QAction) -> None:
        super().__init__(action)
        self.keys = [QKeySequence(text) for text in REDO_KEYS]
        self.watched: QWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.follow)

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.watched is not None and shiboken6.isValid(self.watched):
            self.watched.removeEventFilter(self)
        self.watched = new if isinstance(new, TEXT_FIELDS) else None
        if self.watched is not None:
            self.watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) \
                or not isinstance(event, QKeyEvent) or not isinstance(watched, TEXT_FIELDS):
            return False
        if watched.isReadOnly() or QKeySequence(event.keyCombination()) not in self.keys:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the field takes the key: the window's Redo does not fire
        else:
            watched.redo()
        return True
