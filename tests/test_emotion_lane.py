"""The canvas emotion lane draws the same curves as the plot: as-is and to-be."""

from __future__ import annotations

from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.editing import Document
from cjm_desktop.files.templates import load_sample


def lane_of(scene):
    return next(iter(scene.emotion_lanes.values()))


def test_to_be_scores_draw_a_dashed_curve_and_follow_edits(qapp):
    document = Document(load_sample("ko"))
    scene = JourneyScene(document)
    journey = document.journey
    persona = journey.personas[0]
    futures = [e for e in journey.emotions.values() if e.persona == persona.id and e.to_be]
    lane = lane_of(scene)
    colours = [colour.name() for colour, _paths, _dots in lane._future]
    assert persona.color.lower() in colours
    dots_before = next(d for c, _p, d in lane._future if c.name() == persona.color.lower())
    assert len(dots_before) == len(futures)
    stage_id, step_id = next(p for p in journey.points()
                             if not (journey.emotion(persona.id, *p) or 0)
                             or journey.emotion(persona.id, *p).to_be is None)
    document.set_emotion(persona.id, stage_id, step_id, {"to_be": 2})
    scene.flush()
    dots_after = next(d for c, _p, d in lane._future if c.name() == persona.color.lower())
    assert len(dots_after) == len(futures) + 1
    document.undo_stack.undo()
    scene.flush()
    dots_undone = next(d for c, _p, d in lane._future if c.name() == persona.color.lower())
    assert len(dots_undone) == len(futures)
