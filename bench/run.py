"""Benchmark runner: open and save times of the S / M / L maps, and start to first paint.

Run from the repository root with the project installed:

    python bench/run.py            # all
    python bench/run.py --quick    # fewer repetitions

Prints a table of medians beside the bars of DESIGN.md "Quality bars". Start-up is measured
as a ratio to a bare PySide6 QMainWindow started the same way in the same run, so a slow or
busy machine moves both sides alike.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mapgen import make_map  # noqa: E402

import cjm_desktop  # noqa: E402
from cjm_desktop.files import load_map, save_map  # noqa: E402

# A child process that prints the wall-clock moment of its first painted window and exits.
_FIRST_PAINT = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
mode, path = sys.argv[1], sys.argv[2]
if mode == "bare":
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
else:
    from cjm_desktop.app import create_main_window, ensure_app
    app = ensure_app(sys.argv[:1])
    window = create_main_window(path)
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"{time.time():.6f}", flush=True)
            app.exit(0)
        return False
watch = Watch()
window.installEventFilter(watch)
window.resize(1280, 800)
window.show()
QTimer.singleShot(20000, lambda: app.exit(1))
app.exec()
"""


# A child process that opens a map in the full window and reports its peak memory (MB).
_PEAK_MEMORY = r"""
import resource, sys
from cjm_desktop.app import create_main_window, ensure_app
app = ensure_app(sys.argv[:1])
window = create_main_window(sys.argv[1])
window.resize(1280, 800)
window.show()
for _ in range(50):
    app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def peak_memory_mb(path: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    out = subprocess.run([sys.executable, "-c", _PEAK_MEMORY, str(path)], capture_output=True,
                         text=True, env=env, timeout=120, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def undo_redo_seconds(edits: int = 1000) -> tuple[float, bool]:
    """Make ``edits`` separate card edits on the M map, then time undo-all + redo-all;
    also say whether the map equals the original after undo and the final one after redo."""
    import copy

    from PySide6.QtCore import QCoreApplication

    from cjm_desktop.editing import Document

    QCoreApplication.instance() or QCoreApplication([])
    document = Document(make_map("M"))
    original = copy.deepcopy(document.journey.snapshot())
    card_ids = sorted(document.journey.cards)
    for index in range(edits):
        document.update_card(card_ids[index % len(card_ids)], {"text": f"edit {index}"})
    final = copy.deepcopy(document.journey.snapshot())
    start = time.perf_counter()
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    exact = document.journey.snapshot() == original
    while document.undo_stack.canRedo():
        document.undo_stack.redo()
    elapsed = time.perf_counter() - start
    return elapsed, exact and document.journey.snapshot() == final


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000.0


def time_call(fn, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def first_paint(mode: str, path: Path, repeat: int) -> list[float]:
    """Wall time from starting the process to the window's first paint, in seconds.

    The child prints the wall clock when it paints; the time it then takes to exit (tearing
    the window down) is not start-up, and an earlier version of this script counted it."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    samples = []
    for _ in range(repeat):
        start = time.time()
        out = subprocess.run([sys.executable, "-c", _FIRST_PAINT, mode, str(path)],
                             capture_output=True, text=True, env=env, timeout=60)
        if out.returncode != 0:
            raise RuntimeError(f"{mode} start failed: {out.stderr[-500:]}")
        samples.append(float(out.stdout.split()[-1]) - start)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    repeat = 3 if args.quick else 7
    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        paths = {}
        for size in ("S", "M", "L"):
            journey = make_map(size)
            path = Path(folder) / f"{size}.cjm.json"
            save_map(journey, path)
            paths[size] = path
            save = _median_ms(time_call(lambda j=journey, p=path: save_map(j, p), repeat))
            load = _median_ms(time_call(lambda p=path: load_map(p), repeat))
            size_kb = path.stat().st_size / 1024
            rows.append((f"save {size} map ({len(journey.cards)} cards, {size_kb:.0f} KB)",
                         f"{save:.1f} ms", "≤ 300 ms" if size == "L" else "", _verdict(
                             save <= 300) if size == "L" else ""))
            bar = {"L": 1000.0, "M": 200.0}.get(size)
            rows.append((f"parse {size} map", f"{load:.1f} ms",
                         f"≤ {bar:.0f} ms (with scene)" if bar else "",
                         _verdict(load <= bar) if bar else ""))
        memory = peak_memory_mb(paths["L"])
        rows.append(("peak memory, editor with the L map open", f"{memory:.0f} MB", "≤ 300 MB",
                     _verdict(memory <= 300)))
        undo_redo, exact = undo_redo_seconds()
        rows.append(("undo then redo of 1,000 edits (M map)", f"{undo_redo * 1000:.0f} ms",
                     "≤ 1000 ms, exact", _verdict(undo_redo <= 1.0 and exact)))
        # An installed editor starts from compiled modules (pip compiles them); a source
        # checkout under PYTHONDONTWRITEBYTECODE would compile every module at every start.
        compileall.compile_dir(Path(cjm_desktop.__file__).parent, quiet=1)
        bare: list[float] = []
        ours: list[float] = []
        for _ in range(repeat):  # alternated, so a change in the machine's load hits both
            bare += first_paint("bare", paths["S"], 1)
            ours += first_paint("app", paths["S"], 1)
        ratio = statistics.median(ours) / statistics.median(bare)
        rows.append(("start to first paint, bare QMainWindow", f"{_median_ms(bare):.0f} ms",
                     "", ""))
        rows.append(("start to first paint, editor on S map", f"{_median_ms(ours):.0f} ms",
                     "", ""))
        rows.append(("  ratio editor / bare", f"{ratio:.2f} ×", "≤ 3 ×", _verdict(ratio <= 3)))
    width = max(len(r[0]) for r in rows)
    print(f"{'what':<{width}}  {'median':>12}  {'bar':<22} verdict")
    for what, value, bar, verdict in rows:
        print(f"{what:<{width}}  {value:>12}  {bar:<22} {verdict}")
    return 0


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


if __name__ == "__main__":
    sys.exit(main())
