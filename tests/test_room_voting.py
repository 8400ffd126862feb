"""Dot voting from phones against the real server on 127.0.0.1: the board lists the vote's
cards, a phone places and takes back dots with its remaining count, counts stay hidden
until the reveal, and a closed vote refuses dots. The activity's prompt reaches the board."""

from __future__ import annotations

import pytest
from room_helpers import call, request

from cjm_desktop.editing import Document
from cjm_desktop.files.templates import load_sample
from cjm_desktop.model.vocab import LaneKind
from cjm_desktop.model.voting import VoteScope, VoteSettings, VotingSession
from cjm_desktop.room.session import RoomSession


@pytest.fixture
def voting_room(qtbot):
    document = Document(load_sample("en"))
    journey = document.journey
    lane = next(la for la in journey.lanes if la.kind != LaneKind.EMOTIONS.value
                and any(c.lane == la.id for c in journey.cards.values()))
    cards = [c.id for c in journey.ordered_cards() if c.lane == lane.id][:3]
    vote = VotingSession(VoteSettings(dots=2, participants=["Facilitator"],
                                      scope=VoteScope.LANE, scope_id=lane.id), cards)
    state = {"vote": vote, "activity": {"title": "Vote", "prompt": "Where does it hurt most?",
                                        "kind": "vote"}}
    session = RoomSession(document, host="127.0.0.1", port=0, voting=lambda: state["vote"],
                          activity=lambda: state["activity"])
    session.start()
    yield session, vote, cards, state
    session.stop()


def _vote(qtbot, session, participant, card, action="cast"):
    return call(qtbot, session.url + "/api/votes",
                {"participant": participant, "card": card, "action": action})


def test_the_board_shows_the_vote_and_the_prompt_with_hidden_counts(voting_room):
    session, _vote_session, cards, _state = voting_room
    board = request(session.url + "/api/board")[1]
    assert board["activity"]["prompt"] == "Where does it hurt most?"
    assert board["vote"]["state"] == "open" and board["vote"]["dots"] == 2
    assert [c["id"] for c in board["vote"]["cards"]] == cards
    assert {c["count"] for c in board["vote"]["cards"]} == {None}  # hidden until the reveal


def test_a_phone_places_and_takes_back_dots_within_its_allowance(voting_room, qtbot):
    session, vote, cards, _state = voting_room
    status, body, _ = _vote(qtbot, session, "phone-a", cards[0])
    assert (status, body) == (200, {"remaining": 1, "dots": {cards[0]: 1}})
    assert _vote(qtbot, session, "phone-a", cards[1])[1]["remaining"] == 0
    status, body, _ = _vote(qtbot, session, "phone-a", cards[2])
    assert status == 409 and body["error"] == "no_dots_left" and body["remaining"] == 0
    status, body, _ = _vote(qtbot, session, "phone-a", cards[1], "take_back")
    assert (status, body["remaining"]) == (200, 1)
    assert _vote(qtbot, session, "phone-b", cards[0])[0] == 200
    assert vote.count(cards[0]) == 2
    assert {"Phone 1", "Phone 2"} <= set(vote.settings.participants)


def test_counts_show_after_the_reveal_and_a_closed_vote_refuses_dots(voting_room, qtbot):
    session, vote, cards, _state = voting_room
    _vote(qtbot, session, "phone-a", cards[0])
    vote.reveal()
    session.publish()
    qtbot.waitUntil(lambda: request(session.url + "/api/board")[1]["vote"]["state"]
                    == "revealed", timeout=3000)
    counts = {c["id"]: c["count"] for c in request(session.url + "/api/board")[1]["vote"]["cards"]}
    assert counts[cards[0]] == 1
    status, body, _ = _vote(qtbot, session, "phone-a", cards[1])
    assert status == 409 and body["error"] == "not_open"


def test_without_a_vote_dots_are_refused(voting_room, qtbot):
    session, _vote_session, cards, state = voting_room
    state["vote"] = None
    session.publish()
    qtbot.waitUntil(lambda: request(session.url + "/api/board")[1]["vote"] is None, timeout=3000)
    status, body, _ = _vote(qtbot, session, "phone-a", cards[0])
    assert status == 409 and "no vote" in body["error"]
    assert _vote(qtbot, session, "phone-a", cards[0], "sideways")[0] == 422
