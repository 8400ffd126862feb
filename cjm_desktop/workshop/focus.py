"""Where the presentation looks: the focused stage, lane and (maybe) card.

Pure logic over the model (no drawing): stepping stage by stage, lane by lane and through
the cards of the focused cell, and staying valid when the map changes underneath (undo,
an edit in the editor). Lanes that cannot hold cards (the emotion lane) are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Card, CellKey, JourneyMap, Lane
from ..model.vocab import LaneKind


def card_lanes(journey: JourneyMap) -> list[Lane]:
    return [lane for lane in journey.lanes if lane.kind != LaneKind.EMOTIONS.value]


def stage_cards(journey: JourneyMap, stage_id: str, lane_id: str) -> list[Card]:
    """The cards of one stage in one lane, step after step, in their order."""
    stage = journey.stage(stage_id)
    steps: list[str | None] = [step.id for step in stage.steps] or [None]
    return [card for step in steps for card in journey.cards_in((stage_id, step, lane_id))]


def capture_cell(journey: JourneyMap, stage_id: str, lane_id: str) -> CellKey:
    """The cell a captured card goes to: the stage's last step when it has steps, so the
    new card shows at the end of the stage's cards, where the capture box was."""
    stage = journey.stage(stage_id)
    return (stage_id, stage.steps[-1].id if stage.steps else None, lane_id)


@dataclass
class Focus:
    """The cursor of the presentation. Ids, never model objects (they may be replaced)."""

    journey: JourneyMap
    stage_id: str | None = None
    lane_id: str | None = None
    card_id: str | None = None

    # ----- reading --------------------------------------------------------------------
    def stage_index(self) -> int:
        ids = [s.id for s in self.journey.stages]
        return ids.index(self.stage_id) if self.stage_id in ids else -1

    def lane_index(self) -> int:
        ids = [lane.id for lane in card_lanes(self.journey)]
        return ids.index(self.lane_id) if self.lane_id in ids else -1

    def cell_cards(self) -> list[Card]:
        if self.stage_id is None or self.lane_id is None:
            return []
        return stage_cards(self.journey, self.stage_id, self.lane_id)

    def cell(self) -> CellKey | None:
        if self.stage_id is None or self.lane_id is None:
            return None
        return capture_cell(self.journey, self.stage_id, self.lane_id)

    # ----- moving ---------------------------------------------------------------------
    def start_at(self, cell: CellKey | None) -> None:
        """Focus the stage and lane of ``cell`` (the editor's current cell), else the first."""
        self.stage_id, self.lane_id, self.card_id = None, None, None
        if cell is not None:
            self.stage_id, _step, self.lane_id = cell
        self.clamp()

    def clamp(self) -> None:
        """Keep the focus on things that exist (after undo, or an edit elsewhere)."""
        stages = [s.id for s in self.journey.stages]
        lanes = [lane.id for lane in card_lanes(self.journey)]
        if self.stage_id not in stages:
            self.stage_id = stages[0] if stages else None
        if self.lane_id not in lanes:
            self.lane_id = lanes[0] if lanes else None
        if self.card_id is not None and self.card_id not in {c.id for c in self.cell_cards()}:
            self.card_id = None

    def go_stage(self, index: int) -> bool:
        stages = self.journey.stages
        if not stages:
            return False
        index = max(0, min(index, len(stages) - 1))
        if stages[index].id == self.stage_id:
            return False
        self.stage_id = stages[index].id
        self.card_id = None
        return True

    def step_stage(self, delta: int) -> bool:
        return self.go_stage(self.stage_index() + delta)

    def go_lane(self, index: int) -> bool:
        lanes = card_lanes(self.journey)
        if not 0 <= index < len(lanes):
            return False
        self.lane_id = lanes[index].id
        self.card_id = None
        return True

    def step_lane(self, delta: int) -> bool:
        """Move to the next (or previous) lane, wrapping at neither end."""
        return self.go_lane(self.lane_index() + delta)

    def step_down(self) -> bool:
        """Down: through the cards of the focused cell, then on to the next lane."""
        ids = [c.id for c in self.cell_cards()]
        if self.card_id is None and ids:
            self.card_id = ids[0]
            return True
        if self.card_id in ids and ids.index(self.card_id) + 1 < len(ids):
            self.card_id = ids[ids.index(self.card_id) + 1]
            return True
        return self.step_lane(+1)

    def step_up(self) -> bool:
        """Up: back through the cards of the cell, then to the previous lane's last card."""
        ids = [c.id for c in self.cell_cards()]
        if self.card_id in ids:
            position = ids.index(self.card_id)
            self.card_id = ids[position - 1] if position > 0 else None
            return True
        if not self.step_lane(-1):
            return False
        cards = self.cell_cards()
        self.card_id = cards[-1].id if cards else None
        return True
