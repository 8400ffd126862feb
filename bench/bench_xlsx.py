"""Benchmark: xlsx export of the L map vs bare openpyxl writing the same cell texts.

Bar (DESIGN.md): ``export_xlsx`` of the L map ≤ 2 × writing the same cell values with bare
openpyxl (one sheet, no styles, in normal — not write-only — mode), measured in the same run.
The baseline's cells are exactly the non-empty cells of the exported workbook (all sheets,
the hidden map data included), read back from the export. Median of ``--runs`` runs.

    python bench/bench_xlsx.py [--size L] [--runs 5]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import openpyxl  # noqa: E402
from mapgen import make_map  # noqa: E402

from cjm_desktop.files.xlsx_export import export_xlsx  # noqa: E402

BAR = 2.0


def exported_rows(path: Path) -> list[list[object]]:
    book = openpyxl.load_workbook(path, read_only=True)
    rows = []
    for ws in book.worksheets:
        for row in ws.iter_rows(values_only=True):
            values = [v for v in row if v is not None]
            if values:
                rows.append(values)
    book.close()
    return rows


def bare_write(rows: list[list[object]]) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    for row in rows:
        ws.append(row)
    book.save(io.BytesIO())


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="L", choices=["S", "M", "L"])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    journey = make_map(args.size)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "map.xlsx"
        export_xlsx(journey, target)  # warm-up, and the cells for the baseline
        rows = exported_rows(target)
        cells = sum(len(row) for row in rows)
        ours, bare = [], []
        for _ in range(args.runs):
            ours.append(timed(lambda: export_xlsx(journey, target)))
            bare.append(timed(lambda: bare_write(rows)))
    ours_s, bare_s = statistics.median(ours), statistics.median(bare)
    ratio = ours_s / bare_s
    verdict = "PASS" if ratio <= BAR else "FAIL"
    print(f"map {args.size}: {len(journey.stages)} stages, {len(journey.lanes)} lanes, "
          f"{len(journey.cards)} cards, {len(journey.personas)} personas; {cells} cells")
    print(f"{'what':<34}{'median s':>10}")
    print(f"{'export_xlsx (7 sheets)':<34}{ours_s:>10.3f}")
    print(f"{'bare openpyxl, same cell values':<34}{bare_s:>10.3f}")
    print(f"ratio {ratio:.2f}x  (bar <= {BAR:.0f}x)  {verdict}  [median of {args.runs}]")
    return 0 if ratio <= BAR else 1


if __name__ == "__main__":
    sys.exit(main())
