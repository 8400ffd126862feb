"""The profile form of one persona: every Persona field, its photo, lists and empathy map.

Built on the inspector's form binding (``inspector_forms.BoundForm``/``Binding``): each
widget is bound to one dotted path, edits go to the Document as they happen
(``update_persona(..., merge=True, origin=self)``) so a typing burst is one undo step, and
leaving a field ends the burst. Changes that come back with this form as their origin are
not reloaded under the cursor; any other change (undo, another view) refreshes only the
widgets whose value differs. A refused edit is shown the one way every view shows one
(``Document.refuse``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
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
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..editing import Document
from ..editing.appearance import LIGHT, Appearance
from ..model import Change, Entity, ModelError, Persona, What
from ..model.entities import LIST_FIELDS_OF_PERSONA, get_path
from .empathy import QUADRANTS, EmpathyEditor
from .growing_text import GrowWithText
from .inspector_forms import Binding, BoundForm, FormContext
from .list_editor import ListEditor
from .photo import FILE_FILTER_PATTERNS, PhotoError, load_photo, round_thumbnail
from .scaled_font import follow_app_font

TEXT_FIELDS: tuple[str, ...] = ("name", "gender", "occupation", "location", "family", "income",
                                "segment.age_group", "segment.region",
                                "segment.purchase_pattern")


class _UrbanBinding(Binding):
    """The editable urban / rural choice: a listed value or any text typed."""

    def __init__(self, form: BoundForm, path: str, widget: QComboBox) -> None:
        super().__init__(form, path, widget)
        self.combo = widget
        widget.activated.connect(self._chosen)
        line = widget.lineEdit()
        assert line is not None  # the combo box is editable
        line.textEdited.connect(lambda text: self.commit(self._value(text), merge=True))
        line.editingFinished.connect(form.end_burst)

    def _chosen(self, index: int) -> None:
        self.commit(str(self.combo.itemData(index) or ""))
        self.form.end_burst()

    def _value(self, text: str) -> str:
        for index in range(self.combo.count()):
            if text and self.combo.itemText(index) == text:
                return str(self.combo.itemData(index))
        return text

    def load(self, value: Any) -> None:
        value = value or ""
        index = self.combo.findData(value)
        with QSignalBlocker(self.combo):
            if index >= 0:
                if self.combo.currentIndex() != index:
                    self.combo.setCurrentIndex(index)
            elif self.combo.currentText() != value:
                self.combo.setEditText(value)


class _ListBinding(Binding):
    """A list editor (goals, needs, …): the whole list after each finished action."""

    def __init__(self, form: BoundForm, path: str, widget: ListEditor) -> None:
        super().__init__(form, path, widget)
        self.editor = widget
        widget.edited.connect(lambda items: self.commit(items))

    def load(self, value: Any) -> None:
        self.editor.set_values(list(value or []))


class _EmpathyBinding(Binding):
    """One quadrant of the empathy map (``empathy.says``, …); the editor keeps the cursor."""

    def __init__(self, form: BoundForm, path: str, widget: EmpathyEditor) -> None:
        super().__init__(form, path, widget)
        self.editor = widget
        self.quadrant = path.split(".", 1)[1]

    def load(self, value: Any) -> None:
        self.editor.set_items(self.quadrant, list(value or []))


class PersonaForm(BoundForm):
    photoChanged = Signal()

    def __init__(self, document: Document, parent: QWidget | None = None,
                 appearance: Appearance = LIGHT) -> None:
        super().__init__(FormContext(document, "", self, document.refuse, lambda: None),
                         parent)
        self.persona_id: str | None = None
        self.setObjectName("personaForm")
        self.line_edits: dict[str, QLineEdit] = {}
        self.text_edits: dict[str, QPlainTextEdit] = {}
        self._list_editors: dict[str, ListEditor] = {}
        self._empathy: EmpathyEditor | None = None
        self._appearance = appearance

        # Widgets are built in the order they are seen (header, tabs, each page top to
        # bottom): Qt's Tab order is the order of construction. The pages behind the other
        # tabs are built when first shown (or asked for), and put in the Tab order there.
        header = self._header()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._scrolled(self._profile_page()), self.tr("Profile"))
        self._lazy_pages: dict[int, Callable[[], QWidget]] = {
            self.tabs.addTab(self._scrolled(None), self.tr("Goals and needs")): self._lists_page,
            self.tabs.addTab(self._scrolled(None), self.tr("Empathy map")): self._empathy_page,
        }
        self.tabs.currentChanged.connect(self._build_page)
        self._layout.setSpacing(-1)  # the style's spacing, not the inspector's
        self._layout.addWidget(header)
        self._layout.addWidget(self.tabs, 1)
        document.changed.connect(self._on_change)
        self.set_persona(None)

    # ----- construction ---------------------------------------------------------------
    def _scrolled(self, page: QWidget | None) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        if page is not None:
            page.setContentsMargins(8, 8, 8, 8)
            area.setWidget(page)
        return area

    def _build_page(self, index: int) -> None:
        """Build the page behind tab ``index`` if it is not built yet, showing the persona."""
        make = self._lazy_pages.pop(index, None)
        if make is None:
            return
        area = self.tabs.widget(index)
        assert isinstance(area, QScrollArea)
        page = make()
        page.setContentsMargins(8, 8, 8, 8)
        area.setWidget(page)
        self._follow_tab_bar(page)
        self.refresh()

    def _follow_tab_bar(self, page: QWidget) -> None:
        """Put ``page``'s fields right after the tab bar in the window's Tab order.

        Made last, they would come last in the window; after the tab bar is where they were
        when every page was built at once (the other pages are hidden while this one shows).
        """
        fields: list[QWidget] = []
        widget = page.nextInFocusChain()
        while widget is not page and widget is not None:
            if page.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                fields.append(widget)
            widget = widget.nextInFocusChain()
        before: QWidget = self.tabs.tabBar()
        for field in fields:
            QWidget.setTabOrder(before, field)
            before = field

    @property
    def list_editors(self) -> dict[str, ListEditor]:
        """The list editors of "Goals and needs" by field (building that page if needed)."""
        self._build_page(1)
        return self._list_editors

    @property
    def empathy(self) -> EmpathyEditor:
        """The empathy map editor (building its page if needed)."""
        self._build_page(2)
        assert self._empathy is not None
        return self._empathy

    def set_appearance(self, appearance: Appearance) -> None:
        """Colour the empathy map (what the palette does not reach) with ``appearance``."""
        self._appearance = appearance
        if self._empathy is not None:
            self._empathy.set_appearance(appearance)

    def _header(self) -> QWidget:
        header = QWidget(self)
        self.photo_label = QLabel(header)
        self.photo_label.setFixedSize(72, 72)
        self.photo_label.setToolTip(self.tr("Drop a PNG, JPEG or WebP image here"))
        self.name_edit = self._line("name", header)
        self.name_edit.setPlaceholderText(self.tr("Persona name"))
        follow_app_font(self.name_edit, 1.3)
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
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(self.photo_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(right, 1)
        return header

    def _line(self, path: str, parent: QWidget) -> QLineEdit:
        edit = self.line(path)
        edit.setParent(parent)
        edit.setObjectName(f"persona_{path.replace('.', '_')}")
        self.line_edits[path] = edit
        return edit

    def _long(self, path: str, parent: QWidget, lines: int = 3) -> QPlainTextEdit:
        edit = self.text(path, lines)
        edit.setParent(parent)
        edit.setTabChangesFocus(True)
        edit.setObjectName(f"persona_{path}")
        self.text_edits[path] = edit
        GrowWithText(edit, lines)  # a quote or a bio reads whole, no scroll bar
        return edit

    def _profile_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # labels above their fields: every field gets the dock's whole width, in either language
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(8)
        form.setContentsMargins(8, 8, 8, 8)
        form.addRow(self.tr("Quote"), self._long("quote", page, 2))
        self.age_spin = self.optional_int("age", 0, 150)
        self.age_spin.setParent(page)
        self.age_spin.setObjectName("persona_age")
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
        self.bindings.append(_UrbanBinding(self, "urban_rural", self.urban_combo))
        form.addRow(self.tr("Urban / rural"), self.urban_combo)
        form.addRow(self.tr("Family"), self._line("family", page))
        form.addRow(self.tr("Income"), self._line("income", page))
        form.addRow(self.tr("Bio"), self._long("bio", page, 4))
        form.addRow(self.tr("Personality and behaviour"), self._long("personality", page, 3))
        segment = QGroupBox(self.tr("Segment"), page)
        segment_form = QFormLayout(segment)
        segment_form.setVerticalSpacing(8)
        segment_form.setContentsMargins(8, 8, 8, 8)
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
        form.setVerticalSpacing(8)
        form.setContentsMargins(8, 8, 8, 8)
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
            self.bindings.append(_ListBinding(self, name, editor))
            self._list_editors[name] = editor
            form.addRow(titles[name], editor)
        assert set(titles) == set(LIST_FIELDS_OF_PERSONA)
        return page

    def _empathy_page(self) -> QWidget:
        empathy = EmpathyEditor(self, self._appearance)
        empathy.edited.connect(lambda path, items: self.commit({path: items}, merge=True))
        empathy.burstEnded.connect(self.end_burst)
        for name in QUADRANTS:
            self.bindings.append(_EmpathyBinding(self, f"empathy.{name}", empathy))
        self._empathy = empathy
        return empathy

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
        """Show the persona's values (an empty profile when there is none)."""
        self.refresh()

    def refresh(self, skip: set[str] | frozenset[str] = frozenset()) -> None:
        super().refresh(skip)
        persona = self.persona() or Persona("")
        self._show_color(persona.color)
        self._show_photo(persona)

    # ----- BoundForm ------------------------------------------------------------------
    def read(self, path: str) -> Any:
        return get_path(self.persona() or Persona(""), path)

    def write(self, changes: dict[str, Any], merge: bool) -> None:
        if self.persona_id is None:
            return
        self.document.update_persona(self.persona_id, changes, merge=merge, origin=self)

    def exists(self) -> bool:
        return self.persona() is not None

    def concerns(self, change: Change) -> bool:
        return change.entity is Entity.PERSONA and bool(change.ids) \
            and change.ids[0] == self.persona_id

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
        if change.origin is self or not self.concerns(change):
            return  # its own edits were shown by commit, without moving the cursor
        if change.what is What.PERSONA_REMOVED:
            self.set_persona(None)
        elif change.what is What.PERSONA_ADDED:
            self.set_persona(self.persona_id)
        else:
            self.refresh()

    # ----- editing --------------------------------------------------------------------
    def _edit(self, path: str, value: Any, *, merge: bool = False) -> bool:
        """Set one field (the header's colour and photo, tests): one Document edit."""
        if self.persona_id is None:
            return False
        return self.commit({path: value}, merge=merge)

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
