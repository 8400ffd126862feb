"""Room load bench (loopback only, bounded): 50 simulated participants each send 10 notes
within 30 s while a card is dragged on the M map in the same window process.

Prints, beside the bars of DESIGN.md ("Quality bars"):
- notes that arrived as cards, exactly once (all 500; a repeated send is answered, not added);
- send → card in the model, p50 and p99 (ms);
- per mouse-move of the drag while the storm runs, median and p99 (ms; bar p99 ≤ 16 ms).

The drag holds the button for about 1.2 s, lets go for 0.6 s, and starts again. Notes that
arrive while a mouse button is held wait for its release (at most 2 s, see
``room/session.py``), so their send → card time includes the rest of that drag.

The participants run in a child process (their own interpreter, so they do not share the
window's GIL, as phones would not); both sides read the same system-wide monotonic clock.

    python bench/bench_room.py                  # 50 × 10 notes over 28 s
    python bench/bench_room.py --quick          # 10 × 5 notes over 5 s
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

PREFIX = "bench-note "


# ----- the participants (child process) ---------------------------------------------------
def participants(url: str, people: int, notes: int, seconds: float) -> None:
    """Each person sends ``notes`` notes at random moments within ``seconds``; one in ten
    is sent twice (a phone retrying). Prints {note id: send time} as JSON."""
    assert url.startswith("http://127.0.0.1:")
    sent: dict[str, float] = {}
    lock = threading.Lock()
    failures: list[str] = []

    def post(body: dict) -> int:
        req = urllib.request.Request(url + "/api/notes", json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=15) as response:
            return response.status

    def person(index: int) -> None:
        rng = random.Random(index)
        moments = sorted(rng.uniform(0, seconds) for _ in range(notes))
        start = time.monotonic()
        for number, moment in enumerate(moments):
            time.sleep(max(0.0, start + moment - time.monotonic()))
            note_id = f"p{index}-n{number}"
            body = {"id": note_id, "text": PREFIX + note_id, "participant": f"p{index}",
                    "author": f"P{index}"}
            at = time.monotonic()
            try:
                status = post(body)
                if rng.random() < 0.1:
                    post(body)  # a retry after a dropped answer: must not add a card
            except OSError as error:
                with lock:
                    failures.append(f"{note_id}: {error}")
                continue
            if status in (200, 201):
                with lock:
                    sent[note_id] = at

    threads = [threading.Thread(target=person, args=(i,)) for i in range(people)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + 60)
    print(json.dumps({"sent": sent, "failures": failures}))


# ----- the window side --------------------------------------------------------------------
def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else 0.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--participants-of", help=argparse.SUPPRESS)
    parser.add_argument("--people", type=int, default=50)
    parser.add_argument("--notes", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=28.0)
    parser.add_argument("--no-drag", action="store_true",
                        help="no drag during the storm: send → card with an idle window")
    options = parser.parse_args()
    if options.quick:
        options.people, options.notes, options.seconds = 10, 5, 5.0
    if options.participants_of:
        participants(options.participants_of, options.people, options.notes, options.seconds)
        return 0

    from mapgen import make_map
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from cjm_desktop.app import ensure_app
    from cjm_desktop.canvas.view import CanvasView
    from cjm_desktop.editing import Document
    from cjm_desktop.room.session import RoomSession

    ensure_app()
    app = QApplication.instance()
    document = Document(make_map("M"))
    view = CanvasView(document)
    view.resize(1600, 1000)
    view.show()
    for _ in range(5):
        app.processEvents()
    session = RoomSession(document, host="127.0.0.1", port=0)
    arrived: dict[str, float] = {}
    cards_of: dict[str, int] = {}

    def on_card(card_id: str) -> None:
        text = document.journey.card(card_id).text
        if text.startswith(PREFIX):
            note_id = text[len(PREFIX):]
            arrived.setdefault(note_id, time.monotonic())
            cards_of[note_id] = cards_of.get(note_id, 0) + 1

    session.noteAdded.connect(on_card)
    session.start()

    scene = view.journey_scene
    journey = document.journey
    vp = view.viewport()
    i = 0

    def drag(moves: list[float]) -> None:
        nonlocal i
        row = next(r for r in range(len(scene.layout.lane_ids)) if scene.is_card_row(r)
                   and journey.cell_ids(scene.cell_key(0, r)))
        card_id = journey.cell_ids(scene.cell_key(0, row))[0]
        start = view.mapFromScene(scene.card_rect(card_id).center())
        QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        app.processEvents()
        width, height = vp.width() - 40, vp.height() - 40
        for _ in range(200):
            t = (i % 1000) / 1000
            i += 1
            x = 200 + (width - 200) * abs((t * 3) % 2 - 1)
            y = 120 + (height - 120) * abs((t * 5) % 2 - 1)
            t0 = time.perf_counter()
            QTest.mouseMove(vp, QPointF(x, y).toPoint())
            app.processEvents()  # the move, its repaint, and any note that arrived
            moves.append((time.perf_counter() - t0) * 1000)
            time.sleep(0.004)  # a hand moves a mouse at ~120 Hz, not as fast as possible
        QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                           QPointF(x, y).toPoint())
        app.processEvents()

    quiet: list[float] = []
    for _ in range(4):  # the same drag with no room traffic: the machine's own noise
        drag(quiet)
    child = subprocess.Popen(
        [sys.executable, __file__, "--participants-of", session.url, "--people",
         str(options.people), "--notes", str(options.notes), "--seconds",
         str(options.seconds)], stdout=subprocess.PIPE, text=True)
    moves: list[float] = []
    deadline = time.monotonic() + options.seconds + 90
    while options.no_drag and child.poll() is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.002)
    while child.poll() is None and time.monotonic() < deadline:
        drag(moves)  # about 1.2 s with the button held, then a pause, as a hand would
        pause = time.monotonic() + 0.6
        while time.monotonic() < pause:
            app.processEvents()
            time.sleep(0.004)
    out, _ = child.communicate(timeout=60)
    for _ in range(50):
        app.processEvents()
    session.stop()
    result = json.loads(out)
    sent: dict[str, float] = result["sent"]
    expected = options.people * options.notes
    latencies = [(arrived[n] - at) * 1000 for n, at in sent.items() if n in arrived]
    on_map = [c for c in journey.cards.values() if c.text.startswith(PREFIX)]
    once = len(on_map) == expected and all(count == 1 for count in cards_of.values())
    p99_move = percentile(moves, 0.99)
    rows = [
        (f"drag on M with no room traffic ({len(quiet)} moves): p99",
         f"{percentile(quiet, 0.99):.2f} ms", "", None),
        (f"notes as cards ({options.people} × {options.notes})", f"{len(on_map)}",
         f"all {expected}, exactly once", once and not result["failures"]),
        ("send → card in the model: p50", f"{percentile(latencies, 0.5):.1f} ms", "", None),
        ("send → card in the model: p99", f"{percentile(latencies, 0.99):.1f} ms", "", None),
    ]
    if moves:
        rows += [(f"drag on M during the storm ({len(moves)} moves): median",
                  f"{statistics.median(moves):.2f} ms", "", None),
                 ("drag on M during the storm: p99", f"{p99_move:.2f} ms", "≤ 16 ms",
                  p99_move <= 16)]
    print("| what | figure | bar |\n|---|---|---|")
    for what, figure, bar, ok in rows:
        verdict = "" if ok is None else (" ok" if ok else " MISSED")
        print(f"| {what} | {figure} | {bar}{verdict} |")
    if result["failures"]:
        print("failures:", *result["failures"][:10], sep="\n  ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
