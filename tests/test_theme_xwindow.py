"""Real-window walkthrough: theme and font size switched at run time, seen on the screen.

A private Xvfb on a free display, the editor as a subprocess with a fresh home on the xcb
platform, Edit ▸ Preferences… driven with xdotool (light → dark at 14 pt, then dark → light
at 10 pt), and screenshots of the whole screen (ImageMagick ``import -window root``). Each
region of the window (menu bar, the docks, the canvas, the plot, the status bar) must show
the new theme's colours as its most common colour, and the menu bar must grow with the font.
Screenshots are kept in the test's temporary folder (``theme-*.png``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette

from cjm_desktop.editing.appearance import DARK, LIGHT, Appearance
from cjm_desktop.plots.plot_items import NEGATIVE_BAND, POSITIVE_BAND

pytestmark = pytest.mark.xwindow

TOOLS = ("Xvfb", "xdotool", "import")
SCREEN = (1600, 1000)


def wait_for(condition: Callable[[], object], timeout: float, what: str) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


class XSession:
    """A private X server, the editor on it, and xdotool / screenshots against it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", "1", "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
             "-nolisten", "tcp"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        assert self.xvfb.stdout is not None
        number = self.xvfb.stdout.readline().decode().strip()  # Xvfb picks a free display
        assert number.isdigit(), "Xvfb did not start"
        self.display = f":{number}"
        self.app: subprocess.Popen[bytes] | None = None
        self.stderr = folder / "app.err"

    def env(self) -> dict[str, str]:
        home = self.folder / "home"
        env = {key: value for key, value in os.environ.items()
               if not key.startswith(("QT_", "XDG_", "CJM_DESKTOP_"))}
        env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
                   XDG_DATA_HOME=str(home / ".local" / "share"),
                   XDG_CACHE_HOME=str(home / ".cache"), DISPLAY=self.display,
                   QT_QPA_PLATFORM="xcb")
        return env

    def start_app(self) -> str:
        config = self.folder / "home" / ".config" / "CJM Desktop"
        config.mkdir(parents=True, exist_ok=True)
        (config / "CJM Desktop.conf").write_text("[ui]\nlanguage=en\ntheme=light\n"
                                                 "fontSize=10\n")
        self.app = subprocess.Popen([sys.executable, "-m", "cjm_desktop"], env=self.env(),
                                    stdout=subprocess.DEVNULL, stderr=self.stderr.open("wb"))
        # A first start offers the welcome over the sample map: close it (Esc).
        welcome = wait_for(lambda: self.search("Welcome to CJM Desktop"), 60, "the welcome")
        self.xdotool("windowfocus", "--sync", str(welcome))
        self.xdotool("key", "Escape")
        wait_for(lambda: not self.search("Welcome to CJM Desktop"), 20, "the welcome to close")
        window = wait_for(lambda: self.search(" — CJM Desktop"), 20, "the main window")
        time.sleep(2.0)  # the deferred work after the first paint (plot, focus style)
        return str(window)

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(["xdotool", *args], env=self.env(), capture_output=True,
                              text=True, timeout=30)
        return done.stdout.strip()

    def search(self, name: str) -> str:
        found = self.xdotool("search", "--onlyvisible", "--name", name).split()
        return found[0] if found else ""

    def geometry(self, window: str) -> dict[str, int]:
        values = dict(line.split("=") for line in
                      self.xdotool("getwindowgeometry", "--shell", window).splitlines())
        return {key: int(value) for key, value in values.items() if key != "SCREEN"}

    def shot(self, name: str) -> QImage:
        path = self.folder / f"theme-{name}.png"
        subprocess.run(["import", "-window", "root", str(path)], env=self.env(), check=True,
                       timeout=60)
        image = QImage(str(path))
        assert not image.isNull()
        return image

    def stop(self) -> str:
        if self.app is not None and self.app.poll() is None:
            self.app.terminate()
            try:
                self.app.wait(10)
            except subprocess.TimeoutExpired:
                self.app.kill()
        self.xvfb.terminate()
        self.xvfb.wait(10)
        return self.stderr.read_text(errors="replace") if self.stderr.exists() else ""


@pytest.fixture
def session(tmp_path):
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)}")
    xs = XSession(tmp_path)
    yield xs
    stderr = xs.stop()
    assert "Traceback" not in stderr, stderr


def set_preferences(xs: XSession, window: str, theme_keys: tuple[str, ...], size: int) -> None:
    """Edit ▸ Preferences… with the keyboard: the theme combo (Alt+T), the font size
    (Alt+F), Enter for OK. (No window manager: focus is given with windowfocus.)"""
    xs.xdotool("windowfocus", "--sync", window)
    xs.xdotool("key", "alt+e")
    time.sleep(0.5)
    xs.xdotool("key", "Up", "Return")  # Preferences… is the last entry of the Edit menu
    dialog = wait_for(lambda: xs.search("Preferences"), 20, "the Preferences dialog")
    xs.xdotool("windowfocus", "--sync", str(dialog))
    xs.xdotool("key", "alt+t", *theme_keys)
    xs.xdotool("key", "alt+f", "ctrl+a")
    xs.xdotool("type", str(size))
    xs.xdotool("key", "Return")
    wait_for(lambda: not xs.search("Preferences"), 20, "the dialog to close")
    time.sleep(1.5)


def common_colour(image: QImage, left: int, top: int, right: int, bottom: int) -> str:
    counts: Counter[str] = Counter()
    for y in range(top, bottom, 3):
        for x in range(left, right, 3):
            counts[image.pixelColor(x, y).name()] += 1
    return counts.most_common(1)[0][0]


def regions(geo: dict[str, int]) -> dict[str, tuple[int, int, int, int]]:
    """Parts of the default window layout, as fractions of the window (left, top, right,
    bottom): each mostly shows one colour of its part."""
    x, y, w, h = geo["X"], geo["Y"], geo["WIDTH"], geo["HEIGHT"]
    fractions = {
        "menu bar": (0.30, 0.002, 0.95, 0.016),
        "personas dock": (0.005, 0.10, 0.28, 0.50),
        "canvas": (0.54, 0.20, 0.68, 0.26),  # empty cell space below the first cards
        "palette dock": (0.80, 0.035, 0.99, 0.08),
        "inspector dock": (0.79, 0.20, 0.98, 0.65),
        "emotion plot": (0.08, 0.76, 0.70, 0.86),  # the chart: its background and bands
        "status bar": (0.02, 0.985, 0.45, 0.998),
    }
    return {name: (x + round(a * w), y + round(b * h), x + round(c * w), y + round(d * h))
            for name, (a, b, c, d) in fractions.items()}


def theme_colours(look: Appearance) -> dict[str, set[str]]:
    palette = look.palette()
    window_colour = palette.color(QPalette.ColorRole.Window).name()
    base = palette.color(QPalette.ColorRole.Base).name()
    canvas = {c.name() for c in (look.cell_bg, look.cell_bg_alt, look.background,
                                 look.header_bg)} | {c.name() for c in look.kind_tints.values()}
    chart = {look.plot_background.name()} | {
        over(band, look.plot_background).name() for band in (POSITIVE_BAND, NEGATIVE_BAND)}
    return {"menu bar": {window_colour}, "personas dock": {window_colour, base},
            "canvas": canvas, "palette dock": {base, window_colour},
            "inspector dock": {window_colour, base},
            "emotion plot": chart, "status bar": {window_colour}}


def over(colour: QColor, background: QColor) -> QColor:
    """``colour`` (with alpha) painted over ``background``."""
    alpha = colour.alphaF()
    return QColor(*(round(getattr(background, c)() * (1 - alpha) + getattr(colour, c)() * alpha)
                    for c in ("red", "green", "blue")))


def near(colour: str, allowed: set[str], tolerance: int = 3) -> bool:
    """``colour`` is one of ``allowed`` give or take rounding in the blending."""
    c = QColor(colour)
    return any(max(abs(c.red() - a.red()), abs(c.green() - a.green()),
                   abs(c.blue() - a.blue())) <= tolerance for a in map(QColor, allowed))


def assert_screen_in(image: QImage, geo: dict[str, int], look: Appearance,
                     other: Appearance) -> None:
    wanted, unwanted = theme_colours(look), theme_colours(other)
    seen = {name: common_colour(image, *box) for name, box in regions(geo).items()}
    for name, colour in seen.items():
        assert near(colour, wanted[name]), (name, colour, wanted[name], seen)
        assert not near(colour, unwanted[name]), (name, colour, seen)


def menu_bar_height(image: QImage, geo: dict[str, int], background: str) -> int:
    """Rows from the window's top that show the menu bar's colour at its empty right end."""
    x = geo["X"] + round(geo["WIDTH"] * 0.9)
    rows = 0
    for y in range(geo["Y"], geo["Y"] + 80):
        if image.pixelColor(x, y).name() != background:
            break
        rows += 1
    return rows


def test_theme_and_font_size_switch_at_once_in_a_real_window(session):
    window = session.start_app()
    geo = session.geometry(window)
    light_window = LIGHT.palette().color(QPalette.ColorRole.Window).name()
    dark_window = DARK.palette().color(QPalette.ColorRole.Window).name()

    before = session.shot("1-light-10pt")
    assert_screen_in(before, geo, LIGHT, DARK)
    small_bar = menu_bar_height(before, geo, light_window)

    set_preferences(session, window, ("End",), 14)  # Dark is the last theme
    dark = session.shot("2-dark-14pt")
    assert_screen_in(dark, geo, DARK, LIGHT)
    assert menu_bar_height(dark, geo, dark_window) > small_bar  # the font grew at once

    set_preferences(session, window, ("Home", "Down"), 10)  # Light follows "system"
    light = session.shot("3-light-10pt")
    assert_screen_in(light, geo, LIGHT, DARK)
    assert menu_bar_height(light, geo, light_window) == small_bar
