"""A small dialog to edit one emotion point: as-is and to-be score, label and note.

It returns the changed fields only (``changes()``) so the caller pushes one
``Document.set_emotion`` with exactly what the user changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from ..model import Emotion
from ..model.vocab import EmotionLabel, label

_NONE = -2.5  # spin box value shown as "—" (no score)


def _score_spin(parent: QWidget, value: float | None, none_text: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(_NONE, 2.0)
    spin.setSingleStep(0.5)
    spin.setDecimals(1)
    spin.setSpecialValueText(none_text)
    spin.setValue(_NONE if value is None else value)
    return spin


class EmotionDialog(QDialog):
    def __init__(self, emotion: Emotion, title: str, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emotionDialog")
        self.setWindowTitle(self.tr("Emotion"))
        self._before = emotion
        form = QFormLayout(self)
        heading = QLabel(title, self)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        form.addRow(heading)
        self.score_spin = _score_spin(self, emotion.score, self.tr("— no score"))
        self.to_be_spin = _score_spin(self, emotion.to_be, self.tr("— none"))
        self.label_combo = QComboBox(self)
        self.label_combo.addItem(self.tr("—"), None)
        for value in EmotionLabel:
            self.label_combo.addItem(label(value, language), value.value)
        self.label_combo.setCurrentIndex(max(0, self.label_combo.findData(emotion.label)))
        self.note_edit = QPlainTextEdit(emotion.note, self)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        form.addRow(self.tr("Score (as-is)"), self.score_spin)
        form.addRow(self.tr("Score (to-be)"), self.to_be_spin)
        form.addRow(self.tr("Label"), self.label_combo)
        form.addRow(self.tr("Note or quote"), self.note_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(360, self.sizeHint().height())

    @staticmethod
    def _score(spin: QDoubleSpinBox) -> float | None:
        value = spin.value()
        return None if value <= _NONE else round(value * 2) / 2

    def values(self) -> dict[str, Any]:
        return {"score": self._score(self.score_spin), "to_be": self._score(self.to_be_spin),
                "label": self.label_combo.currentData(),
                "note": self.note_edit.toPlainText().strip()}

    def changes(self) -> dict[str, Any]:
        before = self._before
        return {name: value for name, value in self.values().items()
                if getattr(before, name) != value}
