"""``cjm-desktop live host`` and ``live join``: a live session with no window.

The same :class:`~cjm_desktop.live.session.LiveSession` as in the window, on a
QCoreApplication.

- :func:`host` shares a map file: it starts the embedded server (or uses a sync server's
  address), prints the join address as
  the first line on stdout (flushed at once), keeps the update log beside the map, saves the
  map through the Document (atomic, like the editor's save) a moment after the shared map
  changes, and on Ctrl+C or SIGTERM stops and leaves the file valid.
- :func:`join` joins an address, writes the shared map to a file once it arrived and again
  as it changes; with an edited copy it applies the differences between the shared map (or
  the copy's base, an older map it was made from) and that copy as this client's own
  edits; with ``once`` it exits when they reached the server (and the file is written).

Problems are raised as :class:`HeadlessError` (the command line prints them as one
``error:`` line, exit status 2).
"""

from __future__ import annotations

import signal
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from ..editing import Document
from ..model import JourneyMap
from ..model.diff import diff_records
from ..model.map_records import map_of, records_of
from .rebase import rebase
from .server import LiveServer
from .session import LiveSession
from .update_log import log_path_for

SAVE_DELAY_MS = 300  # a burst of remote changes is saved once
JOIN_TIMEOUT = 30.0  # seconds a join waits for the shared map
ACK_TIMEOUT = 60.0  # seconds ``once`` waits for its edits to reach the server
NAME = "cjm-desktop"
COLOR = "#64748b"


class HeadlessError(Exception):
    """A problem to report as ``error: WHERE: WHAT``."""

    def __init__(self, where: str, what: str) -> None:
        super().__init__(what)
        self.where, self.what = where, what


def _app() -> QCoreApplication:
    app = QCoreApplication.instance()
    return app if isinstance(app, QCoreApplication) else QCoreApplication([sys.argv[0]])


class _Stop:
    """SIGINT and SIGTERM end the wait (Python runs its handlers between Qt events, so a
    timer wakes the loop often)."""

    def __init__(self) -> None:
        self.asked = False
        self.loop: QEventLoop | None = None

    def __call__(self, _signum: int, _frame: FrameType | None) -> None:
        self.asked = True
        if self.loop is not None:
            self.loop.quit()


@contextmanager
def _signals() -> Iterator[_Stop]:
    stop = _Stop()
    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _wait(stop: _Stop, done: Callable[[], bool], timeout: float | None) -> bool:
    """Run the event loop until ``done()``, a stop signal or ``timeout`` s; whether done."""
    deadline = None if timeout is None else time.monotonic() + timeout
    loop = QEventLoop()
    tick = QTimer()

    def check() -> None:
        if stop.asked or done() or (deadline is not None and time.monotonic() > deadline):
            loop.quit()

    tick.timeout.connect(check)
    tick.start(20)
    stop.loop = loop
    try:
        if not (stop.asked or done()):
            loop.exec()
    finally:
        stop.loop = None
        tick.stop()
    return done()


class _Saver:
    """Saves the Document to ``path`` a moment after it changed (one save per burst)."""

    def __init__(self, document: Document, path: Path, err: TextIO) -> None:
        self.document, self.path, self.err = document, path, err
        self.failed = False
        self._timer = QTimer(singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        document.changed.connect(lambda _change: self._timer.start())
        document.reset.connect(self._timer.start)

    def save(self) -> bool:
        self._timer.stop()
        try:
            self.document.save_as(self.path)
        except OSError as error:  # the map stays in memory; the next change tries again
            self.failed = True
            print(f"error: {self.path}: saving: {error.strerror or error}", file=self.err,
                  flush=True)
            return False
        self.failed = False
        return True

    def flush(self) -> bool:
        """Save now if a save is due or the map is unsaved; whether the file is current."""
        if self._timer.isActive() or self.document.is_modified() or self.failed:
            return self.save()
        return True


def host(path: Path, address: str, port: int, *, sync_url: str | None = None,
         out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Share ``path`` live until SIGINT or SIGTERM; the exit status. With ``sync_url``
    the map goes to that sync server (no server here). Raises MapFileError (the map) and
    OSError (cannot listen there)."""
    out, err = out or sys.stdout, err or sys.stderr
    document = Document.open(path)
    _app()
    server = LiveServer(address, port) if sync_url is None else None
    url = server.start() if server is not None else str(sync_url)
    session = LiveSession(document, url, name=NAME, color=COLOR, log_path=log_path_for(path))
    saver = _Saver(document, path, err)
    try:
        with _signals() as stop:
            session.start()
            print(url, file=out, flush=True)
            _wait(stop, lambda: False, None)
    finally:
        session.stop()
        if server is not None:
            server.stop()
    return 0 if saver.flush() else 2


def edited_map(shared: JourneyMap, edited: JourneyMap, base: JourneyMap | None) -> JourneyMap:
    """The shared map with the edits made in ``edited``: its differences from ``base`` (an
    older copy it was made from: what others changed since stays), or without a base its
    differences from the shared map itself."""
    if base is None:
        return edited
    mine = records_of(edited)
    # ``edited`` was made from ``base``: its texts were typed without what others typed since
    return map_of(rebase(records_of(shared), diff_records(records_of(base), mine), mine,
                         lambda _change: True))


def join(url: str, output: Path, *, edit: Path | None = None, base: Path | None = None,
         once: bool = False, err: TextIO | None = None,
         timeout: float = JOIN_TIMEOUT) -> int:
    """Join ``url`` and keep ``output`` as the shared map (until SIGINT or SIGTERM, or with
    ``once`` until this client's edits reached the server); the exit status. Raises
    MapFileError (the edited copy or its base) and HeadlessError."""
    err = err or sys.stderr
    edited = Document.open(edit).journey if edit is not None else None
    older = Document.open(base).journey if base is not None else None
    _app()
    document = Document()
    session = LiveSession(document, url, name=NAME, color=COLOR, join=True)
    saver = _Saver(document, output, err)
    with _signals() as stop:
        session.start()
        try:
            if not _wait(stop, lambda: not session.waiting_for_map or session.sync.refused,
                         timeout) or session.waiting_for_map:
                if stop.asked:
                    return 0
                if session.sync.refused:
                    raise HeadlessError(url, "the server refused this address (a wrong or "
                                             "expired token, or no such session)")
                raise HeadlessError(url, f"no shared map arrived within {timeout:g} s (is "
                                         f"the session running, and the address right?)")
            if not saver.save():
                return 2
            if edited is not None:
                document.take_content(edited_map(document.journey, edited, older), "Edit")
            if once:
                if not _wait(stop, session.acknowledged, ACK_TIMEOUT) and not stop.asked:
                    saver.flush()
                    raise HeadlessError(url, f"the edits did not reach the server within "
                                             f"{ACK_TIMEOUT:g} s (they are in {output})")
            else:
                _wait(stop, lambda: False, None)
        finally:
            session.stop()
    return 0 if saver.flush() else 2
