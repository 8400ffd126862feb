"""Benchmark: Mermaid import is linear in the text (issue: a backtracking task pattern took
69 s for 80 KB). Parses lines of 5 MB, files of 20,000 and 40,000 tasks (the ratio shows
linear growth: about 2×), and one section of 2,000 and 4,000 tasks (every task is a step of
its stage; the model's check of a step against the steps of its stage grows with them).

    python bench/bench_mermaid.py [--runs 3]
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cjm_desktop.files.errors import MapFileError  # noqa: E402
from cjm_desktop.files.mermaid import import_mermaid  # noqa: E402

BAR_S = 1.0  # the 5 MB line, in seconds


def timed(text: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        # a malformed line is refused: the time to find out is what counts
        with contextlib.suppress(MapFileError):
            import_mermaid(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    size = 5 * 1024 * 1024
    cases = {
        "one 5 MB task line (text: score)": "journey\n section A\n" + "a " * (size // 2)
        + ": 3: Me\n",
        "one 5 MB line of spaces and colons": "journey\n section A\n" + " :" * (size // 2),
        "one 5 MB line without a colon (refused)": "journey\n section A\n" + "x" * size,
        "20,000 tasks (400 sections of 50)": "journey\n" + (
            " section A\n" + "  task: 4: Me, You\n" * 50) * 400,
        "40,000 tasks (800 sections of 50)": "journey\n" + (
            " section A\n" + "  task: 4: Me, You\n" * 50) * 800,
        "2,000 tasks in one section": "journey\n section A\n" + "  task: 4: Me\n" * 2000,
        "4,000 tasks in one section": "journey\n section A\n" + "  task: 4: Me\n" * 4000,
    }
    print(f"{'what':46} {'median s':>9}")
    results = {}
    for name, text in cases.items():
        results[name] = timed(text, runs)
        print(f"{name:46} {results[name]:9.3f}")
    worst = max(results[n] for n in list(cases)[:3])
    ratio = results["40,000 tasks (800 sections of 50)"] / results[
        "20,000 tasks (400 sections of 50)"]
    one = results["4,000 tasks in one section"] / results["2,000 tasks in one section"]
    print(f"5 MB line: {worst:.3f} s (bar <= {BAR_S} s) {'PASS' if worst <= BAR_S else 'FAIL'}; "
          f"twice the tasks take {ratio:.2f}x (linear: about 2x); in one section "
          f"{one:.2f}x (the model checks a step against all steps of its stage)")
    return 0 if worst <= BAR_S else 1


if __name__ == "__main__":
    sys.exit(main())
