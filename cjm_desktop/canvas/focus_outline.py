"""The canvas's keyboard focus shown as a subtle inner outline (not a frame around the view).

A transparent overlay over the view's viewport paints a 1-px rounded outline in the theme's
selection colour, half transparent, while the view has the focus; mouse events pass through.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

OUTLINE_ALPHA = 110
INSET = 1.5


class FocusOutline(QWidget):
    """Lies over ``view``'s viewport; visible while the view has the keyboard focus."""

    def __init__(self, view: QAbstractScrollArea, colour: QColor) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.colour = QColor(colour)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        self.setGeometry(view.viewport().rect())
        self.setVisible(view.hasFocus())

    def set_colour(self, colour: QColor) -> None:
        self.colour = QColor(colour)
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) and watched is self.view:
            self.setVisible(kind == QEvent.Type.FocusIn)
            self.raise_()
        elif kind == QEvent.Type.Resize and watched is self.view.viewport():
            self.setGeometry(self.view.viewport().rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        colour = QColor(self.colour)
        colour.setAlpha(OUTLINE_ALPHA)
        painter.setPen(QPen(colour, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(INSET, INSET, -INSET, -INSET), 4, 4)
        painter.end()
