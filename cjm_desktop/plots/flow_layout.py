"""A layout that places its widgets in a row and wraps them onto further rows when the row
is too narrow: the emotion curve's legend, whose entries grow with the personas.

A box layout would make the widest row the legend's minimum width: with a handful of
personas that minimum widened the whole main window past the screen's edge the moment the
plot was built. Here the minimum is the widest single entry; the height follows the width
(``heightForWidth``), and ``laidOut`` tells the widget that holds it how tall the rows came
out.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    laidOut = Signal(int)  # the height the rows took, each time they are laid out

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 16,
                 row_spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._row_spacing = row_spacing

    # ----- the QLayout interface ------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt API)
        self._items.append(item)

    def insertWidget(self, index: int, widget: QWidget) -> None:  # noqa: N802 (as QBoxLayout)
        """Put ``widget`` at ``index`` (as QBoxLayout.insertWidget; -1 or past the end
        appends)."""
        self.addChildWidget(widget)
        if index < 0 or index > len(self._items):
            index = len(self._items)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self.invalidate()
        return item

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt API)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt API)
        super().setGeometry(rect)
        self.laidOut.emit(self._arrange(rect, place=True))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """Every entry on one row, as a box layout would want."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self._spacing * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt API)
        """The widest single entry: narrower than that, entries would be cut."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return self._with_margins(size)

    # ----- placing --------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _with_margins(self, size: QSize) -> QSize:
        margins: QMargins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Lay the shown items out in ``rect`` (moving them if ``place``); the height used."""
        area = rect.marginsRemoved(self.contentsMargins())
        x, y, row_height = area.x(), area.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y = area.x(), y + row_height + self._row_spacing
                row_height = 0
            if place:
                # an entry wider than the whole row gets the row, never less than its minimum
                width = min(hint.width(), max(area.width(), item.minimumSize().width()))
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += hint.width() + self._spacing
            row_height = max(row_height, hint.height())
        margins = self.contentsMargins()
        return y + row_height - rect.y() + margins.bottom()
