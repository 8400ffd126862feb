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

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from ..editing import Document
from ..editing.display import count_text
from .backend import LiveBackend, LiveError, LiveSessionLike, PeerLike
from .join_dialog import ChooseFile, JoinDialog, ask_save_path
from .share_dialog import ShareDialog

# Opens the joined session's map in a new window (the window adopts the session).
OpenWindow = Callable[[LiveSessionLike], object]
JOIN_TIMEOUT_MS = 10_000  # how long Join waits for the shared map before it gives up


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
                 choose_file: ChooseFile = ask_save_path,
                 name: Callable[[], str] = lambda: "",
                 remember_name: Callable[[str], None] = lambda _name: None) -> None:
        super().__init__(window)
        self.document = document
        self.window = window
        self.backend = backend
        self._sync_url = sync_url
        self._open_window = open_window
        self._folder = folder
        self._choose_file = choose_file
        self._name = name
        self._remember_name = remember_name
        self.session: LiveSessionLike | None = None
        # A join still waiting for the shared map: the session and the file to keep it in.
        self.pending: tuple[LiveSessionLike, Path | None] | None = None
        self._waiting_on: LiveSessionLike | None = None  # its joined/statusChanged are ours
        self._join_timer = QTimer(self)
        self._join_timer.setSingleShot(True)
        self._join_timer.timeout.connect(self._join_timed_out)
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
            self.share_dialog = ShareDialog(self._sync_url(), self.window, name=self._name())
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
        name = self.share_dialog.person() if self.share_dialog is not None else self._name()
        self._remember_name(name)
        try:
            self.backend.host(self.document, address, name=name)
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
                                          choose_file=self._choose_file, join=self.join,
                                          name=self._name())
            self.join_dialog.rejected.connect(self.cancel_join)
        self.join_dialog.show()
        self.join_dialog.raise_()
        self.join_dialog.activateWindow()
        return self.join_dialog

    def join(self, address: str, path: Path | None, name: str = "") -> str | None:
        """Join ``address`` and open its map in a new window once it has arrived, kept in
        ``path`` (None: in the recovery folder until saved). Returns why it failed, or None
        (the join dialog then waits, "Connecting…", for :meth:`_finish_join`)."""
        if self.pending is not None:
            return None
        name = name.strip() or self._name()
        self._remember_name(name)
        try:
            session = self.backend.join(address, name=name)
        except (LiveError, OSError) as error:
            return tr("Could not join %1: %2").replace("%1", address) \
                .replace("%2", _reason(error))
        self.pending = (session, path)
        if not session.waiting_for_map:
            self._finish_join()
            return None
        session.joined.connect(self._finish_join)
        session.statusChanged.connect(self._pending_status)
        self._waiting_on = session
        self._join_timer.start(JOIN_TIMEOUT_MS)
        if self.join_dialog is not None:
            self.join_dialog.wait_for_map()
        return None

    def _release_pending(self) -> tuple[LiveSessionLike, Path | None] | None:
        """Stop waiting for the pending join (its session still runs) and return it."""
        pending, self.pending = self.pending, None
        self._join_timer.stop()
        waiting, self._waiting_on = self._waiting_on, None
        if waiting is not None:
            waiting.joined.disconnect(self._finish_join)
            waiting.statusChanged.disconnect(self._pending_status)
        return pending

    def _finish_join(self) -> None:
        """The shared map arrived: keep it where the person chose and open its window."""
        pending = self._release_pending()
        if pending is None:
            return
        session, path = pending
        document = session.document
        try:
            if path is not None:
                document.save_as(path)
            else:  # unsaved: autosave keeps it in the recovery folder until Save As
                document.replace(document.journey, None, modified=True)
        except OSError as error:
            session.stop()
            self._join_failed(tr("The joined map could not be written to %1: %2")
                              .replace("%1", str(path)).replace("%2", _reason(error)))
            return
        self._open_window(session)
        if self.join_dialog is not None:
            self.join_dialog.join_finished(None)

    def _pending_status(self, status: str) -> None:
        if status == "stopped":
            self._give_up(tr("The connection to %1 ended before the map arrived."))

    def _join_timed_out(self) -> None:
        self._give_up(tr("Nothing came from %1 within 10 seconds: the address may be wrong "
                         "or no longer shared (ask for it again), or this computer cannot "
                         "reach it. Nothing was opened."))

    def _give_up(self, message: str) -> None:
        pending = self._release_pending()
        if pending is None:
            return
        session = pending[0]
        session.stop()
        self._join_failed(message.replace("%1", session.url))

    def cancel_join(self) -> None:
        """The person closed the Join window while it was connecting: nothing opens."""
        pending = self._release_pending()
        if pending is not None:
            pending[0].stop()

    def _join_failed(self, message: str) -> None:
        if self.join_dialog is not None:
            self.join_dialog.join_finished(message)
        else:
            self._tell(tr("Join live"), message)

    def adopt(self, session: LiveSessionLike) -> None:
        """Show ``session`` (joined from another window) as this window's own."""
        self.stop()
        self.hosting = False
        self._follow(session)

    # ----- the running session --------------------------------------------------------
    def _follow(self, session: LiveSessionLike) -> None:
        self.session = session
        session.document.track_own_edits(True)  # undo takes back only this person's edits
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
        session.document.track_own_edits(False)
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
