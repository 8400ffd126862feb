"""The one way the editor starts programs outside itself: a file manager, a browser.

Every window part that opens a folder or a web address asks ``window.launcher`` (a
:class:`Launcher`), never ``QDesktopServices`` itself, so a test can pass a launcher that
only records what it was asked (``MainWindow(document, launcher=...)``) and starts nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


class Launcher(Protocol):
    def open_folder(self, folder: Path) -> bool:
        """Show ``folder`` in the system's file manager; False when that failed."""
        ...

    def open_url(self, url: QUrl) -> bool:
        """Open ``url`` (a web address or a local file) with the system's program for it."""
        ...


class DesktopLauncher:
    """The real launcher: asks the desktop (QDesktopServices)."""

    def open_folder(self, folder: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def open_url(self, url: QUrl) -> bool:
        return QDesktopServices.openUrl(url)


class RecordingLauncher:
    """Starts nothing; remembers what it was asked (for tests and scripted walkthroughs)."""

    def __init__(self) -> None:
        self.folders: list[Path] = []
        self.urls: list[QUrl] = []

    def open_folder(self, folder: Path) -> bool:
        self.folders.append(Path(folder))
        return True

    def open_url(self, url: QUrl) -> bool:
        self.urls.append(QUrl(url))
        return True
