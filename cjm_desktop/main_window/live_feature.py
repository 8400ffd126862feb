"""File ▸ Share live… and File ▸ Join live…, and the window's live part.

Only the two actions exist at start-up; the :class:`~cjm_desktop.live.part.LivePart` is
built on first use with the Document, this window, a backend, the sync server address in
force (Preferences, or ``--sync-url`` for this run), the person's name (Preferences) and a
way to open a joined map in a new window. While a session runs, the canvas selection goes
to the others and theirs show on the canvas. Its session stops when the window closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from ..live.backend import LiveBackend, LiveSessionLike, PeerLike
    from ..live.part import LivePart
    from .window import MainWindow

# Every window opened by Join live, kept alive until it closes (it has no parent).
_JOINED: list[MainWindow] = []


def tr(text: str) -> str:
    return QCoreApplication.translate("LiveMenu", text)


def default_backend() -> LiveBackend:
    """The fake backend when the environment asks for it (walkthroughs), else the real one."""
    from ..live.fake_backend import backend_from_environment
    from ..live.real_backend import RealBackend

    return backend_from_environment() or RealBackend()


class LiveFeature:
    """The window's live entry points; builds the part lazily."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        # Makes this window's backend; tests replace it (before first use) with a fake's.
        self.backend_factory: Callable[[], LiveBackend] = default_backend
        self._part: LivePart | None = None
        self._shown: LiveSessionLike | None = None  # the session the canvas follows
        before = window.files.close_action
        menu = window.file_menu
        self.share_action = QAction(tr("Share &live…"), window)
        self.share_action.setObjectName("fileShareLive")
        self.share_action.setStatusTip(tr("Others edit this map with you, live, from their "
                                          "own laptops"))
        self.share_action.triggered.connect(lambda _checked=False: self.part().share())
        self.join_action = QAction(tr("&Join live…"), window)
        self.join_action.setObjectName("fileJoinLive")
        self.join_action.setStatusTip(tr("Open a map someone shares live, in a new window"))
        self.join_action.triggered.connect(lambda _checked=False: self.part().ask_join())
        separator = QAction(window)
        separator.setSeparator(True)
        for action in (self.share_action, self.join_action, separator):
            menu.insertAction(before, action)

    def part(self) -> LivePart:
        """The live part, built on first use."""
        if self._part is None:
            from ..live.part import LivePart
            from .preferences import live_name, remember_live_name, sync_url

            self._part = LivePart(self.window.document, self.window, self.backend_factory(),
                                  sync_url=sync_url, open_window=self.open_window,
                                  folder=self.window.files.last_folder,
                                  name=live_name, remember_name=remember_live_name)
            self._part.runningChanged.connect(self._follow)
            self.window.closing.connect(self._part.stop)  # no session outlives the window
            self.window.closing.connect(self._part.cancel_join)  # nor a join still connecting
        return self._part

    # ----- selections: this canvas's to the others, theirs on this canvas ----------------
    def _follow(self, running: bool) -> None:
        canvas = self.window.canvas
        shown, self._shown = self._shown, None
        if shown is not None:
            shown.peersChanged.disconnect(self._show_peers)
            canvas.selectionChanged.disconnect(self._send_selection)
            canvas.show_peers([])
        session = self._part.session if self._part is not None else None
        if running and session is not None:
            self._shown = session
            session.peersChanged.connect(self._show_peers)
            canvas.selectionChanged.connect(self._send_selection)
            self._send_selection(canvas.selected_ids())
            self._show_peers(list(session.peers))

    def _send_selection(self, ids: list[str], _kind: str = "") -> None:
        if self._shown is not None:
            self._shown.set_selection(ids)

    def _show_peers(self, peers: list[PeerLike]) -> None:
        from ..canvas.peer_marks import PeerMark
        from ..live.people import marks_of

        self.window.canvas.show_peers([PeerMark(name, color, ids)
                                       for name, color, ids in marks_of(peers)])

    @property
    def built(self) -> bool:
        return self._part is not None

    def open_window(self, session: LiveSessionLike) -> MainWindow:
        """The joined map in a new window, which shows the session and ends it on close."""
        from .layout_feature import fit_to_screen
        from .window import MainWindow

        window = MainWindow(session.document, launcher=self.window.launcher)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _JOINED.append(window)
        window.destroyed.connect(lambda _obj=None: _JOINED.remove(window)
                                 if window in _JOINED else None)
        window.live.part().adopt(session)
        fit_to_screen(window)
        window.show()
        return window
