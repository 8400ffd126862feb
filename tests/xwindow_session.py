"""A real X session for the walkthroughs (tests marked ``xwindow``): its own Xvfb on a free
display, the installed ``cjm-desktop`` as a subprocess on Qt's ``xcb`` platform with a fresh
home, real input through xdotool, screenshots kept as CI artefacts, and the app's stderr
read for tracebacks. Every wait is on a condition with a timeout, never a long fixed sleep.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

TOOLS = ("Xvfb", "xdotool", "import")  # import: ImageMagick, for screenshots
SCREEN = "1600x1000x24"


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def artifacts_dir(root: Path) -> Path:
    """``$CJM_ARTIFACTS/walkthroughs`` in CI, else ``artifacts/walkthroughs`` of the clone."""
    base = Path(os.environ.get("CJM_ARTIFACTS") or root / "artifacts")
    folder = base / "walkthroughs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def editor_command() -> list[str]:
    """The installed entry point beside this Python (a venv's ``cjm-desktop``), else
    ``python -m cjm_desktop``."""
    beside = Path(sys.executable).with_name("cjm-desktop")
    if beside.exists():
        return [str(beside)]
    return [sys.executable, "-m", "cjm_desktop"]


def wait_until(condition: Callable[[], object], what: str, timeout: float = 20.0,
               step: float = 0.05):
    """Poll ``condition`` until it is truthy (its value is returned); fail naming ``what``."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(step)


class XSession:
    """One X server, one home folder, and the editor started (and restarted) in it."""

    def __init__(self, work: Path, shots: Path, name: str, locale: str = "ko_KR.UTF-8") -> None:
        self.work, self.shots, self.name = work, shots, name
        self.home = work / "home"
        self.home.mkdir(parents=True, exist_ok=True)
        self.locale = locale
        self.xvfb: subprocess.Popen | None = None
        self.app: subprocess.Popen | None = None
        self.display = ""
        self.runs = 0
        self._shot = 0

    # ----- the X server -----------------------------------------------------------------
    def start_x(self) -> None:
        read_end, write_end = os.pipe()
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp",
             "-noreset"], pass_fds=(write_end,), stdout=subprocess.DEVNULL,
            stderr=(self.work / "xvfb.log").open("w"))
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()  # Xvfb writes the display it took once ready
        if not number:
            raise AssertionError(f"Xvfb did not start: {(self.work / 'xvfb.log').read_text()}")
        self.display = f":{number}"

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("QT_", "XDG_", "LC_", "CJM_DESKTOP_"))}
        env.update(
            DISPLAY=self.display, QT_QPA_PLATFORM="xcb", HOME=str(self.home),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            XDG_DATA_HOME=str(self.home / ".local" / "share"),
            XDG_CACHE_HOME=str(self.home / ".cache"),
            XDG_STATE_HOME=str(self.home / ".local" / "state"),
            XDG_RUNTIME_DIR=str(self.work / "runtime"),
            LANG=self.locale, LC_ALL=self.locale, LANGUAGE=self.locale.split(".")[0],
            QT_ACCESSIBILITY="0", NO_AT_BRIDGE="1")
        (self.work / "runtime").mkdir(mode=0o700, exist_ok=True)
        return env

    # ----- the editor -------------------------------------------------------------------
    def start_app(self, *args: str) -> None:
        self.runs += 1
        self.stderr_path = self.work / f"app-{self.runs}.err"
        self.app = subprocess.Popen(
            [*editor_command(), *args], env=self.env(), cwd=self.work,
            stdout=(self.work / f"app-{self.runs}.out").open("w"),
            stderr=self.stderr_path.open("w"))

    def stderr(self) -> str:
        texts = []
        for run in range(1, self.runs + 1):
            path = self.work / f"app-{run}.err"
            if path.exists():
                texts.append(path.read_text(encoding="utf-8", errors="replace"))
        return "\n".join(texts)

    def assert_no_traceback(self) -> None:
        """No traceback on the editor's stderr."""
        text = self.stderr()
        assert "Traceback (most recent call last):" not in text, (
            f"the editor printed a traceback:\n{text[-4000:]}")

    def kill9(self) -> None:
        assert self.app is not None
        self.app.send_signal(signal.SIGKILL)
        self.app.wait(timeout=10)

    def stop(self) -> None:
        if self.app is not None and self.app.poll() is None:
            self.app.terminate()
            try:
                self.app.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.app.kill()
                self.app.wait(timeout=5)
        if self.xvfb is not None and self.xvfb.poll() is None:
            self.xvfb.terminate()
            try:
                self.xvfb.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.xvfb.kill()

    # ----- input and looking --------------------------------------------------------------
    def tool_env(self) -> dict[str, str]:
        """For xdotool and ImageMagick: the display, and a UTF-8 locale that surely exists
        (xdotool reads Hangul to type through the C library's multibyte functions)."""
        return {**self.env(), "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}

    def xdotool(self, *args: str, timeout: float = 30.0) -> str:
        done = subprocess.run(["xdotool", *args], env=self.tool_env(), capture_output=True,
                              text=True, timeout=timeout)
        if done.returncode != 0:
            raise AssertionError(f"xdotool {' '.join(args)} failed: {done.stderr.strip()}")
        return done.stdout.strip()

    def windows(self, pattern: str = "") -> list[str]:
        done = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", pattern],
                              env=self.tool_env(), capture_output=True, text=True, timeout=10)
        return done.stdout.split()

    def window_name(self, wid: str) -> str:
        return self.xdotool("getwindowname", wid)

    def wait_window(self, pattern: str, timeout: float = 30.0) -> str:
        """The id of a visible window whose title matches ``pattern`` (a regex)."""
        def found():
            assert self.app is None or self.app.poll() is None, (
                f"the editor exited:\n{self.stderr()[-3000:]}")
            ids = self.windows(pattern)
            return ids[-1] if ids else None

        return wait_until(found, f"a window titled /{pattern}/", timeout)

    def wait_no_window(self, pattern: str, timeout: float = 20.0) -> None:
        wait_until(lambda: not self.windows(pattern), f"no window titled /{pattern}/", timeout)

    def focus(self, wid: str) -> None:
        """Give ``wid`` the keyboard (there is no window manager to do it)."""
        self.xdotool("windowraise", wid)
        self.xdotool("windowfocus", "--sync", wid)

    def geometry(self, wid: str) -> tuple[int, int, int, int]:
        text = self.xdotool("getwindowgeometry", wid)
        x, y = map(int, re.search(r"Position: (-?\d+),(-?\d+)", text).groups())
        w, h = map(int, re.search(r"Geometry: (\d+)x(\d+)", text).groups())
        return x, y, w, h

    def key(self, *keys: str) -> None:
        for key in keys:
            self.xdotool("key", "--clearmodifiers", key)
            time.sleep(0.05)  # let the editor handle it before the next key (no queue racing)

    def type(self, text: str) -> None:
        # Slow enough for Hangul: xdotool remaps a spare key for each such character, and a
        # key sent before the editor has seen the new keyboard map types the wrong one.
        self.xdotool("type", "--delay", "120", text)

    def click(self, x: int, y: int, button: int = 1, double: bool = False) -> None:
        self.xdotool("mousemove", "--sync", str(x), str(y))
        self.xdotool("click", *(["--repeat", "2", "--delay", "80"] if double else []),
                     str(button))

    def drag(self, start: tuple[int, int], end: tuple[int, int]) -> None:
        self.xdotool("mousemove", "--sync", str(start[0]), str(start[1]))
        self.xdotool("mousedown", "1")
        steps = 12
        for i in range(1, steps + 1):
            x = start[0] + (end[0] - start[0]) * i // steps
            y = start[1] + (end[1] - start[1]) * i // steps
            self.xdotool("mousemove", "--sync", str(x), str(y))
            time.sleep(0.02)
        self.xdotool("mouseup", "1")

    def shot(self, label: str, *, settled: bool = False) -> Path:
        """A screenshot of the whole screen. ``settled``: once the screen stops changing
        (two shots in a row alike, within 5 s), for a moment just after a window closed,
        when what lay under it is still being repainted (there is no compositor)."""
        self._shot += 1
        path = self.shots / f"{self.name}-{self._shot:02d}-{label}.png"
        self._grab(path)
        deadline = time.monotonic() + 5.0
        while settled and time.monotonic() < deadline:
            before = path.read_bytes()
            time.sleep(0.2)
            self._grab(path)
            if path.read_bytes() == before:
                break
        return path

    def _grab(self, path: Path) -> None:
        subprocess.run(["import", "-display", self.display, "-window", "root", str(path)],
                       env=self.tool_env(), check=True, timeout=30)

    def find_pixels(self, shot: Path, box: tuple[int, int, int, int],
                    wanted: Callable[[int, int, int], bool]) -> list[tuple[int, int]]:
        """Screen points in ``box`` (x, y, width, height) of screenshot ``shot`` whose colour
        (r, g, b) is ``wanted``: to find a card by its colour when layouts move."""
        from PySide6.QtGui import QImage

        image = QImage(str(shot))
        x0, y0, width, height = box
        found = []
        for y in range(max(0, y0), min(image.height(), y0 + height)):
            for x in range(max(0, x0), min(image.width(), x0 + width)):
                colour = image.pixelColor(x, y)
                if wanted(colour.red(), colour.green(), colour.blue()):
                    found.append((x, y))
        return found
