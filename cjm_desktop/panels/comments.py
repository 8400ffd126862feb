"""The Comments dock: every comment of the map, a filter for open ones, and a thread editor.

Rows show the commented card, stage or persona, the author, the time and the text; the
check box of a row resolves or reopens it. The box below writes a new comment on the
current target (the card or stage selected on the canvas, or the active persona), signed
with the name from Preferences (``author`` is asked each time). Selecting a row asks for
its target to be selected (:attr:`targetPicked`). All edits go through the Document.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..editing import Document
from ..model import Change, ModelError
from ..model.entities import Comment
from ..model.events import Entity


class CommentsPanel(QWidget):
    targetPicked = Signal(str)  # the id of a comment's card, stage or persona

    def __init__(self, document: Document, author: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commentsPanel")
        self.document = document
        self._author = author
        self._target = ""
        self._refill = QTimer(self)
        self._refill.setSingleShot(True)
        self._refill.setInterval(0)
        self._refill.timeout.connect(self.rebuild)

        self.open_only = QCheckBox(self.tr("Open only"), self)
        self.open_only.setObjectName("commentsOpenOnly")
        self.open_only.toggled.connect(self.rebuild)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("commentsList")
        self.tree.setHeaderLabels([self.tr("Comment"), self.tr("On"), self.tr("Author")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.tree.setColumnWidth(column, 110 if column == 1 else 170)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.itemSelectionChanged.connect(self._on_selection)
        self.target_label = QLabel(self)
        self.target_label.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("commentText")
        self.editor.setPlaceholderText(self.tr("Write a comment…"))
        self.editor.setMaximumHeight(80)
        self.add_button = QPushButton(self.tr("Add comment"), self)
        self.add_button.setObjectName("commentAdd")
        self.add_button.clicked.connect(self.add_from_editor)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("commentDelete")
        self.delete_button.clicked.connect(self._delete_selected)

        top = QHBoxLayout()
        top.addWidget(self.open_only)
        top.addStretch(1)
        top.addWidget(self.delete_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.target_label)
        layout.addWidget(self.editor)
        layout.addLayout(bottom)
        document.changed.connect(self._on_change)
        document.reset.connect(self._refill.start)
        self.set_target("")
        self.rebuild()

    # ----- the target -----------------------------------------------------------------
    def set_target(self, target: str) -> None:
        """The card, stage or persona a new comment goes on ("" for none)."""
        j = self.document.journey
        self._target = target if j.target_kind(target) else ""
        if self._target:
            self.target_label.setText(
                self.tr("New comment on %1").replace("%1", self._target_name(self._target)))
        else:
            self.target_label.setText(self.tr("Select a card, stage or persona to comment on it."))
        self.add_button.setEnabled(bool(self._target))

    def _target_name(self, target: str) -> str:
        j = self.document.journey
        kind = j.target_kind(target)
        if kind == "card":
            return self.tr("card “%1”").replace("%1", _short(j.cards[target].text))
        if kind == "stage":
            return self.tr("stage “%1”").replace("%1", _short(j.stage(target).name))
        if kind == "persona":
            return self.tr("persona “%1”").replace("%1", _short(j.persona(target).name))
        return self.tr("(deleted)")

    # ----- the list -------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.entity in (Entity.COMMENT, Entity.CARD, Entity.STAGE, Entity.PERSONA):
            self._refill.start()

    def shown_comments(self) -> list[Comment]:
        comments = self.document.journey.comments
        if self.open_only.isChecked():
            return [c for c in comments if not c.resolved]
        return list(comments)

    def rebuild(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        for comment in self.shown_comments():
            item = QTreeWidgetItem([comment.text, self._target_name(comment.target),
                                    f"{comment.author or self.tr('(no name)')} · "
                                    f"{comment.time[:16].replace('T', ' ')}"])
            item.setData(0, Qt.ItemDataRole.UserRole, comment.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if comment.resolved
                               else Qt.CheckState.Unchecked)
            item.setToolTip(0, self.tr("Checked: resolved"))
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        self.set_target(self._target)

    def _comment_of(self, item: QTreeWidgetItem) -> str:
        return str(item.data(0, Qt.ItemDataRole.UserRole))

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 0:
            resolved = item.checkState(0) == Qt.CheckState.Checked
            self.document.update_comment(self._comment_of(item), {"resolved": resolved},
                                         origin=self)

    def _on_selection(self) -> None:
        items = self.tree.selectedItems()
        if items:
            comment = self.document.journey.comment(self._comment_of(items[0]))
            if self.document.journey.target_kind(comment.target):
                self.targetPicked.emit(comment.target)

    # ----- writing --------------------------------------------------------------------
    def add_from_editor(self) -> None:
        text = self.editor.toPlainText().strip()
        if not text or not self._target:
            return
        try:
            self.document.add_comment(self._target, text, self._author(), origin=self)
        except ModelError as error:
            self.document.refuse(str(error))
            return
        self.editor.clear()

    def _delete_selected(self) -> None:
        for item in self.tree.selectedItems():
            self.document.remove_comment(self._comment_of(item), origin=self)


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
