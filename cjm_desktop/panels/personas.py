"""The personas dock: the map's personas (photo, colour, name), the active one, its profile.

The list is rebuilt from the model on every persona change or reset; add, duplicate,
delete and reorder go through the Document. The active persona is the one selected in the
list (:meth:`PersonaPanel.active_persona_id`, :attr:`PersonaPanel.activePersonaChanged`);
other views use it to know whose emotions to edit. Dropping an image file on the panel
makes it the active persona's photo.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..editing import Document
from ..editing.appearance import LIGHT, Appearance
from ..editing.display import count_text
from ..editing.icons import themed_icon
from ..model import Change, Entity, ModelError, What
from .persona_form import PersonaForm
from .photo import round_thumbnail

THUMB = 32


class _PersonaList(QListWidget):
    """A list whose internal drag-and-drop reports the new order instead of moving rows."""

    orderDropped = Signal(str, int)  # persona id, new index

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        if event.source() is not self:
            event.ignore()
            return
        item = self.currentItem()
        if item is None:
            event.ignore()
            return
        target = self.itemAt(event.position().toPoint())
        row = self.count() - 1 if target is None else self.row(target)
        source = self.row(item)
        if target is not None and self.dropIndicatorPosition() == \
                QAbstractItemView.DropIndicatorPosition.BelowItem and row < source:
            row += 1
        elif target is not None and self.dropIndicatorPosition() == \
                QAbstractItemView.DropIndicatorPosition.AboveItem and row > source:
            row -= 1
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()  # the model moves; the list is rebuilt from its change event
        self.orderDropped.emit(str(item.data(Qt.ItemDataRole.UserRole)), row)


class PersonaPanel(QDockWidget):
    activePersonaChanged = Signal(str)  # persona id ("" when there is none)

    def __init__(self, document: Document, parent: QWidget | None = None,
                 appearance: Appearance = LIGHT) -> None:
        super().__init__(self.tr("Personas"), parent)
        self.setObjectName("personaPanel")
        self.document = document
        self._active: str | None = None
        self._rebuilding = False

        self.list = _PersonaList(self)
        self.list.setObjectName("personaList")
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setSpacing(2)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.currentItemChanged.connect(self._on_current_item)
        self.list.orderDropped.connect(self._on_order_dropped)

        # The toolbar owns its actions: actions owned by the dock but shown in a toolbar
        # inside it crashed on deletion (the toolbar was asked to drop them mid-teardown).
        toolbar = QToolBar(self)
        self._toolbar = toolbar
        self.add_action = self._action(self.tr("Add"), self.tr("Add a persona"), self.add_persona,
                                       "user-plus")
        self.duplicate_action = self._action(self.tr("Duplicate"),
                                             self.tr("Duplicate the active persona"),
                                             self.duplicate_persona, "copy")
        self.delete_action = self._action(self.tr("Delete"),
                                          self.tr("Delete the active persona"),
                                          self.delete_persona, "trash-2")
        self.up_action = self._action(self.tr("Move up"), self.tr("Move the persona up"),
                                      lambda: self.move_active(-1), "arrow-up")
        self.down_action = self._action(self.tr("Move down"), self.tr("Move the persona down"),
                                        lambda: self.move_active(1), "arrow-down")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        toolbar.setIconSize(QSize(16, 16))
        for action in (self.add_action, self.duplicate_action, self.delete_action,
                       self.up_action, self.down_action):
            toolbar.addAction(action)

        self.form = PersonaForm(document, self, appearance)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(8, 8, 8, 0)
        top_layout.setSpacing(4)
        top_layout.addWidget(toolbar)
        top_layout.addWidget(self.list)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([150, 650])
        self.setWidget(splitter)
        self.setAcceptDrops(True)
        self.setMinimumWidth(320)

        document.changed.connect(self._on_change)
        document.reset.connect(self._on_reset)
        self._on_reset()

    def _action(self, text: str, tip: str, slot: Callable[[], object], icon: str) -> QAction:
        action = QAction(themed_icon(icon), text, self._toolbar)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    # ----- the active persona ---------------------------------------------------------
    def set_appearance(self, appearance: Appearance) -> None:
        """Colour what the palette does not reach (the empathy map) with ``appearance``."""
        self.form.set_appearance(appearance)

    def active_persona_id(self) -> str | None:
        return self._active

    def set_active_persona(self, persona_id: str | None) -> None:
        if persona_id is not None:
            try:
                self.document.journey.persona(persona_id)
            except ModelError:
                persona_id = None
        if persona_id is None and self.document.journey.personas:
            persona_id = self.document.journey.personas[0].id
        changed = persona_id != self._active
        self._active = persona_id
        self._select_row_of(persona_id)
        if changed or self.form.persona_id != persona_id:
            self.form.set_persona(persona_id)
        self._update_actions()
        if changed:
            self.activePersonaChanged.emit(persona_id or "")

    def _select_row_of(self, persona_id: str | None) -> None:
        self._rebuilding = True
        try:
            for row in range(self.list.count()):
                if self.list.item(row).data(Qt.ItemDataRole.UserRole) == persona_id:
                    self.list.setCurrentRow(row)
                    break
            else:
                self.list.setCurrentRow(-1)
        finally:
            self._rebuilding = False

    def _on_current_item(self, current: QListWidgetItem | None, _previous: object) -> None:
        if self._rebuilding or current is None:
            return
        self.set_active_persona(str(current.data(Qt.ItemDataRole.UserRole)))

    def _update_actions(self) -> None:
        has = self._active is not None
        index = self._index_of(self._active)
        self.duplicate_action.setEnabled(has)
        self.delete_action.setEnabled(has)
        self.up_action.setEnabled(has and index > 0)
        self.down_action.setEnabled(has and index < len(self.document.journey.personas) - 1)

    def _index_of(self, persona_id: str | None) -> int:
        for index, persona in enumerate(self.document.journey.personas):
            if persona.id == persona_id:
                return index
        return -1

    # ----- the list -------------------------------------------------------------------
    def rebuild_list(self) -> None:
        self._rebuilding = True
        try:
            self.list.clear()
            ratio = self.devicePixelRatioF()
            for persona in self.document.journey.personas:
                name = persona.name or self.tr("(no name)")
                thumb = round_thumbnail(persona.photo, THUMB, persona.color, name, ratio,
                                        ring=True)
                icon = QIcon(thumb)
                icon.addPixmap(thumb, QIcon.Mode.Selected)  # no selection tint on faces
                item = QListWidgetItem(icon, name)
                item.setData(Qt.ItemDataRole.UserRole, persona.id)
                item.setToolTip(persona.occupation or name)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsDragEnabled)
                item.setSizeHint(QSize(0, THUMB + 8))
                self.list.addItem(item)
        finally:
            self._rebuilding = False
        rows = max(2, min(len(self.document.journey.personas), 5))
        self.list.setFixedHeight(rows * (THUMB + 12) + 6)

    def _on_change(self, change: Change) -> None:
        if change.entity is not Entity.PERSONA:
            return
        if change.what is What.PERSONA_UPDATED and not change.touches(
                "name", "photo", "color", "occupation"):
            return
        self.rebuild_list()
        if change.what is What.PERSONA_ADDED and change.origin is self:
            self.set_active_persona(str(change.ids[0]))
        else:
            self.set_active_persona(self._active)

    def _on_reset(self) -> None:
        self.rebuild_list()
        self._active = None
        self.set_active_persona(None)

    # ----- actions --------------------------------------------------------------------
    def add_persona(self) -> str:
        persona_id = self.document.add_persona(origin=self)
        self.set_active_persona(persona_id)
        self.form.name_edit.setFocus()
        self.form.name_edit.selectAll()
        return persona_id

    def duplicate_persona(self) -> str | None:
        if self._active is None:
            return None
        persona_id = self.document.duplicate_persona(self._active, origin=self)
        self.set_active_persona(persona_id)
        return persona_id

    def delete_persona(self) -> bool:
        if self._active is None:
            return False
        journey = self.document.journey
        persona = journey.persona(self._active)
        count = sum(1 for key in journey.emotions if key[0] == persona.id)
        text = self.tr("Delete the persona “%1”?").replace("%1", persona.name)
        if count:
            text += "\n" + count_text(
                count, self.tr("Its emotion score on the curve is deleted with it. "
                               "You can undo this."),
                self.tr("Its %1 emotion scores on the curve are deleted with it. "
                        "You can undo this."))
        answer = QMessageBox.question(self, self.tr("Delete persona"), text,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        index = journey.persona_index(persona.id)
        self.document.remove_persona(persona.id, origin=self)
        remaining = journey.personas
        self.set_active_persona(remaining[min(index, len(remaining) - 1)].id
                                if remaining else None)
        return True

    def move_active(self, delta: int) -> None:
        if self._active is None:
            return
        index = self._index_of(self._active) + delta
        if 0 <= index < len(self.document.journey.personas):
            self.document.move_persona(self._active, index, origin=self)

    def _on_order_dropped(self, persona_id: str, index: int) -> None:
        self.document.move_persona(persona_id, index, origin=self)
        self.set_active_persona(persona_id)

    # ----- dropping a photo -----------------------------------------------------------
    @staticmethod
    def _image_path(event: QDragEnterEvent | QDropEvent) -> str | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            # Any file but a map: a wrong one gets a clear message on drop, not silence.
            if url.isLocalFile() and not url.toLocalFile().lower().endswith(".json"):
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        if self._active is not None and self._image_path(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt API)
        if self._active is not None and self._image_path(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        path = self._image_path(event)
        if path is None or self._active is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.form.apply_photo_file(path)
