"""Context menus of the canvas: stage, step and lane headers, cards, empty cells.

Every entry calls a Document method (add / rename / recolour / delete stage, step, lane;
duplicate / delete card). Built on demand; nothing here holds state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QColor, QContextMenuEvent
from PySide6.QtWidgets import QColorDialog, QMenu

from ..editing.display import display_language
from ..model.vocab import LaneKind
from ..model.vocab import label as vocab_label

if TYPE_CHECKING:
    from .view import CanvasView


def tr(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


def show_context_menu(view: CanvasView, event: QContextMenuEvent) -> None:
    menu = build_context_menu(view, event.pos())
    if not menu.isEmpty():
        menu.exec(event.globalPos())


def build_context_menu(view: CanvasView, pos: QPoint) -> QMenu:
    """The menu for what is under ``pos`` (viewport coordinates); empty if nothing fits."""
    item = view.item_at(pos)
    menu = QMenu(view)
    doc, journey = view.document, view.document.journey
    if item is not None and not item.isSelected():
        view.select_ids([str(item.data(0))], ensure_visible=False)
    kind = item.data(1) if item is not None else None
    ident = str(item.data(0)) if item is not None else ""
    run = view._try
    if kind == "card":
        ids = view.selected_card_ids()
        menu.addAction(tr("Edit text"), lambda: view.start_edit(ident))
        menu.addAction(tr("Duplicate"), view.duplicate)
        menu.addAction(tr("Copy"), view.copy)
        menu.addAction(tr("Cut"), view.cut)
        menu.addSeparator()
        menu.addAction(tr("Delete"), lambda: run(lambda: doc.remove_cards(ids, origin=view)))
    elif kind == "stage":
        index = journey.stage_index(ident)
        menu.addAction(tr("Rename stage"), lambda: view.start_edit(ident, "stage"))
        menu.addAction(tr("Change colour…"), lambda: _recolour(view, ident))
        menu.addSeparator()
        menu.addAction(tr("Add stage before"),
                       lambda: run(lambda: doc.add_stage(index=index, origin=view)))
        menu.addAction(tr("Add stage after"),
                       lambda: run(lambda: doc.add_stage(index=index + 1, origin=view)))
        menu.addAction(tr("Add step"), lambda: run(lambda: doc.add_step(ident, origin=view)))
        menu.addSeparator()
        menu.addAction(tr("Delete stage"), lambda: run(lambda: doc.remove_stage(ident,
                                                                                 origin=view)))
    elif kind == "step":
        stage, step = journey.find_step(ident)
        index = [s.id for s in stage.steps].index(ident)
        menu.addAction(tr("Rename step"), lambda: view.start_edit(ident, "step"))
        menu.addAction(tr("Add step after"), lambda: run(
            lambda: doc.add_step(stage.id, index=index + 1, origin=view)))
        menu.addSeparator()
        menu.addAction(tr("Delete step"), lambda: run(
            lambda: doc.remove_step(stage.id, ident, origin=view)))
    elif kind == "lane":
        index = journey.lane_index(ident)
        menu.addAction(tr("Rename lane"), lambda: view.start_edit(ident, "lane"))
        add = menu.addMenu(tr("Add lane below"))
        shown = display_language()
        for lane_kind in LaneKind:
            # The menu speaks the interface's language; the Document titles the new lane in
            # the map's content language.
            def add_lane(k: str = lane_kind.value) -> None:
                run(lambda: doc.add_lane(k, index=index + 1, origin=view))

            add.addAction(vocab_label(lane_kind, shown), add_lane)
        menu.addSeparator()
        menu.addAction(tr("Delete lane"), lambda: run(lambda: doc.remove_lane(ident,
                                                                               origin=view)))
    else:
        scene_pos = view.mapToScene(pos)
        cell = view.journey_scene.layout.cell_at(scene_pos.x(), scene_pos.y())
        if cell is not None and view.journey_scene.is_card_row(cell[1]):
            key = view.journey_scene.cell_key(*cell)
            view.set_current_cell(key)
            menu.addAction(tr("Add card here"), lambda: view.add_card_and_edit(key, None))
            menu.addAction(tr("Paste"), view.paste)
    return menu


def _recolour(view: CanvasView, stage_id: str) -> None:
    stage = view.document.journey.stage(stage_id)
    color = QColorDialog.getColor(QColor(stage.color), view, tr("Stage colour"))
    if color.isValid():
        view._try(lambda: view.document.update_stage(stage_id, {"color": color.name()},
                                                     origin=view))
