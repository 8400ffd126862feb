"""The Insert and Map menus: add cards, stages, steps and lanes where the user is working;
rename, recolour and delete the selected stage or lane; the map's properties dialog.

"Where the user is working" is the first selected object (canvas selection, else what the
inspector shows), else the canvas's current cell. Every edit is one undo step; a refused
edit (ModelError) is shown the one way (``Document.refuse``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QMenu,
    QScrollArea,
    QVBoxLayout,
)

from ..i18n import ui_language
from ..model import Change
from ..model.base import ModelError
from ..model.ids import parse_emotion_point_id
from ..model.vocab import CardKind, LaneKind, label
from ..panels.inspector_forms import FormContext
from ..panels.inspector_map import MapForm

if TYPE_CHECKING:
    from ..editing import Document
    from .docks_feature import SideDocks
    from .window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("StructureMenus", text)


@dataclass
class Place:
    """Where the user is working; any part may be unknown."""

    stage: str | None = None
    step: str | None = None
    lane: str | None = None


def current_place(docks: SideDocks) -> Place:
    journey = docks.window.document.journey
    inspector = docks.inspector
    ids = list(docks.canvas.selected_ids())
    if not ids and inspector.target is not None:
        ids = [inspector.target[1]]
    for object_id in ids[:1]:
        kind = inspector.kind_of(object_id)
        if kind == "card":
            card = journey.card(object_id)
            return Place(card.stage, card.step, card.lane)
        if kind == "stage":
            return Place(stage=object_id)
        if kind == "lane":
            return Place(lane=object_id)
        if kind == "step":
            return Place(journey.find_step(object_id)[0].id, object_id)
        if kind == "emotion-point":
            _persona, stage, step = parse_emotion_point_id(object_id)
            return Place(stage, step)
    cell = docks.current_cell()
    return Place(*cell) if cell else Place()


class StructureActions:
    def __init__(self, window: MainWindow, docks: SideDocks) -> None:
        self.window = window
        self.docks = docks
        self.language = ui_language()
        self._build_insert_menu()
        self._build_map_menu()

    @property
    def document(self) -> Document:
        return self.window.document

    def _action(self, menu: QMenu, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: self._guard(slot))
        menu.addAction(action)
        return action

    def _guard(self, slot: Callable[[], object]) -> None:
        try:
            slot()
        except ModelError as error:
            self.document.refuse(str(error))

    # ----- menus ----------------------------------------------------------------------
    def _build_insert_menu(self) -> None:
        menu = self.window.insert_menu
        self.insert_card = self._action(menu, tr("&Card"), lambda: self.docks.add_card_here(),
                                        QKeySequence(Qt.Key.Key_Insert))
        self.insert_card.setObjectName("insertCard")  # a test seam
        # Insert must not fire while typing in a form field
        self.insert_card.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.docks.canvas.addAction(self.insert_card)
        kinds = menu.addMenu(tr("Card of &kind"))
        self.insert_card_of_kind = {
            kind.value: self._action(kinds, label(kind, self.language),
                                     partial(self.docks.add_card_here, kind.value))
            for kind in CardKind}
        menu.addSeparator()
        self.insert_stage = self._action(menu, tr("&Stage"), self.insert_stage_here,
                                         "Ctrl+Alt+S")
        self.insert_step = self._action(menu, tr("S&tep"), self.insert_step_here, "Ctrl+Alt+T")
        lanes = menu.addMenu(tr("&Lane"))
        self.insert_lane = {
            kind.value: self._action(lanes, label(kind, self.language),
                                     partial(self.insert_lane_here, kind.value))
            for kind in LaneKind}

    def _build_map_menu(self) -> None:
        menu = self.window.map_menu
        self.add_stage = self._action(menu, tr("Add &stage"), self.append_stage)
        lanes = menu.addMenu(tr("Add &lane"))
        self.add_lane = {
            kind.value: self._action(lanes, label(kind, self.language),
                                     partial(self.append_lane, kind.value))
            for kind in LaneKind}
        menu.addSeparator()
        self.rename_stage = self._action(menu, tr("&Rename stage…"), self.rename_current_stage)
        self.recolor_stage = self._action(menu, tr("Stage &colour…"), self.recolor_current_stage)
        self.delete_stage = self._action(menu, tr("&Delete stage"), self.delete_current_stage)
        menu.addSeparator()
        self.rename_lane = self._action(menu, tr("Re&name lane…"), self.rename_current_lane)
        self.delete_lane = self._action(menu, tr("Delete l&ane"), self.delete_current_lane)
        menu.addSeparator()
        self.properties = self._action(menu, tr("Map &properties…"), self.show_properties)
        menu.aboutToShow.connect(self._sync_enabled)

    def _sync_enabled(self) -> None:
        place = current_place(self.docks)
        for action in (self.rename_stage, self.recolor_stage, self.delete_stage):
            action.setEnabled(place.stage is not None)
        for action in (self.rename_lane, self.delete_lane):
            action.setEnabled(place.lane is not None)

    # ----- stages and steps -----------------------------------------------------------
    def insert_stage_here(self) -> str:
        place = current_place(self.docks)
        index = None
        if place.stage is not None:
            index = self.document.journey.stage_index(place.stage) + 1
        stage_id = self.document.add_stage(index=index, origin=self.window)
        self.docks.select([stage_id])
        return stage_id

    def append_stage(self) -> str:
        stage_id = self.document.add_stage(origin=self.window)
        self.docks.select([stage_id])
        return stage_id

    def insert_step_here(self) -> str | None:
        place = current_place(self.docks)
        journey = self.document.journey
        stage_id = place.stage or (journey.stages[-1].id if journey.stages else None)
        if stage_id is None:
            return None
        steps = [s.id for s in journey.stage(stage_id).steps]
        index = steps.index(place.step) + 1 if place.step in steps else None
        step_id = self.document.add_step(stage_id, index=index, origin=self.window)
        self.docks.select([step_id])
        return step_id

    def _stage_or_tell(self) -> str | None:
        stage_id = current_place(self.docks).stage
        if stage_id is None:
            self.window.statusBar().showMessage(tr("Select a stage or a card first."), 5000)
        return stage_id

    def rename_current_stage(self) -> None:
        stage_id = self._stage_or_tell()
        if stage_id is None:
            return
        stage = self.document.journey.stage(stage_id)
        name, ok = QInputDialog.getText(self.window, tr("Rename stage"), tr("Stage name:"),
                                        text=stage.name)
        if ok and name.strip() and name.strip() != stage.name:
            self.document.update_stage(stage_id, {"name": name.strip()}, origin=self.window)

    def recolor_current_stage(self) -> None:
        stage_id = self._stage_or_tell()
        if stage_id is None:
            return
        stage = self.document.journey.stage(stage_id)
        color = QColorDialog.getColor(QColor(stage.color), self.window, tr("Stage colour"))
        if color.isValid() and color.name().upper() != stage.color.upper():
            self.document.update_stage(stage_id, {"color": color.name().upper()},
                                       origin=self.window)

    def delete_current_stage(self) -> None:
        stage_id = self._stage_or_tell()
        if stage_id is not None:
            self.document.remove_stage(stage_id, origin=self.window)
            self.docks.select([])

    # ----- lanes ----------------------------------------------------------------------
    def insert_lane_here(self, kind: str) -> str:
        place = current_place(self.docks)
        index = None
        if place.lane is not None:
            index = self.document.journey.lane_index(place.lane) + 1
        lane_id = self.document.add_lane(kind, index=index, origin=self.window)
        self.docks.select([lane_id])
        return lane_id

    def append_lane(self, kind: str) -> str:
        lane_id = self.document.add_lane(kind, origin=self.window)
        self.docks.select([lane_id])
        return lane_id

    def _lane_or_tell(self) -> str | None:
        lane_id = current_place(self.docks).lane
        if lane_id is None:
            self.window.statusBar().showMessage(tr("Select a lane or a card first."), 5000)
        return lane_id

    def rename_current_lane(self) -> None:
        lane_id = self._lane_or_tell()
        if lane_id is None:
            return
        lane = self.document.journey.lane(lane_id)
        title, ok = QInputDialog.getText(self.window, tr("Rename lane"), tr("Lane title:"),
                                         text=lane.title)
        if ok and title.strip() and title.strip() != lane.title:
            self.document.update_lane(lane_id, {"title": title.strip()}, origin=self.window)

    def delete_current_lane(self) -> None:
        lane_id = self._lane_or_tell()
        if lane_id is not None:
            self.document.remove_lane(lane_id, origin=self.window)
            self.docks.select([])

    # ----- properties -----------------------------------------------------------------
    def show_properties(self) -> None:
        dialog = MapPropertiesDialog(self.window, self.language)
        dialog.exec()
        dialog.deleteLater()


class MapPropertiesDialog(QDialog):
    """The map's properties, edited live (each change is an undo step)."""

    def __init__(self, window: MainWindow, language: str) -> None:
        super().__init__(window)
        self.setObjectName("mapProperties")
        self.setWindowTitle(tr("Map properties"))
        self.document = window.document
        self.resize(460, 620)
        layout = QVBoxLayout(self)
        ctx = FormContext(window.document, language, self, window.document.refuse,
                          lambda: None)
        self.form = MapForm(ctx)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        self.document.changed.connect(self._on_change)
        self.finished.connect(self._closed)

    def _closed(self, _result: int) -> None:
        self.document.end_burst()
        self.document.changed.disconnect(self._on_change)

    def _on_change(self, change: Change) -> None:
        if change.origin is not self and self.form.concerns(change):
            self.form.refresh()
