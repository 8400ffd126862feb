"""Hostile map files: whatever the bytes, the loader returns a map or raises the one
documented error, :class:`MapFileError`, naming the file and — where there is one — the
place (a JSON path or a line and column). The window shows it and keeps the open map.

CI runs a few hundred generated files per strategy; the DESIGN.md bar (≥ 10,000) runs with
``pytest -m slow``.
"""

from __future__ import annotations

import json
import math
import shutil

import pytest
from files_helpers import full_map
from fuzz_budget import slow_count
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjm_desktop.files import MapFileError, dumps, load_map, loads, map_to_dict
from cjm_desktop.files.templates import load_sample, sample_path

NAME = "fuzz.cjm.json"
CI_EXAMPLES = 100
SLOW_EXAMPLES = slow_count(10_000)
# The whole-file problems: everything else must say where.
WHOLE_FILE = ("not a journey map", "the data is nested too deeply", "the file is empty",
              "the file is too large", "not valid JSON", "the text holds an invalid")

BASES = [map_to_dict(full_map()), map_to_dict(load_sample("ko")), map_to_dict(load_sample("en"))]
BASE_BYTES = [json.dumps(b, ensure_ascii=False, indent=2).encode("utf-8") for b in BASES]
ci = settings(max_examples=CI_EXAMPLES, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
slow = settings(max_examples=SLOW_EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def check(raw: bytes | str) -> None:
    """The property: a map, or a MapFileError that names the file and the place."""
    try:
        journey = loads(raw, NAME)
    except MapFileError as error:
        assert error.path == NAME
        assert error.message
        assert error.where or error.message.startswith(WHOLE_FILE), str(error)
        return
    # Whatever loads must save and load again to the same map.
    assert map_to_dict(loads(dumps(journey), NAME)) == map_to_dict(journey)


# ----- strategies ---------------------------------------------------------------------
def deep(depth: int) -> object:
    value: object = "bottom"
    for level in range(depth):
        value = [value] if level % 2 else {"x": value}
    return value


hostile_values = st.one_of(
    st.none(), st.booleans(),
    st.integers(), st.integers(min_value=10**18, max_value=10**40),
    st.integers(max_value=-(10**18)),
    st.floats(allow_nan=True, allow_infinity=True), st.just(1e308), st.just(-0.0),
    st.text(max_size=40), st.text(alphabet=st.characters(codec="utf-8"), max_size=20),
    st.just("x" * 100_000), st.just("\ud800"), st.just("=cmd|' /C calc'!A0"),
    st.lists(st.integers(), max_size=4), st.dictionaries(st.text(max_size=5), st.integers(),
                                                         max_size=3),
    st.integers(min_value=1, max_value=300).map(deep),
    st.sampled_from(["", "#zzzzzz", "2025-13-45", "data:image/png;base64,!!!", "s1", "c1"]),
)


def mutate(draw, data: object) -> None:
    """Replace, remove or duplicate one to four places of ``data`` (walked down at random)."""
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        node, key = data, None
        parent = None
        # Walk down a random path.
        for _depth in range(draw(st.integers(min_value=0, max_value=5))):
            if isinstance(node, dict) and node:
                key = draw(st.sampled_from(sorted(node)))
            elif isinstance(node, list) and node:
                key = draw(st.integers(min_value=0, max_value=len(node) - 1))
            else:
                break
            parent, node = node, node[key]
        if parent is None:
            continue
        action = draw(st.sampled_from(["replace", "replace", "delete", "duplicate"]))
        if action == "replace":
            parent[key] = draw(hostile_values)
        elif action == "delete":
            del parent[key]
        elif isinstance(parent, list):
            parent.append(json.loads(json.dumps(parent[key])))
        else:
            parent[key] = [parent[key], parent[key]]


@st.composite
def mutated_maps(draw) -> bytes:
    """A valid map with a few places replaced, removed or duplicated."""
    data = json.loads(json.dumps(draw(st.sampled_from(BASES))))
    mutate(draw, data)
    allow_nan = draw(st.booleans())
    try:
        text = json.dumps(data, ensure_ascii=draw(st.booleans()), allow_nan=allow_nan)
    except (ValueError, RecursionError):
        text = json.dumps(BASES[0])
    return text.encode("utf-8", errors="surrogatepass")


@st.composite
def damaged_bytes(draw) -> bytes:
    """Truncation, flipped bytes, invalid UTF-8, inserted garbage."""
    raw = bytearray(draw(st.sampled_from(BASE_BYTES)))
    kind = draw(st.sampled_from(["truncate", "flip", "insert", "utf8"]))
    if kind == "truncate":
        return bytes(raw[: draw(st.integers(min_value=0, max_value=len(raw)))])
    for _ in range(draw(st.integers(min_value=1, max_value=8))):
        at = draw(st.integers(min_value=0, max_value=len(raw) - 1))
        if kind == "flip":
            raw[at] ^= draw(st.integers(min_value=1, max_value=255))
        elif kind == "insert":
            raw[at:at] = draw(st.binary(min_size=1, max_size=16))
        else:
            raw[at:at] = draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x80\x80",
                                               b"\xf4\x90\x80\x80", b"\x00"]))
    return bytes(raw)


any_bytes = st.one_of(mutated_maps(), damaged_bytes(), st.binary(max_size=2000),
                      st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")))


@ci
@given(mutated_maps())
def test_mutated_valid_maps(raw):
    check(raw)


@ci
@given(damaged_bytes())
def test_truncated_flipped_and_invalid_utf8(raw):
    check(raw)


@ci
@given(st.binary(max_size=3000))
def test_random_bytes(raw):
    check(raw)


@pytest.mark.slow
@slow
@given(any_bytes)
def test_hostile_files_slow(raw):
    """≥ 10,000 generated files of every kind: ``pytest -m slow``."""
    check(raw)


# ----- single hostile cases -------------------------------------------------------------
@pytest.mark.parametrize("raw", [
    b"[" * 100_000, b'{"a":' * 100_000, b"\xef\xbb\xbf", b"", b"   ", b"null", b"1e999999",
    b'{"schema_version": 99999999999999999999999999}',
    b'{"schema_version": 2, "map": {"title": "' + b"\xff" * 10 + b'"}}',
    json.dumps({"schema_version": 2, "stages": [{"id": "s", "name": "x" * 5_000_000}]}).encode(),
])
def test_hostile_single_files(raw):
    check(raw)


@pytest.mark.parametrize("what", ["huge-valid-text", "garbage", "nesting"])
def test_a_50_mb_file(tmp_path, what):
    path = tmp_path / NAME
    size = 50 * 2**20
    if what == "huge-valid-text":
        data = map_to_dict(load_sample("en"))
        data["map"]["description"] = "긴 글 " * (size // 8 + 1)
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    elif what == "garbage":
        path.write_bytes(bytes(range(256)) * (size // 256))
    else:
        path.write_bytes(b"[" * size)
    assert path.stat().st_size >= size * 0.9
    try:
        journey = load_map(path)
    except MapFileError as error:
        assert error.path == str(path)
        assert error.where or error.message.startswith(WHOLE_FILE)
    else:
        assert len(journey.info.description) > 10_000_000


def test_numbers_at_the_edges_are_values_or_named_errors():
    for value in (10**400, -(10**400), 1e308, 5e-324, math.pi):
        data = map_to_dict(full_map())
        data["lanes"][0]["height"] = value
        check(json.dumps(data).encode())


# ----- in the window ------------------------------------------------------------------------
@pytest.mark.parametrize("raw", [b"{", b"\xff\xfe", b'{"schema_version": 2, "stages": 5}',
                                 b"[" * 50_000])
def test_window_shows_the_error_and_keeps_the_open_map(tmp_path, raw, monkeypatch):
    from cjm_desktop.app import create_main_window

    good = tmp_path / "good.cjm.json"
    shutil.copyfile(sample_path("ko"), good)
    window = create_main_window(good)
    window.document.update_info({"title": "열린 지도"})
    before = map_to_dict(window.document.journey)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(window, "show_error", lambda title, text: shown.append((title, text)))
    bad = tmp_path / "bad.cjm.json"
    bad.write_bytes(raw)
    assert not window.files.open_path(bad, ask=False)
    assert len(shown) == 1 and "bad.cjm.json" in shown[0][1]
    assert map_to_dict(window.document.journey) == before
    assert window.document.path == good and window.document.is_modified()
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()
