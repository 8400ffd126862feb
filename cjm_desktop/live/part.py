"""The live part of a window: File ▸ Share live…, File ▸ Join live…, the session this window
shows, and its status-bar indicator ("Live · 3 people", or offline).

The window builds one :class:`LivePart` on first use (main_window/live_feature.py) with its
collaborators: the Document, the main window, a :class:`~.backend.LiveBackend`, the sync
server address in force (a callable: Preferences or ``--sync-url``), and a callable that
opens a joined session's map in a new window. It never starts by itself; a session stops
on request, when another map replaces this one, and when the window closes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from ..editing import Document
from ..editing.display import count_text
from .backend import LiveBackend, LiveError, LiveSessionLike, PeerLike
from .join_dialog import ChooseFile, JoinDialog, ask_save_path
from .share_dialog import ShareDialog

# Opens the joined session's map in a new window (the window adopts the session).
OpenWindow = Callable[[LiveSessionLike], object]


def tr(text: str) -> str:
    return QCoreApplication.translate("LivePart", text)


def indicator_text(status: str, peers: int) -> str:
    """The status bar while live; ``peers`` counts the others (you are counted in)."""
    if status == "offline":
        return tr("Offline — edits are kept and sent on reconnect")
    if status == "connecting":
        return tr("Live · connecting…")
    if status == "stopped":
        return ""
    return count_text(peers + 1, tr("Live · 1 person"), tr("Live · %1 people"))


class LivePart(QObject):
    runningChanged = Signal(bool)

    def __init__(self, document: Document, window: QMainWindow, backend: LiveBackend, *,
                 sync_url: Callable[[], str], open_window: OpenWindow,
                 folder: Callable[[], str] = lambda: "",
                 choose_file: ChooseFile = ask_save_path) -> None:
        super().__init__(window)
        self.document = document
        self.window = window
        self.backend = backend
        self._sync_url = sync_url
        self._open_window = open_window
        self._folder = folder
        self._choose_file = choose_file
        self.session: LiveSessionLike | None = None
        self.hosting = False
        self.share_dialog: ShareDialog | None = None
        self.join_dialog: JoinDialog | None = None
        self.notice: QMessageBox | None = None  # the last "could not start" message
        self.indicator = QLabel(window)
        self.indicator.setObjectName("liveIndicator")
        self.indicator.hide()
        window.statusBar().addPermanentWidget(self.indicator)
        document.reset.connect(self.stop)  # another map (open, new, reload): the session ends

    # ----- sharing --------------------------------------------------------------------
    def share(self) -> ShareDialog:
        """Show the Share live window (set-up, or the running session)."""
        if self.share_dialog is None:
            self.share_dialog = ShareDialog(self._sync_url(), self.window)
            self.share_dialog.startRequested.connect(self.start)
            self.share_dialog.stopRequested.connect(self.stop)
        elif self.session is None:
            self.share_dialog.set_sync_url(self._sync_url())
        self.share_dialog.show_session(self.session if self.hosting else None)
        self.share_dialog.show()
        self.share_dialog.raise_()
        self.share_dialog.activateWindow()
        return self.share_dialog

    def start(self, address: str) -> bool:
        """Share this map on ``address`` (a host, or the sync server's address)."""
        if self.session is not None:
            return self.hosting
        try:
            self.backend.host(self.document, address)
        except (LiveError, OSError) as error:
            self._tell(tr("Share live"), tr("The map could not be shared on %1: %2")
                       .replace("%1", address).replace("%2", _reason(error)))
            return False
        session = self.backend.session
        if session is None:
            return False
        self.hosting = True
        self._follow(session)
        if self.share_dialog is not None:
            self.share_dialog.show_session(session)
        return True

    # ----- joining --------------------------------------------------------------------
    def ask_join(self) -> JoinDialog:
        """Show the Join live window; Join opens the shared map in a new window."""
        if self.join_dialog is None:
            self.join_dialog = JoinDialog(self.window, folder=self._folder(),
                                          choose_file=self._choose_file, join=self.join)
        self.join_dialog.show()
        self.join_dialog.raise_()
        self.join_dialog.activateWindow()
        return self.join_dialog

    def join(self, address: str, path: Path | None) -> str | None:
        """Join ``address`` and open its map in a new window, kept in ``path`` (None: in the
        recovery folder until saved). Returns why it failed, or None."""
        try:
            session = self.backend.join(address)
        except (LiveError, OSError) as error:
            return tr("Could not join %1: %2").replace("%1", address) \
                .replace("%2", _reason(error))
        document = session.document
        try:
            if path is not None:
                document.save_as(path)
            else:  # unsaved: autosave keeps it in the recovery folder until Save As
                document.replace(document.journey, None, modified=True)
        except OSError as error:
            session.stop()
            return tr("The joined map could not be written to %1: %2") \
                .replace("%1", str(path)).replace("%2", _reason(error))
        self._open_window(session)
        return None

    def adopt(self, session: LiveSessionLike) -> None:
        """Show ``session`` (joined from another window) as this window's own."""
        self.stop()
        self.hosting = False
        self._follow(session)

    # ----- the running session --------------------------------------------------------
    def _follow(self, session: LiveSessionLike) -> None:
        self.session = session
        session.statusChanged.connect(self._refresh)
        session.peersChanged.connect(self._refresh)
        self._refresh()
        self.runningChanged.emit(True)

    def _refresh(self, *_args: object) -> None:
        session = self.session
        if session is None:
            self.indicator.hide()
            return
        peers: Sequence[PeerLike] = session.peers
        self.indicator.setText(indicator_text(session.status, len(peers)))
        self.indicator.setToolTip(session.url)
        self.indicator.setVisible(session.status != "stopped")

    def stop(self) -> None:
        session, self.session = self.session, None
        if session is None:
            return
        session.statusChanged.disconnect(self._refresh)
        session.peersChanged.disconnect(self._refresh)
        if self.hosting:
            self.backend.stop()
        else:
            session.stop()
        self.hosting = False
        self.indicator.hide()
        if self.share_dialog is not None:
            self.share_dialog.set_sync_url(self._sync_url())
            self.share_dialog.show_session(None)
        self.runningChanged.emit(False)

    @property
    def running(self) -> bool:
        return self.session is not None

    def _tell(self, title: str, message: str) -> None:
        self.notice = QMessageBox(QMessageBox.Icon.Warning, title, message,
                                  QMessageBox.StandardButton.Ok, self.window)
        self.notice.open()


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__
