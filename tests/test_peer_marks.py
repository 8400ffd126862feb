"""Other people's selections on the canvas (live co-editing): an outline in their colour
round each card or stage they selected, with their name; marks follow the map."""

from __future__ import annotations

from canvas_helpers import make_view, settle

from cjm_desktop.canvas.peer_marks import PeerMark, PeerMarkItem
from cjm_desktop.editing.appearance import DARK
from cjm_desktop.model import colors


def marks_on(view, item_id):
    target = view.journey_scene.cards.get(item_id) or view.journey_scene.stages[item_id]
    return [item for item in view.journey_scene.items()
            if isinstance(item, PeerMarkItem) and item.target is target]


def test_a_peer_selection_outlines_the_card_and_stage_and_follows_relayout(qtbot):
    view = make_view(qtbot)
    journey = view.document.journey
    card = journey.ordered_cards()[0].id
    stage = journey.stages[1].id
    view.show_peers([PeerMark("Mina", "#D64545", (card, stage)),
                     PeerMark("Jun", "#2E9E5B", (card,))])
    marks = view.peer_marks.marks()
    assert [name for name, _ in marks[card]] == ["Mina", "Jun"] and marks[stage][0][0] == "Mina"
    assert len(marks_on(view, card)) == 1  # one item: rings, then tags over them
    mark = marks_on(view, card)[0]
    card_rect = view.journey_scene.cards[card].sceneBoundingRect()
    assert mark.sceneBoundingRect().contains(card_rect)
    stage_mark = marks_on(view, stage)[0]
    assert view.journey_scene.stages[stage].sceneBoundingRect().contains(
        stage_mark.mapRectToScene(stage_mark.boundingRect()).adjusted(3, 3, -3, -3))
    # a card added above it moves it down: the outline goes with it
    view.document.add_card(journey.cards[card].cell, text="above", position=0)
    settle(view)
    moved = view.journey_scene.cards[card].sceneBoundingRect()
    assert moved.top() > card_rect.top()
    assert marks_on(view, card)[0].sceneBoundingRect().contains(moved)


def test_marks_of_cards_no_longer_in_the_map_are_dropped(qtbot):
    view = make_view(qtbot)
    card = view.document.journey.ordered_cards()[0].id
    view.show_peers([PeerMark("Mina", "#D64545", (card, "c-gone"))])
    assert set(view.peer_marks.marks()) == {card}
    view.document.remove_cards([card])
    settle(view)
    assert view.peer_marks.marks() == {}
    view.show_peers([])
    assert view.peer_marks.marks() == {}


def test_a_pale_colour_still_stands_out_in_light_and_dark(qtbot):
    view = make_view(qtbot)
    card = view.document.journey.ordered_cards()[0].id
    view.show_peers([PeerMark("Mina", "#FFF4B0", (card,))])
    light = view.peer_marks.marks()[card][0][1]
    assert colors.contrast(light, view.journey_scene.appearance.background.name()) >= 3.0
    view.set_appearance(DARK)
    view.show_peers([PeerMark("Mina", "#1A1A40", (card,))])
    dark = view.peer_marks.marks()[card][0][1]
    assert colors.contrast(dark, DARK.background.name()) >= 3.0
