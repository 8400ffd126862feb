"""The visible keyboard focus of lists, tables, trees and text boxes.

Fusion shows keyboard focus on buttons, fields and combo boxes but not on views, so a view
with the focus gets a 2 px frame in the highlight colour (the canvas draws its own inner
outline, canvas.focus_outline). The frame is a style-sheet rule on the view itself, added
the first time the view takes the focus, never an application style sheet: with one, every
widget built afterwards (each window and dialog) took about a third longer to create, and
palettes stopped reaching child widgets. A theme switch polishes again every widget that
has a style sheet of its own, so they take the new palette and font.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

FOCUS_FRAMED = (QAbstractItemView, QTextEdit, QPlainTextEdit)  # QTextBrowser is a QTextEdit
_MARK = "cjmFocusFrame"  # a property naming the view in its rule: not its item editors
FOCUS_RULE = f'\n[{_MARK}="true"]:focus {{ border: 2px solid palette(highlight); }}'

_following: list[QApplication] = []


def shows_focus_frame(widget: QWidget | None) -> bool:
    """Whether ``widget`` is a framed view or text box (its frame shows the focus)."""
    return isinstance(widget, FOCUS_FRAMED) and isinstance(widget, QFrame) \
        and widget.frameShape() != QFrame.Shape.NoFrame


def follow_focus(app: QApplication) -> None:
    """Give each framed view its focus rule when it first takes the focus (once per app)."""
    if any(shiboken6.isValid(known) and known is app for known in _following):
        return
    app.focusChanged.connect(_on_focus_changed)
    _following[:] = [app]


def repolish_styled() -> None:
    """After a palette or font change: every widget with a style sheet of its own (the
    focus rule, a dock's menu button, a banner) takes the new palette and font; Qt keeps
    the ones such a widget was polished with."""
    for widget in QApplication.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet(sheet)


def _on_focus_changed(_old: QWidget | None, now: QWidget | None) -> None:
    if now is None or now.property(_MARK) or not shows_focus_frame(now):
        return
    now.setProperty(_MARK, "true")
    if FOCUS_RULE not in now.styleSheet():
        now.setStyleSheet(now.styleSheet() + FOCUS_RULE)
