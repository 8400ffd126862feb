"""Emotion points that would hide each other: where several personas have the same score at
the same point, each view draws them side by side so every one stays visible.

Shared by the emotion plot and the canvas emotion lane (each scales the slots to its own
marker size), so both show the same personas in the same order.
"""

from __future__ import annotations

from collections.abc import Sequence


def side_by_side(rows: Sequence[Sequence[float | None]]) -> list[list[float]]:
    """Sideways offsets, in marker widths, for ``rows`` of scores (one row per persona in
    drawing order, one value per point; None or NaN is a gap).

    A score no other row shares at its point stays at 0; ``k`` equal scores get the slots
    −(k−1)/2 … +(k−1)/2 in row order, centred on the point."""
    offsets = [[0.0] * len(row) for row in rows]
    if len(rows) < 2:
        return offsets
    for column in range(max(len(row) for row in rows)):
        groups: dict[float, list[int]] = {}
        shared = False
        for index, row in enumerate(rows):
            value = row[column] if column < len(row) else None
            if value is None or value != value:  # a gap (NaN is unequal to itself)
                continue
            if value in groups:
                groups[value].append(index)
                shared = True
            else:
                groups[value] = [index]
        if not shared:
            continue
        for members in groups.values():
            if len(members) > 1:
                middle = (len(members) - 1) / 2
                for slot, index in enumerate(members):
                    offsets[index][column] = slot - middle
    return offsets
