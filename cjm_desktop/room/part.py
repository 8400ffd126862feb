"""The room part of the window: Workshop ▸ Invite participants…, the room session, its
inbox dock and the badge on the presentation (QR code, short address, participants).

The window builds one :class:`RoomPart` with its collaborators: the Document, the main
window (parent of the dialog and the dock), and callables for what only the window knows
(the focused stage and lane, the current activity, the running dot vote). It never starts
by itself; stopping happens on request, when another map replaces this one, and when the
window closes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from ..editing import Document
from ..editing.sharing import qr_image
from .inbox import InboxDock
from .invite import InviteDialog
from .session import ActivityFn, FocusFn, RoomSession, VotingFn


def tr(text: str) -> str:
    return QCoreApplication.translate("RoomPart", text)


def short_address(url: str) -> str:
    """What the projector shows under the code: host and port (the token is in the code)."""
    return url.removeprefix("http://").split("/", 1)[0]


class RoomBadge(QWidget):
    """The QR code, the address and the count, in a corner of the presentation."""

    def __init__(self, session: RoomSession, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("roomBadge")
        self.session = session
        self.setAutoFillBackground(True)
        self.setStyleSheet("#roomBadge { background: white; border-radius: 12px; }"
                           "QLabel { color: #1f2933; background: white; }")
        layout = QVBoxLayout(self)
        size = max(160, min(parent.height() // 3, 360))
        self.qr = QLabel(self)
        self.qr.setPixmap(QPixmap.fromImage(qr_image(session.url, size)))
        self.address = QLabel(session.url, self)
        self.address.setWordWrap(True)
        self.address.setMaximumWidth(size)
        self.address.setStyleSheet("font-size: 11pt; font-weight: bold;")
        self.count = QLabel(self)
        self.count.setStyleSheet("font-size: 13pt;")
        for label in (self.qr, self.address, self.count):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        session.participantsChanged.connect(self.refresh)
        session.inboxChanged.connect(self.refresh)
        parent.installEventFilter(self)  # stay in the corner when the slide is resized
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.place()
        return False

    def refresh(self, *_args: object) -> None:
        text = tr("%1 joined").replace("%1", str(self.session.participants))
        if self.session.private and self.session.inbox:
            text += " · " + tr("%1 notes hidden").replace("%1", str(len(self.session.inbox)))
        self.count.setText(text)
        self.adjustSize()
        self.place()

    def place(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            margin = 24
            self.move(parent.width() - self.width() - margin,
                      parent.height() - self.height() - margin)
            self.raise_()


class RoomPart(QObject):
    runningChanged = Signal(bool)

    def __init__(self, document: Document, window: QMainWindow, *, focus: FocusFn,
                 activity: ActivityFn | None = None, voting: VotingFn | None = None) -> None:
        super().__init__(window)
        self.document = document
        self.window = window
        self._focus = focus
        self._activity = activity
        self._voting = voting
        self.session: RoomSession | None = None
        self.dialog: InviteDialog | None = None
        self.inbox: InboxDock | None = None
        self.badge: RoomBadge | None = None
        document.reset.connect(self.stop)  # another map (open, new, reload): the room ends

    def invite(self) -> InviteDialog:
        """Show the invitation window (set-up, or the running room)."""
        if self.dialog is None:
            self.dialog = InviteDialog(self.window)
            self.dialog.startRequested.connect(self.start)
            self.dialog.stopRequested.connect(self.stop)
            self.dialog.revealRequested.connect(self.reveal)
        self.dialog.show_session(self.session)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def start(self, host: str, moderate: bool = False, private: bool = False) -> None:
        if self.session is not None:
            return
        session = RoomSession(self.document, host=host, port=0, focus=self._focus,
                              activity=self._activity, voting=self._voting,
                              moderate=moderate, private=private,
                              parent=self)
        try:
            session.start()
        except OSError as error:
            session.deleteLater()
            QMessageBox.warning(self.window, tr("Invite participants"),
                                tr("The room could not start on %1: %2")
                                .replace("%1", host).replace("%2", error.strerror or str(error)))
            return
        self.session = session
        if moderate or private:
            self.inbox = InboxDock(session, self.window)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inbox)
            self.inbox.show()
        if self.dialog is not None:
            self.dialog.show_session(session)
        self.runningChanged.emit(True)

    def stop(self) -> None:
        session, self.session = self.session, None
        if session is None:
            return
        session.stop()
        if self.badge is not None:
            self.badge.deleteLater()
            self.badge = None
        if self.inbox is not None:
            self.window.removeDockWidget(self.inbox)
            self.inbox.deleteLater()
            self.inbox = None
        if self.dialog is not None:
            self.dialog.show_session(None)
        session.deleteLater()
        self.runningChanged.emit(False)

    def reveal(self) -> None:
        if self.session is not None:
            focus_lane = self._focus()[1]
            if not self.session.reveal(focus_lane):
                self.session.reveal()

    def show_badge(self, presentation: QWidget | None) -> None:
        """Put the room's badge on the presentation (or take it away with None)."""
        if self.badge is not None:
            self.badge.deleteLater()
            self.badge = None
        if presentation is not None and self.session is not None:
            self.badge = RoomBadge(self.session, presentation)
            self.badge.show()
            self.badge.place()

    @property
    def running(self) -> bool:
        return self.session is not None
