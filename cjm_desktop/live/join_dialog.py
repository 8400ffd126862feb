"""File ▸ Join live…: the address to join (ws:// or wss://, checked before anything starts)
and where to keep the joined map: a file the person picks now, or later with Save As
(until then the map is kept in the recovery folder, like any map not saved yet), and the
person's name, shown to the others. After Join the dialog says "Connecting…" until the
shared map has arrived (the part then closes it) or says why nothing opened.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..editing.appearance import problem_text_style
from .address import address_problem

MAP_SUFFIX = ".cjm.json"
# Asks where to keep the map: (parent, suggested path) -> the chosen path, or None.
ChooseFile = Callable[[QWidget, str], "Path | None"]
# Joins: (address, file or None, name) -> why it failed, or None when it started (the map
# opened, or the dialog was told to wait_for_map()).
Join = Callable[[str, "Path | None", str], "str | None"]


def tr(text: str) -> str:
    return QCoreApplication.translate("LiveJoin", text)


def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    """The system's Save dialog for a map file."""
    name, _ = QFileDialog.getSaveFileName(parent, tr("Keep the joined map as"), suggested,
                                          tr("Journey maps (*.cjm.json)"))
    if not name:
        return None
    return Path(name if name.endswith(MAP_SUFFIX) else name + MAP_SUFFIX)


class JoinDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, folder: str = "",
                 choose_file: ChooseFile = ask_save_path,
                 join: Join | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("liveJoin")
        self.setWindowTitle(tr("Join live"))
        self.setWindowModality(Qt.WindowModality.WindowModal)  # no stray edits meanwhile
        self._folder = folder
        self._choose_file = choose_file
        self._join = join
        self.path: Path | None = None
        self.waiting = False  # Join pressed, the shared map not arrived yet
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Join a map someone shares with File ▸ Share live…: it opens in a "
                          "new window, and everyone's edits show as they are made."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.address = QLineEdit(self)
        self.address.setObjectName("liveJoinAddress")
        self.address.setPlaceholderText("ws://192.168.1.20:8765/live/…")
        self.address.setAccessibleName(tr("Address to join"))
        form.addRow(tr("&Address:"), self.address)
        self.name = QLineEdit(name, self)
        self.name.setObjectName("liveJoinName")
        self.name.setAccessibleName(tr("Your name, shown to the others"))
        form.addRow(tr("Your &name:"), self.name)
        self.problem = QLabel(self)
        self.problem.setObjectName("liveJoinProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(problem_text_style(self.palette()))
        form.addRow("", self.problem)
        self.address.textChanged.connect(lambda _text: self.problem.clear())

        where = QVBoxLayout()
        self.where = QLabel(self)
        self.where.setObjectName("liveJoinWhere")
        self.where.setWordWrap(True)
        self.choose_button = QPushButton(tr("&Choose a file…"), self)
        self.choose_button.setObjectName("liveJoinChoose")
        self.choose_button.setAutoDefault(False)  # Return joins, it never reopens the chooser
        self.choose_button.clicked.connect(self.choose)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.choose_button)
        choose_row.addStretch(1)
        where.addWidget(self.where)
        where.addLayout(choose_row)
        form.addRow(tr("Keep the map in:"), where)
        self._show_where()
        self.connecting = QLabel(tr("Connecting… the map opens in a new window as soon as it "
                                    "has arrived."), self)
        self.connecting.setObjectName("liveJoinConnecting")
        self.connecting.setWordWrap(True)
        self.connecting.hide()
        layout.addWidget(self.connecting)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.join_button = buttons.addButton(tr("&Join"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.join_button.setObjectName("liveJoinButton")
        self.join_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.adjustSize()

    def _show_where(self) -> None:
        self.where.setText(str(self.path) if self.path is not None else tr(
            "Not chosen yet: the map is kept in the recovery folder until you save it "
            "(File ▸ Save As…)."))

    def choose(self) -> None:
        if self.path is not None:
            suggested = str(self.path)
        else:
            suggested = str(Path(self._folder) / f"shared{MAP_SUFFIX}") if self._folder else ""
        chosen = self._choose_file(self, suggested)
        self.activateWindow()  # keys go on to this dialog, not to the map behind it
        if chosen is not None:
            self.path = chosen
            self._show_where()
            self.adjustSize()

    def _show_problem(self, problem: str) -> None:
        self.problem.setText(problem)
        self.adjustSize()

    def url(self) -> str:
        return self.address.text().strip()

    def person(self) -> str:
        return self.name.text().strip()

    def wait_for_map(self) -> None:
        """Joined, the map on its way: say so; Join waits, Cancel gives up."""
        self.waiting = True
        self.problem.clear()
        self.connecting.show()
        for widget in (self.join_button, self.address, self.name, self.choose_button):
            widget.setEnabled(False)
        self.adjustSize()

    def join_finished(self, problem: str | None) -> None:
        """The map opened (close), or why nothing did (stay, with the reason)."""
        self.waiting = False
        self.connecting.hide()
        for widget in (self.join_button, self.address, self.name, self.choose_button):
            widget.setEnabled(True)
        if problem is None:
            super().accept()
        else:
            self._show_problem(problem)

    def accept(self) -> None:
        if self.waiting:
            return
        problem = address_problem(self.address.text())
        if problem is not None:
            self._show_problem(problem)
            self.address.setFocus()
            return
        if self._join is not None:
            problem = self._join(self.url(), self.path, self.person())
            if problem is not None:
                self._show_problem(problem)
                return
            if self.waiting or not self.isVisible():
                return  # connecting (or the map opened and the part closed this)
        super().accept()
