"""How many examples the long fuzz and kill variants (``pytest -m slow``) run.

By default the full counts that DESIGN.md's reliability bars name (10,000 generated maps,
…). ``CJM_SLOW_FRACTION`` (a number above 0, at most 1) scales them down: `.ci/run`
sets it so that the whole CI run stays within its time budget on a 2-core machine; run
``pytest -m slow`` without it for the bars' counts.
"""

from __future__ import annotations

import os

FLOOR = 10  # a scaled-down run still tries a handful of cases


def slow_count(full: int) -> int:
    """``full`` scaled by ``CJM_SLOW_FRACTION`` (default 1: the full count)."""
    try:
        fraction = float(os.environ.get("CJM_SLOW_FRACTION", "1"))
    except ValueError:
        fraction = 1.0
    fraction = min(max(fraction, 0.0), 1.0) or 1.0
    return min(full, max(FLOOR, round(full * fraction)))
