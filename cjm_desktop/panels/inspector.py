"""The inspector dock (objectName ``inspector``): a form for the current selection.

It shows a card, stage, step, lane or emotion point ("persona|stage|step"), or the map's
own properties when nothing is selected. Edits go through the Document with the inspector
as origin; changes the inspector made itself are not reloaded under the user's cursor,
while changes from anywhere else (undo, canvas) refresh the form. A refused edit (a
ModelError) is shown the one way every view shows one (``Document.refuse``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..editing import Document
from ..model import Change
from ..model.base import ModelError
from ..model.ids import kind_of, parse_emotion_point_id
from ..model.vocab import CardKind, LaneKind, label
from .inspector_card import CardForm, shorten
from .inspector_forms import BoundForm, FormContext
from .inspector_map import MapForm
from .inspector_structure import EmotionForm, LaneForm, StageForm, StepForm
from .scaled_font import follow_app_font

DOCK_WIDTH = 320


class Inspector(QDockWidget):
    def __init__(self, document: Document, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector")
        self.setWindowTitle(self.tr("Inspector"))
        self.document = document
        self.language = language
        self.target: tuple[str, str] | None = None  # (kind, id); None: the map itself
        self.form: BoundForm | None = None
        self._showing_map = False  # the map's form is shown as itself (not under a count)
        # The map's form, kept while a selected object's form is shown: a click on the empty
        # canvas shows it again at once instead of building ~40 widgets anew.
        self._map_form: MapForm | None = None

        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(8)
        self.heading = QLabel(body)
        self.heading.setObjectName("inspectorHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        follow_app_font(self.heading, 1.15)
        self.context_label = QLabel(body)
        self.context_label.setWordWrap(True)
        self.context_label.setTextFormat(Qt.TextFormat.PlainText)
        self.context_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # soft, any theme
        self.scroll_area = QScrollArea(body)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.addWidget(self.heading)
        column.addWidget(self.context_label)
        column.addWidget(self.scroll_area, 1)
        self._column = column
        self.setWidget(body)
        body.setMinimumWidth(260)
        self.ctx = FormContext(document, language, self, document.refuse, self.rebuild)

        document.changed.connect(self._on_change)
        document.reset.connect(self._on_reset)
        self.show_ids([])

    def add_footer(self, widget: QWidget) -> None:
        """Put ``widget`` (the comment thread) under the form; the window composes it."""
        self._column.addWidget(widget)

    # ----- selection ------------------------------------------------------------------
    def show_ids(self, ids: Sequence[str]) -> None:
        """Show the object with this id (several: a count; none: the map's properties)."""
        ids = list(ids)
        if len(ids) > 1:
            self._show(None, None)
            self._showing_map = False
            self.heading.setText(self.tr("%1 items selected").replace("%1", str(len(ids))))
            self.context_label.setText(self.tr("Select one item to edit its fields."))
            return
        if not ids:
            if not self._showing_map:  # already shown, kept current by change events
                self._show(None, None)
            return
        kind = self.kind_of(ids[0])
        self._show(kind, ids[0] if kind else None)

    def kind_of(self, object_id: str) -> str | None:
        """What an id stands for (``model.ids.kind_of``); the inspector has no persona form
        (the persona dock edits personas), so a persona id shows nothing here."""
        kind = kind_of(self.document.journey, object_id)
        return None if kind == "persona" else kind

    def rebuild(self) -> None:
        """Build the form again (a card's kind changed), keeping the scroll position."""
        position = self.scroll_area.verticalScrollBar().value()
        kind, object_id = self.target if self.target else (None, None)
        self._show(kind, object_id)
        self.scroll_area.verticalScrollBar().setValue(position)

    def _on_reset(self) -> None:
        """A new map: a new map form (its lists follow the map)."""
        kept, self._map_form = self._map_form, None
        if kept is not None and kept is not self.form:  # the shown one goes in _show
            kept.deleteLater()
        self._show(None, None)

    def _show(self, kind: str | None, object_id: str | None) -> None:
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.hide()
            if old is self._map_form:
                old.setParent(self)  # kept, hidden (takeWidget left it without a parent)
            else:
                old.deleteLater()  # it may be inside one of its own signals right now
        self.target = (kind, object_id) if kind and object_id else None
        if self.target is None and self._map_form is not None:
            self.form = self._map_form
            self.form.refresh()  # changes made while it was hidden did not reach it
        else:
            self.form = self._make_form(kind, object_id)
            if self.target is None and isinstance(self.form, MapForm):
                self._map_form = self.form
        self.scroll_area.setWidget(self.form)
        self.form.show()  # a widget set into a visible scroll area is not shown by it
        self._showing_map = self.target is None
        self._set_heading()

    def _make_form(self, kind: str | None, object_id: str | None) -> BoundForm:
        ctx = self.ctx
        if kind == "card" and object_id:
            return CardForm(ctx, object_id)
        if kind == "stage" and object_id:
            return StageForm(ctx, object_id)
        if kind == "step" and object_id:
            return StepForm(ctx, object_id)
        if kind == "lane" and object_id:
            return LaneForm(ctx, object_id)
        if kind == "emotion-point" and object_id:
            return EmotionForm(ctx, object_id)
        return MapForm(ctx)

    def _set_heading(self) -> None:
        journey = self.document.journey
        kind, object_id = self.target if self.target else (None, "")
        context = ""
        if kind == "card":
            card = journey.card(object_id)
            heading = self.tr("%1 card").replace("%1", label(CardKind(card.kind), self.language))
            parts = [journey.stage(card.stage).name]
            if card.step:
                parts.append(journey.find_step(card.step)[1].name)
            parts.append(journey.lane(card.lane).title)
            context = " · ".join(parts)
        elif kind == "stage":
            heading = self.tr("Stage")
            context = journey.stage(object_id).name
        elif kind == "step":
            stage, step = journey.find_step(object_id)
            heading = self.tr("Step")
            context = f"{stage.name} · {step.name}"
        elif kind == "lane":
            lane = journey.lane(object_id)
            heading = self.tr("Lane")
            context = f"{lane.title} ({label(LaneKind(lane.kind), self.language)})"
        elif kind == "emotion-point":
            persona_id, stage_id, step_id = parse_emotion_point_id(object_id)
            heading = self.tr("Emotion")
            parts = [journey.persona(persona_id).name, journey.stage(stage_id).name]
            if step_id:
                parts.append(journey.find_step(step_id)[1].name)
            context = " · ".join(parts)
        else:
            heading = self.tr("Map properties")
            context = journey.info.title
        self.heading.setText(heading)
        self.context_label.setText(shorten(context, 80))
        self.context_label.setVisible(bool(context))

    # ----- messages and changes -------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.origin is self or self.form is None:
            return
        try:
            if not self.form.exists():
                self._show(None, None)
            elif self.form.concerns(change):
                self.form.on_change(change)
                self._set_heading()
        except ModelError:  # the shown object went away mid-change (e.g. a macro)
            self._show(None, None)
