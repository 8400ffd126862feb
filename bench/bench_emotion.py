"""Emotion benchmark: change a score → the canvas emotion lane and the emotion curve repainted.

Bar (DESIGN.md "Quality bars"): ≤ 16 ms on the M map. Each sample times
``Document.set_emotion`` (model, undo command, change events, both views updating) plus a
synchronous repaint of the canvas viewport and the plot viewport, in the full main window.

    python bench/bench_emotion.py            # 30 changes on the M map
    python bench/bench_emotion.py --quick    # 10 changes
    python bench/bench_emotion.py --size L
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
from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from cjm_desktop.app import ensure_app  # noqa: E402

BAR_MS = 16.0


def build_window(size: str):
    from cjm_desktop.editing import Document
    from cjm_desktop.main_window import MainWindow, plot_feature

    window = MainWindow(Document(make_map(size)))
    window.resize(1600, 1000)
    window.show()
    plot = plot_feature.ensure_plot(window)
    app = QApplication.instance()
    for _ in range(20):
        app.processEvents()
    canvas = window.canvas
    lanes = getattr(canvas.scene(), "emotion_lanes", {})
    if lanes:  # bring the emotion lane into view, so the repaint includes it
        canvas.ensureVisible(next(iter(lanes.values())))
        app.processEvents()
    return window, plot


class _PaintWatch(QObject):
    """Notes which watched viewports received a paint event."""

    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        self.painted: set[int] = set()
        self.count = len(widgets)
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            self.painted.add(id(obj))
        return False

    def all_painted(self) -> bool:
        return len(self.painted) == self.count


def time_natural(window, plot, count: int) -> list[float]:
    """Per change: ms from set_emotion until the event loop has repainted both views (Qt
    repaints only what changed, as when someone drags a point)."""
    document = window.document
    journey = document.journey
    persona = journey.personas[1].id
    points = journey.points()
    watch = _PaintWatch(window.canvas.viewport(), plot.plot_widget.viewport())
    app = QApplication.instance()
    samples: list[float] = []
    for i in range(count):
        app.processEvents()
        stage_id, step_id = points[i % len(points)]
        current = journey.emotion(persona, stage_id, step_id)
        old = current.score if current is not None and current.score is not None else 0.0
        watch.painted.clear()
        t0 = time.perf_counter()
        document.set_emotion(persona, stage_id, step_id, {"score": -old if old else 1.5})
        deadline = t0 + 1.0
        while not watch.all_painted() and time.perf_counter() < deadline:
            app.processEvents()
        samples.append((time.perf_counter() - t0) * 1000)
        if not watch.all_painted():
            raise RuntimeError("a view was not repainted after the change")
    return samples


def time_changes(window, plot, count: int) -> tuple[list[float], list[float]]:
    """Per change: total ms (edit + forced full repaints of both viewports) and the ms of
    the edit alone."""
    document = window.document
    journey = document.journey
    persona = journey.personas[0].id
    points = journey.points()
    canvas_vp = window.canvas.viewport()
    plot_vp = plot.plot_widget.viewport()
    app = QApplication.instance()
    totals: list[float] = []
    edits: list[float] = []
    for i in range(count):
        stage_id, step_id = points[i % len(points)]
        current = journey.emotion(persona, stage_id, step_id)
        old = current.score if current is not None and current.score is not None else 0.0
        new = -old if old != 0 else 1.5
        t0 = time.perf_counter()
        document.set_emotion(persona, stage_id, step_id, {"score": new})
        t1 = time.perf_counter()
        canvas_vp.repaint()
        plot_vp.repaint()
        t2 = time.perf_counter()
        totals.append((t2 - t0) * 1000)
        edits.append((t1 - t0) * 1000)
        app.processEvents()
    return totals, edits


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="M", choices=["S", "M", "L"])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    ensure_app()
    window, plot = build_window(args.size)
    journey = window.document.journey
    count = 10 if args.quick else 30
    time_changes(window, plot, 3)  # warm up caches (fonts, paths)
    totals, edits = time_changes(window, plot, count)
    time_natural(window, plot, 3)
    natural = time_natural(window, plot, count)
    median = statistics.median(natural)
    verdict = "ok" if median <= BAR_MS else "MISSED"
    print(f"{args.size} map: {len(journey.stages)} stages, {len(journey.points())} points, "
          f"{len(journey.cards)} cards, {len(journey.personas)} personas; {count} changes")
    print(f"| {'what':<52} | {'median':>9} | bar |")
    print(f"| {'-' * 52} | {'-' * 9} | --- |")
    print(f"| {'set_emotion (model, undo, both views updated)':<52} | "
          f"{statistics.median(edits):6.2f} ms |  |")
    print(f"| {'score change → canvas and plot repainted (event loop)':<52} | "
          f"{median:6.2f} ms | ≤ {BAR_MS:g} ms {verdict} |")
    print(f"| {'  worst of the run':<52} | {max(natural):6.2f} ms |  |")
    print(f"| {'score change + forced full repaint of both views':<52} | "
          f"{statistics.median(totals):6.2f} ms |  |")
    window.document.undo_stack.setClean()
    window.close()
    return 0 if median <= BAR_MS else 1


if __name__ == "__main__":
    sys.exit(main())
