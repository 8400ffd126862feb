"""The map's own properties (title, description, owner, version label, review date, scenario,
language) and its CX health checklist: shown by the inspector when nothing is selected, and
by the Map ▸ Properties dialog. Paths are "info.<field>" and "checklist.<question>.<field>".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from ..model import Change, Entity
from ..model.vocab import ChecklistAnswer, ChecklistQuestion, Scenario, label
from .inspector_forms import BoundForm, FormContext
from .scaled_font import follow_app_font


class MapForm(BoundForm):
    def __init__(self, ctx: FormContext, parent: QWidget | None = None, *,
                 checklist: bool = True) -> None:
        super().__init__(ctx, parent)
        lang = ctx.language
        form = self.add_form()
        form.addRow(self.tr("Title"), self.line("info.title"))
        form.addRow(self.tr("Description"), self.text("info.description", lines=4))
        form.addRow(self.tr("Owner"), self.line("info.owner"))
        form.addRow(self.tr("Version"), self.line("info.version_label", self.tr("e.g. v1.2")))
        form.addRow(self.tr("Review date"), self.date("info.review_date", self.tr("none")))
        form.addRow(self.tr("Scenario"), self.choice(
            "info.scenario", [(label(s, lang), s.value) for s in Scenario]))
        form.addRow(self.tr("Content language"), self.choice(
            "info.language", [(self.tr("Korean"), "ko"), (self.tr("English"), "en")]))
        if checklist:
            self._checklist()
        self.finish()

    def _checklist(self) -> None:
        lang = self.ctx.language
        form = self.add_group(self.tr("CX health checklist"))
        answers = [(label(a, lang), a.value) for a in ChecklistAnswer]
        for question in ChecklistQuestion:
            text = QLabel(label(question, lang), self)
            text.setWordWrap(True)
            follow_app_font(text)
            form.addRow(text)
            answer = self.choice(f"checklist.{question.value}.answer", answers, "—")
            answer.setAccessibleName(label(question, lang))
            form.addRow(self.tr("Answer"), answer)
            form.addRow(self.tr("Note"), self.line(f"checklist.{question.value}.note"))

    def read(self, path: str) -> Any:
        journey = self.document.journey
        head, rest = path.split(".", 1)
        if head == "info":
            return getattr(journey.info, rest)
        question, field = rest.split(".", 1)
        return getattr(journey.checklist_item(question), field)

    def write(self, changes: dict[str, Any], merge: bool) -> None:
        origin = self.ctx.origin
        for path, value in changes.items():
            head, rest = path.split(".", 1)
            if head == "info":
                self.document.update_info({rest: value}, merge=merge, origin=origin)
            else:
                question, field = rest.split(".", 1)
                self.document.update_checklist(question, {field: value}, merge=merge,
                                               origin=origin)

    def concerns(self, change: Change) -> bool:
        return change.entity in (Entity.INFO, Entity.CHECKLIST)
