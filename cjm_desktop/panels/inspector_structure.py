"""The inspector's forms for the map's structure and emotions: a stage (with its list of
steps), a step, a lane, and one emotion point of a persona ("persona|stage|step")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, QSize, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..editing.icons import themed_icon
from ..model import Change, Entity
from ..model.entities import get_path
from ..model.ids import parse_emotion_point_id
from ..model.vocab import EmotionLabel, LaneKind, label
from .inspector_forms import BoundForm, FormContext


class StageForm(BoundForm):
    def __init__(self, ctx: FormContext, stage_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.stage_id = stage_id
        form = self.add_form()
        form.addRow(self.tr("Name"), self.line("name"))
        form.addRow(self.tr("Colour"), self.color("color", False))
        form.addRow(self.tr("Description"), self.text("description", lines=3))
        form.addRow(self.tr("Customer goal"), self.text("goal", lines=2))
        form.addRow(self.tr("Desired experience"), self.text("desired_experience", lines=2))
        self._build_steps()
        self.finish()

    def _build_steps(self) -> None:
        box = QGroupBox(self.tr("Steps"), self)
        column = QVBoxLayout(box)
        column.setContentsMargins(8, 8, 8, 8)
        self.steps = QListWidget(box)
        self.steps.setFixedHeight(120)
        self.steps.itemChanged.connect(self._renamed)
        column.addWidget(self.steps)
        row = QHBoxLayout()
        row.setSpacing(4)
        for text, tip, slot in (
                ("plus", self.tr("Add a step"), self._add_step),
                ("pencil", self.tr("Rename the step"), self._rename_step),
                ("minus", self.tr("Remove the step"), self._remove_step),
                ("chevron-up", self.tr("Move the step earlier"), lambda: self._move_step(-1)),
                ("chevron-down", self.tr("Move the step later"), lambda: self._move_step(1))):
            button = QToolButton(box)
            if text == "plus":
                button.setObjectName("addLine")  # the test seam of every list's "+"
            button.setIcon(themed_icon(text))
            button.setIconSize(QSize(16, 16))
            button.setText(tip)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        self._layout.addWidget(box)

    def _fill_steps(self) -> None:
        stage = self.document.journey.stage(self.stage_id)
        current = self._current_step()
        with QSignalBlocker(self.steps):
            self.steps.clear()
            for step in stage.steps:
                item = QListWidgetItem(step.name, self.steps)
                item.setData(Qt.ItemDataRole.UserRole, step.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                if step.id == current:
                    self.steps.setCurrentItem(item)

    def _current_step(self) -> str | None:
        item = self.steps.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _guard(self, action: Any) -> None:
        try:
            action()
        except ValueError as error:  # ModelError is a ValueError
            self.ctx.report(str(error))
        else:
            self.ctx.report("")
        self._fill_steps()

    def _add_step(self) -> None:
        def add() -> None:
            stage = self.document.journey.stage(self.stage_id)
            current = self._current_step()
            ids = [s.id for s in stage.steps]
            index = ids.index(current) + 1 if current in ids else None
            new_id = self.document.add_step(self.stage_id, index=index, origin=self.ctx.origin)
            self._fill_steps()
            for row in range(self.steps.count()):
                if self.steps.item(row).data(Qt.ItemDataRole.UserRole) == new_id:
                    self.steps.setCurrentRow(row)
        self._guard(add)

    def _rename_step(self) -> None:
        step_id = self._current_step()
        if step_id is None:
            return
        _stage, step = self.document.journey.find_step(step_id)
        name, ok = QInputDialog.getText(self, self.tr("Rename step"), self.tr("Name:"),
                                        text=step.name)
        if ok and name.strip():
            self._guard(lambda: self.document.update_step(
                step_id, {"name": name.strip()}, origin=self.ctx.origin))

    def _renamed(self, item: QListWidgetItem) -> None:
        step_id = item.data(Qt.ItemDataRole.UserRole)
        name = item.text().strip()
        if name:
            self._guard(lambda: self.document.update_step(step_id, {"name": name},
                                                          origin=self.ctx.origin))
        else:
            self._fill_steps()

    def _remove_step(self) -> None:
        step_id = self._current_step()
        if step_id is not None:
            self._guard(lambda: self.document.remove_step(self.stage_id, step_id,
                                                          origin=self.ctx.origin))

    def _move_step(self, delta: int) -> None:
        step_id = self._current_step()
        if step_id is None:
            return
        ids = [s.id for s in self.document.journey.stage(self.stage_id).steps]
        index = ids.index(step_id) + delta
        if 0 <= index < len(ids):
            self._guard(lambda: self.document.move_step(self.stage_id, step_id, index,
                                                        origin=self.ctx.origin))

    # ----- BoundForm ------------------------------------------------------------------
    def refresh(self, skip: set[str] | frozenset[str] = frozenset()) -> None:
        super().refresh(skip)
        if self.exists() and not skip:  # not after its own edit: the steps did not change
            self._fill_steps()

    def read(self, path: str) -> Any:
        return get_path(self.document.journey.stage(self.stage_id), path)

    def write(self, changes: dict[str, Any], merge: bool) -> None:
        self.document.update_stage(self.stage_id, changes, merge=merge, origin=self.ctx.origin)

    def exists(self) -> bool:
        return any(s.id == self.stage_id for s in self.document.journey.stages)

    def concerns(self, change: Change) -> bool:
        return change.entity in (Entity.STAGE, Entity.STEP) and self.stage_id in change.ids


class StepForm(BoundForm):
    def __init__(self, ctx: FormContext, step_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.step_id = step_id
        form = self.add_form()
        form.addRow(self.tr("Name"), self.line("name"))
        form.addRow(self.tr("Description"), self.text("description", lines=3))
        self.finish()

    def read(self, path: str) -> Any:
        return get_path(self.document.journey.find_step(self.step_id)[1], path)

    def write(self, changes: dict[str, Any], merge: bool) -> None:
        self.document.update_step(self.step_id, changes, merge=merge, origin=self.ctx.origin)

    def exists(self) -> bool:
        try:
            self.document.journey.find_step(self.step_id)
        except ValueError:
            return False
        return True

    def concerns(self, change: Change) -> bool:
        return change.entity is Entity.STEP and self.step_id in change.ids


class LaneForm(BoundForm):
    def __init__(self, ctx: FormContext, lane_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.lane_id = lane_id
        form = self.add_form()
        form.addRow(self.tr("Title"), self.line("title"))
        form.addRow(self.tr("Kind"), self.choice(
            "kind", [(label(k, ctx.language), k.value) for k in LaneKind]))
        self.finish()

    def read(self, path: str) -> Any:
        return get_path(self.document.journey.lane(self.lane_id), path)

    def write(self, changes: dict[str, Any], merge: bool) -> None:
        self.document.update_lane(self.lane_id, changes, merge=merge, origin=self.ctx.origin)

    def exists(self) -> bool:
        return any(lane.id == self.lane_id for lane in self.document.journey.lanes)

    def concerns(self, change: Change) -> bool:
        return change.entity is Entity.LANE and self.lane_id in change.ids


class EmotionForm(BoundForm):
    def __init__(self, ctx: FormContext, point_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.key = parse_emotion_point_id(point_id)
        form = self.add_form()
        form.addRow(self.tr("Score (as-is)"), self.score("score", self.tr("no score")))
        form.addRow(self.tr("Score (to-be)"), self.score("to_be", self.tr("no score")))
        form.addRow(self.tr("Feeling"), self.choice(
            "label", [(label(e, ctx.language), e.value) for e in EmotionLabel], "—"))
        form.addRow(self.tr("Note or quote"), self.text("note", lines=3))
        self.finish()

    def read(self, path: str) -> Any:
        emotion = self.document.journey.emotion(*self.key)
        if emotion is None:
            return "" if path == "note" else None
        return getattr(emotion, path)

    def write(self, changes: dict[str, Any], merge: bool) -> None:
        self.document.set_emotion(*self.key, changes, merge=merge, origin=self.ctx.origin)

    def exists(self) -> bool:
        journey = self.document.journey
        persona, stage, step = self.key
        return (any(p.id == persona for p in journey.personas)
                and (stage, step) in journey.points())

    def concerns(self, change: Change) -> bool:
        return change.entity is Entity.EMOTION and tuple(change.ids) == self.key
