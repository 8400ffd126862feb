"""File ▸ Share live…: pick an address, start sharing, show the join address, its QR code,
Copy address, how many people are connected and the status; Stop at any time.

With a sync server in Preferences (or ``--sync-url``) there is no address to pick: the
dialog says the map is shared through that server and shows its address. The dialog holds
no session state: it shows the session the part hands it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# The addresses this laptop can offer and the QR code, shared with the room.
from ..editing.sharing import LOOPBACK, lan_addresses, qr_image
from .backend import LiveSessionLike, PeerLike

QR_SIZE = 280


def tr(text: str) -> str:
    return QCoreApplication.translate("LiveShare", text)


def status_text(status: str) -> str:
    return {
        "connecting": tr("Connecting…"),
        "online": tr("Online"),
        "offline": tr("Offline — edits are kept and sent on reconnect"),
        "stopped": tr("Stopped"),
    }.get(status, status)


class ShareDialog(QDialog):
    startRequested = Signal(str)  # the host to listen on, or the sync server's address
    stopRequested = Signal()

    def __init__(self, sync_url: str = "", parent: QWidget | None = None, *,
                 name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("liveShare")
        self.setWindowTitle(tr("Share live"))
        self.setMinimumWidth(480)
        self.session: LiveSessionLike | None = None
        layout = QVBoxLayout(self)

        self.setup = QWidget(self)
        setup = QVBoxLayout(self.setup)
        setup.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(self.setup)
        self.intro.setObjectName("liveShareIntro")
        self.intro.setWordWrap(True)
        # above the form, not in a spanning row of it: a form row gives a wrapped label the
        # height of its first layout, and the last line was cut off
        setup.addWidget(self.intro)
        form = QFormLayout()
        setup.addLayout(form)
        self.address = QComboBox(self.setup)
        self.address.setObjectName("liveAddress")
        self.address.setAccessibleName(tr("Address to share on"))
        self.server = QLabel(self.setup)
        self.server.setObjectName("liveServer")
        self.server.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address_label = QLabel(tr("Address"), self.setup)
        self.server_label = QLabel(tr("Sync server"), self.setup)
        form.addRow(self.address_label, self.address)
        form.addRow(self.server_label, self.server)
        self.name = QLineEdit(name, self.setup)
        self.name.setObjectName("liveName")
        self.name.setAccessibleName(tr("Your name, shown to the others"))
        form.addRow(tr("Your &name"), self.name)
        self.start_button = QPushButton(tr("Start sharing"))
        self.start_button.setObjectName("liveStart")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start)
        form.addRow(self.start_button)
        layout.addWidget(self.setup)

        self.live = QWidget(self)
        live = QVBoxLayout(self.live)
        self.qr = QLabel(self.live)
        self.qr.setObjectName("liveQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.url = QLabel(self.live)
        self.url.setObjectName("liveUrl")
        self.url.setWordWrap(True)
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.url.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.count = QLabel(self.live)
        self.count.setObjectName("livePeople")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel(self.live)
        self.status.setObjectName("liveStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(tr("Copy address"))
        self.copy_button.setObjectName("liveCopy")
        self.copy_button.clicked.connect(self.copy_address)
        self.stop_button = QPushButton(tr("Stop sharing"))
        self.stop_button.setObjectName("liveStop")
        self.stop_button.clicked.connect(self.stopRequested.emit)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        for widget in (self.qr, self.url, self.count, self.status):
            live.addWidget(widget)
        live.addLayout(buttons)
        layout.addWidget(self.live)
        self.set_sync_url(sync_url)
        self.show_session(None)

    def set_sync_url(self, sync_url: str) -> None:
        """Offer this laptop's addresses, or say the map goes through ``sync_url``."""
        self.sync_url = sync_url.strip()
        through_server = bool(self.sync_url)
        self.address.clear()
        if through_server:
            self.intro.setText(tr("The map is shared through your team's sync server (set in "
                                  "Preferences), not from this laptop. Anyone who can reach "
                                  "the server can join with the address shown next."))
            self.server.setText(self.sync_url)
        else:
            self.intro.setText(tr("People on the same network join from CJM Desktop with "
                                  "File ▸ Join live… and the address shown next. Everyone "
                                  "edits the same map; edits made offline are sent on "
                                  "reconnect."))
            for host in lan_addresses():
                self.address.addItem(tr("%1 (this network)").replace("%1", host), host)
            self.address.addItem(tr("This computer only (a test)"), LOOPBACK)
        for widget in (self.address, self.address_label):
            widget.setVisible(not through_server)
        for widget in (self.server, self.server_label):
            widget.setVisible(through_server)

    def person(self) -> str:
        """The name the others see for this person."""
        return self.name.text().strip()

    def _start(self) -> None:
        self.startRequested.emit(self.sync_url or str(self.address.currentData()))

    def show_session(self, session: LiveSessionLike | None) -> None:
        """Show the set-up (not sharing) or the running session's address, code and count."""
        if self.session is not None and self.session is not session:
            for signal, slot in ((self.session.statusChanged, self.show_status),
                                 (self.session.peersChanged, self.show_peers)):
                signal.disconnect(slot)
        previous, self.session = self.session, session
        self.setup.setVisible(session is None)
        self.live.setVisible(session is not None)
        if session is not None:
            self.qr.setPixmap(QPixmap.fromImage(qr_image(session.url, QR_SIZE)))
            self.url.setText(session.url)
            self.show_peers(list(session.peers))
            self.show_status(session.status)
            if previous is not session:
                session.statusChanged.connect(self.show_status)
                session.peersChanged.connect(self.show_peers)
                self.copy_button.setText(tr("Copy address"))
                self.copy_button.setFocus()  # the keys go on from the hidden set-up
        elif previous is not None:
            self.start_button.setFocus()
        self.adjustSize()

    def show_peers(self, peers: Sequence[PeerLike]) -> None:
        self.count.setText(tr("Others connected: %1").replace("%1", str(len(peers))))

    def show_status(self, status: str) -> None:
        self.status.setText(status_text(status))

    def copy_address(self) -> None:
        if self.session is not None:
            QGuiApplication.clipboard().setText(self.session.url)
            self.copy_button.setText(tr("Copied"))
