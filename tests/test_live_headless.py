"""``cjm-desktop live host`` / ``live join`` in this process: bad input is one error line and
exit status 2, a wrong token is refused with a clear message, and a join with an edited copy
makes its differences the joiner's own edits, seen by the host. (The same commands as
separate processes: tests/test_live_processes.py, ``-m processes``.)"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cjm_desktop.cli import main
from cjm_desktop.editing import Document
from cjm_desktop.editing.sharing import LOOPBACK
from cjm_desktop.files import load_map, save_map
from cjm_desktop.files.templates import load_sample
from cjm_desktop.live import sync as live_sync
from cjm_desktop.live.server import LiveServer
from cjm_desktop.live.session import LiveSession
from cjm_desktop.model.diff import diff_records
from cjm_desktop.model.map_records import records_of

TIMEOUT_MS = 20_000


@pytest.fixture(autouse=True)
def quick_backoff(monkeypatch):
    monkeypatch.setattr(live_sync, "BACKOFF_FIRST", 0.02)
    monkeypatch.setattr(live_sync, "BACKOFF_MAX", 0.1)


@pytest.fixture
def server() -> Iterator[LiveServer]:
    live = LiveServer(LOOPBACK)
    live.start()
    yield live
    live.stop()


@pytest.fixture
def hosted(qapp, server) -> Iterator[Document]:
    document = Document(load_sample("en"))
    session = LiveSession(document, server.url, name="Host")
    session.start()
    assert session.wait_synced(TIMEOUT_MS / 1000)
    yield document
    session.stop()


def error_lines(capsys) -> list[str]:
    return [line for line in capsys.readouterr().err.splitlines() if line.strip()]


def test_bad_input_is_one_error_line_and_exit_2(qapp, tmp_path, capsys):
    bad = tmp_path / "bad.cjm.json"
    bad.write_text("{ not json", encoding="utf-8")
    out = tmp_path / "out.cjm.json"
    cases = [
        (["live", "host", str(tmp_path / "missing.cjm.json")], "no such file"),
        (["live", "host", str(bad)], "bad.cjm.json"),
        (["live", "host", str(bad), "--port", "70000"], "between 0 and 65535"),
        (["live", "join", "http://example.org/live/x", "-o", str(out)], "ws://"),
        (["live", "join", "ws://127.0.0.1:9/live/x", "-o", str(tmp_path)], "folder"),
        (["live", "join", "ws://127.0.0.1:9/live/x", "-o", str(out), "--edit",
          str(tmp_path / "missing.cjm.json")], "no such file"),
        (["live", "join", "ws://127.0.0.1:9/live/x"], "arguments"),
        (["live", "join", "ws://127.0.0.1:9/live/x", "-o", str(out), "--base", str(bad)],
         "--edit"),
        (["live", "host", str(bad), "--sync-url", "http://example.org/x"], "ws://"),
    ]
    for argv, words in cases:
        assert main(argv) == 2, argv
        lines = error_lines(capsys)
        assert len(lines) == 1 and lines[0].startswith("error: ") and words in lines[0], argv
    assert not out.exists()


def test_a_wrong_token_is_refused_with_a_clear_message(qapp, server, tmp_path, capsys):
    out = tmp_path / "out.cjm.json"
    wrong = server.url[:-4] + "xxxx"
    assert main(["live", "join", wrong, "-o", str(out), "--once"]) == 2
    lines = error_lines(capsys)
    assert len(lines) == 1 and "refused" in lines[0]
    assert not out.exists()  # an empty map is never written


def test_a_join_with_an_edited_copy_makes_its_differences_own_edits(qtbot, hosted, server,
                                                                    tmp_path):
    edited = load_sample("en")
    card = edited.ordered_cards()[0].id
    edited.update_card(card, {"text": "from the command line"})
    edited_path, out = tmp_path / "edited.cjm.json", tmp_path / "out.cjm.json"
    save_map(edited, edited_path)
    assert main(["live", "join", server.url, "-o", str(out), "--edit", str(edited_path),
                 "--once"]) == 0
    assert load_map(out).cards[card].text == "from the command line"
    qtbot.waitUntil(lambda: hosted.journey.cards[card].text == "from the command line",
                    timeout=TIMEOUT_MS)
    assert diff_records(records_of(hosted.journey), records_of(load_map(out))) == []
    assert hosted.undo_stack.count() == 0  # the host holds it as someone else's edit


def test_a_join_with_a_base_keeps_what_others_changed_since(qtbot, hosted, server, tmp_path):
    base = load_sample("en")
    first, second = [card.id for card in base.ordered_cards()[:2]]
    base_path, edited_path = tmp_path / "base.cjm.json", tmp_path / "edited.cjm.json"
    save_map(base, base_path)
    hosted.update_card(first, {"text": "the host, after the copy was made"})
    base.update_card(second, {"text": "edited in the copy"})
    save_map(base, edited_path)
    out = tmp_path / "out.cjm.json"
    assert main(["live", "join", server.url, "-o", str(out), "--edit", str(edited_path),
                 "--base", str(base_path), "--once"]) == 0
    qtbot.waitUntil(lambda: hosted.journey.cards[second].text == "edited in the copy",
                    timeout=TIMEOUT_MS)
    assert hosted.journey.cards[first].text == "the host, after the copy was made"
    assert load_map(out).cards[first].text == "the host, after the copy was made"
