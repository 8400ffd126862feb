"""``cjm-desktop room``: the first stdout line is the join address, each note lands in the
file, and SIGTERM or Ctrl+C (SIGINT) stops it with the file valid."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from room_helpers import note, request

from cjm_desktop.files import load_map
from cjm_desktop.files.templates import sample_path
from cjm_desktop.model.vocab import LaneKind


def start(path: Path, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "cjm_desktop", "room", str(path), "--host", "127.0.0.1",
         "--port", "0", *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=env)


@pytest.mark.processes  # a fresh interpreter or tool: run with -m processes
@pytest.mark.parametrize("stop_with", [signal.SIGTERM, signal.SIGINT])
def test_notes_are_saved_into_the_map_and_a_signal_stops_it_cleanly(tmp_path, stop_with):
    path = tmp_path / "room.cjm.json"
    path.write_bytes(sample_path("en").read_bytes())
    process = start(path)
    try:
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and "/j/" in url
        assert ":0/" not in url  # the real port
        for index in range(3):
            status, answer, _ = request(url + "/api/notes",
                                        note(f"note {index}", f"cli-{index}", author="Ann"))
            assert status == 201, answer
        assert request(url + "/api/notes", note("note 0", "cli-0"))[0] == 200
        on_disk = load_map(path)  # saved after each note, before any stop
        assert sum(c.text.startswith("note ") for c in on_disk.cards.values()) == 3
    finally:
        process.send_signal(stop_with)
        out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert "Traceback" not in err
    journey = load_map(path)
    added = [c for c in journey.cards.values() if c.text.startswith("note ")]
    assert len(added) == 3 and {c.author for c in added} == {"Ann"}
    first_lane = next(la for la in journey.lanes if la.kind != LaneKind.EMOTIONS.value)
    assert {(c.stage, c.lane) for c in added} == {(journey.stages[0].id, first_lane.id)}


@pytest.mark.processes  # a fresh interpreter or tool: run with -m processes
def test_a_missing_map_or_a_bad_port_is_one_error_line(tmp_path):
    process = start(tmp_path / "missing.cjm.json")
    out, err = process.communicate(timeout=20)
    assert process.returncode == 2 and out == ""
    assert err.startswith("error: ") and "no such file" in err and "Traceback" not in err
    path = tmp_path / "room.cjm.json"
    path.write_bytes(sample_path("en").read_bytes())
    process = subprocess.run([sys.executable, "-m", "cjm_desktop", "room", str(path),
                              "--port", "70000"], capture_output=True, text=True, timeout=20)
    assert process.returncode == 2 and "--port" in process.stderr
