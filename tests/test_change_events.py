"""Typed, targeted change events: listeners compare ``What`` / ``Entity`` members, react only
to what they show, and a finished emotion drag redraws the canvas lane and the plot once
each, the lane keeping its markers."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from window_helpers import window_fixture  # noqa: F401 (the window fixture)

import cjm_desktop
from cjm_desktop.model import Change, Entity, What
from cjm_desktop.model.ids import emotion_point_id

LEFT, NONE = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


def test_a_change_names_its_kind_and_entity_as_enum_members():
    change = Change("card.added", ("c1",))
    assert change.what is What.CARD_ADDED and change.entity is Entity.CARD
    assert Change(What.PERSONA_UPDATED, ("p1",), ("empathy.says",)).touches("empathy")
    assert not Change(What.PERSONA_UPDATED, ("p1",), ("name",)).touches("color")


def test_no_listener_compares_a_change_with_a_string():
    pattern = re.compile(r"change\.(what|entity)\s*(==|!=|in|not in)\s*[(\[{]?\s*[\"']")
    package = Path(cjm_desktop.__file__).parent
    offenders = [f"{path.relative_to(package)}:{n}"
                 for path in package.rglob("*.py")
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if pattern.search(line)]
    assert offenders == []


def _window_with_plot(window):
    from cjm_desktop.main_window import plot_feature

    window.resize(1600, 1000)
    QApplication.processEvents()
    plot = plot_feature.ensure_plot(window)
    QApplication.processEvents()
    lane = next(iter(window.canvas.journey_scene.emotion_lanes.values()))
    return window, plot, lane


def _count_calls(monkeypatch, obj, name: str) -> list[int]:
    calls: list[int] = []
    original = getattr(obj, name)

    def counted(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(obj, name, counted)
    return calls


def test_releasing_an_emotion_drag_refreshes_the_lane_and_the_plot_once(window, monkeypatch):
    window, plot, lane = _window_with_plot(window)
    document = window.document
    persona = document.journey.personas[0].id
    index = next(i for i, v in enumerate(plot.curves[persona].score_values) if v <= 1.0)
    point = plot.points[index]
    before = document.journey.emotion(persona, point.stage_id, point.step_id).score
    viewport = plot.plot_widget.viewport()
    start = plot.point_scene_pos(persona, index).toPoint()
    end = QPointF(start.x(), plot.value_to_viewport_y(before + 1.0)).toPoint()
    QTest.mouseMove(viewport, start)
    QTest.mousePress(viewport, LEFT, NONE, start)
    for step in range(1, 9):
        QTest.qWait(15)  # pyqtgraph drops mouse moves closer than 10 ms apart
        QTest.mouseMove(viewport, start + (end - start) * step / 8)
    QTest.qWait(15)
    markers = dict(lane.markers)
    lane_refreshes = _count_calls(monkeypatch, lane, "refresh")
    plot_refreshes = _count_calls(monkeypatch, plot, "refresh")
    plot_rebuilds = _count_calls(monkeypatch, plot, "rebuild")
    QTest.mouseRelease(viewport, LEFT, NONE, end)
    QTest.qWait(30)  # any deferred refresh would run now
    assert document.journey.emotion(persona, point.stage_id, point.step_id).score == before + 1
    assert len(lane_refreshes) == 1
    assert len(plot_refreshes) == 1 and not plot_rebuilds
    assert lane.markers == markers  # the same marker items, moved: none recreated
    ident = emotion_point_id(persona, point.stage_id, point.step_id)
    assert lane.markers[ident].score == before + 1


def test_a_drag_that_changes_nothing_still_puts_the_lane_back_once(window, monkeypatch):
    window, plot, lane = _window_with_plot(window)
    persona = window.document.journey.personas[0].id
    index = next(i for i, v in enumerate(plot.curves[persona].score_values) if v <= 1.0)
    point = plot.points[index]
    plot.preview_drag(persona, "score", index, 2.0)
    refreshes = _count_calls(monkeypatch, lane, "refresh")
    plot.end_preview(persona, "score", index)
    unchanged = window.document.journey.emotion(persona, point.stage_id, point.step_id).score
    plot.finish_drag(persona, "score", index, unchanged)
    QTest.qWait(30)
    assert len(refreshes) == 1
    assert window.document.undo_stack.count() == 0


def test_views_ignore_changes_they_do_not_show(window, monkeypatch):
    window, plot, lane = _window_with_plot(window)
    document = window.document
    lane_refreshes = _count_calls(monkeypatch, lane, "refresh")
    plot_rebuilds = _count_calls(monkeypatch, plot, "rebuild")
    persona = document.journey.personas[0]
    document.update_persona(persona.id, {"occupation": "다른 직업"})
    card = next(iter(document.journey.cards.values()))
    document.update_card(card.id, {"text": "다른 글"})
    QTest.qWait(30)
    assert not lane_refreshes and not plot_rebuilds
    document.update_persona(persona.id, {"color": "#112233"})
    assert len(lane_refreshes) == 1 and len(plot_rebuilds) == 1
