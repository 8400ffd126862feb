"""The inbox dock: participants' notes waiting for the facilitator (moderation, or private
until reveal) — accept (with an edit of the text), reject, or accept them all."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .session import RoomSession


def tr(text: str) -> str:
    return QCoreApplication.translate("RoomInbox", text)


class InboxDock(QDockWidget):
    def __init__(self, session: RoomSession, parent: QWidget | None = None) -> None:
        super().__init__(tr("Participants' notes"), parent)
        self.setObjectName("roomInbox")
        self.session = session
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        self.list = QListWidget(body)
        self.list.setObjectName("roomInboxList")
        self.list.currentItemChanged.connect(self._show_current)
        self.editor = QPlainTextEdit(body)
        self.editor.setObjectName("roomInboxText")
        self.editor.setPlaceholderText(tr("Choose a note to edit it before accepting"))
        self.editor.setMaximumHeight(90)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(tr("Accept"), body)
        self.accept_button.setObjectName("roomAccept")
        self.accept_button.clicked.connect(self.accept_current)
        self.reject_button = QPushButton(tr("Reject"), body)
        self.reject_button.setObjectName("roomReject")
        self.reject_button.clicked.connect(self.reject_current)
        self.all_button = QPushButton(tr("Accept all"), body)
        self.all_button.setObjectName("roomAcceptAll")
        self.all_button.clicked.connect(lambda: session.reveal())
        for button in (self.accept_button, self.reject_button, self.all_button):
            buttons.addWidget(button)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.editor)
        layout.addLayout(buttons)
        self.setWidget(body)
        session.inboxChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        current = self._current_id()
        self.list.clear()
        board = self.session.board()
        lanes = {lane["id"]: lane["name"] for lane in board["lanes"]}
        stages = {stage["id"]: stage["name"] for stage in board["stages"]}
        for waiting in self.session.inbox:
            note = waiting.note
            where = f"{stages.get(waiting.cell[0], '')} · {lanes.get(waiting.cell[2], '')}"
            who = note.author or tr("anonymous")
            item = QListWidgetItem(f"{note.text}\n— {who}, {where}")  # plain text, never HTML
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.list.addItem(item)
            if note.id == current:
                self.list.setCurrentItem(item)
        count = len(self.session.inbox)
        self.summary.setText(tr("%1 notes waiting").replace("%1", str(count)) if count
                             else tr("No notes waiting"))
        has = count > 0
        for button in (self.accept_button, self.reject_button, self.all_button):
            button.setEnabled(has)
        if self.list.currentItem() is None and has:
            self.list.setCurrentRow(0)
        if not has:
            self.editor.clear()

    def _current_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _show_current(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        note_id = None if item is None else str(item.data(Qt.ItemDataRole.UserRole))
        waiting = next((w for w in self.session.inbox if w.note.id == note_id), None)
        self.editor.setPlainText(waiting.note.text if waiting else "")

    def accept_current(self) -> None:
        note_id = self._current_id()
        if note_id is not None:
            self.session.accept(note_id, self.editor.toPlainText())

    def reject_current(self) -> None:
        note_id = self._current_id()
        if note_id is not None:
            self.session.reject(note_id)
