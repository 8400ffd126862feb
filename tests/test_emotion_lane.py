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


def _header_picture(scene, lane_id):
    from PySide6.QtGui import QColor, QImage, QPainter

    header = scene.lanes[lane_id]
    rect = header.rect
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.translate(-rect.left(), -rect.top())
    header.paint(painter, None, None)
    painter.end()
    return image


def _has_colour(image, colour: str, left: int) -> bool:
    from PySide6.QtGui import QColor

    want = QColor(colour)
    for y in range(image.height() // 2, image.height()):  # the key sits in the lower part
        for x in range(left, image.width()):
            seen = image.pixelColor(x, y)
            if abs(seen.red() - want.red()) + abs(seen.green() - want.green()) + abs(
                    seen.blue() - want.blue()) < 20:
                return True
    return False


def test_the_lane_header_shows_a_key_of_the_shown_personas(qapp):
    document = Document(load_sample("en"))
    scene = JourneyScene(document)
    scene.flush()
    lane_id = next(iter(scene.emotion_lanes))
    journey = document.journey
    first, second = journey.personas[0], journey.personas[1]
    left = 50  # right of the lane's accent stripe and icon
    image = _header_picture(scene, lane_id)
    assert _has_colour(image, first.color, left) and _has_colour(image, second.color, left)
    scene.set_hidden_personas({second.id})  # a persona hidden on the plot leaves the key
    image = _header_picture(scene, lane_id)
    assert _has_colour(image, first.color, left)
    assert not _has_colour(image, second.color, left)
