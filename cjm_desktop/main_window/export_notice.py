"""What an export says when it is done, and what it suggests calling the file.

:class:`ExportNotice` sits in the status bar: "Exported “Dinner.xlsx”" with an *Open folder*
button, which asks the window's launcher to show the folder. :func:`export_stem` is the
file name an export suggests: the map file's name, else the map's title.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ..editing import Document

if TYPE_CHECKING:
    from .window import MainWindow

MAP_SUFFIXES = (".cjm.json", ".json")
NOTICE_MS = 30_000
UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')  # not allowed in a file name somewhere


def tr(text: str) -> str:
    return QCoreApplication.translate("ExportNotice", text)


def export_stem(document: Document) -> str:
    """The name (without suffix) an export of ``document`` suggests."""
    path = document.path
    if path is not None:
        name = path.name
        for suffix in MAP_SUFFIXES:
            if name.lower().endswith(suffix):
                return name[: -len(suffix)] or path.stem
        return path.stem
    title = UNSAFE.sub("-", document.journey.info.title).strip(" .-")
    return title or tr("journey-map")


class ExportNotice(QWidget):
    """The status-bar note about the last export, with a button to open its folder."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("exportNotice")
        self.window_ = window
        self.path: Path | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(8)
        self.label = QLabel(self)
        self.open_button = QPushButton(tr("Open folder"), self)
        self.open_button.setObjectName("openExportFolder")
        self.open_button.setFlat(True)
        self.open_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.open_button.setStyleSheet(  # reads as a link in the status bar
            "QPushButton { color: palette(link); text-decoration: underline; border: none;"
            " padding: 0 4px; }")
        self.open_button.clicked.connect(self.open_folder)
        layout.addWidget(self.label)
        layout.addWidget(self.open_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTICE_MS)
        self._timer.timeout.connect(self.hide)
        window.statusBar().addWidget(self)
        self.hide()

    def show_file(self, path: Path) -> None:
        """Tell that ``path`` was written (for half a minute)."""
        self.path = Path(path)
        self.label.setText(tr("Exported “%1”").replace("%1", self.path.name))
        self.label.setToolTip(str(self.path))
        self.open_button.setToolTip(
            tr("Show %1 in the file manager").replace("%1", str(self.path.parent)))
        self.open_button.setAccessibleName(tr("Open the folder of the exported file"))
        self.show()
        self._timer.start()

    def open_folder(self) -> bool:
        if self.path is None:
            return False
        opened = self.window_.launcher.open_folder(self.path.parent)
        if not opened:
            self.window_.show_error(
                tr("Could not open the folder"),
                tr("No program opened %1. The file is there: %2")
                .replace("%1", str(self.path.parent)).replace("%2", str(self.path)))
        return opened
