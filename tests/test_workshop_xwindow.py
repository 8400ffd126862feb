"""Real-window walkthrough of workshop mode: Xvfb, the xcb platform, real X input (xdotool).

Present the map (F5), capture two cards with the keyboard, leave (Esc), save (Ctrl+S), and
read the saved map back. Self-contained: its own X server on a free display and the app as a
subprocess with a fresh home. Deselected by default (marker ``xwindow``).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cjm_desktop.files.migrations import SCHEMA_VERSION

pytestmark = pytest.mark.xwindow

ROOT = Path(__file__).resolve().parents[1]


def _free_display() -> str:
    for number in range(140, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and \
                not Path(f"/tmp/.X{number}-lock").exists():
            return f":{number}"
    pytest.skip("no free X display number")


def _wait(condition, timeout: float, what: str) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture(name="xserver")
def xserver_fixture():
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        pytest.skip("Xvfb and xdotool are needed")
    display = _free_display()
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten",
                               "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait(lambda: Path(f"/tmp/.X11-unix/X{display[1:]}").exists(), 10, "Xvfb")
        yield display
    finally:
        server.terminate()
        server.wait(10)


def _xdotool(display: str, *args: str) -> str:
    result = subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display},
                            capture_output=True, text=True, timeout=30)
    return result.stdout.strip()


def _window(display: str, name: str) -> str | None:
    found = _xdotool(display, "search", "--onlyvisible", "--name", name).split()
    return found[-1] if found else None


def _focus(display: str, window: str) -> None:
    _xdotool(display, "windowfocus", "--sync", window)
    time.sleep(0.4)


def test_present_capture_two_cards_and_leave(xserver, tmp_path):
    from cjm_desktop.files.templates import sample_path

    display = xserver
    home = tmp_path / "home"
    home.mkdir()
    path = tmp_path / "workshop.cjm.json"
    shutil.copyfile(sample_path("en"), path)
    before = json.loads(path.read_text(encoding="utf-8"))
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local")}
    env.pop("QT_LOGGING_RULES", None)
    app = subprocess.Popen([sys.executable, "-m", "cjm_desktop", str(path)], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait(lambda: _window(display, "workshop.cjm.json") is not None, 30, "the main window")
        main = _window(display, "workshop.cjm.json")
        time.sleep(1.5)
        welcome = _window(display, "Welcome")  # the first start of a fresh home shows it
        if welcome is not None:
            _focus(display, welcome)
            _xdotool(display, "key", "Escape")
            _wait(lambda: _window(display, "Welcome") is None, 10, "the welcome to close")
        _focus(display, main)  # no window manager: focus is not handed back by itself
        _xdotool(display, "key", "F5")
        _wait(lambda: _window(display, "Presentation") is not None, 15, "the presentation")
        presentation = _window(display, "Presentation")
        _focus(display, presentation)
        geometry = _xdotool(display, "getwindowgeometry", presentation)
        assert "1920x1080" in geometry  # full screen
        for keys in (["Home"], ["Down"], ["Return"]):
            _xdotool(display, "key", *keys)
        # Letters that are commands outside the box (B blanks, T opens the timer) are text here.
        _xdotool(display, "type", "--delay", "30", "Bring a timer")
        _xdotool(display, "key", "Return")
        _xdotool(display, "type", "--delay", "30", "Too slow")
        _xdotool(display, "key", "Return")
        _xdotool(display, "key", "Escape")  # closes the box
        time.sleep(0.3)
        _xdotool(display, "key", "Escape")  # leaves the presentation
        _wait(lambda: _window(display, "Presentation") is None, 10, "the presentation to close")
        _focus(display, main)
        _xdotool(display, "key", "ctrl+s")

        def saved_cards() -> list[str]:
            data = json.loads(path.read_text(encoding="utf-8"))
            return [card["text"] for card in data["cards"]]

        _wait(lambda: len(saved_cards()) == len(before["cards"]) + 2, 15, "the saved map")
        texts = saved_cards()
        assert texts.count("Bring a timer") == 1 and texts.count("Too slow") == 1
        first_stage = before["stages"][0]["id"]
        data = json.loads(path.read_text(encoding="utf-8"))
        new = [c for c in data["cards"] if c["text"] in ("Bring a timer", "Too slow")]
        assert {c["stage"] for c in new} == {first_stage}
        assert len({c["lane"] for c in new}) == 1
    finally:
        app.terminate()
        try:
            _out, err = app.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            app.kill()
            _out, err = app.communicate()
    assert "Traceback" not in err, err


def _plan_map(path: Path) -> dict:
    """The English sample with a five-minute plan: capture pain points, then a one-dot vote."""
    from cjm_desktop.files.templates import sample_path

    data = json.loads(Path(sample_path("en")).read_text(encoding="utf-8"))
    lane = next(lane["id"] for lane in data["lanes"] if lane["kind"] == "pain_points")
    data["workshop"] = {"plan": {"title": "Five minutes", "activities": [
        {"title": "Pain points", "prompt": "Where do they get stuck?", "minutes": 3,
         "kind": "capture", "lane": lane, "stage": data["stages"][0]["id"], "vote": None},
        {"title": "Vote", "prompt": "One dot each", "minutes": 2, "kind": "vote",
         "lane": lane, "stage": data["stages"][0]["id"],
         "vote": {"dots": 1, "scope": "lane", "allow_stacking": False, "hidden": True}},
    ]}, "votes": []}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return data


def test_a_five_minute_plan_with_one_vote(xserver, tmp_path):
    display = xserver
    home = tmp_path / "home"
    home.mkdir()
    path = tmp_path / "plan.cjm.json"
    before = _plan_map(path)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local")}
    env.pop("QT_LOGGING_RULES", None)
    app = subprocess.Popen([sys.executable, "-m", "cjm_desktop", str(path)], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    shots = Path(os.environ.get("CJM_ARTIFACTS", ROOT / "artifacts")) / "walkthroughs"
    shots.mkdir(parents=True, exist_ok=True)

    def shot(label: str) -> None:
        subprocess.run(["import", "-display", display, "-window", "root",
                        str(shots / f"five-minute-plan-{label}.png")], timeout=30, check=False)

    try:
        _wait(lambda: _window(display, "plan.cjm.json") is not None, 30, "the main window")
        main = _window(display, "plan.cjm.json")
        time.sleep(1.5)
        welcome = _window(display, "Welcome")
        if welcome is not None:
            _focus(display, welcome)
            _xdotool(display, "key", "Escape")
            _wait(lambda: _window(display, "Welcome") is None, 10, "the welcome to close")
        _focus(display, main)
        _xdotool(display, "key", "alt+w")  # Workshop menu
        time.sleep(0.5)
        _xdotool(display, "key", "l")  # Workshop plan ▸
        time.sleep(0.5)
        _xdotool(display, "key", "Return")  # Run the map's plan
        _wait(lambda: _window(display, "Presentation") is not None, 15, "the presentation")
        presentation = _window(display, "Presentation")
        _focus(display, presentation)
        shot("1-plan-running")
        _xdotool(display, "key", "Return")
        _xdotool(display, "type", "--delay", "30", "No tracking number")
        _xdotool(display, "key", "Return")
        _xdotool(display, "key", "Escape")  # closes the box
        time.sleep(0.3)
        _xdotool(display, "key", "n")  # the vote
        time.sleep(0.3)
        _xdotool(display, "key", "Down")  # the first pain point of the stage
        _xdotool(display, "key", "space")  # Participant 1's one dot
        time.sleep(0.3)
        shot("2-voting")
        _xdotool(display, "key", "r")
        time.sleep(0.3)
        shot("3-reveal")
        _xdotool(display, "key", "Return")  # finish: recorded through the Document
        time.sleep(0.3)
        _xdotool(display, "key", "Escape")
        _wait(lambda: _window(display, "Presentation") is None, 10, "the presentation to close")
        _focus(display, main)
        _xdotool(display, "key", "ctrl+s")

        def saved() -> dict | None:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except ValueError:
                return None
            current = data.get("schema_version") == SCHEMA_VERSION
            return data if current and data["workshop"]["votes"] else None

        _wait(lambda: saved() is not None, 15, "the saved map with its vote")
        data = saved()
        assert data is not None
        assert [c["text"] for c in data["cards"]].count("No tracking number") == 1
        tally = data["workshop"]["votes"][0]
        assert len(tally["dots"]) == 1 and tally["dots_per_participant"] == 1
        voted = tally["dots"][0]["card"]
        old = {c["id"]: c["votes"] for c in before["cards"]}
        new = {c["id"]: c["votes"] for c in data["cards"]}
        assert new[voted] == old.get(voted, 0) + 1
        assert data["workshop"]["plan"]["title"] == "Five minutes"
    finally:
        app.terminate()
        try:
            _out, err = app.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            app.kill()
            _out, err = app.communicate()
    assert "Traceback" not in err, err
