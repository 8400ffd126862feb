"""The palette dock (objectName ``palette``): the five card kinds, to drag onto the canvas.

Dragging an entry starts a QDrag whose data is the kind value under ``CARD_KIND_MIME``
(the canvas creates a card of that kind where it is dropped). Double-clicking an entry, or
pressing Enter on it, emits :attr:`Palette.kindActivated`; the main window adds a card of
that kind to the current cell.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QListView,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from ..editing.clipboard import CARD_KIND_MIME, card_kind_mime
from ..editing.icons import CARD_KIND_ICONS, themed_icon
from ..model.vocab import CardKind, label

KIND_ROLE = Qt.ItemDataRole.UserRole

# The strip colours of PRODUCT.md "Look and feel" (the canvas keeps its own copy in its
# style module; views do not import each other).
KIND_CHIPS: dict[str, str] = {
    CardKind.NOTE.value: "#E8B923",
    CardKind.TOUCHPOINT.value: "#3B82F6",
    CardKind.PAIN_POINT.value: "#E5534B",
    CardKind.OPPORTUNITY.value: "#2F9E5B",
    CardKind.KPI.value: "#8B5CF6",
}


def chip(color: str, size: int = 20) -> QIcon:
    """A small rounded card with a colour strip, like the cards on the canvas."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#D5D9E0"))
    painter.setBrush(QColor("#FFFFFF"))
    painter.drawRoundedRect(1, 2, size - 2, size - 4, 3, 3)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawRoundedRect(1, 2, 5, size - 4, 2, 2)
    painter.end()
    return QIcon(pixmap)


class KindList(QListWidget):
    enterPressed = Signal(QListWidgetItem)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setIconSize(QSize(20, 20))
        self.setSpacing(2)
        # Chips flow in rows, so the five kinds fit a narrow dock in two or three lines.
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        row = max(self.sizeHintForRow(0), 24) + 2 * self.spacing()
        return QSize(300, row * 3 + 2 * self.frameWidth())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.enterPressed.emit(self.currentItem())
            return
        super().keyPressEvent(event)

    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt API)
        return [CARD_KIND_MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802 (Qt API)
        return card_kind_mime(items[0].data(KIND_ROLE) if items else "")

    def startDrag(self, _actions: Qt.DropAction) -> None:  # noqa: N802 (Qt API)
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.setPixmap(item.icon().pixmap(24, 24))
        drag.exec(Qt.DropAction.CopyAction)


class Palette(QDockWidget):
    kindActivated = Signal(str)  # a card kind value

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("palette")
        self.setWindowTitle(self.tr("Card palette"))
        self.list = KindList(self)
        self.list.setToolTip(self.tr("Drag a kind onto the map, or double-click it to add a "
                                     "card to the current cell"))
        for kind in CardKind:
            icon = themed_icon(CARD_KIND_ICONS[kind.value], QColor(KIND_CHIPS[kind.value]))
            item = QListWidgetItem(icon, label(kind, language), self.list)
            item.setData(KIND_ROLE, kind.value)
        # Not itemActivated: some styles activate on a single click, which would add a card
        # whenever a drag starts.
        self.list.itemDoubleClicked.connect(self._activate)
        self.list.enterPressed.connect(self._activate)
        self.setWidget(self.list)
        self.list.setMaximumHeight(self.list.sizeHint().height())

    def _activate(self, item: QListWidgetItem) -> None:
        self.kindActivated.emit(item.data(KIND_ROLE))

    def kinds(self) -> list[str]:
        return [self.list.item(i).data(KIND_ROLE) for i in range(self.list.count())]
