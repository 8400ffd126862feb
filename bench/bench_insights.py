"""Insights benchmark: computing the insights of the L map, and edits with the dock hidden.

Bars (DESIGN.md "Quality bars"): the insights of the L map in ≤ 100 ms; not recomputed while
their dock is hidden.

    python bench/bench_insights.py            # L map, median of 9
    python bench/bench_insights.py --quick    # median of 3
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from mapgen import make_map  # noqa: E402

from cjm_desktop.model.insights import compute  # noqa: E402

BAR_MS = 100.0


def _median_ms(action, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="L", choices=("S", "M", "L"))
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    runs = 3 if args.quick else 9
    journey = make_map(args.size)
    kinds: dict[str, int] = {}
    for card in journey.cards.values():
        kinds[card.kind] = kinds.get(card.kind, 0) + 1
    compute_ms = _median_ms(lambda: compute(journey), runs)

    from PySide6.QtWidgets import QApplication

    from cjm_desktop.app import ensure_app
    from cjm_desktop.editing import Document
    from cjm_desktop.main_window import MainWindow

    ensure_app()
    app = QApplication.instance()
    window = MainWindow(Document(journey))
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    dock = window.insights_dock
    dock.show()
    dock.raise_()
    app.processEvents()
    refresh_ms = _median_ms(dock.refresh, runs)
    window.inspector_dock.raise_()  # tabbed together: the insights dock is hidden now
    app.processEvents()
    before = dock.computations
    note = next(c for c in journey.ordered_cards() if c.kind == "note")
    edits = 20
    start = time.perf_counter()
    for index in range(edits):
        window.document.update_card(note.id, {"text": f"edit {index}"})
        app.processEvents()
    edit_ms = (time.perf_counter() - start) * 1000 / edits
    recomputed = dock.computations - before
    window.document.undo_stack.setClean()

    print(f"{args.size} map: {len(journey.stages)} stages, {len(journey.cards)} cards "
          f"({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))}), "
          f"{len(journey.personas)} personas")
    print("| what | measured | bar | |")
    print("|---|---|---|---|")
    ok = "ok" if compute_ms <= BAR_MS else "MISSED"
    print(f"| compute the insights (model) | {compute_ms:.1f} ms | ≤ {BAR_MS:.0f} ms | {ok} |")
    print(f"| refresh the shown dock (compute + fill every view) | {refresh_ms:.1f} ms | | |")
    print(f"| edit with the dock hidden, per edit | {edit_ms:.1f} ms | | |")
    print(f"| recomputations during {edits} edits with the dock hidden | {recomputed} | 0 | "
          f"{'ok' if recomputed == 0 else 'MISSED'} |")
    window.close()
    return 0 if ok == "ok" and recomputed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
