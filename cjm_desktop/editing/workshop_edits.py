"""Workshop edits through the Document: finishing a vote, keeping a plan (one undo step each).

:func:`record_vote` writes each voted card's total into its ``votes`` (added to what it had)
and keeps the per-participant tally in the map, as ONE undo step. :func:`set_plan` keeps
(or removes) the workshop plan saved in the map.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..model import JourneyMap
from ..model.voting import VoteTally
from ..model.workshop_plan import WorkshopPlan
from . import commands as cmd
from .document import Document


def tr(text: str) -> str:
    return QCoreApplication.translate("WorkshopEdits", text)


class _PlanCommand(cmd.ModelCommand):
    def __init__(self, journey: JourneyMap, plan: WorkshopPlan | None, origin: Any) -> None:
        super().__init__(tr("Set workshop plan"), journey, origin)
        self._plan = plan
        self._before: WorkshopPlan | None = None

    def apply(self) -> None:
        self._before = self.journey.set_workshop_plan(self._plan, origin=self.origin())

    def undo(self) -> None:
        self.journey.set_workshop_plan(self._before, origin=cmd.UNDO_ORIGIN)


class _VoteCommand(cmd.ModelCommand):
    def __init__(self, journey: JourneyMap, tally: VoteTally, origin: Any) -> None:
        super().__init__(tr("Record dot vote"), journey, origin)
        self._tally = tally
        self._totals = {card_id: count for card_id, count in tally.totals().items()
                        if card_id in journey.cards}
        self._before = {card_id: journey.card(card_id).votes for card_id in self._totals}

    def apply(self) -> None:
        origin = self.origin()
        for card_id, count in self._totals.items():
            self.journey.update_card(card_id, {"votes": self._before[card_id] + count},
                                     origin=origin)
        self.journey.add_vote_tally(self._tally, origin=origin)

    def undo(self) -> None:
        self.journey.remove_last_vote_tally(origin=cmd.UNDO_ORIGIN)
        for card_id, votes in self._before.items():
            self.journey.update_card(card_id, {"votes": votes}, origin=cmd.UNDO_ORIGIN)


def record_vote(document: Document, tally: VoteTally, *, origin: Any = None) -> None:
    """Add the vote's totals to the cards' ``votes`` and keep its tally: one undo step."""
    document.push(_VoteCommand(document.journey, tally, origin))


def set_plan(document: Document, plan: WorkshopPlan | None, *, origin: Any = None) -> None:
    document.push(_PlanCommand(document.journey, plan, origin))
