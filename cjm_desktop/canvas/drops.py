"""Drops on the canvas: card kinds from the palette and map files. A mixin of
``view.CanvasView``.

A card kind dropped on a card row adds a card of that kind there (at the insertion marker
shown while dragging) and opens its editor; a ``.cjm.json`` file dropped anywhere asks the
window to open it (``fileDropped``). Anything else is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent

from ..editing.clipboard import card_kind_from_mime

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QGraphicsView

    from .scene import JourneyScene

    _ViewBase = QGraphicsView  # the view this mixin is part of (see view.CanvasView)
else:
    _ViewBase = object

MAP_SUFFIX = ".cjm.json"


class CanvasDrops(_ViewBase):
    journey_scene: JourneyScene
    fileDropped: SignalInstance  # noqa: N815 (Qt signal name)
    add_card_and_edit: Callable[..., Any]

    def _drop_kind(self, event: QDropEvent) -> str | None:
        return card_kind_from_mime(event.mimeData())

    def _map_file(self, event: QDropEvent) -> str | None:
        for url in event.mimeData().urls() if event.mimeData().hasUrls() else []:
            if url.isLocalFile() and url.toLocalFile().lower().endswith(MAP_SUFFIX):
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        self.journey_scene.flush()
        if self._drop_kind(event) or self._map_file(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt API)
        if self._map_file(event):
            event.acceptProposedAction()
            return
        if self._drop_kind(event) is None:
            event.ignore()
            return
        scene = self.journey_scene
        pos = self.mapToScene(event.position().toPoint())
        cell = scene.layout.cell_at(pos.x(), pos.y())
        if cell is not None and scene.is_card_row(cell[1]):
            lay = scene.layout
            index = lay.insert_index(*cell, pos.y())
            scene.marker.place(lay.col_x[cell[0]] + 8, lay.marker_y(*cell, index),
                               lay.card_width(cell[0]))
            scene.grid.set_cells(scene.grid.current, cell)
            event.acceptProposedAction()
        else:
            scene.marker.hide()
            scene.grid.set_cells(scene.grid.current, None)
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 (Qt API)
        self.journey_scene.marker.hide()
        self.journey_scene.grid.set_cells(self.journey_scene.grid.current, None)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        scene = self.journey_scene
        scene.marker.hide()
        scene.grid.set_cells(scene.grid.current, None)
        path = self._map_file(event)
        if path:
            event.acceptProposedAction()
            self.fileDropped.emit(path)
            return
        kind = self._drop_kind(event)
        pos = self.mapToScene(event.position().toPoint())
        scene.flush()
        cell = scene.layout.cell_at(pos.x(), pos.y())
        if kind is None or cell is None or not scene.is_card_row(cell[1]):
            event.ignore()
            return
        index = scene.layout.insert_index(*cell, pos.y())
        event.acceptProposedAction()
        self.add_card_and_edit(scene.cell_key(*cell), index, kind=kind)
