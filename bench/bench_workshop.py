"""Workshop benchmarks: enter the presentation on the L map, and step one stage there.

Prints medians beside the bars of DESIGN.md ("Quality bars"): entering the presentation on
the L map ≤ 0.5 s (part built, window shown at 1920 × 1080 and painted once); a stage step
(the clicker's Right key, relayout and repaint) median ≤ 50 ms.

    python bench/bench_workshop.py            # 5 entries, 80 steps
    python bench/bench_workshop.py --quick
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from mapgen import make_map  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from cjm_desktop.app import ensure_app  # noqa: E402
from cjm_desktop.editing import Document  # noqa: E402


def enter(document: Document, host: QWidget) -> tuple[float, object]:
    """Seconds from asking for the presentation to its first complete paint."""
    from cjm_desktop.workshop.part import Workshop

    t0 = time.perf_counter()
    part = Workshop(document, host, current_cell=lambda: None, dark=lambda: False)
    presentation = part.present()
    presentation.showNormal()
    presentation.setGeometry(0, 0, 1920, 1080)
    presentation.repaint()
    QApplication.processEvents()
    return time.perf_counter() - t0, part


def step_times(presentation: QWidget, steps: int) -> list[float]:
    times = []
    for index in range(steps):
        key = Qt.Key.Key_Right if (index // 20) % 2 == 0 else Qt.Key.Key_Left
        t0 = time.perf_counter()
        QTest.keyClick(presentation, key)
        presentation.repaint()
        times.append(time.perf_counter() - t0)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    app = ensure_app(sys.argv[:1])
    document = Document(make_map("L"))
    host = QWidget()
    journey = document.journey
    print(f"L map: {len(journey.stages)} stages, {len(journey.lanes)} lanes, "
          f"{len(journey.cards)} cards")
    entries = []
    part = None
    for _ in range(2 if args.quick else 5):
        seconds, part = enter(document, host)
        entries.append(seconds)
        part.leave()
        QApplication.processEvents()
    _seconds, part = enter(document, host)
    steps = step_times(part.presentation, 30 if args.quick else 80)
    part.leave()
    enter_median = statistics.median(entries)
    step_median = statistics.median(steps)
    rows = [
        ("enter the presentation on L", f"{enter_median * 1000:.0f} ms", "≤ 500 ms",
         enter_median <= 0.5),
        ("stage step on L: median", f"{step_median * 1000:.1f} ms", "≤ 50 ms",
         step_median <= 0.05),
        ("stage step on L: worst", f"{max(steps) * 1000:.1f} ms", "", True),
    ]
    print("| what | measured | bar | |")
    print("|---|---|---|---|")
    for what, measured, bar, ok in rows:
        print(f"| {what} | {measured} | {bar} | {'ok' if ok else 'OVER'} |")
    app.processEvents()


if __name__ == "__main__":
    main()
