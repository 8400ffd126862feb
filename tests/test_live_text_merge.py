"""Typed texts while working together live (live/text_merge.py, live/mapping.py, live/rebase.py).

Two people typing into the same card's text keep both their words: offline (two documents
exchanging their updates later), and online when one person's table was made before the
other's typing reached them (the local edit is merged over the shared map's text). A text
nobody else touched comes out exactly as typed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pycrdt
import test_live_net
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from test_live_net import edited, shown, wait_until

from cjm_desktop.files.cjm_json import dumps
from cjm_desktop.files.templates import load_sample
from cjm_desktop.live.mapping import (
    TEXT_FIELDS,
    journey_of,
    new_doc,
    read_records,
    splice,
    write_records,
)
from cjm_desktop.live.rebase import rebase
from cjm_desktop.live.text_merge import merge_text, merged_value
from cjm_desktop.model.diff import diff_records
from cjm_desktop.model.map_records import records_of

# the live network tests' fixtures: an embedded server, clients, the sample's records
server, clients, sample = test_live_net.server, test_live_net.clients, test_live_net.sample
quick_backoff = test_live_net.quick_backoff  # autouse

SOME = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
texts = st.text(alphabet="ab 고객😀", max_size=12)
words = st.text(alphabet="XYZ한글", min_size=1, max_size=5)


def _edited(data, text: str) -> str:
    """``text`` with one random replacement (a deletion, insertion or both)."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    return text[:start] + data.draw(st.text(alphabet="ab M😀", max_size=4)) + text[end:]


def _with_word(data, text: str, word: str) -> tuple[str, int]:
    at = data.draw(st.integers(0, len(text)))
    return text[:at] + word + text[at:], at


def _is_with_word(result: str, mine: str, word: str) -> bool:
    """Whether ``result`` is ``mine`` with ``word`` put in whole at one place."""
    return any(result[at:at + len(word)] == word and result[:at] + result[at + len(word):] == mine
               for at in range(len(result) - len(word) + 1))


# ----- the merge ----------------------------------------------------------------------------
@SOME
@given(data=st.data(), before=texts)
def test_a_text_nobody_else_touched_gives_exactly_mine(data, before):
    mine = _edited(data, before)
    assert merge_text(before, mine, before) == mine
    assert merged_value("card", "text", before, mine, before) == mine


@SOME
@given(data=st.data(), before=texts)
def test_a_text_only_the_other_side_changed_gives_theirs(data, before):
    current = _edited(data, before)
    assert merge_text(before, before, current) == current


@SOME
@given(data=st.data(), before=texts, mine_word=words, their_word=words)
def test_two_insertions_into_one_text_are_both_kept(data, before, mine_word, their_word):
    mine, _ = _with_word(data, before, mine_word)
    current, _ = _with_word(data, before, their_word)
    assume(mine != current)  # the very same edit on both sides is kept once (see below)
    result = merge_text(before, mine, current)
    assert _is_with_word(result, mine, their_word)
    assert sorted(result) == sorted(before + mine_word + their_word)


@SOME
@given(data=st.data(), before=texts, their_word=words)
def test_any_local_edit_keeps_what_the_other_side_typed(data, before, their_word):
    mine = _edited(data, before)
    current, _ = _with_word(data, before, their_word)
    assume(mine != current)
    assert _is_with_word(merge_text(before, mine, current), mine, their_word)


def test_the_very_same_edit_on_both_sides_is_kept_once():
    # the shared map already holds exactly what this side typed (the window's table echoes
    # a value it was handed): merging it in again would type it twice
    assert merge_text("ab", "aXb", "aXb") == "aXb"


def test_insertions_at_both_ends_of_a_korean_text_are_both_kept():
    before = "고객이 앱을 연다"
    assert merge_text(before, "오늘 " + before, before + " 😀") == "오늘 고객이 앱을 연다 😀"
    assert merge_text(before, before + "!", "처음 " + before) == "처음 고객이 앱을 연다!"


def test_a_local_deletion_over_the_others_insertion_deletes_only_what_was_there():
    assert merge_text("one two three", "one three", "one two and a half three") == (
        "one and a half three")


def test_a_text_typed_after_the_window_applied_the_others_typing_is_taken_as_typed():
    # the window's previous table still had the old text: it applied the remote change
    # without sending a table, then its person typed over it
    assert merged_value("card", "text", "old text", "B's words", "A's words") == "B's words"
    text = "Pays at the counter"
    assert merged_value("card", "text", text, "Joiner: " + text + " (host)",
                        "Joiner: " + text) == "Joiner: " + text + " (host)"
    # typed without it: merged in
    assert merged_value("card", "text", text, text + " (host)",
                        "Joiner: " + text) == "Joiner: " + text + " (host)"


def test_a_text_typed_from_what_the_person_saw_is_always_merged():
    # the failed three-client run: "" → "note 2" typed before someone's "note 1" arrived
    # is nearer to "note 1" than to "", and the guess took it as typed over "note 1"
    assert merged_value("card", "notes", "", "note 2", "note 1") == "note 2"
    assert merged_value("card", "notes", "", "note 2", "note 1", exact=True) == "note 1note 2"
    assert merged_value("card", "text", "old text", "B's words", "A's words",
                        exact=True) == merge_text("old text", "B's words", "A's words")


@SOME
@given(order=st.permutations([0, 1, 2]), typed=st.lists(st.sampled_from(["note ", "n", ""]),
                                                        min_size=3, max_size=3))
def test_three_notes_typed_from_the_same_table_are_all_kept_in_any_order(order, typed):
    # each person's table is the same map; their writes reach the shared map one after
    # another, each rebased over what the ones before wrote
    base = {"card": {"a": {"text": "A", "notes": ""}}}
    current = base
    for index in order:
        local = {"card": {"a": {"text": "A", "notes": f"{typed[index]}{index}"}}}
        current = rebase(current, diff_records(base, local), local, lambda _change: True)
    notes = current["card"]["a"]["notes"]
    assert sorted(notes) == sorted("".join(f"{typed[i]}{i}" for i in range(3)))
    for index in range(3):
        assert f"{typed[index]}{index}" in notes  # each typing whole, none interleaved


def test_a_remote_typing_arriving_while_the_table_is_on_its_way_is_kept(server, clients,
                                                                        sample):
    # the race of the three-client test, made certain: the joiner's table is handed to its
    # network thread, which takes it in only after the host's typing has reached it
    host = clients(server.url, "Host", sample)
    joiner = clients(server.url, "Joiner")
    wait_until(lambda: joiner.records() == shown(sample), "the joiner to have the map")
    card_id = next(iter(sample["card"]))
    call = joiner.sync._call  # noqa: SLF001 - the racy point
    arrived = len(joiner.remote)  # the map's batches

    def after_the_host(function, *args):
        loop = joiner.sync._loop  # noqa: SLF001

        def when_arrived():
            if len(joiner.remote) > arrived:
                function(*args)
            else:
                loop.call_later(0.01, when_arrived)
        call(when_arrived)

    joiner.sync._call = after_the_host  # noqa: SLF001
    joiner.sync.write_local(edited(sample, "card", card_id, notes="note 2"))
    host.sync.write_local(edited(sample, "card", card_id, notes="note 1"))
    wait_until(lambda: host.records()["card"][card_id]["notes"] in ("note 1note 2",
                                                                     "note 2note 1")
               and joiner.records() == host.records(), "both notes on both sides",
               state=lambda: (host.records()["card"][card_id]["notes"],
                              joiner.records()["card"][card_id]["notes"]))
    joiner.sync._call = call  # noqa: SLF001


def test_fields_that_are_not_typed_texts_stay_last_writer_wins():
    assert merged_value("card", "color", "#111111", "#222222", "#333333") == "#222222"
    assert merged_value("card", "stage", "s1", "s2", "s3") == "s2"
    assert merged_value("card", "text", None, "mine", "theirs") == "mine"


# ----- two documents, no network ------------------------------------------------------------
def _sync(source: pycrdt.Doc, target: pycrdt.Doc) -> None:
    target.apply_update(source.get_update(target.get_state()))


def _pair():
    journey = load_sample("ko")
    first = new_doc(records_of(journey), client_id=11)
    second = pycrdt.Doc(client_id=22)
    _sync(first, second)
    return journey, first, second


def _typed(doc: pycrdt.Doc, card_id: str, change) -> None:
    journey = journey_of(doc)
    card = journey.card(card_id)
    journey.update_card(card_id, {"text": change(card.text)})
    write_records(doc, records_of(journey))


def test_two_people_offline_typing_into_one_card_text_both_keep_their_words():
    journey, first, second = _pair()
    card = journey.ordered_cards()[2]
    _typed(first, card.id, lambda text: "먼저 " + text)
    _typed(second, card.id, lambda text: text + " (확인)")
    _sync(first, second)
    _sync(second, first)
    for doc in (first, second):
        assert read_records(doc)["card"][card.id]["text"] == "먼저 " + card.text + " (확인)"
    assert dumps(journey_of(first)) == dumps(journey_of(second))


def test_offline_typing_into_names_notes_and_comments_merges_every_text():
    journey, first, second = _pair()
    stage = journey.stages[0]
    card = journey.ordered_cards()[0]
    for doc, word in ((first, "AAA"), (second, "BBB")):
        mine = journey_of(doc)
        mine.stage(stage.id).name = word + mine.stage(stage.id).name
        mine.update_card(card.id, {"notes": mine.card(card.id).notes + word})
        write_records(doc, records_of(mine))
    _sync(first, second)
    _sync(second, first)
    left, right = read_records(first), read_records(second)
    assert left == right
    assert {"AAA", "BBB"} <= set(_words(left["stage"][stage.id]["name"]))
    assert "AAA" in left["card"][card.id]["notes"] and "BBB" in left["card"][card.id]["notes"]


def _words(text: str) -> list[str]:
    return [text[i:i + 3] for i in range(len(text) - 2)]


@SOME
@given(data=st.data(), before=texts, mine_word=words, their_word=words)
def test_two_shared_texts_typed_into_offline_converge_with_both_words(data, before, mine_word,
                                                                       their_word):
    first, second = pycrdt.Doc(client_id=1), pycrdt.Doc(client_id=2)
    first.get("t", type=pycrdt.Text).insert(0, before)
    _sync(first, second)
    mine, _ = _with_word(data, before, mine_word)
    theirs, _ = _with_word(data, before, their_word)
    splice(first.get("t", type=pycrdt.Text), mine)
    splice(second.get("t", type=pycrdt.Text), theirs)
    _sync(first, second)
    _sync(second, first)
    result = str(first.get("t", type=pycrdt.Text))
    assert result == str(second.get("t", type=pycrdt.Text))
    assert sorted(result) == sorted(before + mine_word + their_word)
    assert _is_with_word(result, mine, their_word)


def test_a_colour_changed_on_both_sides_keeps_one_of_the_two():
    journey, first, second = _pair()
    card = journey.ordered_cards()[0]
    for doc, color in ((first, "#111111"), (second, "#222222")):
        mine = journey_of(doc)
        mine.update_card(card.id, {"color": color})
        write_records(doc, records_of(mine))
    _sync(first, second)
    _sync(second, first)
    colors = {read_records(doc)["card"][card.id]["color"] for doc in (first, second)}
    assert len(colors) == 1 and colors <= {"#111111", "#222222"}


# ----- rebasing a local table over the shared map -------------------------------------------
def test_rebase_merges_a_text_someone_else_typed_in_meanwhile():
    base = records_of(load_sample("en"))
    card_id = next(iter(base["card"]))
    text = base["card"][card_id]["text"]
    current = edited(base, "card", card_id, text="Theirs: " + text)  # reached the shared map
    local = edited(base, "card", card_id, text=text + " (mine)")  # made before it reached us
    result = rebase(current, diff_records(base, local), local)
    assert result["card"][card_id]["text"] == "Theirs: " + text + " (mine)"
    untouched = rebase(base, diff_records(base, local), local)
    assert untouched["card"][card_id]["text"] == text + " (mine)"


def _joiner_typed_first(server, clients, sample):
    """A host and a joiner on the sample; the joiner has typed "Joiner: " before the first
    card's text and it has reached the host (not yet its window)."""
    host = clients(server.url, "Host", sample)
    joiner = clients(server.url, "Joiner")
    wait_until(lambda: joiner.records() == shown(sample), "the joiner to have the map")
    card_id = next(iter(sample["card"]))
    text = sample["card"][card_id]["text"]
    joiner.sync.write_local(edited(sample, "card", card_id, text="Joiner: " + text))
    wait_until(lambda: host.remote, "the joiner's typing to reach the host")
    return host, joiner, card_id, text


def test_online_typing_made_before_the_others_typing_arrived_keeps_both(server, clients,
                                                                        sample):
    host, joiner, card_id, text = _joiner_typed_first(server, clients, sample)
    # the host's window had not applied it yet when the host typed at the end
    host.sync.write_local(edited(sample, "card", card_id, text=text + " (host)"))
    both = "Joiner: " + text + " (host)"
    wait_until(lambda: joiner.records()["card"][card_id]["text"] == both,
               "the host's typing on the joiner's side",
               state=lambda: joiner.records()["card"][card_id]["text"])
    assert host.records()["card"][card_id]["text"] == both
    assert joiner.records() == host.records()
    # the host's window, whose table had only the host's typing, is handed the merged text
    handed = [d.after for batch in host.remote for d in batch
              if (d.kind, d.key, d.field) == ("card", card_id, "text")]
    assert handed == ["Joiner: " + text, both]
    # it applies both in turn; its next tables echo them and write nothing more
    host.sync.write_local(edited(sample, "card", card_id, text="Joiner: " + text))
    host.sync.write_local(edited(sample, "card", card_id, text=both))
    host.sync.write_local(edited(sample, "card", card_id, text=both + "!"))
    wait_until(lambda: joiner.records()["card"][card_id]["text"] == both + "!",
               "the host's next keystroke", state=lambda: joiner.records()["card"][card_id])
    assert host.records() == joiner.records()


def test_online_typing_after_applying_the_others_typing_is_written_as_typed(server, clients,
                                                                           sample):
    host, joiner, card_id, text = _joiner_typed_first(server, clients, sample)
    # the host's window applied it (sending no table) and its person typed after it
    typed = "Joiner: " + text + " (host)"
    host.sync.write_local(edited(sample, "card", card_id, text=typed))
    wait_until(lambda: joiner.records()["card"][card_id]["text"] == typed, "the host's typing",
               state=lambda: joiner.records()["card"][card_id]["text"])
    assert host.records() == joiner.records()
    assert all(d.field != "text" or d.after != typed for batch in host.remote for d in batch)


def test_online_typing_at_the_same_moment_keeps_both(server, clients, sample):
    host = clients(server.url, "Host", sample)
    joiner = clients(server.url, "Joiner")
    wait_until(lambda: joiner.records() == shown(sample), "the joiner to have the map")
    card_id = next(iter(sample["card"]))
    text = sample["card"][card_id]["text"]
    host.sync.write_local(edited(sample, "card", card_id, text="Host: " + text))
    joiner.sync.write_local(edited(sample, "card", card_id, text=text + " (joiner)"))
    both = "Host: " + text + " (joiner)"
    wait_until(lambda: host.records()["card"][card_id]["text"] == both
               and joiner.records()["card"][card_id]["text"] == both, "both words on both sides",
               state=lambda: (host.records()["card"][card_id]["text"],
                              joiner.records()["card"][card_id]["text"]))


def test_the_collaboration_page_lists_every_text_field():
    page = (Path(__file__).parent.parent / "docs" / "collaboration.md").read_text("utf-8")
    listed: dict[str, set[str]] = {}
    for kind, cells in re.findall(r"^  \| `(\w+)` \| (.+) \|$", page, flags=re.MULTILINE):
        listed[kind] = set(re.findall(r"`([\w.]+)`", cells))
    assert listed == {kind: set(fields) for kind, fields in TEXT_FIELDS.items()}


def test_an_insertion_into_a_run_of_one_letter_stays_where_it_was_typed():
    # difflib alone pairs 'aaa' with the last two letters of 'aXaa' and would put this
    # side's X after the other one (found by hypothesis)
    assert merge_text("aaa", "Xaaa", "aXaa") == "XaXaa"
    assert merge_text("aaa", "aaaX", "aXaa") == "aXaaX"


def test_a_text_typed_into_an_empty_field_the_other_filled_unseen_keeps_both():
    # what the person saw is known (the window counts what it applied): both notes stay,
    # though "note 1" is nearer to "note 0" than to the empty field it was typed into
    both = merged_value("card", "notes", "", "note 1", "note 0", exact=True)
    assert sorted(both.split("note ")) == ["", "0", "1"]
    # a text typed after the other's was seen is taken as typed
    assert merged_value("card", "notes", "note 0", "note 0 and 1", "note 0",
                        exact=True) == "note 0 and 1"
