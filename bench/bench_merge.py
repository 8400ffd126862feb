"""Compare and merge benchmark: two copies of the L map with 500 changed cards each.

Bar (DESIGN.md "Quality bars"): diff and merge of two L maps, 500 changed cards each, ≤ 1 s.
OURS changes the text of 500 cards and moves 100 of them; THEIRS tags 500 others and adds
50 cards. Times are medians; the merge is timed up to the built map.

    python bench/bench_merge.py            # median of 5
    python bench/bench_merge.py --quick    # median of 1
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from mapgen import make_map  # noqa: E402

from cjm_desktop.model.diff import diff_maps  # noqa: E402
from cjm_desktop.model.entities import Card  # noqa: E402
from cjm_desktop.model.merge import merge_maps  # noqa: E402

BAR_S = 1.0


def _median(action, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    runs = 1 if args.quick else 5
    base, ours, theirs = make_map("L"), make_map("L"), make_map("L")
    ids = [card.id for card in base.ordered_cards()]
    cells = [cell for cell in base.cells() if base.cards_in(cell)]
    for n, card_id in enumerate(ids[:500]):
        ours.update_card(card_id, {"text": f"ours {n}"})
        if n < 100:
            ours.move_card(card_id, cells[(n * 7) % len(cells)], 0)
    for card_id in ids[1000:1500]:
        theirs.update_card(card_id, {"tags": ["theirs"]})
    for n in range(50):
        stage, step, lane = cells[n]
        theirs.add_card(Card(id=theirs.new_id("card"), stage=stage, step=step, lane=lane,
                             text=f"new {n}"))
    diff_s = _median(lambda: diff_maps(ours, theirs), runs)
    merge_s = _median(lambda: merge_maps(base, ours, theirs).journey(), runs)
    result = merge_maps(base, ours, theirs)
    print(f"{'what':<44}{'median':>10}{'bar':>8}")
    print(f"{'diff of two L maps (1,050 changed cards)':<44}{diff_s:>9.3f}s{BAR_S:>7.1f}s")
    print(f"{'merge of two L maps, 500 changed each':<44}{merge_s:>9.3f}s{BAR_S:>7.1f}s")
    print(f"conflicts: {len(result.conflicts)}; cards merged: {len(result.journey().cards)}")
    return 0 if max(diff_s, merge_s) <= BAR_S else 1


if __name__ == "__main__":
    sys.exit(main())
