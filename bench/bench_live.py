"""Live co-editing bench (loopback only, bounded): three instances on one live server, each
making 5 edits per second on the M map, one of them dragging a card meanwhile.

Prints, beside the bars of issue 20 (item 7):
- visibility latency: from an edit made in one instance to that edit being in the model of
  each of the other two (every edit carries a marker: a card text with a unique tag, or a
  card's new cell), median and p99 over all (edit, receiver) pairs (bar: p99 ≤ 500 ms);
- per mouse move of the dragging instance while the remote edits arrive (handling and
  repaint, ``processEvents``), median and p99 (bar: p99 ≤ 16 ms);
- whether the three maps converged (same cards, texts and places) and no card was lost.

The server (``live/server.py``'s LiveServer) runs in this process; each instance is a child
process (its own interpreter, like another laptop) with an offscreen QApplication, a
Document on the M map and a canvas, joined through ``live/sync.py``'s LiveSync the way the
window's live session does it: a local change hands the map's records to the network
thread, remote differences reach the Document through a queued signal
(``Document.apply_remote``). The edits (text changes, new cards, moves between cells) go to
cards each instance owns, so a marker is never overwritten by someone else. The dragging
instance makes its edits between two mouse moves, outside the timed part. All processes read
the same system-wide monotonic clock.

    python bench/bench_live.py                # 30 s of edits
    python bench/bench_live.py --seconds 5    # a quick run
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

INSTANCES = 3
RATE = 5.0  # edits per second per instance
DRAGGER = 1  # the instance that drags a card (a joiner)
QUIET = 3.0  # after its last edit an instance listens until nothing came in for this long
DRAIN = 90.0  # or at most this long
TAG = "⟦bench "


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else 0.0


# ----- one instance (child process) ---------------------------------------------------------
def instance(index: int, url: str, seconds: float) -> None:
    """Join ``url`` (instance 0 hosts the M map), say "ready", wait for the start time on
    stdin, edit for ``seconds``, listen for DRAIN more, then print the result as JSON."""
    assert url.startswith("ws://127.0.0.1:")
    from mapgen import make_map
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtTest import QTest

    from cjm_desktop.app import ensure_app
    from cjm_desktop.canvas.view import CanvasView
    from cjm_desktop.editing import Document
    from cjm_desktop.live.session import LiveSession
    from cjm_desktop.model.map_records import map_of

    app = ensure_app()

    observed: list[tuple[float, str, str, list[Any]]] = []  # (t, card id, text, cell)
    doc = Document(make_map("M") if index == 0 else None)
    applying = doc.apply_remote

    def apply(differences: list[Any]) -> None:  # what the session hands the Document
        applying(differences)
        now = time.monotonic()
        cards = doc.journey.cards
        for difference in differences:
            if difference.kind == "card" and difference.key in cards:
                card = cards[difference.key]
                observed.append((now, card.id, card.text, [card.stage, card.step, card.lane]))

    doc.apply_remote = apply  # type: ignore[method-assign]  # the bench's observer
    session = LiveSession(doc, url, name=f"bench {index}", color="#3366cc", join=index != 0)
    session.start()
    deadline = time.monotonic() + 60.0
    while (session.waiting_for_map or not session.acknowledged()) \
            and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    if session.waiting_for_map:
        raise SystemExit(f"instance {index}: the shared map did not arrive")
    journey = doc.journey
    view = CanvasView(doc)
    view.resize(1600, 1000)
    view.show()
    for _ in range(5):
        app.processEvents()
    print("ready", flush=True)
    start = float(sys.stdin.readline())

    # the edits: on cards this instance owns, spread evenly, the instances interleaved
    rng = random.Random(index)
    scene = view.journey_scene
    cells = sorted({(c.stage, c.step, c.lane) for c in journey.cards.values()},
                   key=str)
    drag_card = ""
    if index == DRAGGER:
        row = next(r for r in range(len(scene.layout.lane_ids)) if scene.is_card_row(r)
                   and journey.cell_ids(scene.cell_key(0, r)))
        drag_card = journey.cell_ids(scene.cell_key(0, row))[0]
    ordered = sorted(journey.cards)
    own = [cid for n, cid in enumerate(ordered) if n % INSTANCES == index and cid != drag_card]
    visited: dict[str, set[tuple]] = {}
    sent: list[dict[str, Any]] = []

    def edit(number: int) -> None:
        j = doc.journey
        mine = [cid for cid in own if cid in j.cards]
        marker = f"{TAG}{index}-{number}⟧"
        what = rng.choices(("text", "add", "move"), (4, 3, 3))[0]
        at = time.monotonic()
        if what == "text":
            card_id = rng.choice(mine)
            text = j.card(card_id).text.split(TAG)[0] + marker
            doc.update_card(card_id, {"text": text})
            sent.append({"t": at, "what": what, "card": card_id, "text": text})
        elif what == "add":
            cell = rng.choice(cells)
            card_id = doc.add_card(cell, text="bench card " + marker)
            own.append(card_id)
            sent.append({"t": at, "what": what, "card": card_id,
                         "text": j.card(card_id).text})
        else:
            card_id = rng.choice(mine)
            card = j.card(card_id)
            seen = visited.setdefault(card_id, {(card.stage, card.step, card.lane)})
            cell = rng.choice([c for c in cells if c not in seen])
            seen.add(cell)
            doc.move_cards([card_id], cell, 0)
            sent.append({"t": at, "what": what, "card": card_id, "cell": list(cell)})

    offset = index / (RATE * INSTANCES)
    due = [start + offset + n / RATE for n in range(int(seconds * RATE))]
    made = 0

    def edit_if_due() -> None:
        nonlocal made
        # one edit at a time, so the event loop runs between two edits even when the
        # instance falls behind (the edits not made by the end are counted as not made)
        if made < len(due) and time.monotonic() >= due[made]:
            edit(made)
            made += 1
            if index == DRAGGER:
                app.processEvents()  # its table goes to the network now, not in a timed move

    moves: list[float] = []
    end = start + seconds
    vp = view.viewport()
    step = 0
    while time.monotonic() < start:
        app.processEvents()
        time.sleep(0.002)
    cpu_start = time.process_time()
    while time.monotonic() < end:
        if index != DRAGGER:
            edit_if_due()
            app.processEvents()
            time.sleep(0.002)
            continue
        # about 1.2 s with the button held (200 moves at ~120 Hz), then 0.6 s up
        press = view.mapFromScene(scene.card_rect(drag_card).center())
        QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, press)
        app.processEvents()
        width, height = vp.width() - 40, vp.height() - 40
        x = y = 0.0
        for _ in range(200):
            edit_if_due()  # this instance's own edits: not part of a mouse move's time
            t = (step % 1000) / 1000
            step += 1
            x = 200 + (width - 200) * abs((t * 3) % 2 - 1)
            y = 120 + (height - 120) * abs((t * 5) % 2 - 1)
            t0 = time.perf_counter()
            QTest.mouseMove(vp, QPointF(x, y).toPoint())
            app.processEvents()  # the move, its repaint, and the remote edits that arrived
            moves.append((time.perf_counter() - t0) * 1000)
            time.sleep(0.004)
        QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                           QPointF(x, y).toPoint())
        app.processEvents()
        pause = time.monotonic() + 0.6
        while time.monotonic() < pause:
            edit_if_due()
            app.processEvents()
            time.sleep(0.004)
    listen = time.monotonic() + DRAIN
    while time.monotonic() < listen and time.monotonic() - max(
            (t for t, *_ in observed[-1:]), default=0.0) < QUIET:
        app.processEvents()
        time.sleep(0.005)
    final = doc.journey
    cards = {cid: [c.text, c.stage, c.step, c.lane, final.cell_ids((c.stage, c.step, c.lane))
                   .index(cid)] for cid, c in final.cards.items()}
    digest = hashlib.sha256(json.dumps(cards, sort_keys=True).encode()).hexdigest()
    cpu = time.process_time() - cpu_start
    shared = map_of(session.sync.records())  # the shared map as this instance's Doc holds it
    shared_cards = {cid: [c.text, c.stage, c.step, c.lane, shared.cell_ids(
        (c.stage, c.step, c.lane)).index(cid)] for cid, c in shared.cards.items()}
    shared_digest = hashlib.sha256(json.dumps(shared_cards, sort_keys=True).encode()).hexdigest()
    session.stop()
    print(json.dumps({"index": index, "sent": sent, "observed": observed, "moves": moves,
                      "cards": len(cards), "digest": digest, "map": cards,
                      "shared_digest": shared_digest, "shared_map": shared_cards,
                      "cpu": cpu / (time.monotonic() - start)}))


# ----- the parent: server, instances, figures -----------------------------------------------
def latencies(results: list[dict[str, Any]]) -> tuple[list[float], int]:
    """Milliseconds from each edit to its arrival in each other instance; and how many
    (edit, receiver) pairs never saw it. An edit counts as arrived when the receiver shows
    it or a later edit of the same card by the same sender (two edits of one card in one
    batch only show the second)."""
    found: list[float] = []
    missing = 0

    def shows(edit: dict[str, Any], text: str, cell: list[Any]) -> bool:
        return text == edit["text"] if "text" in edit else cell == edit["cell"]

    for sender in results:
        for number, edit in enumerate(sender["sent"]):
            later = [e for e in sender["sent"][number:] if e["card"] == edit["card"]]
            for receiver in results:
                if receiver is sender:
                    continue
                arrival = next(
                    (t for t, card_id, text, cell in receiver["observed"]
                     if card_id == edit["card"] and t >= edit["t"]
                     and any(shows(e, text, cell) for e in later)),
                    None)
                if arrival is None:
                    missing += 1
                else:
                    found.append((arrival - edit["t"]) * 1000)
    return found, missing


def run_once(seconds: float) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    from cjm_desktop.live.server import LiveServer

    server = LiveServer("127.0.0.1")
    url = server.start()
    children: list[subprocess.Popen[str]] = []
    try:
        for index in range(INSTANCES):  # the host first: the others join its map
            child = subprocess.Popen(
                [sys.executable, __file__, "--instance", str(index), "--url", url,
                 "--seconds", str(seconds)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                text=True)
            children.append(child)
            assert child.stdout is not None
            line = child.stdout.readline().strip()
            if line != "ready":
                raise SystemExit(f"instance {index} did not start ({line!r})")
        start = time.monotonic() + 1.0
        for child in children:
            assert child.stdin is not None
            child.stdin.write(f"{start}\n")
            child.stdin.flush()
        results = []
        for child in children:
            out, _ = child.communicate(timeout=seconds + DRAIN + 120)
            results.append(json.loads(out.strip().splitlines()[-1]))
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
        server.stop()
    found, missing = latencies(results)
    sent = sum(len(r["sent"]) for r in results)
    added = sum(1 for r in results for e in r["sent"] if e["what"] == "add")
    dragger = results[DRAGGER]["moves"]
    return {
        "edits": sent, "pairs": len(found), "missing": missing,
        "p50": percentile(found, 0.5), "p99": percentile(found, 0.99),
        "worst": max(found, default=0.0),
        "moves": len(dragger), "move_p50": percentile(dragger, 0.5),
        "move_p99": percentile(dragger, 0.99),
        "converged": len({r["digest"] for r in results}) == 1,
        "docs_converged": len({r["shared_digest"] for r in results}) == 1,
        "window_is_doc": [r["digest"] == r["shared_digest"] for r in results],
        "cards": [r["cards"] for r in results], "expected_cards": 600 + added,
        "cpu": [round(r["cpu"], 2) for r in results],
    }, results


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=30.0,
                        help="seconds of edits per run (30; fewer for a quick run)")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--raw", help="write the last run's per-instance results (JSON) here")
    parser.add_argument("--instance", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.instance is not None:
        profile = os.environ.get("BENCH_LIVE_PROFILE")  # a folder: one profile per instance
        if profile:
            import cProfile

            cProfile.runctx("instance(options.instance, options.url, options.seconds)",
                            globals(), locals(), f"{profile}/instance{options.instance}.prof")
        else:
            instance(options.instance, options.url, options.seconds)
        return 0
    runs = []
    for _ in range(options.runs):
        run, results = run_once(options.seconds)
        runs.append(run)
        if options.raw:
            Path(options.raw).write_text(json.dumps(results))
    for number, run in enumerate(runs, 1):
        print(f"run {number}: {json.dumps(run)}", flush=True)

    def median(key: str) -> float:
        return statistics.median(run[key] for run in runs)

    ok_seen = all(run["missing"] == 0 for run in runs)
    ok_map = all(run["converged"] and min(run["cards"]) == run["expected_cards"]
                 for run in runs)
    rows = [
        ("edits made (3 instances)", f"{median('edits'):.0f}",
         f"{INSTANCES * int(options.seconds * RATE)} due", None),
        ("edits seen by both others", f"{median('pairs'):.0f} of {2 * median('edits'):.0f}",
         "all", ok_seen),
        ("edit → visible in another instance: median", f"{median('p50'):.1f} ms", "", None),
        ("edit → visible in another instance: p99", f"{median('p99'):.1f} ms", "≤ 500 ms",
         median("p99") <= 500),
        ("edit → visible: worst", f"{median('worst'):.1f} ms", "", None),
        (f"drag during the edits ({median('moves'):.0f} moves): median",
         f"{median('move_p50'):.2f} ms", "", None),
        ("drag during the edits: p99", f"{median('move_p99'):.2f} ms", "≤ 16 ms",
         median("move_p99") <= 16),
        ("maps converged, no card lost", f"{runs[-1]['cards']}", "same map everywhere",
         ok_map),
    ]
    print(f"\nmedians of {len(runs)} run(s), {options.seconds:g} s of edits each")
    print("| what | figure | bar |\n|---|---|---|")
    for what, figure, bar, ok in rows:
        verdict = "" if ok is None else (" ok" if ok else " MISSED")
        print(f"| {what} | {figure} | {bar}{verdict} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
