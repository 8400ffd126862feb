"""``cjm-desktop room MAP``: the room server with no window.

The same :class:`~cjm_desktop.room.session.RoomSession` as in the window, on a
QCoreApplication: it prints the join address as the first line on stdout (flushed at
once), saves the map through the Document after every note (atomic, like the editor's
save), and on Ctrl+C or SIGTERM stops the server and leaves the file valid. There is no
focus and no moderation: a note without a stage and lane goes to the first stage's first
lane that holds cards.
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from types import FrameType
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QTimer

from ..editing import Document
from .session import RoomSession


class SaveFailed(Exception):
    """The map could not be written (the message says why)."""


def serve(path: Path, host: str, port: int, *, out: TextIO = sys.stdout,
          err: TextIO = sys.stderr) -> int:
    """Run the room on ``path`` until SIGINT or SIGTERM; the exit status."""
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    document = Document.open(path)  # raises MapFileError, reported by the caller
    session = RoomSession(document, host=host, port=port)
    failures: list[str] = []

    def save(_card: str = "") -> None:
        try:
            document.save()
        except OSError as error:  # the notes stay in memory; the next save tries again
            failures.append(str(error))
            print(f"error: {path}: saving: {error}", file=err, flush=True)

    session.noteAdded.connect(save)
    session.start()  # raises OSError (address in use, not this machine's)
    print(session.url, file=out, flush=True)

    def stop(_signum: int, _frame: FrameType | None) -> None:
        app.quit()

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    tick = QTimer()  # Python runs signal handlers only between Qt events: wake up often
    tick.timeout.connect(lambda: None)
    tick.start(100)
    try:
        app.exec()
    finally:
        tick.stop()
        session.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if document.is_modified():
        save()
    return 0 if not failures or not document.is_modified() else 2
