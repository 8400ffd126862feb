"""Take the user guide's screenshots of the real app, in Korean and English.

    QT_QPA_PLATFORM=offscreen python tools/take_screenshots.py [OUT_DIR] [--only-room]

Writes main-window, welcome, preferences, map-properties, presentation, timer, insights and
the room pictures (a plan running, voting with hidden counts, the reveal, the summary page)
for each language (``--only-room``: just the room pictures; default OUT_DIR: docs/images),
using a throwaway settings folder so nothing of the person running it shows. Run
``python tools/build_docs.py`` afterwards to ship them in resources/.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _settle(app, seconds: float = 1.0) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()


def _shot(widget, path: Path, app) -> None:
    widget.show()
    _settle(app, 0.6)
    image = widget.grab().toImage()
    image.save(str(path), "PNG", 0)  # for PNG, quality 0 means the strongest compression
    print(f"{path.name}: {image.width()}×{image.height()}")


def _insights_shots(window, language: str, out: Path, app) -> None:
    """The Insights dock (pain-point heatmap, touchpoint quadrants) and the full view."""
    from cjm_desktop.main_window import insights_feature

    dock = window.insights_dock
    dock.show()
    dock.raise_()
    _settle(app, 0.4)
    for index, name in ((0, "pains"), (2, "touchpoints")):
        dock.view.setCurrentIndex(index)
        _shot(dock, out / f"insights-{name}-{language}.png", app)
    full = insights_feature.show_full_view(window)
    full.resize(1100, 720)
    full.view.setCurrentIndex(3)
    _shot(full, out / f"insights-full-{language}.png", app)
    full.close()
    window.inspector_dock.raise_()


def take(language: str, out: Path, only_room: bool = False) -> None:
    from PySide6.QtCore import QSettings

    from cjm_desktop.app import create_main_window, ensure_app
    from cjm_desktop.files.templates import sample_path
    from cjm_desktop.main_window.preferences import PreferencesDialog
    from cjm_desktop.main_window.structure_menus import MapPropertiesDialog
    from cjm_desktop.main_window.welcome import WelcomeDialog

    app = ensure_app()
    QSettings().clear()  # each language from a first start: no layout left by the one before
    QSettings().setValue("ui/language", language)
    ensure_app()  # reinstalls the translators for the language just chosen
    window = create_main_window(sample_path(language))
    window.resize(1280, 800)  # small enough to ship the guide inside the wheel
    if only_room:
        take_room(window, language, out, app)
        window.document.undo_stack.setClean()
        window.close()
        return
    _shot(window, out / f"main-window-{language}.png", app)
    dialogs = {
        "welcome": WelcomeDialog(window, recent=[]),
        "preferences": PreferencesDialog(window),
        "map-properties": MapPropertiesDialog(window, language),
    }
    for name, dialog in dialogs.items():
        _shot(dialog, out / f"{name}-{language}.png", app)
        dialog.close()
    take_workshop(window, language, out, app)
    take_room(window, language, out, app)
    _insights_shots(window, language, out, app)
    take_two_copies(window, language, out, app)
    window.document.undo_stack.setClean()
    window.close()


def take_workshop(window, language: str, out: Path, app) -> None:
    """The presentation at a projector's 1280 × 720 with a capture box open, and the timer."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    part = window.workshop.part()
    part.countdown.set_minutes(5)
    part.countdown.start()
    presentation = part.present()
    presentation.showNormal()
    presentation.resize(1280, 720)
    _settle(app, 0.3)
    QTest.keyClick(presentation, Qt.Key.Key_Home)
    QTest.keyClick(presentation, Qt.Key.Key_Right)
    presentation.focus.go_lane(1)
    QTest.keyClick(presentation, Qt.Key.Key_Return)
    text = "배달 시간이 안 보여 불안하다" if language == "ko" else "Not sure when it arrives"
    for char in text:
        QApplication.sendEvent(presentation.box, QKeyEvent(
            QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char))
    _shot(presentation, out / f"presentation-{language}.png", app)
    QTest.keyClick(presentation.box, Qt.Key.Key_Escape)
    dialog = part.open_timer()
    _shot(dialog, out / f"timer-{language}.png", app)
    dialog.close()
    presentation.close()
    part.countdown.reset()


def take_room(window, language: str, out: Path, app) -> None:
    """A plan running with its prompt, voting with hidden counts, the reveal, the summary."""
    import subprocess

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from cjm_desktop.main_window.workshop_end import summary_pdf
    from cjm_desktop.model.voting import VoteScope, VoteSettings
    from cjm_desktop.model.workshop_plan import ActivityRecord, builtin_plan
    from cjm_desktop.model.workshop_summary import summary, summary_html

    journey = window.document.journey
    part = window.workshop.part()
    runner = part.start_plan(builtin_plan("journey", language, journey))
    presentation = part.presentation
    presentation.showNormal()
    presentation.resize(1280, 720)
    _settle(app, 0.3)
    _shot(presentation, out / f"plan-running-{language}.png", app)
    runner.finish()
    lane = next(x.id for x in journey.lanes if x.kind == "pain_points")
    names = ["지수", "민호", "서연"] if language == "ko" else ["Ann", "Bo", "Cy"]
    vote = part.start_vote(VoteSettings(3, names, VoteScope.LANE, lane))
    focus = presentation.focus
    busiest = max(journey.stages, key=lambda stage: sum(
        1 for c in vote.session.card_ids if journey.card(c).stage == stage.id))
    focus.go_stage(journey.stages.index(busiest))
    focus.go_lane([x.id for x in journey.lanes if x.kind != "emotions"].index(lane))
    cards = [c for c in vote.session.card_ids if journey.card(c).stage == focus.stage_id]
    for who, picks in zip(names, ([0, 0, 1], [1, 1, 0], [0, 1, 1]), strict=True):
        vote.participant = who
        for pick in picks:
            vote.cast(cards[pick % len(cards)])
    vote.participant = names[2]
    vote.take_back(cards[1 % len(cards)])
    _shot(presentation, out / f"vote-hidden-{language}.png", app)
    QTest.keyClick(presentation, Qt.Key.Key_R)
    _shot(presentation, out / f"vote-reveal-{language}.png", app)
    QTest.keyClick(presentation, Qt.Key.Key_Return)  # recorded in the map, one undo step
    plan, _records, _now = part.records()
    # A made-up morning for the picture: each activity's real minutes, and the cards it brought.
    ids = list(journey.cards)
    took = [22, 18, 9, 25, 10]
    records = [ActivityRecord(index, 0.0, minutes * 60.0, ids[index * 2:index * 2 + 2])
               for index, minutes in enumerate(took)]
    pdf = summary_pdf(summary_html(summary(journey, plan, records, 0.0)))
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "summary.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-singlefile", str(source),
                        str(out / f"summary-{language}")], check=True)
    print(f"summary-{language}.png")
    presentation.close()
    part.countdown.reset()
_TWO_COPIES_TEXT = {
    "ko": ("메뉴 고르기가 너무 오래 걸린다", "쿠폰 적용이 한 번에 된다",
           "인터뷰 3건에서 확인했나요?",
           "네, 2건은 녹취에 있어요", "단계 이름을 ‘주문 결정’으로 바꿀까요?"),
    "en": ("Choosing takes far too long", "Coupons apply in one tap", "Seen in 3 interviews?",
           "Yes, two are in the recordings", "Rename this stage to 'Decide'?"),
}


def take_two_copies(window, language: str, out: Path, app) -> None:
    """The Compare dock with its marks on the canvas, the merge conflict dialog and the
    Comments dock."""
    from PySide6.QtCore import Qt

    from cjm_desktop.files.templates import load_sample
    from cjm_desktop.main_window.merge_dialog import MergeDialog
    from cjm_desktop.model.entities import Card
    from cjm_desktop.model.merge import merge_maps

    changed, added, question, answer, stage_note = _TWO_COPIES_TEXT[language]
    document = window.document
    cards = document.journey.ordered_cards()
    other = load_sample(language)
    other.update_card(cards[0].id, {"text": changed})
    other.remove_card(cards[2].id)
    first = cards[1]
    other.add_card(Card(id=other.new_id("card"), stage=first.stage, step=first.step,
                        lane=first.lane, text=added))
    other.update_persona(other.personas[0].id, {"occupation": changed})
    part = window.two_copies
    part.show_comparison(other, f"food-delivery.{language}.cjm.json")
    window.resizeDocks([part.dock], [440], Qt.Orientation.Horizontal)
    _shot(window, out / f"compare-{language}.png", app)
    part.panel.stop()

    base, theirs = load_sample(language), load_sample(language)
    ours = load_sample(language)
    ours.update_card(cards[0].id, {"text": changed})
    theirs.update_card(cards[0].id, {"text": added})
    theirs.remove_stage(base.stages[-1].id)
    last = base.stages[-1]
    lane = next(lane for lane in ours.lanes if lane.kind != "emotions")
    ours.add_card(Card(id=ours.new_id("card"), stage=last.id,
                       step=last.steps[0].id if last.steps else None, lane=lane.id,
                       text=question))
    ours.update_persona(ours.personas[0].id, {"quote": answer})
    theirs.update_persona(theirs.personas[0].id, {"quote": stage_note})
    result = merge_maps(base, ours, theirs)
    dialog = MergeDialog(result.conflicts, language, "food-delivery.theirs.cjm.json", window)
    dialog.resize(980, 320)
    _shot(dialog, out / f"merge-conflicts-{language}.png", app)
    dialog.close()

    comments = window.comments
    comments.dock.show()
    comments.dock.raise_()
    for target, author, text in ((cards[0].id, "이수민" if language == "ko" else "Sumin Lee",
                                  question), (cards[0].id, "Joon", answer),
                                 (document.journey.stages[0].id, "Joon", stage_note)):
        document.add_comment(target, text, author)
    document.update_comment(document.journey.comments[0].id, {"resolved": True})
    window.canvas.select_ids([cards[0].id])
    window.resizeDocks([comments.dock], [520], Qt.Orientation.Horizontal)
    _shot(window, out / f"comments-{language}.png", app)
    comments.dock.hide()


def main() -> int:
    only_room = "--only-room" in sys.argv
    args = [arg for arg in sys.argv[1:] if arg != "--only-room"]
    out = Path(args[0]) if args else ROOT / "docs" / "images"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        os.environ["HOME"] = home
        os.environ["XDG_CONFIG_HOME"] = str(Path(home) / ".config")
        os.environ["XDG_DATA_HOME"] = str(Path(home) / ".local" / "share")
        for language in ("ko", "en"):
            take(language, out, only_room)
    return 0


if __name__ == "__main__":
    sys.exit(main())
