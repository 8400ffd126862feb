"""Building blocks of the inspector: a form bound to one model object, and field bindings.

A :class:`BoundForm` reads values by dotted path and writes them through one Document
method (its subclass says which). Each binding connects one widget to one path: user input
becomes a Document edit (text typing merges into one undo step until the field loses
focus), and :meth:`BoundForm.refresh` puts model values back into the widgets, touching a
widget only when its value really differs so the cursor is never moved needlessly.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..editing import Document
from ..editing.icons import themed_icon
from ..model import Change
from ..model.base import ModelError

NO_DATE = QDate(1900, 1, 1)


class FormContext:
    """What every form needs: the document, the UI language, the edit origin and a way
    to report refused edits or ask for the whole form to be rebuilt."""

    def __init__(self, document: Document, language: str, origin: Any,
                 report: Callable[[str], None], rebuild: Callable[[], None]) -> None:
        self.document = document
        self.language = language
        self.origin = origin
        self.report = report
        self.rebuild = rebuild


W = TypeVar("W", bound=QWidget)


class Binding(Generic[W]):
    """One widget (of type ``W``) bound to one path of the form's object."""

    def __init__(self, form: BoundForm, path: str, widget: W) -> None:
        self.form = form
        self.path = path
        self.widget = widget

    def load(self, value: Any) -> None:
        raise NotImplementedError

    def commit(self, value: Any, merge: bool = False) -> None:
        self.form.commit({self.path: value}, merge=merge)


class BoundForm(QWidget):
    """A form for one model object; subclasses implement ``read``, ``write``, ``concerns``."""

    def __init__(self, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bindings: list[Binding[Any]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)

    # ----- to implement ---------------------------------------------------------------
    def read(self, path: str) -> Any:
        raise NotImplementedError

    def write(self, changes: dict[str, Any], merge: bool) -> None:
        raise NotImplementedError

    def concerns(self, change: Change) -> bool:
        """Whether a change (made by someone else) affects what this form shows."""
        raise NotImplementedError

    def exists(self) -> bool:
        """Whether the shown object is still in the map."""
        return True

    def on_change(self, change: Change) -> None:
        self.refresh()

    # ----- shared ---------------------------------------------------------------------
    @property
    def document(self) -> Document:
        return self.ctx.document

    def commit(self, changes: dict[str, Any], merge: bool = False) -> bool:
        try:
            self.write(changes, merge)
        except (ModelError, ValueError, TypeError) as error:
            self.ctx.report(str(error))
            self.refresh()
            return False
        self.ctx.report("")
        # The Document may have changed other fields by its rules (the label follows the
        # score): show them; the fields just edited keep the person's text and cursor.
        self.refresh(skip=set(changes))
        return True

    def end_burst(self) -> None:
        self.document.end_burst()

    def refresh(self, skip: set[str] | frozenset[str] = frozenset()) -> None:
        for binding in self.bindings:
            if binding.path in skip:
                continue
            try:
                value = self.read(binding.path)
            except (ModelError, AttributeError):
                continue
            binding.load(value)

    def add_group(self, title: str) -> QFormLayout:
        box = QGroupBox(title, self)
        form = compact_form(box)
        self._layout.addWidget(box)
        return form

    def add_form(self) -> QFormLayout:
        holder = QWidget(self)
        form = compact_form(holder)
        form.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(holder)
        return form

    def binding(self, path: str) -> Binding[Any]:
        return next(b for b in self.bindings if b.path == path)

    def finish(self) -> None:
        self._layout.addStretch(1)
        self.refresh()

    # ----- binding factories ----------------------------------------------------------
    def line(self, path: str, placeholder: str = "") -> QLineEdit:
        widget = QLineEdit(self)
        widget.setPlaceholderText(placeholder)
        self.bindings.append(LineBinding(self, path, widget))
        return widget

    def text(self, path: str, lines: int = 3) -> QPlainTextEdit:
        widget = FocusPlainTextEdit(self)
        metrics = widget.fontMetrics()
        widget.setFixedHeight(metrics.lineSpacing() * lines + 14)
        self.bindings.append(TextBinding(self, path, widget))
        return widget

    def list_line(self, path: str, placeholder: str = "") -> QLineEdit:
        widget = QLineEdit(self)
        widget.setPlaceholderText(placeholder)
        self.bindings.append(ListLineBinding(self, path, widget))
        return widget

    def choice(self, path: str, items: Sequence[tuple[str, Any]], none_text: str | None = None
               ) -> QComboBox:
        widget = QComboBox(self)
        widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        widget.setMinimumContentsLength(6)
        widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.bindings.append(ChoiceBinding(self, path, widget, items, none_text))
        return widget

    def integer(self, path: str, low: int, high: int) -> QSpinBox:
        widget = QSpinBox(self)
        widget.setRange(low, high)
        self.bindings.append(IntBinding(self, path, widget))
        return widget

    def optional_int(self, path: str, low: int, high: int) -> QSpinBox:
        widget = QSpinBox(self)
        widget.setRange(low - 1, high)
        widget.setSpecialValueText("—")
        self.bindings.append(OptionalIntBinding(self, path, widget))
        return widget

    def number(self, path: str) -> QLineEdit:
        widget = QLineEdit(self)
        widget.setPlaceholderText("—")
        self.bindings.append(NumberBinding(self, path, widget))
        return widget

    def score(self, path: str, none_text: str) -> QDoubleSpinBox:
        widget = QDoubleSpinBox(self)
        widget.setRange(-2.5, 2.0)
        widget.setSingleStep(0.5)
        widget.setDecimals(1)
        widget.setSpecialValueText(none_text)
        self.bindings.append(ScoreBinding(self, path, widget))
        return widget

    def color(self, path: str, allow_none: bool, none_text: str = "") -> QWidget:
        binding = ColorBinding(self, path, allow_none, none_text)
        self.bindings.append(binding)
        return binding.widget

    def date(self, path: str, none_text: str) -> QDateEdit:
        widget = QDateEdit(self)
        widget.setCalendarPopup(True)
        widget.setMinimumDate(NO_DATE)
        widget.setSpecialValueText(none_text)
        widget.setDisplayFormat("yyyy-MM-dd")
        self.bindings.append(DateBinding(self, path, widget))
        return widget

    def checklist(self, path: str, items: Callable[[], list[tuple[str, str]]]) -> QListWidget:
        widget = QListWidget(self)
        widget.setFixedHeight(150)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.bindings.append(CheckListBinding(self, path, widget, items))
        return widget

    def whys(self, path: str, count: int, placeholder: str) -> QWidget:
        binding = WhysBinding(self, path, count, placeholder)
        self.bindings.append(binding)
        return binding.widget


class CompactForm(QFormLayout):
    """A form layout for a narrow dock: short fields sit beside their label, multi-line
    text and other tall fields get the full width under their label."""

    def addRow(self, *args: Any) -> None:  # noqa: N802 (Qt API)
        if len(args) == 2 and isinstance(args[0], str) and isinstance(
                args[1], QPlainTextEdit | QListWidget):
            caption = QLabel(args[0], self.parentWidget())
            caption.setBuddy(args[1])
            super().addRow(caption)
            super().addRow(args[1])
            return
        super().addRow(*args)


def compact_form(parent: QWidget) -> QFormLayout:
    form = CompactForm(parent)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    form.setHorizontalSpacing(8)
    form.setVerticalSpacing(8)
    form.setContentsMargins(8, 8, 8, 8)
    return form


class FocusPlainTextEdit(QPlainTextEdit):
    focusLost = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        super().focusOutEvent(event)
        self.focusLost.emit()


# ----- bindings -----------------------------------------------------------------------
class LineBinding(Binding[QLineEdit]):
    def __init__(self, form: BoundForm, path: str, widget: QLineEdit) -> None:
        super().__init__(form, path, widget)
        widget.textEdited.connect(lambda text: self.commit(text, merge=True))
        widget.editingFinished.connect(form.end_burst)

    def load(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.widget.text() != text:
            self.widget.setText(text)
            self.widget.setCursorPosition(0)


class TextBinding(Binding[FocusPlainTextEdit]):
    def __init__(self, form: BoundForm, path: str, widget: FocusPlainTextEdit) -> None:
        super().__init__(form, path, widget)
        widget.textChanged.connect(lambda: self.commit(widget.toPlainText(), merge=True))
        widget.focusLost.connect(form.end_burst)

    def load(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.widget.toPlainText() != text:
            with QSignalBlocker(self.widget):
                self.widget.setPlainText(text)


def split_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


class ListLineBinding(Binding[QLineEdit]):
    """A list of texts typed comma-separated (tags, complaint types)."""

    def __init__(self, form: BoundForm, path: str, widget: QLineEdit) -> None:
        super().__init__(form, path, widget)
        widget.textEdited.connect(lambda text: self.commit(split_list(text), merge=True))
        widget.editingFinished.connect(form.end_burst)

    def load(self, value: Any) -> None:
        if split_list(self.widget.text()) != list(value or []):
            self.widget.setText(", ".join(value or []))


class ChoiceBinding(Binding[QComboBox]):
    """A combo box over a list of (text, value); ``none_text`` adds a first "no value" item.
    Values are kept in a Python list, so None, True and False compare exactly."""

    def __init__(self, form: BoundForm, path: str, widget: QComboBox,
                 items: Sequence[tuple[str, Any]], none_text: str | None) -> None:
        super().__init__(form, path, widget)
        self.none_text = none_text
        self.values: list[Any] = []
        self.set_items(items)
        widget.activated.connect(lambda index: self.commit(self.values[index]))

    def set_items(self, items: Sequence[tuple[str, Any]]) -> None:
        widget = self.widget
        current = self.values[widget.currentIndex()] if 0 <= widget.currentIndex() < len(
            self.values) else None
        with QSignalBlocker(widget):
            widget.clear()
            self.values = []
            if self.none_text is not None:
                widget.addItem(self.none_text)
                self.values.append(None)
            for text, value in items:
                widget.addItem(text)
                widget.setItemData(widget.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
                self.values.append(value)
            self._select(current)

    def _select(self, value: Any) -> None:
        widget = self.widget
        index = next((i for i, v in enumerate(self.values)
                      if v == value and type(v) is type(value)), -1)
        if index < 0 and value is not None:
            widget.addItem(str(value))  # a value the list does not know: still shown
            self.values.append(value)
            index = widget.count() - 1
        if widget.currentIndex() != index:
            widget.setCurrentIndex(index)

    def load(self, value: Any) -> None:
        with QSignalBlocker(self.widget):
            self._select(value)


class IntBinding(Binding[QSpinBox]):
    def __init__(self, form: BoundForm, path: str, widget: QSpinBox) -> None:
        super().__init__(form, path, widget)
        widget.valueChanged.connect(lambda value: self.commit(value, merge=True))
        widget.editingFinished.connect(form.end_burst)

    def load(self, value: Any) -> None:
        if self.widget.value() != int(value or 0):
            with QSignalBlocker(self.widget):
                self.widget.setValue(int(value or 0))


class OptionalIntBinding(Binding[QSpinBox]):
    """A spin box whose lowest value ("—") stands for no value."""

    def __init__(self, form: BoundForm, path: str, widget: QSpinBox) -> None:
        super().__init__(form, path, widget)
        widget.valueChanged.connect(self._changed)
        widget.editingFinished.connect(form.end_burst)

    def _changed(self, value: int) -> None:
        self.commit(None if value == self.widget.minimum() else value, merge=True)

    def load(self, value: Any) -> None:
        wanted = self.widget.minimum() if value is None else int(value)
        if self.widget.value() != wanted:
            with QSignalBlocker(self.widget):
                self.widget.setValue(wanted)


class ScoreBinding(Binding[QDoubleSpinBox]):
    """An emotion score on −2…+2 in half steps; the lowest value means "no score"."""

    def __init__(self, form: BoundForm, path: str, widget: QDoubleSpinBox) -> None:
        super().__init__(form, path, widget)
        widget.valueChanged.connect(self._changed)
        widget.editingFinished.connect(form.end_burst)

    def _changed(self, value: float) -> None:
        if value <= self.widget.minimum():
            self.commit(None, merge=True)
        else:
            self.commit(round(value * 2) / 2, merge=True)

    def load(self, value: Any) -> None:
        wanted = self.widget.minimum() if value is None else float(value)
        if abs(self.widget.value() - wanted) > 1e-9:
            with QSignalBlocker(self.widget):
                self.widget.setValue(wanted)


def parse_number(text: str) -> float | None:
    """A number typed by a person (comma or point as decimal mark); raises ValueError."""
    text = text.strip().replace(" ", "")
    if not text:
        return None
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    value = float(text.replace(",", ""))
    if not math.isfinite(value):  # "nan", "inf": not numbers a map file can hold
        raise ValueError(text)
    return value


class NumberBinding(Binding[QLineEdit]):
    """A free number typed into a line (KPI target and actual); empty means none."""

    def __init__(self, form: BoundForm, path: str, widget: QLineEdit) -> None:
        super().__init__(form, path, widget)
        widget.textEdited.connect(self._edited)
        widget.editingFinished.connect(form.end_burst)

    def _edited(self, text: str) -> None:
        try:
            value = parse_number(text)
        except ValueError:
            self.widget.setProperty("invalid", True)
            # a light red field with dark text: readable in either theme
            self.widget.setStyleSheet("QLineEdit { background: #FDECEA; color: #8A1C12; }")
            return
        self.widget.setStyleSheet("")
        self.commit(value, merge=True)

    def load(self, value: Any) -> None:
        try:
            differs = parse_number(self.widget.text()) != value
        except ValueError:
            differs = True  # the field holds what is not a number: show the model's
        if differs:
            self.widget.setText("" if value is None else f"{value:g}")
            self.widget.setStyleSheet("")


class DateBinding(Binding[QDateEdit]):
    def __init__(self, form: BoundForm, path: str, widget: QDateEdit) -> None:
        super().__init__(form, path, widget)
        widget.dateChanged.connect(self._changed)
        widget.editingFinished.connect(form.end_burst)

    def _changed(self, date: QDate) -> None:
        self.commit(None if date <= NO_DATE else date.toString("yyyy-MM-dd"), merge=True)

    def load(self, value: Any) -> None:
        date = QDate.fromString(value, "yyyy-MM-dd") if value else NO_DATE
        if not date.isValid():
            date = NO_DATE
        if self.widget.date() != date:
            with QSignalBlocker(self.widget):
                self.widget.setDate(date)


def swatch(color: str | None, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color) if color else QColor(0, 0, 0, 0))
    return QIcon(pixmap)


class ColorBinding(Binding[QWidget]):
    """A button showing the colour; clicking opens QColorDialog. Optionally a reset button."""

    def __init__(self, form: BoundForm, path: str, allow_none: bool, none_text: str) -> None:
        holder = QWidget(form)
        super().__init__(form, path, holder)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.button = QPushButton(holder)
        self.button.clicked.connect(self._pick)
        row.addWidget(self.button, 1)
        self.none_text = none_text
        self.value: str | None = None
        if allow_none:
            reset = QToolButton(holder)
            reset.setIcon(themed_icon("x"))
            reset.setText(none_text)
            reset.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            reset.setToolTip(none_text)
            reset.clicked.connect(lambda: self.commit(None))
            row.addWidget(reset)

    def _pick(self) -> None:
        initial = QColor(self.value) if self.value else QColor("#ffffff")
        chosen = QColorDialog.getColor(initial, self.form, self.form.tr("Choose a colour"))
        if chosen.isValid():
            self.commit(chosen.name().upper())

    def load(self, value: Any) -> None:
        self.value = value
        self.button.setIcon(swatch(value))
        self.button.setText(value or self.none_text)


class CheckListBinding(Binding[QListWidget]):
    """A list of checkable items whose checked values form a list (linked pain points)."""

    def __init__(self, form: BoundForm, path: str, widget: QListWidget,
                 items: Callable[[], list[tuple[str, str]]]) -> None:
        super().__init__(form, path, widget)
        self.items = items
        widget.itemChanged.connect(self._changed)

    def _checked(self) -> list[str]:
        widget = self.widget
        return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    def _changed(self, _item: QListWidgetItem) -> None:
        self.commit(self._checked())

    def load(self, value: Any) -> None:
        widget = self.widget
        chosen = set(value or [])
        with QSignalBlocker(widget):
            widget.clear()
            for text, item_id in self.items():
                item = QListWidgetItem(text, widget)
                item.setData(Qt.ItemDataRole.UserRole, item_id)
                item.setToolTip(text)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if item_id in chosen
                                   else Qt.CheckState.Unchecked)


class WhysBinding(Binding[QWidget]):
    """The 5 Whys: one line per "why"; empty trailing lines are not stored."""

    def __init__(self, form: BoundForm, path: str, count: int, placeholder: str) -> None:
        holder = QWidget(form)
        super().__init__(form, path, holder)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.lines: list[QLineEdit] = []
        self.extra: list[str] = []
        for number in range(1, count + 1):
            edit = QLineEdit(holder)
            edit.setPlaceholderText(placeholder.replace("%1", str(number)))
            edit.textEdited.connect(self._edited)
            edit.editingFinished.connect(form.end_burst)
            column.addWidget(edit)
            self.lines.append(edit)

    def _values(self) -> list[str]:
        values = [edit.text() for edit in self.lines] + self.extra
        while values and not values[-1].strip():
            values.pop()
        return values

    def _edited(self, _text: str) -> None:
        self.commit(self._values(), merge=True)

    def load(self, value: Any) -> None:
        values = list(value or [])
        self.extra = values[len(self.lines):]
        for index, edit in enumerate(self.lines):
            text = values[index] if index < len(values) else ""
            if edit.text() != text:
                edit.setText(text)
                edit.setCursorPosition(0)
