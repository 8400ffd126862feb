"""Canvas benchmarks: open the L map (parse + build the scene) and drag a card on it.

Prints medians / p99 beside the bars of DESIGN.md ("Quality bars"):
- open the L map (parse + build the scene) ≤ 1.0 s, M ≤ 0.2 s;
- drag a card on the L map: per mouse-move event (handling + repaint) median ≤ 4 ms,
  p99 ≤ 16 ms.

    python bench/bench_canvas.py            # 5 opens, 300 mouse moves
    python bench/bench_canvas.py --quick
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
from PySide6.QtCore import QPointF, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from cjm_desktop.app import ensure_app  # noqa: E402
from cjm_desktop.files import cjm_json  # noqa: E402


def open_map(text: str) -> tuple[float, float, object]:
    """Seconds to parse the file text and to build the canvas (scene laid out)."""
    from cjm_desktop.canvas.view import CanvasView
    from cjm_desktop.editing import Document

    t0 = time.perf_counter()
    journey = cjm_json.loads(text)
    t1 = time.perf_counter()
    view = CanvasView(Document(journey))
    view.journey_scene.flush()
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1, view


def drag_moves(view, moves: int) -> list[float]:
    """Per mouse-move milliseconds while dragging one card across the visible cells."""
    app = QApplication.instance()
    view.resize(1600, 1000)
    view.show()
    for _ in range(5):
        app.processEvents()
    scene = view.journey_scene
    journey = view.document.journey
    row = next(r for r in range(len(scene.layout.lane_ids)) if scene.is_card_row(r)
               and journey.cell_ids(scene.cell_key(0, r)))
    card_id = journey.cell_ids(scene.cell_key(0, row))[0]
    vp = view.viewport()
    start = view.mapFromScene(scene.card_rect(card_id).center())
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    app.processEvents()
    times: list[float] = []
    width, height = vp.width() - 40, vp.height() - 40
    for i in range(moves):
        # a zig-zag over the visible grid: crosses cells, lanes and insert positions
        t = i / moves
        x = 200 + (width - 200) * abs((t * 3) % 2 - 1)
        y = 120 + (height - 120) * abs((t * 5) % 2 - 1)
        t0 = time.perf_counter()
        QTest.mouseMove(vp, QPointF(x, y).toPoint())
        app.processEvents()  # includes the repaint of the viewport
        times.append((time.perf_counter() - t0) * 1000)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       QPointF(x, y).toPoint())
    app.processEvents()
    return times


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    runs, moves = (2, 120) if args.quick else (5, 300)
    ensure_app()
    rows: list[tuple[str, str, str, bool | None]] = []
    for size, bar in (("M", 0.2), ("L", 1.0)):
        text = cjm_json.dumps(make_map(size))
        results = [open_map(text) for _ in range(runs)]
        parse = statistics.median(r[0] for r in results)
        build = statistics.median(r[1] for r in results)
        total = statistics.median(r[0] + r[1] for r in results)
        rows.append((f"open {size} map: parse", f"{parse * 1000:.0f} ms", "", None))
        rows.append((f"open {size} map: build scene", f"{build * 1000:.0f} ms", "", None))
        rows.append((f"open {size} map: total", f"{total * 1000:.0f} ms",
                     f"≤ {bar * 1000:.0f} ms", total <= bar))
        if size == "L":
            view = results[-1][2]
    times = drag_moves(view, moves)
    median, p99 = statistics.median(times), percentile(times, 0.99)
    rows.append((f"drag a card on L ({moves} moves): median", f"{median:.2f} ms", "≤ 4 ms",
                 median <= 4))
    rows.append(("drag a card on L: p99", f"{p99:.2f} ms", "≤ 16 ms", p99 <= 16))
    print("| what | measured | bar | |")
    print("|---|---|---|---|")
    for what, value, bar_text, ok in rows:
        verdict = "" if ok is None else ("ok" if ok else "MISSED")
        print(f"| {what} | {value} | {bar_text} | {verdict} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
