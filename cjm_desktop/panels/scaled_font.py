"""Headings that stay a fixed multiple of the interface font, when that font changes too.

A widget given its own font (bigger, bold) no longer follows the application font, so a new
interface font size would leave it behind. :func:`follow_app_font` sets the font now and
again on every application font change.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget


class _AppFontFollower(QObject):
    """Lives as the widget's child, so the connection ends with the widget."""

    def __init__(self, widget: QWidget, scale: float, bold: bool) -> None:
        super().__init__(widget)
        self.widget, self.scale, self.bold = widget, scale, bold
        self.apply()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            # Queued: a style sheet re-applied in the same turn restores the old font.
            app.fontChanged.connect(self.apply, Qt.ConnectionType.QueuedConnection)

    def apply(self, *_font: object) -> None:
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * self.scale)
        font.setBold(self.bold)
        self.widget.setFont(font)
        QTimer.singleShot(0, self, self._relayout)

    def _relayout(self) -> None:
        """Forms keep a wrapped label's old height unless every layout up the tree is asked
        again once the new font has settled."""
        parent = self.widget.parentWidget()
        while parent is not None:
            layout = parent.layout()
            if layout is not None:
                layout.invalidate()
            parent = parent.parentWidget()


def follow_app_font(widget: QWidget, scale: float = 1.0, bold: bool = True) -> None:
    """Give ``widget`` the application font × ``scale`` (bold), now and after each change."""
    _AppFontFollower(widget, scale, bold)
