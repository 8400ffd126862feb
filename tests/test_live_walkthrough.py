"""Real-window walkthrough of live co-editing (issue 20): two editor processes on one X
display, side by side. The first opens a map and shares it on "This computer only"; its
join address is copied with the dialog's Copy address button and read off the X clipboard;
the second joins it with File ▸ Join live…, keeping the map in a file it picks. A card
typed in one window appears in the other, and a card selected in one is outlined in the
other. Marked ``xwindow`` (see tests/test_walkthroughs.py); screenshots of both windows
go to the walkthrough artefacts.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import xwindow_session
from xwindow_session import XSession, artifacts_dir, missing_tools, wait_until

pytestmark = [
    pytest.mark.xwindow,
    pytest.mark.skipif(bool(missing_tools()),
                       reason=f"needs {', '.join(missing_tools())} (.ci/run installs them)"),
]

ROOT = Path(__file__).resolve().parents[1]
HALF = (960, 1080)  # each window: half of a 1920×1080 screen
TITLES = {  # window titles per interface language
    "ko": {"share": "라이브 공유", "join": "라이브 참여", "keep": "참여한 지도",
           "welcome": "환영합니다"},
    "en": {"share": "Share live", "join": "Join live", "keep": "Keep the joined map",
           "welcome": "Welcome"},
}
HOST_NAME = {"ko": "지수", "en": "Jisu"}
GUEST_NAME = {"ko": "민아", "en": "Mina"}
TYPED = {"ko": "라이브로 함께 쓴 카드", "en": "Written together, live"}
# Window coordinates of the first start at 960×1080 with the side panels hidden: an empty
# cell (the channels lane of the second stage) and a card (a touchpoint of the same stage).
EMPTY_CELL = (498, 709)
CARD = (498, 575)
CLIPBOARD = ("from PySide6.QtGui import QGuiApplication\n"
             "app = QGuiApplication([])\n"
             "print(QGuiApplication.clipboard().text())\n")


def _clipboard(session: XSession) -> str:
    """The X clipboard's text, read by a small Qt program on the same display."""
    done = subprocess.run([sys.executable, "-c", CLIPBOARD], env=session.env(),
                          capture_output=True, text=True, timeout=30)
    return done.stdout.strip()


def _shot_image(path: Path):
    from PySide6.QtGui import QImage

    return QImage(str(path))


def _changed(before, after, box: tuple[int, int, int, int]) -> int:
    """How many pixels in ``box`` (x, y, width, height) differ between two screenshots."""
    x0, y0, width, height = box
    return sum(before.pixel(x, y) != after.pixel(x, y)
               for y in range(y0, y0 + height) for x in range(x0, x0 + width))


def _place(session: XSession, wid: str, left: int) -> None:
    session.xdotool("windowsize", "--sync", wid, str(HALF[0]), str(HALF[1]))
    session.xdotool("windowmove", "--sync", wid, str(left), "0")
    time.sleep(0.5)  # the canvas lays out again


def _main_window(session: XSession, file_name: str) -> str:
    return session.wait_window(file_name.removesuffix(".cjm.json"))


def _start(session: XSession, path: Path, welcome: str) -> str:
    """The editor on ``path``, its first-start welcome closed; the main window's id."""
    session.start_app(str(path))
    dialog = session.wait_window(welcome)
    session.focus(dialog)
    session.key("Escape")
    session.wait_no_window(welcome)
    return _main_window(session, path.name)


def walk(tmp_path: Path, language: str, shots: Path) -> dict[str, Path]:
    """The whole walk in one interface language; returns the screenshots that matter."""
    titles = TITLES[language]
    locale = "ko_KR.UTF-8" if language == "ko" else "en_US.UTF-8"
    host = XSession(tmp_path / "host", shots, f"live-{language}", locale=locale)
    guest = XSession(tmp_path / "guest", shots, f"live-{language}-guest", locale=locale)
    found: dict[str, Path] = {}
    old_screen = xwindow_session.SCREEN
    xwindow_session.SCREEN = f"{HALF[0] * 2}x{HALF[1]}x24"
    try:
        host.start_x()
    finally:
        xwindow_session.SCREEN = old_screen
    guest.display = host.display
    try:
        shared = tmp_path / "team-map.cjm.json"
        shutil.copy(ROOT / "resources" / "samples" / f"food-delivery.{language}.cjm.json",
                    shared)
        left = _start(host, shared, titles["welcome"])
        _place(host, left, 0)
        host.focus(left)
        host.key("alt+f", "l")  # File ▸ Share live…
        dialog = host.wait_window(f"^{titles['share']}$")
        host.focus(dialog)
        host.key("End")  # the last address: this computer only
        host.key("Tab", "ctrl+a")  # Your name
        host.type(HOST_NAME[language])
        host.key("Return")  # Start sharing
        time.sleep(1.0)
        host.key("space")  # Copy address (the focus moves to it once sharing)
        url = wait_until(lambda: _clipboard(host).startswith("ws://127.0.0.1:")
                         and _clipboard(host), "the join address on the clipboard")
        found["share"] = host.shot("shared")
        host.key("Escape")  # the dialog closes; sharing goes on
        host.wait_no_window(f"^{titles['share']}$")

        other = tmp_path / "other.cjm.json"
        shutil.copy(ROOT / "resources" / "samples" / f"food-delivery.{language}.cjm.json",
                    other)
        right = _start(guest, other, titles["welcome"])
        _place(guest, right, HALF[0])
        guest.focus(right)
        guest.key("alt+f", "j")  # File ▸ Join live…
        join = guest.wait_window(f"^{titles['join']}$")
        guest.focus(join)
        guest.type(url)
        guest.key("Tab", "ctrl+a")
        guest.type(GUEST_NAME[language])
        guest.key("alt+c")  # Choose a file…
        keep = guest.wait_window(titles["keep"])
        guest.focus(keep)
        joined_file = tmp_path / "joined.cjm.json"
        guest.key("ctrl+a")
        guest.type(str(joined_file))
        guest.key("Return")
        guest.wait_no_window(titles["keep"])
        guest.focus(join)
        guest.key("Return")  # Join
        guest.wait_no_window(f"^{titles['join']}$")
        joined = _main_window(guest, joined_file.name)
        _place(guest, joined, HALF[0])
        wait_until(joined_file.exists, "the joined map saved where it was asked")
        data = json.loads(joined_file.read_text(encoding="utf-8"))
        assert data == json.loads(shared.read_text(encoding="utf-8")) or data["stages"]
        for session, wid in ((host, left), (guest, joined)):
            session.focus(wid)
            session.key("ctrl+shift+f")  # every side panel hidden: the canvas in full
        time.sleep(0.5)
        found["joined"] = guest.shot("joined")

        # A card typed on the left appears on the right.
        host.focus(left)
        host.click(*EMPTY_CELL)
        host.key("F2")
        time.sleep(0.6)  # the inline editor opens on the next event-loop turn
        host.type(TYPED[language])
        host.key("Return", "Escape")
        before = _shot_image(host.shot("typed"))
        guest.focus(joined)
        # A card selected on the right is outlined, with the name, on the left.
        guest.click(CARD[0] + HALF[0], CARD[1])
        time.sleep(1.5)
        found["together"] = host.shot("together")
        after = _shot_image(found["together"])
        changed = _changed(before, after, (CARD[0] - 120, CARD[1] - 40, 240, 90))
        assert changed > 200, f"no outline round the card on the left ({changed} pixels)"
        guest.key("ctrl+s")
        wait_until(lambda: TYPED[language] in joined_file.read_text(encoding="utf-8"),
                   "the card typed on the left in the map saved on the right")
        return found
    finally:
        with contextlib.suppress(subprocess.SubprocessError, OSError, AssertionError):
            host.shot("end")
        guest.stop()
        host.stop()
        (shots / f"live-{language}-stderr.txt").write_text(
            host.stderr() + "\n" + guest.stderr(), encoding="utf-8")
        host.assert_no_traceback()
        guest.assert_no_traceback()


@pytest.mark.parametrize("language", ["ko", "en"])
def test_live_share_join_type_and_see(tmp_path: Path, language: str):
    walk(tmp_path, language, artifacts_dir(ROOT))
