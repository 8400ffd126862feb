"""Window benchmark: what one main window costs, warm, from creation to deletion.

Every GUI test builds a main window, and a person's own start pays the same after the
first paint (the emotion plot is built then), so this is where the default suite's time
goes (bench/README.md). Each cycle, in one process after a few warm-up cycles:

- create: ``create_main_window()`` on the Korean sample;
- show: ``show()`` and the events up to the first paint;
- plot: building the emotion plot (``plot_feature.ensure_plot``) and its repaint;
- close: ``close()``, ``deleteLater()`` and the deletion.

A bare ``QMainWindow`` shown and deleted the same way is the baseline of the same run.

    python bench/bench_window.py            # 15 cycles
    python bench/bench_window.py --quick    # 6 cycles
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

from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget  # noqa: E402

from cjm_desktop.app import create_main_window, ensure_app  # noqa: E402
from cjm_desktop.files.templates import sample_path  # noqa: E402
from cjm_desktop.main_window import plot_feature  # noqa: E402

PHASES = ("create", "show", "plot", "close")


def _delete(window: QWidget) -> None:
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def editor_cycle() -> dict[str, float]:
    marks = [time.perf_counter()]
    window = create_main_window(sample_path("ko"))
    marks.append(time.perf_counter())
    window.show()
    QApplication.processEvents()
    marks.append(time.perf_counter())
    plot_feature.ensure_plot(window)
    QApplication.processEvents()
    marks.append(time.perf_counter())
    window.document.undo_stack.setClean()  # no unsaved-changes prompt
    _delete(window)
    marks.append(time.perf_counter())
    return {phase: marks[i + 1] - marks[i] for i, phase in enumerate(PHASES)}


def bare_cycle() -> float:
    start = time.perf_counter()
    window = QMainWindow()
    window.show()
    QApplication.processEvents()
    _delete(window)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    cycles = 6 if args.quick else 15
    ensure_app()
    for _ in range(3):  # warm: imports, fonts, caches
        editor_cycle()
        bare_cycle()
    editor: list[dict[str, float]] = []
    bare: list[float] = []
    for _ in range(cycles):  # alternated, so a change in the machine's load hits both
        editor.append(editor_cycle())
        bare.append(bare_cycle())
    print(f"| step | median of {cycles} |")
    print("|---|---|")
    for phase in PHASES:
        print(f"| {phase} | {statistics.median(c[phase] for c in editor) * 1000:.1f} ms |")
    total = statistics.median(sum(c.values()) for c in editor)
    bare_median = statistics.median(bare)
    print(f"| whole cycle | {total * 1000:.1f} ms |")
    print(f"| bare QMainWindow cycle | {bare_median * 1000:.1f} ms |")
    print(f"| ratio | {total / bare_median:.0f} × |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
