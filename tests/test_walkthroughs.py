"""Real-window walkthroughs: a person's journeys through the installed editor under a real X
server (Xvfb, Qt's xcb platform) with real X input (xdotool). Marked ``xwindow``: the default
run leaves them out; ``.ci/run`` runs them as their own step (``pytest -m xwindow``).

Each journey fails on a traceback on the editor's stderr, on a lost edit, or when the saved
file differs from what was typed (the saved JSON is read back after each save). Screenshots
of every step are kept in ``$CJM_ARTIFACTS/walkthroughs`` (default ``artifacts/walkthroughs``).

A journey passes or fails: nothing is skipped around or marked as an expected failure (a
defect found here is fixed in the app, with its own test). The stage header and the card
lanes are found on a screenshot by the lanes' colour stripes, the persona's lists are filled
through their Tab order; the few fixed positions left (the persona tab, the plot) are those
of the editor's first start on the 1600×1000 screen with the window made as tall as the
screen (no window manager: the main window sits at 0,0).
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import time
from pathlib import Path

import pytest
from xwindow_session import XSession, artifacts_dir, editor_command, missing_tools, wait_until

pytestmark = [
    pytest.mark.xwindow,
    pytest.mark.skipif(bool(missing_tools()),
                       reason=f"needs {', '.join(missing_tools())} (.ci/run installs them)"),
]

ROOT = Path(__file__).resolve().parents[1]
WELCOME = "환영합니다"  # "Welcome to CJM Desktop" in Korean
MAIN = "CJM Desktop$"
SAVE_AS = "다른 이름으로 지도 저장"  # "Save map as"
RECOVER = "복구"  # "Recover unsaved maps"
EMOTION = "감정|·"  # the emotion dialog's title: "<persona> · <stage>"

# Where things are in the window at its first start (window coordinates).
STAGE_X = [639, 852, 1066, 1280]  # card cells of the four stages
# A lane's colour on the stripe at the canvas's left edge: the lanes are found on a screenshot
# (their place moves with the toolbars and docks, their height with the cards).
LANE_COLOUR = {"touchpoint": (59, 130, 246), "pain": (229, 83, 75),
               "opportunity": (47, 158, 91)}
PERSONA_TAB_GOALS = (104, 347)  # the persona's "goals and needs" tab
SHORT_TERM_GOALS = (150, 422)  # the tab's first list
PLOT_X = [207, 455, 701, 948]  # the four stages on the emotion curve
PLOT_Y = {2: 794, 1: 827, 0: 860, -1: 894, -2: 927}


@pytest.fixture(name="session")
def session_fixture(request, tmp_path):
    name = request.node.name.removeprefix("test_")
    session = XSession(tmp_path, artifacts_dir(ROOT), name)
    session.start_x()
    yield session
    with contextlib.suppress(subprocess.SubprocessError, OSError):
        session.shot("end")
    session.stop()
    (artifacts_dir(ROOT) / f"{name}-stderr.txt").write_text(session.stderr(), encoding="utf-8")


def _load(path: Path, after: float = 0.0) -> dict:
    """The saved map, once a save newer than ``after`` has landed."""
    def saved():
        try:
            if path.stat().st_mtime_ns <= after:
                return None
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    return wait_until(saved, f"{path.name} to be saved")


def _save(session: XSession, main: str, path: Path) -> dict:
    """Ctrl+S; the Save As dialog answered with ``path`` when it comes (a new map, or a
    recovered copy that does not write over its original unasked), and its replace
    question with Yes; the saved JSON once it has landed."""
    before = path.stat().st_mtime_ns if path.exists() else 0

    def changed() -> bool:
        return path.exists() and path.stat().st_mtime_ns > before

    session.focus(main)
    session.key("ctrl+s")
    wait_until(lambda: changed() or session.windows(SAVE_AS), "the save or its dialog")
    if not changed() and session.windows(SAVE_AS):
        dialog = session.wait_window(SAVE_AS)
        session.focus(dialog)
        session.key("ctrl+a")
        session.type(str(path))
        session.key("Return")
        time.sleep(0.5)
        if not changed() and session.windows(SAVE_AS) and len(session.windows("")) > 3:
            session.key("alt+y")  # "... already exists. Do you want to replace it?"
        session.wait_no_window(SAVE_AS)
    data = _load(path, before)
    session.shot("saved")
    return data


def _full_height(session: XSession, main: str) -> None:
    """The window as tall as the screen, so every card lane of a new map is in view (a
    partly hidden lane would scroll the canvas when its cell is chosen)."""
    session.xdotool("windowsize", "--sync", main, "1400", "1000")
    wait_until(lambda: session.geometry(main)[3] == 1000, "the window to grow")
    time.sleep(0.3)  # the canvas lays out again
    session.focus(main)


def _is_touchpoint_blue(r: int, g: int, b: int) -> bool:
    return b > 180 and r < 120 and g < 190  # a touchpoint card's stripe, a selected frame


def _canvas_rows(session: XSession) -> dict[str, int]:
    """The middle y of the stage header row and of each lane of ``LANE_COLOUR``, read off a
    screenshot: the lane stripes at the canvas's left edge, the header is the white band above
    the first lane."""
    from PySide6.QtGui import QImage

    image = QImage(str(session.shot("layout")))
    blue = LANE_COLOUR["touchpoint"]

    def colour(x: int, y: int) -> tuple[int, int, int]:
        c = image.pixelColor(x, y)
        return c.red(), c.green(), c.blue()

    def stripe_at(x: int) -> bool:  # a lane stripe is tall; a blue tool-bar icon is not
        return any(all(colour(x, y + dy) == blue for dy in range(0, 24, 3))
                   for y in range(0, image.height() - 24, 3))

    column = next((x for x in range(150, 900) if stripe_at(x)), None)
    assert column is not None, "no lane stripe on the screen"
    runs: dict[tuple[int, int, int], list[int]] = {}
    for y in range(image.height()):
        runs.setdefault(colour(column, y), []).append(y)
    rows = {lane: (min(runs[rgb]) + max(runs[rgb])) // 2 for lane, rgb in LANE_COLOUR.items()}
    first_lane = next(y for y in range(image.height())
                      if colour(column, y) not in ((255, 255, 255),)
                      and y > 0 and colour(column, y - 1) == (255, 255, 255))
    canvas_top = first_lane
    while canvas_top > 0 and colour(column, canvas_top - 1) == (255, 255, 255):
        canvas_top -= 1
    rows["header"] = (canvas_top + first_lane) // 2
    return rows


def _touchpoint_card_at(session: XSession, shot: Path, cell_x: int,
                        lane_y: int) -> tuple[int, int]:
    """The middle of the touchpoint card in the touchpoint lane's cell around ``cell_x``,
    found on the screenshot by its blue stripe (the lane's height changes with the layout)."""
    blue = session.find_pixels(shot, (cell_x - 110, lane_y - 100, 120, 140),
                               _is_touchpoint_blue)
    assert blue, "no touchpoint card on the screen where it was typed"
    ys = sorted(y for _x, y in blue)
    return cell_x, ys[len(ys) // 2]


def _cards(data: dict) -> dict[str, dict]:
    return {card["text"]: card for card in data["cards"]}


def _type_in_new_editor(session: XSession, text: str) -> None:
    time.sleep(0.6)  # the inline editor opens on the next event-loop turn
    session.type(text)


def _add_card_by_keyboard(session: XSession, stage: int, lane: str, text: str) -> None:
    session.click(STAGE_X[stage], _canvas_rows(session)[lane])  # the cell becomes the current one
    session.key("F2")
    _type_in_new_editor(session, text)
    session.key("Return", "Escape")


def _undo_redo_check(session: XSession, main: str, path: Path, card_text: str,
                     stages: list[str], expect_stage: int, keys: tuple[str, ...]) -> None:
    session.focus(main)
    session.key(*keys)
    data = _save(session, main, path)
    got = _cards(data)[card_text]["stage"]
    assert got == stages[expect_stage], f"after {keys}: the card is in the wrong stage"


def test_journey_new_korean_map_by_keyboard(session: XSession, tmp_path: Path):
    """(a) fresh home → welcome → new Korean 4-stage map → rename a stage → a touchpoint, a
    pain point and an opportunity by keyboard → drag a card to another stage → undo / redo
    with Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y → save."""
    path = tmp_path / "여정.cjm.json"
    session.start_app()
    welcome = session.wait_window(WELCOME)
    time.sleep(1.0)  # mapped is not yet painted or focused: let it come up
    session.focus(welcome)
    session.shot("welcome")
    session.key("Home", "Right", "Return")  # the 4-stage template (second), then Create
    main = session.wait_window(MAIN)
    session.wait_no_window(WELCOME)
    _full_height(session, main)
    session.shot("new-map")

    session.click(STAGE_X[0], _canvas_rows(session)["header"])
    session.key("F2")
    _type_in_new_editor(session, "알아보기")
    session.key("Return")
    session.shot("stage-renamed")

    typed = {"touchpoint": "앱 푸시 알림", "pain": "배달비가 비싸다",
             "opportunity": "무료 배달 쿠폰"}
    for lane, text in typed.items():
        _add_card_by_keyboard(session, 0, lane, text)
    session.shot("cards-typed")
    data = _save(session, main, path)
    assert data["stages"][0]["name"] == "알아보기"
    assert len(data["stages"]) == 4, "not the 4-stage template"
    cards = _cards(data)
    stages = [s["id"] for s in data["stages"]]
    lanes = {lane["kind"]: lane["id"] for lane in data["lanes"]}
    for (lane, text), kind in zip(typed.items(), ("touchpoint", "pain_point", "opportunity"),
                                  strict=True):
        assert text in cards, f"the {lane} card typed was lost"
        assert cards[text]["kind"] == kind and cards[text]["stage"] == stages[0]
    assert cards[typed["touchpoint"]]["lane"] == lanes["touchpoints"]
    assert len(data["cards"]) == 3  # and no stray empty card

    card = typed["touchpoint"]
    rows = _canvas_rows(session)
    start = _touchpoint_card_at(session, session.shot("before-drag"), STAGE_X[0],
                                rows["touchpoint"])
    session.drag(start, (STAGE_X[1], start[1]))
    session.shot("card-dragged")
    data = _save(session, main, path)
    assert _cards(data)[card]["stage"] == stages[1], "the drag did not move the card"

    _undo_redo_check(session, main, path, card, stages, 0, keys=("ctrl+z",))
    _undo_redo_check(session, main, path, card, stages, 1, keys=("ctrl+shift+z",))
    _undo_redo_check(session, main, path, card, stages, 0, keys=("ctrl+z",))
    _undo_redo_check(session, main, path, card, stages, 1, keys=("ctrl+y",))
    data = _save(session, main, path)
    assert data["stages"][0]["name"] == "알아보기"
    assert set(typed.values()) <= set(_cards(data))
    session.assert_no_traceback()


def _recovery_copies(session: XSession) -> list[Path]:
    """The autosaved copies in the app's data folder (``<AppData>/recovery``)."""
    return sorted((session.home / ".local" / "share").rglob("recovery/*.cjm.json"))


def _recovered(session: XSession, check) -> dict | None:
    for copy in _recovery_copies(session):
        try:
            data = json.loads(copy.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if check(data):
            return data
    return None


def _summaries(session: XSession) -> list[str]:
    """What each autosaved copy holds of the journey's edits (for failure messages)."""
    found = []
    for copy in _recovery_copies(session):
        try:
            data = json.loads(copy.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            found.append(f"{copy.name}: unreadable ({error})")
            continue
        persona = data["personas"][0]
        scores = [e["score"] for e in data["emotions"] if e["score"] is not None]
        found.append(f"{copy.name}: goals {persona['goals_short_term']}, problems "
                     f"{persona['problems']}, scores {scores}")
    return found


def test_journey_persona_and_emotions_survive_a_kill(session: XSession, tmp_path: Path):
    """(b) fill a persona's goals and problems → set two emotion scores → kill -9 → restart
    → Enter on the recovery offer restores everything."""
    path = tmp_path / "페르소나.cjm.json"
    subprocess.run([*editor_command(), "new", str(path), "--template", "stages-4",
                    "--lang", "ko"], check=True, env=session.env(), timeout=60)
    session.start_app(str(path))
    welcome = session.wait_window(WELCOME)  # a first start: the welcome comes up first
    time.sleep(1.0)  # mapped is not yet painted or focused: let it come up
    session.focus(welcome)
    session.key("Escape")
    session.wait_no_window(WELCOME)
    main = session.wait_window(MAIN)
    _full_height(session, main)
    session.shot("opened")

    session.click(*PERSONA_TAB_GOALS)
    session.shot("goals-tab")
    goals, problems = ["주문을 3분 안에 끝내기"], ["리뷰를 믿기 어렵다"]
    # By keyboard from the tab: each list editor is its list, then "+", "−", "↑", "↓" in
    # the Tab order (the visual order); the scroll area follows the focus.
    session.click(*SHORT_TERM_GOALS)  # the first list of the tab
    session.key("Tab", "space")  # its "+"
    _type_in_new_editor(session, goals[0])
    session.key("Return", "Escape")  # the focus is back on the short-term goals' list
    session.shot("goal-typed")
    session.key(*["Tab"] * (3 * 5 + 1), "space")  # long-term, needs, problems' list, its "+"
    _type_in_new_editor(session, problems[0])
    session.key("Return", "Escape")
    session.shot("persona-filled")

    scores = {0: 1.0, 2: -1.0}
    for stage, score in scores.items():
        session.click(PLOT_X[stage], PLOT_Y[int(score)], double=True)
        dialog = session.wait_window(EMOTION, timeout=10)
        session.focus(dialog)
        session.key("Return")
        session.wait_no_window(EMOTION)
    session.shot("scores-set")

    def everything(data: dict) -> bool:
        persona = data["personas"][0]
        return (set(goals) <= set(persona["goals_short_term"])
                and set(problems) <= set(persona["problems"])
                and len([e for e in data["emotions"] if e["score"] is not None]) >= 2)

    try:
        wait_until(lambda: _recovered(session, everything),
                   "the autosaved copy to hold every edit", timeout=15)
    except AssertionError as error:
        raise AssertionError(f"{error}; the copies hold: {_summaries(session)}") from None
    session.kill9()
    session.start_app(str(path))
    offer = session.wait_window(RECOVER)
    session.focus(offer)
    session.shot("recovery-offer")
    session.key("Return")
    session.wait_no_window(RECOVER)
    main = session.wait_window(MAIN)
    session.shot("after-recovery", settled=True)  # the offer's place repainted
    data = _save(session, main, path)
    persona = data["personas"][0]
    assert persona["goals_short_term"] == goals and persona["problems"] == problems
    by_stage = {e["stage"]: e["score"] for e in data["emotions"] if e["score"] is not None}
    stage_ids = [s["id"] for s in data["stages"]]
    assert by_stage == {stage_ids[i]: score for i, score in scores.items()}
    session.assert_no_traceback()
