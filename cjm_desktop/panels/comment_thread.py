"""The comment thread of one card or stage, shown under the inspector's form.

Each comment is a row "author · time" over its text, with a box that marks it resolved; a
line below adds a comment to the thread, signed with the name from Preferences (``author``
is asked each time). Edits go through the Document; the thread refreshes from its events.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..editing import Document
from ..model import Change, ModelError
from ..model.events import Entity


class CommentThread(QWidget):
    def __init__(self, document: Document, author: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commentThread")
        self.document = document
        self._author = author
        self.target = ""
        self._refill = QTimer(self)
        self._refill.setSingleShot(True)
        self._refill.setInterval(0)
        self._refill.timeout.connect(self.refresh)
        self.title = QLabel(self)
        self.list = QListWidget(self)
        self.list.setObjectName("commentThreadList")
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(140)
        self.list.itemChanged.connect(self._on_item_changed)
        self.line = QLineEdit(self)
        self.line.setObjectName("commentThreadLine")
        self.line.setPlaceholderText(self.tr("Write a comment…"))
        self.line.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Add comment"), self)
        self.add_button.setObjectName("commentThreadAdd")
        self.add_button.clicked.connect(self.add)
        row = QHBoxLayout()
        row.addWidget(self.line, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addLayout(row)
        document.changed.connect(self._on_change)
        document.reset.connect(lambda: self.show_target(""))
        self.show_target("")

    def show_target(self, target: str) -> None:
        """Show the thread of this card or stage ("" or another id: hidden)."""
        kind = self.document.journey.target_kind(target)
        self.target = target if kind in ("card", "stage") else ""
        self.setVisible(bool(self.target))
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.entity is Entity.COMMENT and self.target:
            self._refill.start()

    def refresh(self) -> None:
        comments = self.document.journey.comments_on(self.target) if self.target else []
        open_count = sum(not c.resolved for c in comments)
        self.title.setText(self.tr("Comments: %1 open of %2").replace(
            "%1", str(open_count)).replace("%2", str(len(comments))))
        self.list.blockSignals(True)
        self.list.clear()
        for comment in comments:
            who = comment.author or self.tr("(no name)")
            item = QListWidgetItem(f"{who} · {comment.time[:16].replace('T', ' ')}\n"
                                   f"{comment.text}")
            item.setData(Qt.ItemDataRole.UserRole, comment.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if comment.resolved
                               else Qt.CheckState.Unchecked)
            item.setToolTip(self.tr("Checked: resolved"))
            self.list.addItem(item)
        self.list.blockSignals(False)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        resolved = item.checkState() == Qt.CheckState.Checked
        self.document.update_comment(str(item.data(Qt.ItemDataRole.UserRole)),
                                     {"resolved": resolved}, origin=self)

    def add(self) -> None:
        text = self.line.text().strip()
        if not text or not self.target:
            return
        try:
            self.document.add_comment(self.target, text, self._author(), origin=self)
        except ModelError as error:
            self.document.refuse(str(error))
            return
        self.line.clear()
