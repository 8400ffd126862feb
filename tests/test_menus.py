"""Insert and Map menus, the View menu's dock toggles, the palette and the undo-history dock."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QDockWidget,
    QInputDialog,
    QUndoView,
)
from window_helpers import card_of_kind, window_fixture  # noqa: F401 (the window fixture)

from cjm_desktop.editing.clipboard import CARD_KIND_MIME, card_kind_from_mime
from cjm_desktop.main_window.docks_feature import select
from cjm_desktop.main_window.structure_menus import MapPropertiesDialog


def layout_of(journey):
    """Where everything is: stage order, and each cell's cards in order."""
    return ([s.id for s in journey.stages],
            {cell: list(journey.cell_ids(cell)) for cell in journey.cells()},
            dict(journey.emotions))


def test_insert_stage_goes_after_the_selected_stage_and_undoes(window):
    document, actions = window.document, window.structure_actions
    stages = [s.id for s in document.journey.stages]
    select(window, [stages[1]])
    actions.insert_stage.trigger()
    new_order = [s.id for s in document.journey.stages]
    assert len(new_order) == len(stages) + 1
    assert new_order[:2] == stages[:2] and new_order[3:] == stages[2:]
    assert window.inspector_dock.target == ("stage", new_order[2])
    document.undo_stack.undo()
    assert [s.id for s in document.journey.stages] == stages


def test_delete_stage_from_the_map_menu_undoes_with_its_cards_in_place(window):
    document, actions = window.document, window.structure_actions
    journey = document.journey
    stage = journey.stages[1]  # has steps, cards and emotions
    assert any(card.stage == stage.id for card in journey.cards.values())
    before = layout_of(journey)
    cards_before = len(journey.cards)
    select(window, [stage.id])
    window.map_menu.aboutToShow.emit()
    assert actions.delete_stage.isEnabled()
    actions.delete_stage.trigger()
    assert stage.id not in [s.id for s in journey.stages]
    assert not any(card.stage == stage.id for card in journey.cards.values())
    assert len(journey.cards) < cards_before
    assert window.inspector_dock.target is None  # back to the map's properties
    document.undo_stack.undo()
    assert layout_of(journey) == before
    assert len(journey.cards) == cards_before


def test_delete_a_card_selected_stage_via_its_card(window):
    """With a card selected, Map ▸ Delete stage removes the card's stage (with its cards);
    undo puts the stage and the card back in place."""
    document, actions = window.document, window.structure_actions
    journey = document.journey
    card = card_of_kind(window, "kpi")
    before = layout_of(journey)
    lane_count = len(journey.lanes)
    others = [s.id for s in journey.stages if s.id != card.stage]
    select(window, [card.id])
    window.map_menu.aboutToShow.emit()
    assert actions.delete_stage.isEnabled()
    actions.delete_stage.trigger()
    assert [s.id for s in journey.stages] == others
    assert card.id not in journey.cards
    assert len(journey.lanes) == lane_count, "only the stage goes, its lanes stay"
    document.undo_stack.undo()
    assert layout_of(journey) == before
    assert card.id in journey.cell_ids(card.cell)


def test_delete_a_card_selected_lane_via_its_card(window):
    """With a card selected, Map ▸ Delete lane removes the card's lane."""
    document, actions = window.document, window.structure_actions
    card = card_of_kind(window, "kpi")
    lanes = [lane.id for lane in document.journey.lanes]
    select(window, [card.id])
    actions.delete_lane.trigger()
    assert card.lane not in [lane.id for lane in document.journey.lanes]
    document.undo_stack.undo()
    assert [lane.id for lane in document.journey.lanes] == lanes
    assert card.id in document.journey.cell_ids(card.cell)


def test_rename_and_recolour_stage_are_one_undo_step_each(window, monkeypatch):
    document, actions = window.document, window.structure_actions
    stage = document.journey.stages[0]
    old_name, old_color = stage.name, stage.color
    select(window, [stage.id])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("메뉴 정하기", True))
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#123456"))
    before = document.undo_stack.count()
    actions.rename_stage.trigger()
    actions.recolor_stage.trigger()
    assert document.journey.stage(stage.id).name == "메뉴 정하기"
    assert document.journey.stage(stage.id).color == "#123456"
    assert document.undo_stack.count() == before + 2
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert (document.journey.stage(stage.id).name, document.journey.stage(stage.id).color) == (
        old_name, old_color)


def test_add_lane_of_each_kind_and_insert_lane_after_the_selected_one(window):
    document, actions = window.document, window.structure_actions
    journey = document.journey
    lanes = [lane.id for lane in journey.lanes]
    actions.add_lane["kpis"].trigger()
    assert journey.lanes[-1].kind == "kpis" and len(journey.lanes) == len(lanes) + 1
    select(window, [lanes[0]])
    actions.insert_lane["thoughts"].trigger()
    assert journey.lanes[1].kind == "thoughts"
    assert [lane.id for lane in journey.lanes][2:] == lanes[1:] + [journey.lanes[-1].id]


def test_insert_card_and_step(window):
    document, actions = window.document, window.structure_actions
    journey = document.journey
    touchpoint = card_of_kind(window, "touchpoint")
    select(window, [touchpoint.id])
    count = len(journey.cell_ids(touchpoint.cell))
    actions.insert_card.trigger()
    ids = journey.cell_ids(touchpoint.cell)
    assert len(ids) == count + 1
    new = journey.card(ids[-1])
    assert new.kind == "touchpoint"  # the lane's default kind
    assert window.inspector_dock.target == ("card", new.id)
    actions.insert_card_of_kind["pain_point"].trigger()
    assert journey.card(journey.cell_ids(touchpoint.cell)[-1]).kind == "pain_point"

    stage = journey.stages[1]
    select(window, [stage.steps[0].id])
    actions.insert_step.trigger()
    assert len(journey.stage(stage.id).steps) == 4
    assert window.inspector_dock.target == ("step", journey.stage(stage.id).steps[1].id)


def test_view_menu_toggles_every_dock(window):
    window.view_menu.aboutToShow.emit()
    toggles = set(window.view_menu.actions())
    docks = window.findChildren(QDockWidget)
    assert {"inspector", "palette", "history"} <= {d.objectName() for d in docks}
    for dock in docks:
        assert dock.toggleViewAction() in toggles, dock.objectName()
    palette = window.palette_dock
    assert palette.isVisible()
    palette.toggleViewAction().trigger()
    assert not palette.isVisible()


def test_history_dock_lists_every_undo_step(window):
    history = window.findChild(QDockWidget, "history")
    view = history.findChild(QUndoView)
    assert view.stack() is window.document.undo_stack
    rows = view.model().rowCount()
    window.document.add_stage("새 단계")
    window.document.add_lane("kpis", "지표 2")
    assert view.model().rowCount() == rows + 2


def test_palette_offers_five_kinds_that_drag_and_double_click(window):
    palette = window.findChild(QDockWidget, "palette")
    assert palette.kinds() == ["note", "touchpoint", "pain_point", "opportunity", "kpi"]
    item = palette.list.item(2)
    mime = palette.list.mimeData([item])
    assert mime.hasFormat(CARD_KIND_MIME)
    assert card_kind_from_mime(mime) == "pain_point"
    journey = window.document.journey
    count = len(journey.cards)
    palette.list.itemDoubleClicked.emit(item)
    assert len(journey.cards) == count + 1
    new_id = window.inspector_dock.target[1]
    assert journey.card(new_id).kind == "pain_point"


def test_map_properties_dialog_edits_the_map(window, qtbot):
    dialog = MapPropertiesDialog(window, "en")
    qtbot.addWidget(dialog)
    title = dialog.form.binding("info.title").widget
    assert title.text() == window.document.journey.info.title
    title.textEdited.emit("새 제목")
    assert window.document.journey.info.title == "새 제목"
    window.document.undo_stack.undo()
    assert title.text() == "배달 앱으로 저녁 주문하기"
    dialog.done(0)


def test_canvas_selection_shows_in_the_inspector(window):
    canvas = getattr(window, "canvas", None)
    if canvas is None or not hasattr(canvas, "select_ids"):
        pytest.skip("no canvas in this build")
    card = card_of_kind(window, "opportunity")
    canvas.select_ids([card.id])
    QApplication.processEvents()
    assert window.inspector_dock.target == ("card", card.id)
    canvas.select_ids([])
    QApplication.processEvents()
    assert window.inspector_dock.target is None
