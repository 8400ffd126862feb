"""In-place text editing on the canvas: a text box laid over a card or a header.

Enter commits, Shift+Enter starts a new line (multi-line editors only), Esc cancels (or
commits, for a new card: typed text is never thrown away), and leaving the box (focus out)
commits. The box lives in the scene (a proxy widget), so it scales and scrolls with the
map. The caller decides what a commit does (a Document call) and, through ``on_enter``,
what follows a commit made with Enter (the next card's editor).
Opening an editor gives it the keyboard: the view showing the scene takes the focus, so
typing goes into the box however the editor was opened (a key, a menu, a drop).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QFrame, QGraphicsProxyWidget, QGraphicsScene, QPlainTextEdit

from ..editing.appearance import LIGHT, Appearance
from . import style as st


class _TextBox(QPlainTextEdit):
    commitRequested = Signal()
    enterPressed = Signal()
    cancelRequested = Signal()

    def __init__(self, multiline: bool, look: Appearance = LIGHT) -> None:
        super().__init__()
        self.multiline = multiline
        self.setObjectName("inlineEditor")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabChangesFocus(True)
        self.setStyleSheet(f"QPlainTextEdit {{ background: {look.cell_bg.name()};"
                           f" color: {look.text.name()}; border: 2px solid"
                           f" {look.selection.name()}; border-radius: 6px; padding: 2px; }}")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.multiline and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.enterPressed.emit()
            return
        if key == Qt.Key.Key_Escape:
            self.cancelRequested.emit()
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.commitRequested.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commitRequested.emit()


class InlineEditor(QObject):
    """At most one open editor per scene; ``start`` closes (commits) a previous one."""

    finished = Signal(bool)  # True: committed, False: cancelled

    def __init__(self, scene: QGraphicsScene, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scene = scene
        self._proxy: QGraphicsProxyWidget | None = None
        self._box: _TextBox | None = None
        self._on_commit: Callable[[str], None] | None = None
        self._on_cancel: Callable[[], None] | None = None
        self._on_enter: Callable[[], None] | None = None
        self._min_h = 0.0
        self.target: str | None = None

    def is_active(self) -> bool:
        return self._box is not None

    def box(self) -> QPlainTextEdit | None:
        return self._box

    def start(self, rect: QRectF, text: str, font: QFont, on_commit: Callable[[str], None],
              on_cancel: Callable[[], None] | None = None, *, multiline: bool = True,
              target: str | None = None, on_enter: Callable[[], None] | None = None,
              escape_commits: bool = False) -> QPlainTextEdit:
        """Open the box over ``rect``; ``on_commit(text)`` runs when it is committed, then
        ``on_enter()`` if that was with Enter; ``on_cancel()`` when it is cancelled (Esc,
        unless ``escape_commits``: then Esc keeps what was typed and only ends editing)."""
        self.commit()
        box = _TextBox(multiline, st.scene_look(self._scene))
        box.setFont(font)
        box.setPlainText(text)
        box.selectAll()
        box.setFixedWidth(max(80, round(rect.width())))
        self._min_h = rect.height()
        proxy = self._scene.addWidget(box)
        proxy.setZValue(100)
        proxy.setPos(rect.topLeft())
        self._proxy, self._box = proxy, box
        self._on_commit, self._on_cancel = on_commit, on_cancel
        self._on_enter = on_enter
        self.target = target
        box.document().contentsChanged.connect(self._fit)
        box.commitRequested.connect(self.commit)
        box.enterPressed.connect(self._commit_with_enter)
        box.cancelRequested.connect(self.commit if escape_commits else self.cancel)
        self._fit()
        self._take_keyboard()
        proxy.setFocus(Qt.FocusReason.OtherFocusReason)
        box.setFocus(Qt.FocusReason.OtherFocusReason)
        return box

    def _take_keyboard(self) -> None:
        """Give the keyboard focus to the view showing the box. Without it the box only
        holds the scene's focus: after a palette drop or a menu the focus stays in the dock
        or window that had it, and typed keys (and Enter) go there instead."""
        for view in self._scene.views():
            if not view.isVisible():
                continue
            if not view.isActiveWindow():
                view.activateWindow()
            if not view.hasFocus():
                view.setFocus(Qt.FocusReason.OtherFocusReason)
            return

    def _fit(self) -> None:
        if self._box is None:
            return
        doc_h = self._box.document().size().height() * self._box.fontMetrics().lineSpacing()
        self._box.setFixedHeight(round(max(self._min_h, doc_h + 16)))

    def commit(self) -> None:
        self._commit(with_enter=False)

    def _commit_with_enter(self) -> None:
        self._commit(with_enter=True)

    def _commit(self, *, with_enter: bool) -> None:
        if self._box is None:
            return
        text = self._box.toPlainText()
        callback, after = self._on_commit, self._on_enter if with_enter else None
        self._close()
        if callback is not None:
            callback(text)
        self.finished.emit(True)
        if after is not None:
            after()

    def cancel(self) -> None:
        if self._box is None:
            return
        callback = self._on_cancel
        self._close()
        if callback is not None:
            callback()
        self.finished.emit(False)

    def drop(self) -> None:
        """Close the box without running the caller's callbacks: what it edits is gone."""
        if self._box is None:
            return
        self._close()
        self.finished.emit(False)

    def _close(self) -> None:
        box, proxy = self._box, self._proxy
        self._box = self._proxy = None
        self._on_commit = self._on_cancel = self._on_enter = None
        self.target = None
        if box is not None:
            box.blockSignals(True)
        if proxy is not None and proxy.scene() is not None:
            proxy.scene().removeItem(proxy)
        if proxy is not None:
            proxy.deleteLater()  # takes the text box with it
