"""The dot-vote settings dialog: dots per participant, participants, scope, stacking, hidden."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ..editing.appearance import problem_text_style
from ..model.voting import DEFAULT_DOTS, MAX_DOTS, VoteScope, VoteSettings


def tr(text: str) -> str:
    return QCoreApplication.translate("VoteDialog", text)


def default_names(count: int) -> list[str]:
    return [tr("Participant %1").replace("%1", str(n)) for n in range(1, count + 1)]


class VoteDialog(QDialog):
    """Asks for the vote's settings; ``settings()`` gives them (scope ids filled in)."""

    def __init__(self, parent: QWidget | None, previous: VoteSettings | None,
                 lane_id: str | None, stage_id: str | None) -> None:
        super().__init__(parent)
        self.setObjectName("voteDialog")
        self.setWindowTitle(tr("Dot vote"))
        self._lane_id, self._stage_id = lane_id, stage_id
        form = QFormLayout(self)
        self.dots = QSpinBox()
        self.dots.setObjectName("voteDots")
        self.dots.setRange(1, MAX_DOTS)
        self.dots.setValue(previous.dots if previous else DEFAULT_DOTS)
        form.addRow(tr("Dots per participant"), self.dots)
        self.people = QPlainTextEdit()
        self.people.setObjectName("voteParticipants")
        self.people.setPlainText("\n".join(previous.participants if previous
                                           else default_names(4)))
        form.addRow(tr("Participants (one a line)"), self.people)
        self.scope = QComboBox()
        self.scope.setObjectName("voteScope")
        self.scope.addItem(tr("The focused lane"), VoteScope.LANE.value)
        self.scope.addItem(tr("The focused stage"), VoteScope.STAGE.value)
        self.scope.addItem(tr("The whole map"), VoteScope.MAP.value)
        form.addRow(tr("Cards to vote on"), self.scope)
        self.stacking = QCheckBox(tr("A person may put several dots on one card"))
        self.stacking.setChecked(previous.allow_stacking if previous else True)
        self.hidden = QCheckBox(tr("Hide the counts until the reveal"))
        self.hidden.setObjectName("voteHidden")
        self.hidden.setChecked(previous.hidden if previous else True)
        form.addRow(self.stacking)
        form.addRow(self.hidden)
        self.problem = QLabel()
        self.problem.setStyleSheet(problem_text_style(self.palette()))
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Start voting"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def settings(self) -> VoteSettings:
        names = [line.strip() for line in self.people.toPlainText().splitlines() if line.strip()]
        scope = VoteScope(self.scope.currentData())
        scope_id = {VoteScope.LANE: self._lane_id, VoteScope.STAGE: self._stage_id,
                    VoteScope.MAP: None}[scope]
        if scope is not VoteScope.MAP and scope_id is None:
            scope = VoteScope.MAP
        return VoteSettings(self.dots.value(), names, scope, scope_id,
                            self.stacking.isChecked(), self.hidden.isChecked())

    def _accept(self) -> None:
        if not self.settings().participants:
            self.problem.setText(tr("Name at least one participant."))
            return
        if len(set(self.settings().participants)) != len(self.settings().participants):
            self.problem.setText(tr("Two participants have the same name."))
            return
        self.accept()
