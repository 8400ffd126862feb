"""Text reads in both themes: WCAG AA contrast (4.5:1 body text, 3:1 large text), measured
on what is painted — every dock, the canvas (stage bands, cards, chips, lane headers) and
nine dialogs, in the light and the dark theme — including on colours a person chose for a
stage, a card or a persona, whose text colour is picked for them (model.colors).
"""

from __future__ import annotations

import pytest
from contrast_measure import low_contrast, measure
from PySide6.QtCore import QRect, QRectF
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from cjm_desktop.app import create_main_window
from cjm_desktop.canvas import style as st
from cjm_desktop.main_window import plot_feature
from cjm_desktop.main_window.preferences import PreferencesDialog
from cjm_desktop.model import Emotion
from cjm_desktop.model.colors import (
    BODY_TEXT,
    LARGE_TEXT,
    contrast,
    legible,
    text_on,
)
from cjm_desktop.plots.emotion_dialog import EmotionDialog

DOCKS = ("personaPanel", "emotionDock", "palette", "history", "inspector")
# colours a person may choose: pale, saturated, dark, mid grey, pure black and white
CHOSEN = ("#FFF59D", "#FFEB3B", "#00FF00", "#E5534B", "#1E3A8A", "#808080", "#000000",
          "#FFFFFF", "#22D3EE", "#7C3AED")


# ----- the colour rules themselves --------------------------------------------------------
def test_contrast_is_the_wcag_ratio():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast("#123456", "#123456") == pytest.approx(1.0)


@pytest.mark.parametrize("background", CHOSEN)
def test_text_on_any_chosen_colour_reads_as_body_text(background):
    assert contrast(text_on(background), background) >= BODY_TEXT


@pytest.mark.parametrize("background", CHOSEN)
@pytest.mark.parametrize("ink", ("#E8B923", "#3B82F6", "#6B7280", "#A3AAB6", "#FFFFFF"))
def test_a_coloured_ink_keeps_its_hue_but_reaches_the_ratio(ink, background):
    shade = legible(ink, background)
    assert contrast(shade, background) >= BODY_TEXT
    if contrast(ink, background) >= BODY_TEXT:
        assert shade == ink  # a colour that reads is left alone


# ----- the window -------------------------------------------------------------------------
@pytest.fixture(params=["light", "dark"])
def window(qtbot, request):
    """The window in each theme, its stages, some cards and its personas in colours a
    person might choose."""
    win = create_main_window()
    win.resize(1600, 1000)
    win.show()
    qtbot.waitExposed(win)
    plot_feature.ensure_plot(win)
    win.theme.apply(request.param)
    choose_colours(win)
    QApplication.processEvents()
    yield win
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()


def choose_colours(window) -> None:
    """Give stages, some cards and the personas colours a person might pick."""
    document = window.document
    journey = document.journey
    for stage, colour in zip(journey.stages, CHOSEN, strict=False):
        document.update_stage(stage.id, {"color": colour})
    cards = [c for c in journey.ordered_cards() if c.stage == journey.stages[0].id]
    for card, colour in zip(cards, CHOSEN, strict=False):
        document.update_card(card.id, {"color": colour})
    for persona, colour in zip(journey.personas, ("#FFEB3B", "#000000"), strict=False):
        document.update_persona(persona.id, {"color": colour})
    QApplication.processEvents()


def test_every_dock_reads(qtbot, window):
    problems = []
    for name in DOCKS:
        dock = window.findChild(QDockWidget, name)
        assert dock is not None and dock.isVisible(), name
        problems += [f"{name}: {p}" for p in low_contrast(dock)]
    assert not problems, "\n".join(problems)


def make_dialog(window, name: str) -> QWidget:
    from cjm_desktop.main_window.export_feature import ExportOptions
    from cjm_desktop.main_window.file_controller import TemplateChooser
    from cjm_desktop.main_window.structure_menus import MapPropertiesDialog
    from cjm_desktop.main_window.welcome import WelcomeDialog
    from cjm_desktop.panels.insights_window import InsightsWindow

    journey = window.document.journey
    if name == "preferences":
        return PreferencesDialog(window)
    if name == "emotion":
        persona, stage = journey.personas[0], journey.stages[0]
        emotion = journey.emotion(persona.id, stage.id, None) or Emotion(persona.id, stage.id,
                                                                         None)
        return EmotionDialog(emotion, "Kim · Deciding", "en", window)
    if name == "map properties":
        return MapPropertiesDialog(window, "en")
    if name == "welcome":
        return WelcomeDialog(window, [])
    if name == "export options":
        return ExportOptions(window, "pdf")
    if name == "new map":
        return TemplateChooser(window)
    if name == "import summary":
        from cjm_desktop.files.import_report import ImportReport
        from cjm_desktop.main_window.import_summary import ImportSummary

        report = ImportReport(path="table.csv", source="CSV", rows=3, card_rows=2,
                              skipped=[("row 4", "no text")], kept_columns=["Owner"])
        return ImportSummary(window, report)
    if name == "timer":
        from cjm_desktop.workshop.timer import Countdown
        from cjm_desktop.workshop.timer_dialog import TimerDialog

        return TimerDialog(Countdown(parent=window), window)
    assert name == "insights"
    return InsightsWindow(window.document, "en", window)


DIALOGS = ("preferences", "emotion", "map properties", "welcome", "export options", "new map",
           "insights", "import summary", "timer")


def test_every_dialog_reads(qtbot, window):
    problems: list[str] = []
    for name in DIALOGS:
        dialog = make_dialog(window, name)
        dialog.show()
        qtbot.waitExposed(dialog)
        try:
            problems += [f"{name}: {p}" for p in low_contrast(dialog)]
        finally:
            dialog.close()
            dialog.deleteLater()
    assert not problems, "\n".join(problems)


def _refused(window, name: str) -> tuple[QWidget, QWidget]:
    """A dialog that has said why it cannot go on, and the line that says it."""
    from cjm_desktop.live.join_dialog import JoinDialog
    from cjm_desktop.workshop.vote_dialog import VoteDialog

    if name == "preferences":
        dialog = PreferencesDialog(window)
        dialog.sync_url.setText("not an address")
        dialog.accept()
        return dialog, dialog.sync_problem
    if name == "join live":
        join = JoinDialog(window, join=lambda *_args: None)
        join.address.setText("not an address")
        join.accept()
        return join, join.problem
    assert name == "dot vote"
    vote = VoteDialog(window, None, None, None)
    vote.people.setPlainText("")
    vote._accept()  # what its OK button does
    return vote, vote.problem


@pytest.mark.parametrize("name", ["preferences", "join live", "dot vote"])
def test_a_dialogs_reason_for_refusing_reads(qtbot, window, name):
    """The red line under a field that was refused reads in either theme."""
    dialog, line = _refused(window, name)
    dialog.show()
    qtbot.waitExposed(dialog)
    try:
        assert line.isVisible() and line.text()
        assert low_contrast(dialog) == []
    finally:
        dialog.close()
        dialog.deleteLater()


def _viewport_rect(view, item, rect: QRectF) -> QRect:
    polygon = view.mapFromScene(item.mapToScene(rect))
    ratio = view.viewport().devicePixelRatioF()
    box = polygon.boundingRect()
    return QRect(round(box.x() * ratio), round(box.y() * ratio),
                 round(box.width() * ratio), round(box.height() * ratio))


def test_canvas_text_reads_on_chosen_colours(qtbot, window):
    view = window.canvas
    scene = view.journey_scene
    scene.flush()
    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(0)
    QApplication.processEvents()
    picture = view.viewport().grab().toImage()
    visible = QRectF(view.mapToScene(view.viewport().rect()).boundingRect())
    problems: list[str] = []
    measured = 0

    def check(what: str, item, rect: QRectF, needed: float = BODY_TEXT) -> None:
        nonlocal measured
        if not visible.contains(item.mapToScene(rect).boundingRect()):
            return
        found = measure(picture, _viewport_rect(view, item, rect))
        if found is None:
            return
        measured += 1
        if found.ratio < needed:
            problems.append(f"{what}: {found}")

    journey = scene.journey
    for stage in journey.stages:
        header = scene.stages[stage.id]
        r = header.rect
        # the name (15 px bold: large text is 14 pt bold ≈ 18.7 px, so body text here)
        check(f"stage {stage.name!r} on {stage.color}", header,
              QRectF(r.left() + 10, r.top() + 10, min(r.width() - 20, 160), 24))
        if stage.desired_experience:
            check(f"desired experience of {stage.name!r}", header,
                  QRectF(r.left() + 10, r.top() + 38, min(r.width() - 20, 160), 14))
    for step_id, header in scene.steps.items():
        r = header.rect
        check(f"step {step_id}", header, QRectF(r.left() + 10, r.top() + 3,
                                                 min(r.width() - 20, 120), r.height() - 6))
    for lane_id, header in scene.lanes.items():
        r = header.rect
        check(f"lane {lane_id}", header, QRectF(r.left() + 50, r.top() + 14,
                                                 r.width() - 60, 22))
    for card in journey.ordered_cards():
        item = scene.cards.get(card.id)
        if item is None:
            continue
        check(f"card {card.text[:20]!r} on {card.color or card.kind}", item,
              QRectF(st.CARD_STRIP + st.CARD_PAD_X, st.CARD_PAD_Y,
                     item.width - st.CARD_STRIP - 2 * st.CARD_PAD_X, 15))
    assert measured >= 20  # the canvas was really looked at
    assert not problems, "\n".join(problems)


def test_persona_initials_read_on_their_colour(qtbot):
    from cjm_desktop.panels.photo import round_thumbnail

    for colour in CHOSEN:
        image = round_thumbnail(None, 48, colour, "K", 1.0).toImage()
        found = measure(image, QRect(14, 10, 20, 28))
        assert found is not None and found.ratio >= LARGE_TEXT, (colour, str(found))

