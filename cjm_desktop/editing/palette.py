"""Default colours for new stages and personas: soft, distinct, legible on white and dark."""

from __future__ import annotations

COLORS: tuple[str, ...] = (
    "#4C78A8", "#F58518", "#54A24B", "#B279A2", "#E45756",
    "#72B7B2", "#EECA3B", "#9D755D", "#FF9DA6", "#BAB0AC",
)


def next_color(index: int) -> str:
    return COLORS[index % len(COLORS)]
