"""One spelling for every colour a map stores: uppercase ``#RRGGBB``.

The Document passes every colour it is given (stage, persona, card) through
:func:`normal_color`, whichever menu, dialog or form it came from, so a map never holds
``#4c78a8`` beside ``#4C78A8`` and comparing two colours is comparing two strings.
"""

from __future__ import annotations

import re

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
