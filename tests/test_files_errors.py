"""Broken, hostile and unreadable map files give one MapFileError naming the place."""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import stat
import sys

import pytest
from files_helpers import full_map
from fuzz_budget import slow_count
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjm_desktop.files import (
    MapFileError,
    atomic_write_bytes,
    atomic_write_text,
    cjm_json,
    dumps,
    load_map,
    loads,
    map_from_dict,
    map_to_dict,
    save_map,
)
from cjm_desktop.files.migrations import SCHEMA_VERSION


def error_of(data) -> MapFileError:
    text = data if isinstance(data, str | bytes) else json.dumps(data, ensure_ascii=False)
    with pytest.raises(MapFileError) as caught:
        loads(text, "map.cjm.json")
    return caught.value


def broken(edit) -> MapFileError:
    data = map_to_dict(full_map())
    edit(data)
    return error_of(data)


def card(data, card_id):
    """A card of ``data`` by id; cards are written in reading order:
    c0 c1 c7 c2 c4 c3 c5 c6 (so c2 is $.cards[3], c6 is $.cards[7])."""
    return next(c for c in data["cards"] if c["id"] == card_id)


# ----- the error type -------------------------------------------------------------------------
def test_error_text_names_file_place_and_problem():
    error = MapFileError("a.cjm.json", "$.cards[3].kind", "'x' is not one of: note")
    assert str(error) == "a.cjm.json: $.cards[3].kind: 'x' is not one of: note"
    assert (error.path, error.where, error.message) == (
        "a.cjm.json", "$.cards[3].kind", "'x' is not one of: note")
    assert str(MapFileError("<stdin>", "", "the file is empty")) == "<stdin>: the file is empty"
    copy = pickle.loads(pickle.dumps(error))
    assert str(copy) == str(error) and copy.where == error.where


# ----- not a map at all ---------------------------------------------------------------------
def test_not_json_gives_line_and_column():
    error = error_of('{\n  "schema_version": 2,\n  "map": {,}\n}')
    assert error.path == "map.cjm.json"
    assert error.where == "line 3, column 11"
    assert "not valid JSON" in error.message


@pytest.mark.parametrize("text", ["", "   \n\t ", b""])
def test_empty_file(text):
    assert error_of(text).message == "the file is empty"


@pytest.mark.parametrize("text", ["[]", "42", '"map"', "null"])
def test_top_level_must_be_an_object(text):
    assert "JSON object" in error_of(text).message


def test_deep_nesting_is_refused_without_a_traceback():
    depth = 100_000
    assert "nested too deeply" in error_of("[" * depth + "]" * depth).message
    nested = '{"schema_version": 2, "map": {"title": ' + "[" * depth + "]" * depth + "}}"
    assert "nested too deeply" in error_of(nested).message


def test_moderately_deep_nesting_in_a_field_is_a_type_error():
    error = error_of('{"schema_version": 2, "map": {"title": ' + "[" * 500 + "]" * 500 + "}}")
    assert error.where == "$.map.title"


def test_invalid_utf8_names_line_and_column():
    raw = '{\n  "schema_version": 2,\n  "map": {"title": "감'.encode() + b"\xff\xfe" + b'"}}'
    error = error_of(raw)
    assert error.where == "line 3, column 22"
    assert "UTF-8" in error.message


def test_a_leading_bom_is_accepted():
    assert loads(b"\xef\xbb\xbf" + dumps(full_map()).encode()) == full_map()


@pytest.mark.parametrize("text", ['{"schema_version": NaN}', '{"schema_version": 2, "lanes": '
                                  '[{"id": "l", "height": Infinity}]}'])
def test_nan_and_infinity_are_refused(text):
    assert "not allowed" in error_of(text).message


def test_huge_integers_are_refused():
    assert "not valid JSON" in error_of('{"schema_version": ' + "9" * 5000 + "}").message


def test_lone_surrogate_escapes_are_refused():
    error = error_of('{"schema_version": 2, "map": {"title": "\\ud800"}}')
    assert "surrogate" in error.message
    assert loads('{"schema_version": 2, "map": {"title": "\\ud83d\\ude00"}}').info.title == "😀"


# ----- versions -------------------------------------------------------------------------------
def test_newer_schema_version_asks_to_update():

    newer = SCHEMA_VERSION + 1
    error = error_of({"schema_version": newer, "map": {}})
    assert error.message == (f"this map was written by a newer version of CJM Desktop (schema "
                             f"{newer}); this version reads up to {SCHEMA_VERSION} — please "
                             "update")
    assert error.where == "$.schema_version"
    assert str(error).startswith("map.cjm.json: $.schema_version: this map was written")


@pytest.mark.parametrize("data, message", [
    ({"map": {}}, "no schema_version"),
    ({"schema_version": "2"}, "whole number"),
    ({"schema_version": 2.0}, "whole number"),
    ({"schema_version": True}, "whole number"),
    ({"schema_version": 0}, "unknown schema version 0"),
])
def test_missing_or_odd_versions(data, message):
    error = error_of(data)
    assert error.where == "$.schema_version"
    assert message in error.message


# ----- wrong content, with the JSON path ----------------------------------------------------
@pytest.mark.parametrize("edit, where, words", [
    (lambda d: card(d, "c1").update(votes="three"), "$.cards[1].votes", "whole number"),
    (lambda d: card(d, "c1").update(votes=-1), "$.cards[1].votes", "at least 0"),
    (lambda d: card(d, "c1").update(votes=True), "$.cards[1].votes", "whole number"),
    (lambda d: card(d, "c1").update(kind="sticky"), "$.cards[1].kind", "'sticky' is not one"),
    (lambda d: card(d, "c1").update(tags=["ok", 5]), "$.cards[1].tags[1]", "expected text"),
    (lambda d: card(d, "c1").update(color="red"), "$.cards[1].color", "#RRGGBB"),
    (lambda d: card(d, "c1").update(stage="s9"), "$.cards[1].stage", "no stage 's9'"),
    (lambda d: card(d, "c1").update(lane="l9"), "$.cards[1].lane", "no lane 'l9'"),
    (lambda d: card(d, "c1").update(lane="l3"), "$.cards[1].lane", "emotion lane"),
    (lambda d: card(d, "c1").update(step="t1"), "$.cards[1].step", "has no steps"),
    (lambda d: card(d, "c2").update(step=None), "$.cards[3].step", "has steps"),
    (lambda d: card(d, "c2").update(step="t9"), "$.cards[3].step", "no step 't9'"),
    (lambda d: card(d, "c2").update(id="c1"), "$.cards[3].id", "already used at $.cards[1]"),
    (lambda d: card(d, "c1").update(id="s1"), "$.cards[1].id", "already used at $.stages[0]"),
    (lambda d: card(d, "c1").pop("id"), "$.cards[1].id", "missing"),
    (lambda d: card(d, "c1").pop("lane"), "$.cards[1].lane", "missing"),
    (lambda d: card(d, "c1").update(order=-2), "$.cards[1].order", "at least 0"),
    (lambda d: card(d, "c1").update(touchpoint={}), "$.cards[1].touchpoint",
     "note card cannot have touchpoint"),
    (lambda d: card(d, "c2")["touchpoint"].update(channel="fax"),
     "$.cards[3].touchpoint.channel", "'fax' is not one of"),
    (lambda d: card(d, "c2")["touchpoint"].update(satisfaction=6),
     "$.cards[3].touchpoint.satisfaction", "from 1 to 5"),
    (lambda d: card(d, "c2")["touchpoint"].update(online="yes"),
     "$.cards[3].touchpoint.online", "true or false"),
    (lambda d: card(d, "c2").update(touchpoint=[]), "$.cards[3].touchpoint", "an object"),
    (lambda d: card(d, "c4")["pain_point"].update(touchpoint="c9"),
     "$.cards[4].pain_point.touchpoint", "no touchpoint card 'c9'"),
    (lambda d: card(d, "c4")["pain_point"].update(touchpoint="c1"),
     "$.cards[4].pain_point.touchpoint", "no touchpoint card 'c1'"),
    (lambda d: card(d, "c6")["opportunity"].update(pain_points=["c5", "c2"]),
     "$.cards[7].opportunity.pain_points[1]", "no pain-point card 'c2'"),
    (lambda d: card(d, "c6")["opportunity"].update(status=None),
     "$.cards[7].opportunity.status", "expected text"),
    (lambda d: card(d, "c7")["kpi"].update(target="many"), "$.cards[2].kpi.target",
     "expected a number"),
    (lambda d: d.update(cards={}), "$.cards", "expected a list"),
    (lambda d: d["cards"].__setitem__(0, "card"), "$.cards[0]", "expected an object"),
    (lambda d: d["map"].update(language="fr"), "$.map.language", "'fr' is not one of: ko, en"),
    (lambda d: d["map"].update(review_date="30/06/2025"), "$.map.review_date", "YYYY-MM-DD"),
    (lambda d: d["map"].update(review_date="2025-02-30"), "$.map.review_date", "YYYY-MM-DD"),
    (lambda d: d.update(map=[]), "$.map", "expected an object"),
    (lambda d: d["stages"][1]["steps"][0].update(id="s1"), "$.stages[1].steps[0].id",
     "already used at $.stages[0]"),
    (lambda d: d["stages"][1]["steps"][1].update(id="t1"), "$.stages[1].steps[1].id",
     "already used"),
    (lambda d: d["stages"][0].update(name=None), "$.stages[0].name", "expected text"),
    (lambda d: d["lanes"][0].update(kind="dreams"), "$.lanes[0].kind", "'dreams' is not one"),
    (lambda d: d["lanes"][0].update(height=0), "$.lanes[0].height", "greater than 0"),
    (lambda d: d["personas"][0].update(age=200), "$.personas[0].age", "from 0 to 150"),
    (lambda d: d["personas"][0].update(photo="http://x/y.png"), "$.personas[0].photo",
     "data URI"),
    (lambda d: d["personas"][0]["empathy"].update(says="hi"), "$.personas[0].empathy.says",
     "expected a list"),
    (lambda d: d["personas"][0]["segment"].update(region=1), "$.personas[0].segment.region",
     "expected text"),
    (lambda d: d["emotions"][0].update(score=2.5), "$.emotions[0].score", "-2 to +2"),
    (lambda d: d["emotions"][0].update(score=0.3), "$.emotions[0].score", "steps of 0.5"),
    (lambda d: d["emotions"][0].update(score="good"), "$.emotions[0].score", "a number"),
    (lambda d: d["emotions"][0].update(label="meh"), "$.emotions[0].label", "'meh' is not one"),
    (lambda d: d["emotions"][0].update(persona="p9"), "$.emotions[0].persona",
     "no persona 'p9'"),
    (lambda d: d["emotions"][1].update(step=None), "$.emotions[1].step", "has steps"),
    (lambda d: d["emotions"].append(dict(d["emotions"][0])), "$.emotions[4]", "second emotion"),
    (lambda d: d["checklist"][0].update(question="why"), "$.checklist[0].question",
     "'why' is not one"),
    (lambda d: d["checklist"][0].update(answer="maybe"), "$.checklist[0].answer",
     "'maybe' is not one"),
    (lambda d: d["checklist"].append(dict(d["checklist"][0])), "$.checklist[6].question",
     "already answered"),
])
def test_wrong_content_names_the_place(edit, where, words):
    error = broken(edit)
    assert error.where == where
    assert words in error.message
    assert str(error) == f"map.cjm.json: {where}: {error.message}"


def test_version_1_errors_name_the_version_1_place():
    data = {"schema_version": 1, "stages": [{"id": "s1"}],
            "personas": [{"id": "p1", "emotions": {"s1": 7}}]}
    assert error_of(data).where == "$.personas[0].emotions.s1"
    data["personas"][0]["emotions"] = {"s2": 1}
    assert "no stage 's2'" in error_of(data).message
    data["personas"][0]["emotions"] = [1]
    assert error_of(data).where == "$.personas[0].emotions"


# ----- files on disk --------------------------------------------------------------------------
def test_missing_file(tmp_path):
    path = tmp_path / "없음.cjm.json"
    with pytest.raises(MapFileError) as caught:
        load_map(path)
    assert caught.value.path == str(path)
    assert caught.value.message == "no such file"


def test_directory(tmp_path):
    with pytest.raises(MapFileError, match="folder, not a map file"):
        load_map(tmp_path)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="permissions are not enforced")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.cjm.json"
    save_map(full_map(), path)
    path.chmod(0)
    with pytest.raises(MapFileError, match="permission denied"):
        load_map(path)


def test_file_too_large(tmp_path, monkeypatch):
    path = tmp_path / "m.cjm.json"
    save_map(full_map(), path)
    monkeypatch.setattr(cjm_json, "MAX_FILE_BYTES", 1000)
    with pytest.raises(MapFileError, match="too large"):
        load_map(path)


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="no /dev/null")
def test_device_is_not_a_map():
    with pytest.raises(MapFileError, match="not a regular file"):
        load_map("/dev/null")


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges")
def test_saving_through_a_symbolic_link_keeps_the_link(tmp_path):
    real = tmp_path / "real.cjm.json"
    real.write_text("old")
    link = tmp_path / "link.cjm.json"
    link.symlink_to(real)
    save_map(full_map(), link)
    assert link.is_symlink()
    assert load_map(real) == full_map()


def test_bad_file_name():
    with pytest.raises(MapFileError, match="cannot be read"):
        load_map("bad\0name.cjm.json")


# ----- atomic writes --------------------------------------------------------------------------
def test_failed_replace_keeps_old_file_and_leaves_no_temp_file(tmp_path, monkeypatch):
    path = tmp_path / "m.cjm.json"
    path.write_text("old content", encoding="utf-8")

    def refuse(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        save_map(full_map(), path)
    assert path.read_text(encoding="utf-8") == "old content"
    assert os.listdir(tmp_path) == ["m.cjm.json"]


def test_failed_write_keeps_old_file(tmp_path, monkeypatch):
    path = tmp_path / "m.cjm.json"
    path.write_bytes(b"old")

    def broken_fsync(_fd):
        raise OSError("I/O error")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["m.cjm.json"]


def test_write_into_missing_folder_raises_oserror(tmp_path):
    with pytest.raises(OSError):
        atomic_write_text(tmp_path / "nope" / "m.cjm.json", "x")


def test_atomic_write_replaces_content_and_keeps_permissions(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text("old")
    path.chmod(0o640)
    atomic_write_text(path, "새 내용\n")
    assert path.read_bytes() == "새 내용\n".encode()
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert os.listdir(tmp_path) == ["m.txt"]


def test_new_files_get_ordinary_permissions(tmp_path):
    path = tmp_path / "new.cjm.json"
    save_map(full_map(), path)
    if sys.platform != "win32":
        umask = os.umask(0)
        os.umask(umask)
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
    assert load_map(path) == full_map()


# ----- hostile input: only MapFileError may escape --------------------------------------------
_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=6),
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.text(max_size=6), children, max_size=3),
    max_leaves=8,
)


def _containers(value, found):
    if isinstance(value, dict | list):
        found.append(value)
        for item in (value.values() if isinstance(value, dict) else value):
            _containers(item, found)
    return found


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_maps_load_or_fail_cleanly(data):
    document = map_to_dict(full_map())
    for _ in range(data.draw(st.integers(1, 3))):
        target = data.draw(st.sampled_from(_containers(document, [])))
        if isinstance(target, dict):
            keys = st.sampled_from(sorted(target)) if target else st.nothing()
            key = data.draw(keys | st.text(max_size=4))
            if data.draw(st.booleans()) and key in target:
                del target[key]
            else:
                target[key] = data.draw(_json)
        elif target:
            target[data.draw(st.integers(0, len(target) - 1))] = data.draw(_json)
    try:
        journey = map_from_dict(document, "fuzz.cjm.json")
    except MapFileError as error:
        assert error.path == "fuzz.cjm.json"
        assert error.message
        return
    assert loads(dumps(journey)) == journey


@pytest.mark.slow
@settings(max_examples=slow_count(500), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_maps_load_or_fail_cleanly_slow(data):
    """The same property over more examples: ``pytest -m slow``."""
    test_mutated_maps_load_or_fail_cleanly.hypothesis.inner_test(data)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes_fail_cleanly(raw):
    with contextlib.suppress(MapFileError):
        loads(raw)


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 2000))
def test_truncated_files_fail_cleanly(cut):
    text = dumps(full_map())
    cut = min(cut * 3, len(text) - 1)
    with pytest.raises(MapFileError):
        loads(text[:cut])
