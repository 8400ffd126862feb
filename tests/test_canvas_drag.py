"""Drag-and-drop on the canvas with real mouse events: cards, stages, lanes, columns."""

from __future__ import annotations

from canvas_helpers import card_center, cell_center, drag, make_view, settle, to_view
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cjm_desktop.canvas.items import CardItem
from cjm_desktop.model.diff import diff_records
from cjm_desktop.model.map_records import records_of


def _first_card_cell(view):
    journey = view.document.journey
    for cell in journey.cells():
        if journey.cell_ids(cell):
            return cell
    raise AssertionError("the sample has cards")


def test_drag_card_to_another_stage_moves_it_and_one_undo_restores(qtbot):
    view = make_view(qtbot)
    journey, scene = view.document.journey, view.journey_scene
    cell = _first_card_cell(view)
    card_id = journey.cell_ids(cell)[0]
    col, row = scene.cell_index(cell)
    target = scene.cell_key(col + 1, row)
    before_target = journey.cell_ids(target)
    stack = view.document.undo_stack
    steps_before = stack.count()

    drag(view, card_center(view, card_id), cell_center(view, col + 1, row))

    assert journey.cards[card_id].cell == target
    assert journey.cell_ids(target) == before_target + [card_id]
    assert stack.count() == steps_before + 1  # one gesture, one undo step
    assert view.document.is_modified()
    # the item followed the model to the new cell
    x, y, w, h = scene.layout.cell_rect(col + 1, row)
    assert x <= card_center(view, card_id).x() <= x + w
    stack.undo()
    settle(view)
    assert journey.cards[card_id].cell == cell
    assert journey.cell_ids(cell)[0] == card_id
    assert not view.document.is_modified()


def test_drag_card_between_two_cards_inserts_it_there(qtbot):
    view = make_view(qtbot)
    journey, scene = view.document.journey, view.journey_scene
    full = [c for c in journey.cells() if len(journey.cell_ids(c)) >= 2]
    source = next(c for c in journey.cells() if journey.cell_ids(c) and c not in full[:1]
                  and c[2] == full[0][2])
    target_ids = journey.cell_ids(full[0])
    moving = journey.cell_ids(source)[0]
    first = scene.card_rect(target_ids[0])
    drop_at = QPointF(first.center().x(), first.bottom() + 3)  # just below the first card
    drag(view, card_center(view, moving), drop_at)
    assert journey.cell_ids(full[0])[:2] == [target_ids[0], moving]


def test_drag_multiple_selected_cards_moves_them_together(qtbot):
    view = make_view(qtbot)
    journey, scene = view.document.journey, view.journey_scene
    cell = next(c for c in journey.cells() if len(journey.cell_ids(c)) >= 2)
    ids = journey.cell_ids(cell)[:2]
    view.select_ids(ids)
    col, row = scene.cell_index(cell)
    drag(view, card_center(view, ids[0]), cell_center(view, col + 1, row))
    target = scene.cell_key(col + 1, row)
    assert journey.cell_ids(target)[-2:] == ids
    assert view.document.undo_stack.count() == 1
    view.document.undo_stack.undo()
    assert journey.cell_ids(cell)[:2] == ids


def test_stage_header_drag_reorders_stages_with_their_cards_and_emotions(qtbot):
    view = make_view(qtbot, size=(1800, 1000))
    view.fit_map()
    settle(view)
    journey, scene = view.document.journey, view.journey_scene
    first, second = journey.stages[0], journey.stages[1]
    cards_of_first = {c.id for c in journey.cards.values() if c.stage == first.id}
    emotions_of_first = {k: e.score for k, e in journey.emotions.items() if k[1] == first.id}
    header = scene.stages[first.id].sceneBoundingRect()
    x2, w2 = scene.layout.stage_spans[second.id]
    drag(view, QPointF(header.center().x(), 20), QPointF(x2 + w2 * 0.8, 20))
    assert [s.id for s in journey.stages[:2]] == [second.id, first.id]
    assert {c.id for c in journey.cards.values() if c.stage == first.id} == cards_of_first
    assert {k: e.score for k, e in journey.emotions.items() if k[1] == first.id} == \
        emotions_of_first
    # the header moved with the stage
    assert scene.stages[first.id].sceneBoundingRect().left() > header.left()
    view.document.undo_stack.undo()
    assert journey.stages[0].id == first.id


def test_lane_header_drag_reorders_lanes(qtbot):
    view = make_view(qtbot, size=(1800, 1200))
    view.fit_map()
    settle(view)
    journey, scene = view.document.journey, view.journey_scene
    order = [lane.id for lane in journey.lanes]
    lay = scene.layout
    start = QPointF(60, lay.row_y[0] + lay.row_h[0] / 2)
    end = QPointF(60, lay.row_y[2] + lay.row_h[2] * 0.8)
    drag(view, start, end)
    assert [lane.id for lane in journey.lanes] == order[1:3] + [order[0]] + order[3:]


def test_column_edge_drag_widens_the_column(qtbot):
    view = make_view(qtbot)
    scene = view.journey_scene
    lay = scene.layout
    edge_x = lay.col_x[0] + lay.col_w[0]
    old = lay.col_w[0]
    drag(view, QPointF(edge_x - 1, 30), QPointF(edge_x + 80, 30))
    assert scene.layout.col_w[0] >= old + 70
    assert view.document.undo_stack.count() == 0  # a view setting, not a map edit


def test_dropping_card_on_emotion_lane_changes_nothing(qtbot):
    view = make_view(qtbot)
    journey, scene = view.document.journey, view.journey_scene
    emotion_row = next(r for r in range(len(scene.layout.lane_ids)) if not scene.is_card_row(r))
    cell = _first_card_cell(view)
    card_id = journey.cell_ids(cell)[0]
    col, _row = scene.cell_index(cell)
    x, y, w, h = scene.layout.cell_rect(col, emotion_row)
    drag(view, card_center(view, card_id), QPointF(x + w / 2, y + h / 2))
    assert journey.cards[card_id].cell == cell
    assert view.document.undo_stack.count() == 0
    assert scene.card_rect(card_id).top() >= scene.layout.row_y[scene.cell_index(cell)[1]]


def _remote(document, *, card_id: str, **values) -> None:
    """Someone else's change to one card, as a live session hands it to the Document."""
    before = records_of(document.journey)
    after = {kind: dict(table) for kind, table in before.items()}
    after["card"][card_id] = {**after["card"][card_id], **values}
    document.apply_remote(diff_records(before, after))


def test_a_remote_edit_during_a_drag_leaves_the_card_under_the_mouse(qtbot):
    """Live co-editing: someone else's longer text in the cell below the dragged card is laid
    out at once (the cards under it move down), the dragged card stays where the mouse is,
    and the drop still lands where it was aimed."""
    view = make_view(qtbot)
    journey, scene, vp = view.document.journey, view.journey_scene, view.viewport()
    cell = next(c for c in journey.cells() if len(journey.cell_ids(c)) >= 2)
    moving, other = journey.cell_ids(cell)[:2]
    below = journey.cell_ids(cell)[2:]
    col, row = scene.cell_index(cell)
    target = scene.cell_key(col + 1, row)
    start, end = to_view(view, card_center(view, moving)), to_view(view,
                                                                    cell_center(view, col + 1, row))
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 5):
        QTest.mouseMove(vp, start + (end - start) * (i / 8))
    held_at = scene.cards[moving].pos()
    tops = {card: scene.cards[card].pos().y() for card in below}
    _remote(view.document, card_id=other, text="someone else wrote a much longer text " * 6)
    QApplication.processEvents()
    assert scene.cards[moving].pos() == held_at
    assert all(scene.cards[card].pos().y() > tops[card] for card in below)
    for i in range(5, 9):
        QTest.mouseMove(vp, start + (end - start) * (i / 8))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    settle(view)
    assert journey.cards[moving].cell == target
    assert journey.cards[other].text.startswith("someone else wrote")
    assert view.document.undo_stack.count() == 1  # the drag; the remote edit is no step


def test_a_card_removed_by_someone_else_during_its_drag_is_not_moved(qtbot):
    view = make_view(qtbot)
    journey, scene, vp = view.document.journey, view.journey_scene, view.viewport()
    cell = _first_card_cell(view)
    moving = journey.cell_ids(cell)[0]
    col, row = scene.cell_index(cell)
    start, end = to_view(view, card_center(view, moving)), to_view(view,
                                                                    cell_center(view, col + 1, row))
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(vp, start + (end - start) * 0.5)
    before = records_of(journey)
    after = {kind: dict(table) for kind, table in before.items()}
    del after["card"][moving]
    view.document.apply_remote(diff_records(before, after))
    QTest.mouseMove(vp, end)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    settle(view)
    assert moving not in journey.cards
    assert view.document.undo_stack.count() == 0


def test_a_card_edit_measures_only_that_card_again(qtbot, monkeypatch):
    view = make_view(qtbot)
    journey, scene = view.document.journey, view.journey_scene
    card_id = journey.ordered_cards()[0].id
    measured: list[str] = []
    measure = CardItem.measure
    def counted(item, *args):
        measured.append(item.card_id)
        return measure(item, *args)

    monkeypatch.setattr(CardItem, "measure", counted)
    _remote(view.document, card_id=card_id, text="a new text")
    settle(view)
    assert measured == [card_id]
    view.document.update_card(card_id, {"text": "a longer text " * 10})
    settle(view)
    assert measured == [card_id, card_id]
    assert scene.cards[card_id].height > 0


def _remote_new_card(document, cell, card_id: str, text: str) -> None:
    before = records_of(document.journey)
    after = {kind: dict(table) for kind, table in before.items()}
    template = next(iter(after["card"].values()))
    after["card"][card_id] = {**template, "stage": cell[0], "step": cell[1], "lane": cell[2],
                              "text": text}
    document.apply_remote(diff_records(before, after))


def _press_and_move(view, card_id: str, to: QPointF) -> None:
    vp = view.viewport()
    start, end = to_view(view, card_center(view, card_id)), to_view(view, to)
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 5):
        QTest.mouseMove(vp, start + (end - start) * (i / 4))


def _first_card_and_its_neighbour(qtbot):
    """A view, the first card of the first cell with cards, its cell's (col, row), and the
    cell to its right."""
    view = make_view(qtbot)
    journey, scene = view.document.journey, view.journey_scene
    cell = _first_card_cell(view)
    col, row = scene.cell_index(cell)
    return view, journey.cell_ids(cell)[0], (col, row), scene.cell_key(col + 1, row)


def test_rows_that_grow_during_a_drag_wait_for_the_drop(qtbot):
    """Someone else's new card would make a row taller: the grid stays as the person sees
    it until the drop (nothing jumps under the mouse), the new card shows then."""
    view, moving, (col, row), other = _first_card_and_its_neighbour(qtbot)
    journey, scene, vp = view.document.journey, view.journey_scene, view.viewport()
    rows_before = list(scene.layout.row_h)
    end = cell_center(view, col + 1, row)
    _press_and_move(view, moving, end)
    _remote_new_card(view.document, other, "c-remote", "a long card from someone else " * 12)
    QApplication.processEvents()
    assert scene.layout.row_h == rows_before
    assert not scene.cards["c-remote"].isVisible()
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       to_view(view, end))
    settle(view)
    assert journey.cards[moving].cell == other
    assert scene.cards["c-remote"].isVisible()
    assert scene.layout.row_h[row] > rows_before[row]
    rect = scene.card_rect("c-remote")
    x, y, w, h = scene.layout.cell_rect(col + 1, row)
    assert x <= rect.center().x() <= x + w and y <= rect.center().y() <= y + h


def test_a_long_drag_holds_the_rows_back_for_a_while_only(qtbot, monkeypatch):
    from cjm_desktop.canvas import scene as scene_module

    monkeypatch.setattr(scene_module, "FRAME_HOLD_MS", 100)
    view, moving, (col, row), other = _first_card_and_its_neighbour(qtbot)
    journey, scene, vp = view.document.journey, view.journey_scene, view.viewport()
    end = cell_center(view, col + 1, row)
    _press_and_move(view, moving, end)
    _remote_new_card(view.document, other, "c-remote", "long " * 60)
    qtbot.waitUntil(lambda: scene.cards["c-remote"].isVisible(), timeout=3000)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       to_view(view, end))
    settle(view)
    assert journey.cards[moving].cell == other


def test_a_drop_lands_after_the_card_it_was_shown_after(qtbot):
    """Someone else's card added at the top of the target cell during the drag is not shown
    yet; the drop still lands where the marker was: after the card it was shown after."""
    view, moving, _cell, target = _first_card_and_its_neighbour(qtbot)
    journey, scene, vp = view.document.journey, view.journey_scene, view.viewport()
    first = journey.cell_ids(target)[0]
    below_first = scene.card_rect(first)
    end = QPointF(below_first.center().x(), below_first.bottom() + 3)
    _press_and_move(view, moving, end)
    _remote_new_card(view.document, target, "c-remote", "someone else's long card " * 20)
    view.document.move_cards(["c-remote"], target, 0, origin="remote-test")  # at the top
    QApplication.processEvents()
    assert not scene.cards["c-remote"].isVisible()  # the row it makes taller waits
    QTest.mouseMove(vp, to_view(view, end))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       to_view(view, end))
    settle(view)
    ids = journey.cell_ids(target)
    assert ids.index(moving) == ids.index(first) + 1


def test_a_cell_emptied_by_an_edit_shows_no_cards_to_drop_among(qtbot):
    """The drop index is counted among the cards a cell shows: once its last card moved
    away, the cell shows none (not the card that left)."""
    view = make_view(qtbot)
    journey, scene = view.document.journey, view.journey_scene
    cell = _first_card_cell(view)
    col, row = scene.cell_index(cell)
    target = scene.cell_key(col + 1, row)
    leaving = journey.cell_ids(cell)
    view.document.move_cards(leaving, target, 0)
    scene.flush()
    assert scene.shown_ids(col, row) == []
    assert scene.shown_ids(col + 1, row)[:len(leaving)] == leaving
