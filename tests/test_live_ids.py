"""Ids in live co-editing: each person's new records get ids nobody else hands out.

Two people editing one map start from the same map, so untagged ids would collide (both
add "c51"); with ``Document.set_id_tag`` every new id ends in the person's own tag, the
tag stays when another map is shown, and an empty tag gives exactly the plain ids.
"""

from __future__ import annotations

import pytest

from cjm_desktop.editing import Document
from cjm_desktop.files import load_map, save_map
from cjm_desktop.files.templates import load_sample
from cjm_desktop.model import JourneyMap, ModelError
from cjm_desktop.model.diff import diff_records
from cjm_desktop.model.map_records import map_of, records_of


def lane_and_stage(doc: Document) -> tuple[str, str]:
    return doc.journey.lanes[0].id, doc.journey.stages[0].id


def test_two_people_adding_a_card_each_keep_both(qapp):
    alice, bob = Document(load_sample("en")), Document(load_sample("en"))
    alice.set_id_tag("a1")
    bob.set_id_tag("b2")
    lane, stage = lane_and_stage(alice)
    mine = alice.add_card((stage, None, lane), text="Alice's")
    theirs = bob.add_card((stage, None, lane), text="Bob's")
    assert mine != theirs and mine.endswith("-a1") and theirs.endswith("-b2")
    before = records_of(alice.journey)
    alice.apply_remote(diff_records(records_of(load_sample("en")), records_of(bob.journey)))
    assert alice.journey.cards[mine].text == "Alice's"
    assert alice.journey.cards[theirs].text == "Bob's"
    assert len(alice.journey.cards) == len(before["card"]) + 1


def test_every_kind_of_new_id_carries_the_tag(qapp):
    doc = Document(load_sample("en"))
    doc.set_id_tag("k3f")
    ids = [doc.add_stage("S"), doc.add_lane(), doc.add_persona("P")]
    ids.append(doc.add_step(ids[0], "T"))
    ids.append(doc.add_card((ids[0], ids[3], ids[1]), text="x"))
    ids.append(doc.add_comment(ids[4], "a note", "me"))
    assert all(ident.endswith("-k3f") for ident in ids)
    assert len(set(ids)) == len(ids)


def test_tagged_ids_save_and_load_back(qapp, tmp_path):
    doc = Document(load_sample("en"))
    doc.set_id_tag("k3f")
    lane, stage = lane_and_stage(doc)
    card = doc.add_card((stage, None, lane), text="tagged")
    save_map(doc.journey, tmp_path / "m.cjm.json")
    back = load_map(tmp_path / "m.cjm.json")
    assert back.cards[card].text == "tagged"
    assert map_of(records_of(back)) == back


def test_the_tag_is_kept_when_another_map_is_shown_and_after_a_merge(qapp):
    doc = Document(load_sample("en"))
    doc.set_id_tag("k3f")
    doc.replace(load_sample("en"), None)
    lane, stage = lane_and_stage(doc)
    assert doc.add_card((stage, None, lane), text="one").endswith("-k3f")
    other = load_sample("en")
    other.update_info({"title": "merged"})
    assert doc.take_content(other, "Merge")
    assert doc.add_card((stage, None, lane), text="two").endswith("-k3f")
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.add_card((stage, None, lane), text="three").endswith("-k3f")


def test_an_empty_tag_gives_the_plain_ids(qapp):
    tagged, plain = Document(load_sample("en")), Document(load_sample("en"))
    tagged.set_id_tag("k3f")
    tagged.set_id_tag("")
    lane, stage = lane_and_stage(plain)
    assert (tagged.add_card((stage, None, lane), text="x")
            == plain.add_card((stage, None, lane), text="x"))
    assert "-" not in plain.journey.new_id("card")


@pytest.mark.parametrize("tag", ["a|b", "has space", "x" * 33, "k-3", "é"])
def test_a_tag_that_would_break_ids_is_refused(tag):
    journey = JourneyMap()
    with pytest.raises(ModelError):
        journey.set_id_tag(tag)
    assert journey.new_id("card") == "c1"
