"""The invitation window: pick an address, start the room, show its QR code and address,
the number of participants, and a self-check that says what to try when phones cannot
reach the laptop. Stop at any time. It holds no room state: it asks the part it is given.
"""

from __future__ import annotations

import contextlib
import threading
import urllib.request

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..editing.sharing import LOOPBACK, lan_addresses, qr_image
from .session import RoomSession

QR_SIZE = 320


def tr(text: str) -> str:
    return QCoreApplication.translate("RoomInvite", text)


def check_advice() -> str:
    return tr("Phones may not reach this laptop. Try: allow CJM Desktop in the firewall "
              "for private networks; or a phone's hotspot for the room; or this laptop's "
              "own hotspot. A venue network that keeps its clients apart blocks the room.")


class InviteDialog(QDialog):
    startRequested = Signal(str, bool, bool)  # host, moderate, private
    stopRequested = Signal()
    revealRequested = Signal()
    _checked = Signal(bool, str)  # from the self-check thread

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomInvite")
        self.setWindowTitle(tr("Invite participants"))
        self.session: RoomSession | None = None
        layout = QVBoxLayout(self)

        self.setup = QWidget(self)
        form = QFormLayout(self.setup)
        self.address = QComboBox(self.setup)
        self.address.setObjectName("roomAddress")
        for host in lan_addresses():
            self.address.addItem(tr("%1 (this network)").replace("%1", host), host)
        self.address.addItem(tr("This computer only (a demo)"), LOOPBACK)
        form.addRow(tr("Address"), self.address)
        self.moderate = QCheckBox(tr("Moderate: notes wait in an inbox for me to accept"))
        self.moderate.setObjectName("roomModerate")
        self.private = QCheckBox(tr("Private until reveal: notes are counted, their text "
                                    "is hidden until I reveal them"))
        self.private.setObjectName("roomPrivate")
        form.addRow(self.moderate)
        form.addRow(self.private)
        self.start_button = QPushButton(tr("Start the room"))
        self.start_button.setObjectName("roomStart")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start)
        form.addRow(self.start_button)
        layout.addWidget(self.setup)

        self.live = QWidget(self)
        live = QVBoxLayout(self.live)
        self.qr = QLabel(self.live)
        self.qr.setObjectName("roomQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.url = QLabel(self.live)
        self.url.setObjectName("roomUrl")
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.url.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.count = QLabel(self.live)
        self.count.setObjectName("roomParticipants")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.check = QLabel(self.live)
        self.check.setObjectName("roomCheck")
        self.check.setWordWrap(True)
        buttons = QHBoxLayout()
        self.reveal_button = QPushButton(tr("Reveal the notes"))
        self.reveal_button.setObjectName("roomReveal")
        self.reveal_button.clicked.connect(self.revealRequested.emit)
        self.stop_button = QPushButton(tr("Stop the room"))
        self.stop_button.setObjectName("roomStop")
        self.stop_button.clicked.connect(self.stopRequested.emit)
        buttons.addWidget(self.reveal_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        for widget in (self.qr, self.url, self.count, self.check):
            live.addWidget(widget)
        live.addLayout(buttons)
        layout.addWidget(self.live)
        self._checked.connect(self._show_check)
        self.show_session(None)

    # ----- showing the room -----------------------------------------------------------
    def _start(self) -> None:
        self.startRequested.emit(str(self.address.currentData()), self.moderate.isChecked(),
                                 self.private.isChecked())

    def show_session(self, session: RoomSession | None) -> None:
        """Show the set-up (no room) or the running room's code, address and count."""
        self.session = session
        self.setup.setVisible(session is None)
        self.live.setVisible(session is not None)
        if session is None:
            self.adjustSize()
            return
        self.qr.setPixmap(QPixmap.fromImage(qr_image(session.url, QR_SIZE)))
        self.url.setText(session.url)
        self.reveal_button.setVisible(session.private)
        self.show_count(session.participants)
        session.participantsChanged.connect(self.show_count)
        self.check.setText(tr("Checking that the address can be reached…"))
        self.adjustSize()
        url = session.url
        threading.Thread(target=self._self_check, args=(url,), daemon=True,
                         name="room-self-check").start()

    def show_count(self, count: int) -> None:
        self.count.setText(tr("Participants connected: %1").replace("%1", str(count)))

    def _self_check(self, url: str) -> None:
        """Fetch the page through the chosen address (on a thread; 3 s at most)."""
        try:
            with urllib.request.urlopen(url, timeout=3) as response:  # noqa: S310 (own room)
                ok = response.status == 200
        except OSError:
            ok = False
        # RuntimeError: the dialog was closed and deleted before the answer came
        with contextlib.suppress(RuntimeError):
            self._checked.emit(ok, url)

    def _show_check(self, ok: bool, url: str) -> None:
        if self.session is None or self.session.url != url:
            return
        if ok and url.startswith(f"http://{LOOPBACK}:"):
            self.check.setText(tr("The room works on this computer only (a demo): phones "
                                  "cannot join. Choose a network address to invite them."))
        elif ok:
            self.check.setText(tr("The page answers at this address. If phones on the same "
                                  "Wi-Fi still cannot open it: %1").replace("%1", check_advice()))
        else:
            self.check.setText(check_advice())
