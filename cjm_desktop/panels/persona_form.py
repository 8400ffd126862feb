"""The profile form of one persona: every Persona field, its photo, lists and empathy map.

Edits go to the Document as they happen (``update_persona(..., merge=True, origin=self)``) so
a typing burst is one undo step; leaving a field ends the burst. Changes that come back with
this form as their origin are not reloaded, so the cursor stays where the user is typing;
any other change (undo, another view) refreshes only the fields that differ.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..editing import Document
from ..model import Change, ModelError, Persona, What
from ..model.entities import LIST_FIELDS_OF_PERSONA, get_path
from .empathy import QUADRANTS, EmpathyEditor
from .list_editor import ListEditor
from .photo import FILE_FILTER_PATTERNS, PhotoError, load_photo, round_thumbnail

TEXT_FIELDS: tuple[str, ...] = ("name", "gender", "occupation", "location", "family", "income",
                                "segment.age_group", "segment.region",
                                "segment.purchase_pattern")
LONG_TEXT_FIELDS: tuple[str, ...] = ("quote", "bio", "personality")


class _PlainText(QPlainTextEdit):
    """A multi-line field that reports the end of a typing burst when it loses focus."""

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)


class PersonaForm(QWidget):
    photoChanged = Signal()

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personaForm")
        self.document = document
        self.persona_id: str | None = None
        self._loading = False
        self.line_edits: dict[str, QLineEdit] = {}
        self.text_edits: dict[str, QPlainTextEdit] = {}
        self.list_editors: dict[str, ListEditor] = {}

        # Widgets are built in the order they are seen (header, tabs, each page top to
        # bottom): Qt's Tab order is the order of construction.
        header = self._header()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._scrolled(self._profile_page()), self.tr("Profile"))
        self.tabs.addTab(self._scrolled(self._lists_page()), self.tr("Goals and needs"))
        self.empathy = EmpathyEditor(self)
        self.empathy.edited.connect(lambda path, items: self._edit(path, items, merge=True))
        self.empathy.burstEnded.connect(self.document.end_burst)
        self.tabs.addTab(self._scrolled(self.empathy), self.tr("Empathy map"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(header)
        layout.addWidget(self.tabs, 1)
        document.changed.connect(self._on_change)
        self.set_persona(None)

    # ----- construction ---------------------------------------------------------------
    def _scrolled(self, page: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        page.setContentsMargins(8, 8, 8, 8)
        area.setWidget(page)
        return area

    def _header(self) -> QWidget:
        header = QWidget(self)
        self.photo_label = QLabel(header)
        self.photo_label.setFixedSize(72, 72)
        self.photo_label.setToolTip(self.tr("Drop a PNG, JPEG or WebP image here"))
        self.name_edit = self._line("name", header)
        self.name_edit.setPlaceholderText(self.tr("Persona name"))
        font = self.name_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name_edit.setFont(font)
        self.color_button = QToolButton(header)
        self.color_button.setToolTip(self.tr("Persona colour"))
        self.color_button.clicked.connect(self.choose_color)
        self.photo_button = QPushButton(self.tr("Choose photo…"), header)
        self.photo_button.clicked.connect(self.choose_photo)
        self.remove_photo_button = QPushButton(self.tr("Remove photo"), header)
        self.remove_photo_button.clicked.connect(self.remove_photo)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(self.color_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.photo_button)
        buttons.addWidget(self.remove_photo_button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(name_row)
        right.addLayout(buttons)
        layout = QHBoxLayout(header)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(12)
        layout.addWidget(self.photo_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(right, 1)
        return header

    def _line(self, path: str, parent: QWidget) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setObjectName(f"persona_{path.replace('.', '_')}")
        edit.textEdited.connect(lambda text, path=path: self._edit(path, text, merge=True))
        edit.editingFinished.connect(self.document.end_burst)
        self.line_edits[path] = edit
        return edit

    def _long(self, path: str, parent: QWidget, lines: int = 3) -> QPlainTextEdit:
        edit = _PlainText(parent, lines)
        edit.setObjectName(f"persona_{path}")
        edit.textChanged.connect(lambda path=path: self._on_long_text(path))
        edit.installEventFilter(self)
        self.text_edits[path] = edit
        return edit

    def _profile_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Quote"), self._long("quote", page, 2))
        self.age_spin = QSpinBox(page)
        self.age_spin.setObjectName("persona_age")
        self.age_spin.setRange(-1, 150)
        self.age_spin.setSpecialValueText(self.tr("—"))
        self.age_spin.valueChanged.connect(self._on_age)
        self.age_spin.editingFinished.connect(self.document.end_burst)
        form.addRow(self.tr("Age"), self.age_spin)
        form.addRow(self.tr("Gender"), self._line("gender", page))
        form.addRow(self.tr("Occupation"), self._line("occupation", page))
        form.addRow(self.tr("Location"), self._line("location", page))
        self.urban_combo = QComboBox(page)
        self.urban_combo.setObjectName("persona_urban_rural")
        self.urban_combo.setEditable(True)
        self.urban_combo.addItem("", "")
        self.urban_combo.addItem(self.tr("Urban"), "urban")
        self.urban_combo.addItem(self.tr("Rural"), "rural")
        self.urban_combo.activated.connect(self._on_urban_chosen)
        self.urban_combo.lineEdit().textEdited.connect(
            lambda text: self._edit("urban_rural", self._urban_value(text), merge=True))
        self.urban_combo.lineEdit().editingFinished.connect(self.document.end_burst)
        form.addRow(self.tr("Urban / rural"), self.urban_combo)
        form.addRow(self.tr("Family"), self._line("family", page))
        form.addRow(self.tr("Income"), self._line("income", page))
        form.addRow(self.tr("Bio"), self._long("bio", page, 4))
        form.addRow(self.tr("Personality and behaviour"), self._long("personality", page, 3))
        segment = QGroupBox(self.tr("Segment"), page)
        segment_form = QFormLayout(segment)
        segment_form.addRow(self.tr("Age group"), self._line("segment.age_group", segment))
        segment_form.addRow(self.tr("Region"), self._line("segment.region", segment))
        segment_form.addRow(self.tr("Purchase pattern"),
                            self._line("segment.purchase_pattern", segment))
        form.addRow(segment)
        return page

    def _lists_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        titles = {
            "goals_short_term": self.tr("Short-term goals"),
            "goals_long_term": self.tr("Long-term goals"),
            "needs": self.tr("Needs"),
            "problems": self.tr("Problems"),
            "wishes": self.tr("Wishes"),
            "values": self.tr("Values"),
            "information_sources": self.tr("Information sources"),
            "preferred_channels": self.tr("Preferred channels"),
        }
        for name in titles:
            editor = ListEditor(page)
            editor.setObjectName(f"persona_{name}")
            editor.edited.connect(lambda items, name=name: self._edit(name, items))
            self.list_editors[name] = editor
            form.addRow(titles[name], editor)
        assert set(titles) == set(LIST_FIELDS_OF_PERSONA)
        return page

    # ----- showing a persona ----------------------------------------------------------
    def persona(self) -> Persona | None:
        if self.persona_id is None:
            return None
        try:
            return self.document.journey.persona(self.persona_id)
        except ModelError:
            return None

    def set_persona(self, persona_id: str | None) -> None:
        self.document.end_burst()
        self.persona_id = persona_id
        self.setEnabled(self.persona() is not None)
        self.reload()

    def reload(self) -> None:
        persona = self.persona()
        self._loading = True
        try:
            if persona is None:
                persona = Persona("")
            for path, edit in self.line_edits.items():
                value = str(get_path(persona, path) or "")
                if edit.text() != value:
                    edit.setText(value)
            for path, edit in self.text_edits.items():
                value = str(getattr(persona, path) or "")
                if edit.toPlainText() != value:
                    edit.setPlainText(value)
            self.age_spin.setValue(-1 if persona.age is None else persona.age)
            self._show_urban(persona.urban_rural)
            for name, editor in self.list_editors.items():
                editor.set_values(list(getattr(persona, name)))
            self.empathy._loading = True
            for name in QUADRANTS:
                self.empathy.set_items(name, list(getattr(persona.empathy, name)))
            self.empathy._loading = False
            self._show_color(persona.color)
            self._show_photo(persona)
        finally:
            self._loading = False

    def _show_urban(self, value: str) -> None:
        index = self.urban_combo.findData(value)
        if index >= 0:
            self.urban_combo.setCurrentIndex(index)
        elif self.urban_combo.currentText() != value:
            self.urban_combo.setEditText(value)

    def _urban_value(self, text: str) -> str:
        for index in range(self.urban_combo.count()):
            if text and self.urban_combo.itemText(index) == text:
                return str(self.urban_combo.itemData(index))
        return text

    def _show_color(self, color: str) -> None:
        pixmap = QPixmap(20, 20)
        pixmap.fill(QColor(color))
        self.color_button.setIcon(QIcon(pixmap))

    def _show_photo(self, persona: Persona) -> None:
        ratio = self.devicePixelRatioF()
        self.photo_label.setPixmap(round_thumbnail(persona.photo, 72, persona.color or "#999",
                                                   persona.name, ratio))
        self.remove_photo_button.setEnabled(bool(persona.photo))

    def _on_change(self, change: Change) -> None:
        mine = bool(change.ids) and change.ids[0] == self.persona_id
        if change.what is What.PERSONA_UPDATED and mine:
            if change.origin is self:
                if change.touches("photo", "color", "name"):
                    persona = self.persona()
                    if persona is not None:
                        self._show_photo(persona)
                        self._show_color(persona.color)
                return
            self.reload()
        elif change.what is What.PERSONA_REMOVED and mine:
            self.set_persona(None)
        elif change.what is What.PERSONA_ADDED and mine:
            self.set_persona(self.persona_id)

    # ----- editing --------------------------------------------------------------------
    def _edit(self, path: str, value: Any, *, merge: bool = False) -> bool:
        if self._loading or self.persona_id is None:
            return False
        try:
            self.document.update_persona(self.persona_id, {path: value}, merge=merge,
                                         origin=self)
        except ModelError as error:
            QMessageBox.warning(self, self.tr("Cannot change the persona"), str(error))
            self.reload()
            return False
        return True

    def _on_long_text(self, path: str) -> None:
        if not self._loading:
            self._edit(path, self.text_edits[path].toPlainText(), merge=True)

    def _on_age(self, value: int) -> None:
        self._edit("age", None if value < 0 else value, merge=True)

    def _on_urban_chosen(self, index: int) -> None:
        self._edit("urban_rural", str(self.urban_combo.itemData(index) or ""))
        self.document.end_burst()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.FocusOut:
            self.document.end_burst()
        return False

    def choose_color(self) -> None:
        persona = self.persona()
        if persona is None:
            return
        color = QColorDialog.getColor(QColor(persona.color), self, self.tr("Persona colour"))
        if color.isValid():
            self._edit("color", color.name().upper())

    # ----- photo ----------------------------------------------------------------------
    def choose_photo(self) -> None:
        if self.persona_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), "",
            self.tr("Images (%1)").replace("%1", FILE_FILTER_PATTERNS))
        if path:
            self.apply_photo_file(path)

    def apply_photo_file(self, path: str) -> bool:
        """Load ``path`` as this persona's photo; a bad file shows a message, changes nothing."""
        if self.persona_id is None:
            return False
        try:
            uri = load_photo(path)
        except PhotoError as error:
            QMessageBox.warning(self, self.tr("Cannot use this photo"), str(error))
            return False
        self.document.end_burst()
        changed = self._edit("photo", uri)
        if changed:
            self.photoChanged.emit()
        return changed

    def remove_photo(self) -> None:
        persona = self.persona()
        if persona is not None and persona.photo:
            self.document.end_burst()
            self._edit("photo", None)
            self.photoChanged.emit()
