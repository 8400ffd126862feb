"""CPython's garbage collector while the editor starts.

Starting builds tens of thousands of objects that live as long as the process (the Qt
enums PySide6 turns into Python enums, our classes and dataclasses, the window's wrappers).
With the default generation-0 threshold (700 allocations) the collector walks them over
and over and finds almost nothing to free: about 6 % of the time to the first paint. So
importing the package raises that threshold, and the first window puts the default back
once it has painted (``MainWindow.firstPainted``). Only the thresholds change; every cycle
is still collected, a little later.
"""

from __future__ import annotations

import gc

DEFAULT_THRESHOLD = gc.get_threshold()  # the process's own, before the package changed it
START_GEN0 = 50_000


def relax_for_start() -> None:
    """Collect generation 0 every START_GEN0 allocations instead of the default."""
    if gc.get_threshold() == DEFAULT_THRESHOLD:
        gc.set_threshold(START_GEN0, *DEFAULT_THRESHOLD[1:])


def restore_after_start() -> None:
    """The default thresholds again (unless something else changed them meanwhile)."""
    if gc.get_threshold()[0] == START_GEN0:
        gc.set_threshold(*DEFAULT_THRESHOLD)
