"""One spelling for every colour a map stores, and legible text on any of them.

The Document passes every colour it is given (stage, persona, card) through
:func:`normal_color`, whichever menu, dialog or form it came from, so a map never holds
``#4c78a8`` beside ``#4C78A8`` and comparing two colours is comparing two strings.

A person may choose any colour for a card, a stage or a persona; the text drawn on it is
picked here (:func:`text_on`, :func:`legible`) by the WCAG 2 contrast ratio
(:func:`contrast`), so every view, theme and export reads the same. Colours are
``#RRGGBB`` strings (or ``(r, g, b)`` tuples, 0–255): no Qt here.
"""

from __future__ import annotations

import re
from functools import lru_cache

_HEX = re.compile(r"#?([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})")


def normal_color(value: str) -> str:
    """``#rgb``, ``rrggbb`` or ``#RrGgBb`` as ``#RRGGBB``; anything else unchanged (the
    model decides whether it accepts it)."""
    match = _HEX.fullmatch(value.strip()) if isinstance(value, str) else None
    if match is None:
        return value
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return "#" + digits.upper()


RGB = tuple[int, int, int]
Colour = str | RGB
BODY_TEXT = 4.5  # WCAG AA: body text
LARGE_TEXT = 3.0  # WCAG AA: large text (18 pt, or 14 pt bold), icons and graphics
DARK_INK = "#1F2430"
LIGHT_INK = "#FFFFFF"


def rgb(colour: Colour) -> RGB:
    """``colour`` as (r, g, b); an unreadable string is mid grey."""
    if isinstance(colour, tuple):
        return colour
    match = _HEX.fullmatch(colour.strip()) if isinstance(colour, str) else None
    if match is None:
        return (128, 128, 128)
    digits = normal_color(colour)[1:]
    return (int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16))


def hex_of(colour: Colour) -> str:
    r, g, b = rgb(colour)
    return f"#{r:02X}{g:02X}{b:02X}"


@lru_cache(maxsize=4096)  # painted for every header and card: pure
def luminance(colour: Colour) -> float:
    """The relative luminance of ``colour`` (WCAG 2: 0 black … 1 white)."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = rgb(colour)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(first: Colour, second: Colour) -> float:
    """The WCAG 2 contrast ratio of two colours, 1 (same) … 21 (black on white)."""
    a, b = luminance(first), luminance(second)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def mix(first: Colour, second: Colour, amount: float) -> str:
    """``first`` moved towards ``second`` by ``amount`` (0 = first, 1 = second)."""
    (r1, g1, b1), (r2, g2, b2) = rgb(first), rgb(second)
    return hex_of((round(r1 + (r2 - r1) * amount), round(g1 + (g2 - g1) * amount),
                   round(b1 + (b2 - b1) * amount)))


def over(colour: Colour, alpha: float, background: Colour) -> str:
    """``colour`` at opacity ``alpha`` painted over ``background``."""
    return mix(background, colour, alpha)


@lru_cache(maxsize=4096)  # painted for every header and card: pure
def text_on(background: Colour, dark: Colour = DARK_INK, light: Colour = LIGHT_INK) -> str:
    """The ink that reads best on ``background``: ``dark`` or ``light``, whichever has the
    higher contrast with it; black or white when neither reaches body-text contrast (a
    mid-tone background)."""
    best = dark if contrast(dark, background) >= contrast(light, background) else light
    if contrast(best, background) >= BODY_TEXT:
        return hex_of(best)
    return "#000000" if contrast("#000000", background) >= contrast("#FFFFFF", background) \
        else "#FFFFFF"


@lru_cache(maxsize=4096)  # painted for every header and card: pure
def legible(colour: Colour, background: Colour, ratio: float = BODY_TEXT) -> str:
    """``colour`` itself when it reads on ``background`` at ``ratio``, else the nearest
    shade of it that does: mixed towards black or white (whichever the background is
    further from) just far enough; black or white itself when nothing less will do."""
    if contrast(colour, background) >= ratio:
        return hex_of(colour)
    target = "#000000" if contrast("#000000", background) >= contrast("#FFFFFF", background) \
        else "#FFFFFF"
    low, high = 0.0, 1.0
    for _ in range(16):  # bisect the least mix that reaches the ratio
        middle = (low + high) / 2
        if contrast(mix(colour, target, middle), background) >= ratio:
            high = middle
        else:
            low = middle
    return mix(colour, target, high)
