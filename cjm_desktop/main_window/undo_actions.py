"""Edit ▸ Undo and Redo: the undo stack's actions with the keys people expect everywhere.

Qt's standard Redo keys differ by platform (Ctrl+Y on Windows and offscreen, only
Ctrl+Shift+Z under X11 desktops), while the guide promises both. Redo therefore carries
Ctrl+Shift+Z and Ctrl+Y (plus whatever else the platform calls Redo), and its menu entry
shows both keys.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

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
                        redo_text: str) -> tuple[QAction, QAction]:
    """The Undo and Redo actions of ``stack`` (their texts name the next step)."""
    undo = stack.createUndoAction(parent, undo_text)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(parent, redo_text)
    redo.setShortcuts(redo_shortcuts())
    _KeysLabel(redo, stack)
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
