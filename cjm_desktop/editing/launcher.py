"""The one way the editor starts a program outside itself: a file manager on a folder, a
browser on an address.

Window parts receive the window's ``launcher`` and call ``open_folder`` / ``open_url`` on it
when the person asks; nothing else in the app calls ``QDesktopServices``. Tests replace the
window's launcher with a recording fake (any object with the same two methods), so no test
starts a program.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


class LauncherLike(Protocol):
    """What a window part may ask of a launcher."""

    def open_folder(self, path: str | Path) -> bool: ...

    def open_url(self, url: str) -> bool: ...


class Launcher:
    """Opens folders and addresses with the desktop's default programs. Each method returns
    False when the desktop could not start a program (the caller tells the person)."""

    def open_folder(self, path: str | Path) -> bool:
        folder = Path(path)
        if not folder.is_dir():
            folder = folder.parent
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def open_url(self, url: str) -> bool:
        return QDesktopServices.openUrl(QUrl(url))
