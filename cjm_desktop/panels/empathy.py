"""The empathy map editor: says · thinks · does · feels in a 2 × 2, pains and gains below.

Each quadrant is a multi-line text where one line is one item. Typing emits
:attr:`EmpathyEditor.edited` (``"empathy.says"``, items) on every keystroke; leaving a box
emits :attr:`EmpathyEditor.burstEnded`, so the owner makes one undo step per typing burst.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ..editing.appearance import LIGHT, Appearance

QUADRANTS: tuple[str, ...] = ("says", "thinks", "does", "feels", "pains", "gains")


def quadrant_title(name: str) -> str:
    titles = {
        "says": QCoreApplication.translate("Empathy", "Says"),
        "thinks": QCoreApplication.translate("Empathy", "Thinks"),
        "does": QCoreApplication.translate("Empathy", "Does"),
        "feels": QCoreApplication.translate("Empathy", "Feels"),
        "pains": QCoreApplication.translate("Empathy", "Pains"),
        "gains": QCoreApplication.translate("Empathy", "Gains"),
    }
    return titles[name]


def lines_to_items(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class EmpathyEditor(QWidget):
    edited = Signal(str, list)  # dotted path ("empathy.says"), items
    burstEnded = Signal()

    def __init__(self, parent: QWidget | None = None, appearance: Appearance = LIGHT) -> None:
        super().__init__(parent)
        self.appearance = appearance
        self.boxes: dict[str, QPlainTextEdit] = {}
        self._quadrants: dict[str, tuple[QWidget, QLabel]] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        positions = {"says": (0, 0), "thinks": (0, 1), "does": (1, 0), "feels": (1, 1),
                     "pains": (2, 0), "gains": (2, 1)}
        for name in QUADRANTS:
            row, column = positions[name]
            grid.addWidget(self._quadrant(name), row, column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        self._loading = False

    def _quadrant(self, name: str) -> QWidget:
        box = QWidget(self)
        box.setObjectName(f"empathy_{name}")
        box.setAutoFillBackground(True)
        title = QLabel(quadrant_title(name), box)
        edit = QPlainTextEdit(box)
        edit.setObjectName(f"empathy_{name}_edit")
        edit.setPlaceholderText(self.tr("One item per line"))
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(72)
        edit.textChanged.connect(lambda name=name: self._on_text(name))
        edit.installEventFilter(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addWidget(edit)
        self.boxes[name] = edit
        self._quadrants[name] = (box, title)
        self._colour(name)
        return box

    def set_appearance(self, appearance: Appearance) -> None:
        """Tint the quadrants and their boxes with ``appearance``'s colours."""
        self.appearance = appearance
        for name in self._quadrants:
            self._colour(name)

    def _colour(self, name: str) -> None:
        look = self.appearance
        box, title = self._quadrants[name]
        palette = QPalette(box.palette())
        palette.setColor(QPalette.ColorRole.Window, look.empathy_tints[name])
        box.setPalette(palette)
        title.setStyleSheet(f"font-weight: bold; color: {look.text.name()};")
        veil = "rgba(0,0,0,70)" if look.dark else "rgba(255,255,255,170)"
        self.boxes[name].setStyleSheet(
            f"QPlainTextEdit {{ background: {veil}; color: {look.text.name()};"
            f" border: 1px solid {look.field_border.name()}; border-radius: 4px; }}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.FocusOut:
            self.burstEnded.emit()
        return False

    def set_items(self, name: str, items: list[str]) -> None:
        """Show ``items`` in a box unless it already shows them (keeps the cursor)."""
        edit = self.boxes[name]
        if lines_to_items(edit.toPlainText()) == items:
            return
        self._loading = True
        try:
            edit.setPlainText("\n".join(items))
        finally:
            self._loading = False

    def items(self, name: str) -> list[str]:
        return lines_to_items(self.boxes[name].toPlainText())

    def _on_text(self, name: str) -> None:
        if not self._loading:
            self.edited.emit(f"empathy.{name}", self.items(name))
