"""Compare and three-way merge of maps (model/diff.py, model/merge.py): what a person sees
after combining two copies of a map."""

from __future__ import annotations

import pytest

from cjm_desktop.files import map_to_dict
from cjm_desktop.files.templates import load_sample
from cjm_desktop.model.diff import ChangeKind, describe, diff_maps
from cjm_desktop.model.entities import Card, Lane, Persona, Stage
from cjm_desktop.model.map_records import map_of, records_of
from cjm_desktop.model.merge import Side, merge_maps


def _three(language: str = "en"):
    return load_sample(language), load_sample(language), load_sample(language)


def _first_card(journey):
    return journey.ordered_cards()[0]


def _cell_in(journey, stage, lane_index=1):
    step = stage.steps[0].id if stage.steps else None
    lanes = [lane for lane in journey.lanes if lane.kind != "emotions"]
    return stage.id, step, lanes[lane_index].id


@pytest.mark.parametrize("language", ["ko", "en"])
def test_records_build_back_the_same_map(language):
    journey = load_sample(language)
    assert map_to_dict(map_of(records_of(journey))) == map_to_dict(journey)


def test_equal_maps_have_no_differences():
    a, b, _ = _three()
    assert diff_maps(a, b) == []


def test_diff_lists_every_kind_of_change_by_id():
    a, b, _ = _three()
    card = _first_card(b)
    b.update_card(card.id, {"text": "Changed text"})
    persona = b.personas[0]
    b.update_persona(persona.id, {"occupation": "Nurse", "empathy.says": ["hi"]})
    b.move_stage(b.stages[0].id, 2)
    b.add_lane(Lane(id="l900", kind="free_text", title="New lane"))
    removed = b.ordered_cards()[-1].id
    b.remove_card(removed)
    stage = b.stages[0]
    b.set_emotion(persona.id, stage.id, stage.steps[0].id if stage.steps else None,
                  {"score": 2})
    b.update_checklist(b.checklist[0].question, {"answer": "yes"})
    b.update_info({"title": "Another title"})
    found = {(d.kind, d.key, d.change, d.field) for d in diff_maps(a, b)}
    assert ("card", card.id, ChangeKind.CHANGED, "text") in found
    assert ("persona", persona.id, ChangeKind.CHANGED, "occupation") in found
    assert ("persona", persona.id, ChangeKind.CHANGED, "empathy.says") in found
    assert ("lane", "l900", ChangeKind.ADDED, "") in found
    assert ("card", removed, ChangeKind.REMOVED, "") in found
    assert ("info", "map", ChangeKind.CHANGED, "title") in found
    assert ("checklist", b.checklist[0].question, ChangeKind.CHANGED, "answer") in found
    assert any(d[0] == "emotion" for d in found)
    assert any(d[0] == "stage" and d[2] is ChangeKind.MOVED for d in found)


def test_difference_lines_are_in_the_maps_language():
    a, b, _ = _three("ko")
    card = _first_card(b)
    b.update_card(card.id, {"text": "새 글"})
    [difference] = diff_maps(a, b)
    line = describe(difference, "ko")
    assert line.startswith("카드 ") and "텍스트" in line and "“새 글”" in line
    assert "Card " in describe(difference, "en") and "Text" in describe(difference, "en")


def test_saving_again_is_no_difference():
    a, b, _ = _three()
    b.info.modified = "2030-01-01T00:00:00+00:00"
    assert diff_maps(a, b) == []


def test_one_sided_changes_are_taken_and_equal_changes_once():
    base, ours, theirs = _three()
    card = _first_card(ours)
    ours.update_card(card.id, {"text": "Ours"})
    persona = theirs.personas[0]
    theirs.update_persona(persona.id, {"name": "Theirs"})
    for side in (ours, theirs):
        side.update_info({"owner": "Both"})
    result = merge_maps(base, ours, theirs)
    assert result.conflicts == []
    merged = result.journey()
    assert merged.cards[card.id].text == "Ours"
    assert merged.persona(persona.id).name == "Theirs"
    assert merged.info.owner == "Both"


def test_a_card_moved_on_one_side_and_edited_on_the_other_keeps_both():
    base, ours, theirs = _three()
    card = _first_card(ours)
    ours.update_card(card.id, {"text": "Edited"})
    target = _cell_in(theirs, theirs.stages[2])
    theirs.move_card(card.id, target)
    result = merge_maps(base, ours, theirs)
    assert result.conflicts == []
    merged = result.journey().cards[card.id]
    assert (merged.text, merged.cell) == ("Edited", target)


def test_the_same_field_changed_differently_is_a_conflict_with_both_values():
    base, ours, theirs = _three()
    card = _first_card(ours)
    ours.update_card(card.id, {"text": "Ours"})
    theirs.update_card(card.id, {"text": "Theirs"})
    result = merge_maps(base, ours, theirs)
    [conflict] = result.conflicts
    assert (conflict.kind, conflict.key, conflict.field) == ("card", card.id, "text")
    assert (conflict.ours, conflict.theirs) == ("Ours", "Theirs")
    assert result.journey(prefer=Side.OURS).cards[card.id].text == "Ours"
    assert result.journey(prefer=Side.THEIRS).cards[card.id].text == "Theirs"
    assert result.journey({0: Side.THEIRS}).cards[card.id].text == "Theirs"


def test_a_new_card_in_a_stage_the_other_side_deleted_is_a_conflict_not_a_loss():
    base, ours, theirs = _three()
    stage = base.stages[-1]
    theirs.remove_stage(stage.id)
    ours.add_card(Card(id="c900", stage=stage.id, lane=_cell_in(ours, stage)[2],
                       step=_cell_in(ours, stage)[1], text="Added in the room"))
    result = merge_maps(base, ours, theirs)
    [conflict] = result.conflicts
    assert (conflict.kind, conflict.key) == ("stage", stage.id)
    assert conflict.theirs is None and conflict.ours is not None
    assert ("card", "c900") in conflict.needed_by
    assert "c900" in conflict.describe("en")
    kept = result.journey({0: Side.OURS})
    assert kept.cards["c900"].stage == stage.id
    dropped = result.journey({0: Side.THEIRS})
    assert "c900" not in dropped.cards and stage.id not in {s.id for s in dropped.stages}


def test_deleted_on_one_side_and_changed_on_the_other_is_a_conflict():
    base, ours, theirs = _three()
    card = _first_card(ours)
    ours.remove_card(card.id)
    theirs.update_card(card.id, {"text": "Still needed"})
    result = merge_maps(base, ours, theirs)
    [conflict] = result.conflicts
    assert (conflict.key, conflict.field, conflict.ours) == (card.id, "", None)
    assert card.id not in result.journey(prefer=Side.OURS).cards
    assert result.journey(prefer=Side.THEIRS).cards[card.id].text == "Still needed"


def test_new_records_under_the_same_id_on_both_sides_are_both_kept():
    base, ours, theirs = _three()
    cell = _cell_in(base, base.stages[0])
    for side, text in ((ours, "from ours"), (theirs, "from theirs")):
        side.add_card(Card(id=side.new_id("card"), stage=cell[0], step=cell[1], lane=cell[2],
                           text=text))
        side.add_persona(Persona(id="p77", name=text))
    result = merge_maps(base, ours, theirs)
    assert result.conflicts == []
    merged = result.journey()
    texts = [card.text for card in merged.cards.values()]
    assert texts.count("from ours") == 1 and texts.count("from theirs") == 1
    assert sorted(p.name for p in merged.personas if p.name.startswith("from")) == [
        "from ours", "from theirs"]


def test_stages_added_on_both_sides_keep_their_place():
    base, ours, theirs = _three()
    ours.add_stage(Stage(id="s500", name="Ours"), 1)
    theirs.add_stage(Stage(id="s600", name="Theirs"), 3)
    merged = merge_maps(base, ours, theirs).journey()
    names = [stage.name for stage in merged.stages]
    assert names.index("Ours") == 1
    assert names[names.index("Theirs") - 1] == base.stages[2].name


def test_a_reorder_on_one_side_is_kept():
    base, ours, theirs = _three()
    theirs.move_stage(theirs.stages[0].id, 3)
    ours.update_stage(ours.stages[1].id, {"name": "Renamed"})
    merged = merge_maps(base, ours, theirs).journey()
    assert [s.id for s in merged.stages] == [s.id for s in theirs.stages]
    assert merged.stages[0].name == "Renamed"


@pytest.mark.parametrize("language", ["ko", "en"])
def test_merging_two_edited_copies_of_each_sample(language):
    base, ours, theirs = _three(language)
    cards = [card.id for card in base.ordered_cards()]
    ours.update_card(cards[0], {"text": "ours 1"})
    ours.remove_card(cards[5])
    ours.update_persona(ours.personas[0].id, {"quote": "ours quote"})
    theirs.update_card(cards[1], {"tags": ["theirs"]})
    theirs.move_card(cards[2], _cell_in(theirs, theirs.stages[1], 2), 0)
    theirs.update_persona(theirs.personas[1].id, {"segment.region": "Busan"})
    theirs.add_card(Card(id=theirs.new_id("card"), stage=base.stages[0].id,
                         step=_cell_in(base, base.stages[0])[1],
                         lane=_cell_in(base, base.stages[0])[2], text="theirs new"))
    result = merge_maps(base, ours, theirs)
    assert result.conflicts == []
    merged = result.journey()
    assert merged.cards[cards[0]].text == "ours 1"
    assert cards[5] not in merged.cards
    assert merged.cards[cards[1]].tags == ["theirs"]
    assert merged.cards[cards[2]].cell == theirs.cards[cards[2]].cell
    assert merged.personas[0].quote == "ours quote"
    assert merged.personas[1].segment.region == "Busan"
    assert "theirs new" in {card.text for card in merged.cards.values()}
    assert len(merged.cards) == len(base.cards)
    assert merge_maps(base, ours, ours).journey() == ours


def test_taking_every_difference_gives_the_other_map_and_none_keeps_this_one():
    from cjm_desktop.model.diff import diff_records
    from cjm_desktop.model.take_changes import take_differences

    a, b, _ = _three()
    card = _first_card(b)
    b.update_card(card.id, {"text": "Other"})
    b.move_card(card.id, _cell_in(b, b.stages[2]), 0)
    b.remove_card(b.ordered_cards()[-1].id)
    b.add_card(Card(id="c800", stage=b.stages[1].id, step=_cell_in(b, b.stages[1])[1],
                    lane=_cell_in(b, b.stages[1])[2], text="New"), 0)
    b.move_stage(b.stages[0].id, 3)
    ra, rb = records_of(a), records_of(b)
    differences = diff_records(ra, rb)
    assert map_to_dict(map_of(take_differences(ra, rb, differences))) == map_to_dict(b)
    assert map_to_dict(map_of(take_differences(ra, rb, []))) == map_to_dict(a)
    only_text = [d for d in differences if d.field == "text"]
    taken = map_of(take_differences(ra, rb, only_text))
    assert taken.cards[card.id].text == "Other"
    assert taken.cards[card.id].cell == a.cards[card.id].cell != b.cards[card.id].cell


def test_comments_are_compared_and_merged_like_everything_else():
    from cjm_desktop.model.entities import Comment

    base, ours, theirs = _three()
    card = _first_card(base).id
    ours.add_comment(Comment(id=ours.new_id("comment"), target=card, author="Mina",
                             time="2026-12-01T10:00:00+09:00", text="Is this still true?"))
    theirs.add_comment(Comment(id=theirs.new_id("comment"), target=card, author="Joon",
                               time="2026-12-01T11:00:00+09:00", text="Checked in the room"))
    assert [d.kind for d in diff_maps(base, ours)] == ["comment"]
    result = merge_maps(base, ours, theirs)
    assert result.conflicts == []
    merged = result.journey()
    assert sorted(c.text for c in merged.comments_on(card)) == [
        "Checked in the room", "Is this still true?"]
    resolved = merged.comments[0].id
    later = map_of(records_of(merged))
    later.update_comment(resolved, {"resolved": True})
    [change] = diff_maps(merged, later)
    assert (change.kind, change.field, change.after) == ("comment", "resolved", True)


def test_one_new_id_on_two_kinds_of_record_keeps_both():
    base, ours, theirs = _three()
    ours.add_stage(Stage(id="x1", name="Ours stage"))
    cell = _cell_in(base, base.stages[0])
    theirs.add_card(Card(id="x1", stage=cell[0], step=cell[1], lane=cell[2], text="Theirs card"))
    result = merge_maps(base, ours, theirs)
    merged = result.journey()
    assert "Ours stage" in {s.name for s in merged.stages}
    assert "Theirs card" in {c.text for c in merged.cards.values()}
    assert result.renamed == {"x1": result.renamed["x1"]} and result.renamed["x1"] != "x1"


# ----- the workshop plan, dot votes and a card's author ---------------------------------------
def _with_workshop(journey):
    from cjm_desktop.model.voting import VoteSettings, VoteTally
    from cjm_desktop.model.workshop_plan import builtin_plan

    journey.set_workshop_plan(builtin_plan("journey", journey.info.language, journey))
    cards = [card.id for card in journey.ordered_cards()]
    journey.add_vote_tally(VoteTally("First vote", VoteSettings(participants=["Mina", "Joon"]),
                                     [("Mina", cards[0]), ("Joon", cards[1])]))
    return journey


def _tally(title, card_id, who="Mina"):
    from cjm_desktop.model.voting import VoteSettings, VoteTally

    return VoteTally(title, VoteSettings(participants=[who]), [(who, card_id)])


@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_plan_and_the_votes_build_back_the_same_map(language):
    journey = _with_workshop(load_sample(language))
    assert map_to_dict(map_of(records_of(journey))) == map_to_dict(journey)


def test_plan_and_vote_differences_read_as_sentences_in_both_languages():
    a = _with_workshop(load_sample("en"))
    b = map_of(records_of(a))
    plan = b.workshop_plan
    plan.activities[1].minutes = 25
    plan.activities[4].vote.dots = 5
    b.set_workshop_plan(plan)
    b.add_vote_tally(_tally("Second vote", _first_card(b).id))
    lines = [describe(d, "en") for d in diff_maps(a, b)]
    assert lines == [
        "Workshop plan · Activity 2 “Thoughts and feelings” · Minutes: 20 → 25",
        "Workshop plan · Activity 5 “Vote on pain points” · Dots per participant: 3 → 5",
        "Dot vote “Second vote”: added (1 dot)"]
    korean = [describe(d, "ko") for d in diff_maps(a, b)]
    assert korean[0] == "워크숍 진행 계획 · 활동 2 “Thoughts and feelings” · 시간(분): 20 → 25"
    assert korean[2] == "점 투표 “Second vote”: 추가됨 (점 1개)"
    b.set_workshop_plan(None)
    assert "Workshop plan “Journey-mapping workshop (2 hours)”: removed" in [
        describe(d, "en") for d in diff_maps(a, b)]


def test_a_plan_edited_on_one_side_is_taken():
    base = _with_workshop(load_sample("en"))
    ours, theirs = map_of(records_of(base)), map_of(records_of(base))
    plan = ours.workshop_plan
    plan.activities[0].prompt = "What do they do first?"
    plan.title = "Tuesday workshop"
    ours.set_workshop_plan(plan)
    plan = theirs.workshop_plan
    plan.activities[4].vote.dots = 5
    del plan.activities[6]
    theirs.set_workshop_plan(plan)
    result = merge_maps(base, ours, theirs)
    assert result.conflicts == []
    merged = result.journey().workshop_plan
    assert merged.title == "Tuesday workshop"
    assert merged.activities[0].prompt == "What do they do first?"
    assert merged.activities[4].vote.dots == 5
    assert len(merged.activities) == 6
    assert merge_maps(base, ours, base).journey().workshop_plan == ours.workshop_plan


def test_vote_tallies_added_on_both_sides_are_both_kept():
    base = _with_workshop(load_sample("en"))
    ours, theirs = map_of(records_of(base)), map_of(records_of(base))
    card = _first_card(base).id
    ours.add_vote_tally(_tally("Ours vote", card))
    theirs.add_vote_tally(_tally("Theirs vote", card, "Joon"))
    result = merge_maps(base, ours, theirs)
    assert result.conflicts == []
    titles = [t.title for t in result.journey().vote_tallies]
    assert titles[0] == "First vote" and sorted(titles[1:]) == ["Ours vote", "Theirs vote"]
    theirs.remove_last_vote_tally()
    theirs.remove_last_vote_tally()
    assert [t.title for t in merge_maps(base, ours, theirs).journey().vote_tallies] == [
        "Ours vote"]


def test_a_vote_on_a_card_renamed_by_the_merge_follows_the_card():
    base, ours, theirs = _three()
    cell = _cell_in(base, base.stages[0])
    ours.add_card(Card(id="c900", stage=cell[0], step=cell[1], lane=cell[2], text="Ours"))
    theirs.add_card(Card(id="c900", stage=cell[0], step=cell[1], lane=cell[2], text="Theirs"))
    theirs.add_vote_tally(_tally("Theirs vote", "c900"))
    result = merge_maps(base, ours, theirs)
    merged = result.journey()
    [tally] = merged.vote_tallies
    assert merged.cards[tally.dots[0][1]].text == "Theirs"


def test_a_cards_author_is_compared_and_merged():
    base, ours, theirs = _three()
    card = _first_card(base).id
    ours.update_card(card, {"author": "Mina"})
    [difference] = diff_maps(base, ours)
    assert (difference.field, difference.after) == ("author", "Mina")
    assert "· Author: “” → “Mina”" in describe(difference, "en")
    assert "· 작성자: “” → “Mina”" in describe(difference, "ko")
    theirs.update_card(card, {"text": "Theirs text"})
    merged = merge_maps(base, ours, theirs).journey().cards[card]
    assert (merged.author, merged.text) == ("Mina", "Theirs text")
    theirs.update_card(card, {"author": "Joon"})
    [conflict] = merge_maps(base, ours, theirs).conflicts
    assert (conflict.field, conflict.ours, conflict.theirs) == ("author", "Mina", "Joon")


def test_taking_plan_and_vote_differences_gives_the_other_map():
    from cjm_desktop.model.diff import diff_records
    from cjm_desktop.model.take_changes import take_differences

    a = _with_workshop(load_sample("ko"))
    b = map_of(records_of(a))
    plan = b.workshop_plan
    plan.activities[0].title = "행동 적기"
    del plan.activities[3]
    b.set_workshop_plan(plan)
    b.remove_last_vote_tally()
    b.add_vote_tally(_tally("두 번째 투표", _first_card(b).id))
    ra, rb = records_of(a), records_of(b)
    differences = diff_records(ra, rb)
    assert {d.kind for d in differences} == {"plan", "vote"}
    assert map_to_dict(map_of(take_differences(ra, rb, differences))) == map_to_dict(b)
    only_votes = [d for d in differences if d.kind == "vote"]
    taken = map_of(take_differences(ra, rb, only_votes))
    assert [t.title for t in taken.vote_tallies] == ["두 번째 투표"]
    assert taken.workshop_plan == a.workshop_plan
