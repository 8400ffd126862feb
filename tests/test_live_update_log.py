"""The live session's update log (cjm_desktop/live/update_log.py) and ``live base``.

The log beside the map holds the map the session began with and every update after it: read
back it gives that base and the session's document; a last line cut short by a crash is
ignored; the base is the common ancestor, so a copy edited apart from the session merges
with the shared map keeping both sides' cards.
"""

from __future__ import annotations

import base64
import json
import time
from pathlib import Path

import pycrdt
import pytest

from cjm_desktop.cli import main
from cjm_desktop.files import load_map, save_map
from cjm_desktop.files.cjm_json import dumps
from cjm_desktop.files.templates import load_sample
from cjm_desktop.live.mapping import (
    MAPPING_VERSION,
    journey_of,
    new_doc,
    read_records,
    write_records,
)
from cjm_desktop.live.update_log import (
    UpdateLog,
    UpdateLogError,
    log_path_for,
    log_started,
    read_log,
)
from cjm_desktop.model.entities import Card
from cjm_desktop.model.map_records import map_of, records_of
from cjm_desktop.model.merge import merge_maps


def test_the_log_lies_beside_the_map():
    assert log_path_for(Path("a/Team map.cjm.json")) == Path("a/Team map.cjm.live")
    assert log_path_for("b/plain.json") == Path("b/plain.json.cjm.live")


class _Session:
    """A live session's document, logging every update it makes."""

    def __init__(self, path: Path, journey) -> None:
        self.base = records_of(journey)
        self.doc = new_doc(self.base, client_id=7)
        self.log = UpdateLog(path)
        self.log.start(self.base, self.doc.get_update())
        self.journey = journey_of(self.doc)

    def edit(self, change) -> None:
        state = self.doc.get_state()
        change(self.journey)
        write_records(self.doc, records_of(self.journey))
        self.log.append(self.doc.get_update(state))


def _add(text: str, cell):
    stage, step, lane = cell

    def change(journey) -> None:
        journey.add_card(Card(id=f"card-{text}", stage=stage, step=step, lane=lane, text=text))

    return change


def _cell(journey):
    return next(cell for cell in journey.cells() if journey.lane(cell[2]).kind != "emotions")


def test_a_log_reads_back_as_its_base_and_the_session_document(tmp_path):
    journey = load_sample("en")
    session = _Session(tmp_path / "m.cjm.live", journey)
    first = journey.ordered_cards()[0].id
    session.edit(_add("live", _cell(journey)))
    session.edit(lambda j: j.update_card(first, {"text": "edited live"}))
    session.log.close()
    base, doc = read_log(tmp_path / "m.cjm.live")
    assert dumps(map_of(base)) == dumps(journey)
    assert read_records(doc) == read_records(session.doc)
    assert journey_of(doc).card(first).text == "edited live"
    started = log_started(tmp_path / "m.cjm.live")
    assert started is not None and abs(started - time.time()) < 3600


def test_a_last_update_cut_short_by_a_crash_is_ignored_and_appending_goes_on(tmp_path):
    path = tmp_path / "m.cjm.live"
    journey = load_sample("en")
    session = _Session(path, journey)
    session.edit(_add("kept", _cell(journey)))
    session.log.close()
    whole = path.read_bytes()
    path.write_bytes(whole + b'{"u": "AAEC')  # the crash cut the next line short
    _base, doc = read_log(path)
    assert "card-kept" in read_records(doc)["card"]
    log = UpdateLog(path)  # the session goes on after the crash
    state = session.doc.get_state()
    session.journey.update_card("card-kept", {"text": "after"})
    write_records(session.doc, records_of(session.journey))
    log.append(session.doc.get_update(state))
    log.close()
    _base, doc = read_log(path)
    assert journey_of(doc).card("card-kept").text == "after"


def test_a_log_with_only_its_header_holds_the_base(tmp_path):
    path = tmp_path / "m.cjm.live"
    journey = load_sample("ko")
    UpdateLog(path).start(records_of(journey))
    base, doc = read_log(path)
    assert dumps(journey_of(doc)) == dumps(journey) == dumps(map_of(base))


@pytest.mark.parametrize(("content", "message"), [
    (b"", "no complete header"),
    (b"hello\n", "line 1: not JSON"),
    (b'{"other": 1}\n', "no header"),
    (json.dumps({"cjm_live_log": 1, "mapping": MAPPING_VERSION + 1, "base": {}}).encode()
     + b"\n", "newer version"),
    (json.dumps({"cjm_live_log": 1, "mapping": 1, "base": {}}).encode() + b"\nnope\n{}\n",
     "line 2: not JSON"),
    (json.dumps({"cjm_live_log": 1, "mapping": 1, "base": {}}).encode() + b'\n{"u": "!!"}\n',
     "line 2: not an update"),
    (b"\xff\xfe\n", "not UTF-8"),
])
def test_a_broken_log_is_a_clear_error(tmp_path, content, message):
    path = tmp_path / "m.cjm.live"
    path.write_bytes(content)
    with pytest.raises(UpdateLogError, match=message):
        read_log(path)


def test_appending_needs_a_started_log(tmp_path):
    with pytest.raises(UpdateLogError, match="start it first"):
        UpdateLog(tmp_path / "none.cjm.live").append(b"\x00")


def test_a_copy_never_connected_merges_with_the_shared_map_from_the_logs_base(tmp_path):
    """Nothing over a network: the live side's edits are updates in the log; the copy was
    made before the session and edited apart; merging from the log's base keeps both."""
    journey = load_sample("en")
    map_path = tmp_path / "team.cjm.json"
    save_map(journey, map_path)
    copy = load_map(map_path)  # the copy someone took away before the session
    session = _Session(log_path_for(map_path), load_map(map_path))
    cell = _cell(journey)
    session.edit(_add("live", cell))
    gone = journey.ordered_cards()[5].id
    session.edit(lambda j: j.remove_card(gone))
    session.log.close()
    copy.add_card(Card(id="card-away", stage=cell[0], step=cell[1], lane=cell[2], text="away"))
    renamed = journey.ordered_cards()[2].id
    copy.update_card(renamed, {"text": "renamed away"})

    base_records, doc = read_log(log_path_for(map_path))
    live = journey_of(doc)
    merged = merge_maps(map_of(base_records), live, copy)
    assert not merged.conflicts
    result = merged.journey()
    assert {"card-live", "card-away"} <= set(result.cards)
    assert gone not in result.cards
    assert result.card(renamed).text == "renamed away"


def test_live_base_writes_the_map_the_session_started_from(tmp_path, capsys):
    journey = load_sample("en")
    log = tmp_path / "team.cjm.live"
    session = _Session(log, journey)
    session.edit(_add("later", _cell(journey)))
    session.log.close()
    out = tmp_path / "base.cjm.json"
    assert main(["live", "base", str(log), "-o", str(out)]) == 0
    assert dumps(load_map(out)) == dumps(journey)


@pytest.mark.parametrize("content", [None, b"not a log\n"])
def test_live_base_on_a_missing_or_broken_log_is_one_error_line(tmp_path, capsys, content):
    log = tmp_path / "team.cjm.live"
    if content is not None:
        log.write_bytes(content)
    out = tmp_path / "base.cjm.json"
    assert main(["live", "base", str(log), "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and str(log) in err[0]
    assert not out.exists()


def test_an_update_log_is_plain_json_lines(tmp_path):
    """The documented format: a header line, then one base64 update a line."""
    path = tmp_path / "m.cjm.live"
    session = _Session(path, load_sample("en"))
    session.log.close()
    lines = path.read_text(encoding="utf-8").splitlines()
    header = json.loads(lines[0])
    assert header["cjm_live_log"] == 1 and header["mapping"] == MAPPING_VERSION
    assert set(header["base"]) >= {"card", "stage", "lane"}
    assert all(set(json.loads(line)) == {"u"} for line in lines[1:]) and len(lines) == 2
    doc = pycrdt.Doc()
    doc.apply_update(base64.b64decode(json.loads(lines[1])["u"]))
    assert read_records(doc) == read_records(session.doc)
