"""What a new persona is called and which colour it gets — one rule for every path.

A new persona is named in the map's *content* language ("페르소나 2" on a Korean map,
"Persona 2" on an English one), numbered after the personas already there and never
repeating a name in use. Its colour is the first colour of :data:`PERSONA_COLORS` that is
clearly distinguishable from every persona's colour already on the map (custom colours
included), so two curves never share a colour while the palette lasts.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

# Distinct on white and on the tinted bands of the emotion curve, in the order new personas
# take them (the first is the default persona colour of the templates).
PERSONA_COLORS: tuple[str, ...] = (
    "#E45756",  # red
    "#4C78A8",  # blue
    "#54A24B",  # green
    "#F58518",  # orange
    "#B279A2",  # purple
    "#72B7B2",  # teal
    "#9D755D",  # brown
    "#FF6FB5",  # pink
    "#3D3D3D",  # charcoal
    "#BCBD22",  # olive
)
# Below this distance (the "redmean" approximation of perceived RGB difference, 0…765) two
# colours are too alike to tell two curves apart.
DISTINCT = 90.0

_NAMES = {"ko": "페르소나 {n}", "en": "Persona {n}"}
_COPY = {"ko": "{name} (사본)", "en": "{name} (copy)"}


def _rgb(color: str) -> tuple[int, int, int] | None:
    text = color.strip().lstrip("#") if isinstance(color, str) else ""
    if len(text) != 6:
        return None
    try:
        value = int(text, 16)
    except ValueError:
        return None
    return value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF


def color_distance(a: str, b: str) -> float:
    """How different two "#RRGGBB" colours look (0 = the same; unreadable ones count as far)."""
    first, second = _rgb(a), _rgb(b)
    if first is None or second is None:
        return 765.0
    mean_red = (first[0] + second[0]) / 2
    dr, dg, db = (x - y for x, y in zip(first, second, strict=True))
    squared = (2 + mean_red / 256) * dr * dr + 4 * dg * dg + (2 + (255 - mean_red) / 256) * db * db
    return math.sqrt(squared)


def next_persona_color(used: Iterable[str]) -> str:
    """The colour for a new persona beside personas of the ``used`` colours."""
    taken = [color for color in used if _rgb(color) is not None]
    best, best_distance = PERSONA_COLORS[len(taken) % len(PERSONA_COLORS)], -1.0
    for candidate in PERSONA_COLORS:
        distance = min((color_distance(candidate, color) for color in taken), default=765.0)
        if distance >= DISTINCT:
            return candidate
        if distance > best_distance:
            best, best_distance = candidate, distance
    # every palette colour is in use: the one least like the others, cycling when all tie
    return best if best_distance > 0 else PERSONA_COLORS[len(taken) % len(PERSONA_COLORS)]


def _language(language: str) -> str:
    return language if language in _NAMES else "en"


def default_persona_name(names: Iterable[str], language: str) -> str:
    """"Persona N" in ``language`` ("ko" or "en"): N follows the personas already there
    (``names``) and skips a name that is taken."""
    present = [name.strip() for name in names]
    taken = set(present)
    template = _NAMES[_language(language)]
    number = len(present) + 1
    while template.format(n=number) in taken:
        number += 1
    return template.format(n=number)


def copy_name(name: str, language: str) -> str:
    """The name of a duplicated persona, in the map's content language."""
    return _COPY[_language(language)].format(name=name)
