"""Benchmark: PDF of the M map from the command line vs LibreOffice on an equal workbook.

Bar (DESIGN.md): ``cjm-desktop convert M.cjm.json M.pdf`` (a fresh process: Python, Qt,
the font, the map, the drawing and the file) is faster than
``soffice --headless --convert-to pdf`` of the same map exported as a workbook, measured in
the same run. Both are whole processes timed from start to exit; LibreOffice gets its own
throwaway profile, warmed by one untimed run so its first-start set-up is not counted.
Median of ``--runs`` runs.

    python bench/bench_pdf.py [--size M] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mapgen import make_map  # noqa: E402

from cjm_desktop.files import save_map  # noqa: E402
from cjm_desktop.files.formats import write_any  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def timed_run(command: list[str], cwd: Path) -> float:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                            timeout=600)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{result.stderr.strip()}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="M", choices=["S", "M", "L"])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    soffice = shutil.which("soffice")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        journey = make_map(args.size)
        source = folder / f"{args.size}.cjm.json"
        workbook = folder / f"{args.size}.xlsx"
        save_map(journey, source)
        write_any(journey, workbook)
        ours_cmd = [sys.executable, "-m", "cjm_desktop", "convert", source.name,
                    f"{args.size}.pdf"]
        ours = [timed_run(ours_cmd, folder) for _ in range(args.runs)]
        ours_pdf = folder / f"{args.size}.pdf"
        print(f"{args.size} map: {len(journey.stages)} stages, {len(journey.cards)} cards, "
              f"{len(journey.personas)} personas; workbook {workbook.stat().st_size // 1024} KB")
        print(f"{'what':<52} {'median':>9}  bar")
        print(f"{'cjm-desktop convert → PDF (' + str(ours_pdf.stat().st_size // 1024) + ' KB)':<52}"
              f" {statistics.median(ours):8.2f}s")
        if soffice is None:
            print("LibreOffice (soffice) is not installed: no baseline, bar not measured")
            return 0
        profile = f"-env:UserInstallation=file://{folder / 'lo-profile'}"
        out = folder / "lo"
        lo_cmd = [soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", str(out),
                  workbook.name]
        timed_run(lo_cmd, folder)  # warm-up: creates the profile
        theirs = [timed_run(lo_cmd, folder) for _ in range(args.runs)]
        lo_pdf = out / f"{args.size}.pdf"
        size_kb = lo_pdf.stat().st_size // 1024 if lo_pdf.exists() else 0
        ratio = statistics.median(ours) / statistics.median(theirs)
        verdict = "ok" if ratio < 1 else "MISSED"
        print(f"{'soffice --convert-to pdf, same map as xlsx (' + str(size_kb) + ' KB)':<52}"
              f" {statistics.median(theirs):8.2f}s")
        print(f"{'ratio ours / LibreOffice':<52} {ratio:8.2f}×  < 1 × {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
