"""A multi-line field that grows with its text: as tall as its wrapped text (at least its
starting number of lines, at most ``MAX_LINES``), so a quote or a bio reads whole without a
scroll bar at the dock's default width."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QPlainTextEdit

MAX_LINES = 12
PADDING = 14  # the frame and document margins, as inspector_forms.BoundForm.text uses


class GrowWithText(QObject):
    """Keeps ``edit``'s height fitted to its wrapped text; follows typing and resizes."""

    def __init__(self, edit: QPlainTextEdit, min_lines: int) -> None:
        super().__init__(edit)
        self.edit = edit
        self.min_lines = min_lines
        edit.textChanged.connect(self.fit)
        edit.installEventFilter(self)
        self.fit()

    def wanted_height(self) -> int:
        fm = self.edit.fontMetrics()
        width = max(40, self.edit.viewport().width() - 8)
        text = self.edit.toPlainText() or " "
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.TextFlag.TextWrapAnywhere)
        lines = fm.boundingRect(QRect(0, 0, width, 100000), flags, text).height()
        lines = round(lines / max(1, fm.lineSpacing()))
        lines = max(self.min_lines, min(MAX_LINES, lines))
        return fm.lineSpacing() * lines + PADDING

    def fit(self) -> None:
        height = self.wanted_height()
        if self.edit.height() != height or self.edit.minimumHeight() != height:
            self.edit.setFixedHeight(height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self.fit()
        return False
