"""End workshop: the map, workbook, map PDF and one-page summary are written into the folder,
in the map's language; the map passes `cjm-desktop check` and the workbook opens."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from workshop_helpers import FakeClock

from cjm_desktop.cli import main as cli_main
from cjm_desktop.editing import Document
from cjm_desktop.editing.workshop_edits import record_vote
from cjm_desktop.files.templates import load_sample
from cjm_desktop.main_window.workshop_end import default_folder, write_bundle
from cjm_desktop.model.voting import VoteSettings, VotingSession
from cjm_desktop.model.workshop_plan import PlanRun, builtin_plan
from cjm_desktop.model.workshop_summary import summary, summary_html


def run_review(document: Document, clock: FakeClock) -> PlanRun:
    plan = builtin_plan("review", document.journey.info.language, document.journey)
    run = PlanRun(plan, clock)
    run.next(set(document.journey.cards))
    lane = plan.activities[0].lane
    stage = document.journey.stages[0].id
    cell = (stage, document.journey.stages[0].steps[0].id if document.journey.stages[0].steps
            else None, lane)
    document.add_card(cell, text="Fresh pain")
    clock.advance(12 * 60)
    run.next(set(document.journey.cards))
    cards = [c.id for c in document.journey.cards.values() if c.lane == lane]
    vote = VotingSession(VoteSettings(3, ["A", "B"]), cards)
    for _ in range(3):
        vote.cast("A", cards[-1])
    record_vote(document, vote.tally())
    clock.advance(5 * 60)
    run.finish(set(document.journey.cards))
    return run


def test_the_summary_lists_real_durations_new_cards_and_top_votes(qapp):
    clock = FakeClock()
    document = Document(load_sample("en"))
    run = run_review(document, clock)
    data = summary(document.journey, run.plan, run.records, clock())
    assert [(a.title, a.planned_minutes, a.actual_minutes) for a in data.activities] == [
        ("Review the pain points", 20, 12), ("Vote on pain points", 10, 5)]
    assert data.activities[0].new_cards == ["Fresh pain"]
    assert any(cards[0][1] >= 3 for _lane, cards in data.top_cards)
    text = summary_html(data)
    assert "Workshop summary" in text and "Fresh pain" in text


def test_the_summary_is_in_the_maps_language(qapp):
    clock = FakeClock()
    document = Document(load_sample("ko"))
    run = run_review(document, clock)
    assert "워크숍 요약" in summary_html(summary(document.journey, run.plan, run.records, clock()))


def test_the_bundle_is_written_and_checks(qapp, tmp_path: Path, capsys):
    clock = FakeClock()
    document = Document(load_sample("en"))
    run = run_review(document, clock)
    paths = write_bundle(document, tmp_path / "out", run.plan, run.records, clock())
    assert all(path.is_file() and path.stat().st_size > 0 for path in paths)
    assert paths[0].name.endswith(".cjm.json") and paths[3].read_bytes().startswith(b"%PDF")
    assert paths[2].read_bytes().startswith(b"%PDF")
    assert cli_main(["check", str(paths[0])]) == 0
    book = openpyxl.load_workbook(paths[1])
    assert book.sheetnames


def test_an_unsaved_map_goes_to_documents_and_a_saved_one_beside_itself(qapp, tmp_path):
    document = Document(load_sample("en"))
    assert default_folder(document).name == "CJM Desktop"
    document.save_as(tmp_path / "trip.cjm.json")
    assert default_folder(document) == tmp_path
