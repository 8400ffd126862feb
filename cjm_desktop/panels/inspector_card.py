"""The inspector's card form: the fields every card has, plus its kind's own fields.

Touchpoint (channel, online/offline, team, CSAT / expectation / performance, response time,
complaints), pain point (category, severity, linked touchpoint, 5 Whys), opportunity
(linked pain points, impact, effort, owner, status, scope) and KPI (name, target, actual,
unit). Changing the kind rebuilds the form.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ..model import Change, Entity, What
from ..model.entities import get_path
from ..model.vocab import (
    CardKind,
    Channel,
    KpiDirection,
    OpportunityScope,
    OpportunityStatus,
    PainCategory,
    Severity,
    label,
)
from .inspector_forms import BoundForm, ChoiceBinding, FormContext

SHORT = 28
LINK_PATHS = ("pain_point.touchpoint", "opportunity.pain_points")


def shorten(text: str, limit: int = SHORT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class CardForm(BoundForm):
    def __init__(self, ctx: FormContext, card_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.card_id = card_id
        lang = ctx.language
        card = self.document.journey.card(card_id)

        common = self.add_form()
        common.addRow(self.tr("Text"), self.text("text", lines=4))
        common.addRow(self.tr("Kind"), self.choice(
            "kind", [(label(k, lang), k.value) for k in CardKind]))
        common.addRow(self.tr("Notes"), self.text("notes", lines=3))
        common.addRow(self.tr("Colour"), self.color("color", True, self.tr("Kind colour")))
        common.addRow(self.tr("Tags"), self.list_line("tags", self.tr("comma, separated")))
        common.addRow(self.tr("Votes"), self.integer("votes", 0, 9999))

        if card.kind == CardKind.TOUCHPOINT:
            self._touchpoint_fields()
        elif card.kind == CardKind.PAIN_POINT:
            self._pain_point_fields()
        elif card.kind == CardKind.OPPORTUNITY:
            self._opportunity_fields()
        elif card.kind == CardKind.KPI:
            self._kpi_fields()
        self.finish()

    # ----- kind-specific groups -------------------------------------------------------
    def _touchpoint_fields(self) -> None:
        lang = self.ctx.language
        form = self.add_group(self.tr("Touchpoint"))
        form.addRow(self.tr("Channel"), self.choice(
            "touchpoint.channel", [(label(c, lang), c.value) for c in Channel], "—"))
        form.addRow(self.tr("Online / offline"), self.choice(
            "touchpoint.online", [(self.tr("Online"), True), (self.tr("Offline"), False)], "—"))
        form.addRow(self.tr("Team"), self.line("touchpoint.team"))
        metrics = self.add_group(self.tr("Metrics"))
        metrics.addRow(self.tr("Satisfaction (CSAT)"),
                       self.optional_int("touchpoint.satisfaction", 1, 5))
        metrics.addRow(self.tr("Expectation"), self.optional_int("touchpoint.expectation", 1, 5))
        metrics.addRow(self.tr("Performance"), self.optional_int("touchpoint.performance", 1, 5))
        metrics.addRow(self.tr("Response time"),
                       self.line("touchpoint.response_time", self.tr("e.g. 2 hours")))
        metrics.addRow(self.tr("Complaints"),
                       self.optional_int("touchpoint.complaint_count", 0, 1_000_000))
        metrics.addRow(self.tr("Complaint types"),
                       self.list_line("touchpoint.complaint_types", self.tr("comma, separated")))

    def _pain_point_fields(self) -> None:
        lang = self.ctx.language
        form = self.add_group(self.tr("Pain point"))
        form.addRow(self.tr("Category"), self.choice(
            "pain_point.category", [(label(c, lang), c.value) for c in PainCategory], "—"))
        form.addRow(self.tr("Severity"), self.choice(
            "pain_point.severity", [(label(s, lang), s.value) for s in Severity], "—"))
        form.addRow(self.tr("Touchpoint"), self.choice(
            "pain_point.touchpoint", self._cards_of(CardKind.TOUCHPOINT), self.tr("none")))
        whys = self.add_group(self.tr("Root cause: 5 Whys"))
        whys.addRow(self.whys("pain_point.whys", 5, self.tr("Why? (%1)")))

    def _opportunity_fields(self) -> None:
        lang = self.ctx.language
        form = self.add_group(self.tr("Opportunity"))
        form.addRow(self.tr("Impact"), self.optional_int("opportunity.impact", 1, 5))
        form.addRow(self.tr("Effort"), self.optional_int("opportunity.effort", 1, 5))
        form.addRow(self.tr("Owner"), self.line("opportunity.owner"))
        form.addRow(self.tr("Status"), self.choice(
            "opportunity.status", [(label(s, lang), s.value) for s in OpportunityStatus]))
        form.addRow(self.tr("Scope"), self.choice(
            "opportunity.scope", [(label(s, lang), s.value) for s in OpportunityScope]))
        links = self.add_group(self.tr("Linked pain points"))
        links.addRow(self.checklist("opportunity.pain_points",
                                    lambda: self._cards_of(CardKind.PAIN_POINT)))

    def _kpi_fields(self) -> None:
        form = self.add_group(self.tr("KPI"))
        form.addRow(self.tr("Name"), self.line("kpi.name"))
        form.addRow(self.tr("Target"), self.number("kpi.target"))
        form.addRow(self.tr("Actual"), self.number("kpi.actual"))
        form.addRow(self.tr("Unit"), self.line("kpi.unit", self.tr("e.g. %, min, count")))
        form.addRow(self.tr("Direction"), self.choice(
            "kpi.direction", [(label(d, self.ctx.language), d.value) for d in KpiDirection]))

    def _cards_of(self, kind: CardKind) -> list[tuple[str, str]]:
        """Cards of a kind as (label, id), labelled "stage · text" in reading order."""
        journey = self.document.journey
        names = {stage.id: stage.name for stage in journey.stages}
        return [(f"{shorten(names.get(card.stage, ''), 12)} · {shorten(card.text)}", card.id)
                for card in journey.ordered_cards()
                if card.kind == kind.value and card.id != self.card_id]

    # ----- BoundForm ------------------------------------------------------------------
    def read(self, path: str) -> Any:
        return get_path(self.document.journey.card(self.card_id), path)

    def write(self, changes: dict[str, Any], merge: bool) -> None:
        self.document.update_card(self.card_id, changes, merge=merge, origin=self.ctx.origin)
        if "kind" in changes:
            self.ctx.rebuild()

    def exists(self) -> bool:
        return self.card_id in self.document.journey.cards

    def concerns(self, change: Change) -> bool:
        if self.card_id in change.ids:
            return True
        # Other cards matter only to the link choices (and stage names to their labels).
        has_links = any(b.path in LINK_PATHS for b in self.bindings)
        return has_links and change.what in (
            What.CARD_ADDED, What.CARD_REMOVED, What.CARD_UPDATED, What.STAGE_UPDATED)

    def on_change(self, change: Change) -> None:
        if change.entity is Entity.CARD and self.card_id in change.ids and change.touches("kind"):
            self.ctx.rebuild()
            return
        if self.card_id not in change.ids:
            self._refresh_links()
        self.refresh()

    def _refresh_links(self) -> None:
        for binding in self.bindings:
            if binding.path == "pain_point.touchpoint" and isinstance(binding, ChoiceBinding):
                binding.set_items(self._cards_of(CardKind.TOUCHPOINT))
