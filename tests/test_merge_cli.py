"""``cjm-desktop diff`` and ``cjm-desktop merge`` on files, and the git merge driver with a
real ``git merge`` (docs/merge.md)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cjm_desktop.cli import main
from cjm_desktop.files import load_map, save_map
from cjm_desktop.files.templates import load_sample, sample_path


def _edited(tmp_path: Path, name: str, edit) -> Path:
    journey = load_sample("en")
    edit(journey)
    path = tmp_path / name
    save_map(journey, path)
    return path


def _first(journey):
    return journey.ordered_cards()[0].id


def test_diff_exit_status_says_equal_or_different(tmp_path, capsys):
    same = tmp_path / "same.cjm.json"
    shutil.copy(sample_path("en"), same)
    assert main(["diff", str(sample_path("en")), str(same)]) == 0
    assert capsys.readouterr().out == ""
    changed = _edited(tmp_path, "b.cjm.json",
                      lambda j: j.update_card(_first(j), {"text": "New words"}))
    assert main(["diff", str(same), str(changed)]) == 1
    out = capsys.readouterr().out
    assert "New words" in out and out.count("\n") == 1


def test_diff_json_names_kind_id_and_field(tmp_path, capsys):
    journey = load_sample("en")
    changed = _edited(tmp_path, "b.cjm.json",
                      lambda j: j.update_card(_first(j), {"text": "New words"}))
    assert main(["diff", str(sample_path("en")), str(changed), "--json"]) == 1
    [row] = json.loads(capsys.readouterr().out)
    assert row["kind"] == "card" and row["id"] == _first(journey)
    assert (row["change"], row["field"], row["after"]) == ("changed", "text", "New words")


@pytest.mark.parametrize(("language", "lines"), [
    ("en", ["Workshop plan · Activity 3 “Emotion scores” · Minutes: 10 → 15",
            "Dot vote “Vote on pain points”: added (1 dot)"]),
    ("ko", ["워크숍 진행 계획 · 활동 3 “감정 점수” · 시간(분): 10 → 15",
            "점 투표 “Vote on pain points”: 추가됨 (점 1개)"]),
])
def test_diff_lists_plan_and_vote_differences_in_the_maps_language(tmp_path, capsys, language,
                                                                  lines):
    from cjm_desktop.model.voting import VoteSettings, VoteTally
    from cjm_desktop.model.workshop_plan import builtin_plan

    journey = load_sample(language)
    journey.set_workshop_plan(builtin_plan("journey", language, journey))
    save_map(journey, tmp_path / "a.cjm.json")
    plan = journey.workshop_plan
    plan.activities[2].minutes = 15
    journey.set_workshop_plan(plan)
    journey.add_vote_tally(VoteTally("Vote on pain points", VoteSettings(participants=["P1"]),
                                     [("P1", _first(journey))]))
    save_map(journey, tmp_path / "b.cjm.json")
    assert main(["diff", str(tmp_path / "a.cjm.json"), str(tmp_path / "b.cjm.json")]) == 1
    assert capsys.readouterr().out.splitlines() == lines
    assert main(["diff", str(tmp_path / "a.cjm.json"), str(tmp_path / "b.cjm.json"),
                 "--json"]) == 1
    rows = json.loads(capsys.readouterr().out)
    assert [(r["kind"], r["id"], r["field"]) for r in rows][0] == ("plan", 3, "minutes")
    assert rows[1]["kind"] == "vote" and rows[1]["after"]["dots"] == [["P1", _first(journey)]]


def test_diff_bad_input_is_exit_2_with_one_line(tmp_path, capsys):
    bad = tmp_path / "bad.cjm.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["diff", str(bad), str(sample_path("en"))]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and str(bad) in err and err.count("\n") == 1


def test_merge_writes_both_sides_changes(tmp_path):
    journey = load_sample("en")
    card = _first(journey)
    ours = _edited(tmp_path, "ours.cjm.json", lambda j: j.update_card(card, {"text": "Ours"}))
    theirs = _edited(tmp_path, "theirs.cjm.json",
                     lambda j: j.update_persona(j.personas[0].id, {"name": "Theirs"}))
    out = tmp_path / "out.cjm.json"
    assert main(["merge", str(sample_path("en")), str(ours), str(theirs), "-o", str(out)]) == 0
    merged = load_map(out)
    assert merged.cards[card].text == "Ours" and merged.personas[0].name == "Theirs"


def test_merge_conflicts_exit_1_and_write_nothing_unless_preferred(tmp_path, capsys):
    card = _first(load_sample("en"))
    ours = _edited(tmp_path, "ours.cjm.json", lambda j: j.update_card(card, {"text": "Ours"}))
    theirs = _edited(tmp_path, "theirs.cjm.json",
                     lambda j: j.update_card(card, {"text": "Theirs"}))
    out = tmp_path / "out.cjm.json"
    args = ["merge", str(sample_path("en")), str(ours), str(theirs), "-o", str(out)]
    assert main(args) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("conflict: Card") and "Ours" in err[0] and "Theirs" in err[0]
    assert not out.exists()
    assert main([*args, "--prefer", "theirs"]) == 0
    assert load_map(out).cards[card].text == "Theirs"
    assert main([*args, "--prefer", "ours"]) == 0  # -o over an existing file
    assert load_map(out).cards[card].text == "Ours"


def _git(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True,
                          check=False)


@pytest.mark.processes  # a fresh interpreter or tool: run with -m processes
@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_a_real_git_merge_uses_the_driver(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    assert _git(repo, "init", "-q", "-b", "main").returncode == 0
    driver = f'"{sys.executable}" -m cjm_desktop merge %O %A %B -o %A'
    _git(repo, "config", "merge.cjm.name", "CJM Desktop three-way merge")
    _git(repo, "config", "merge.cjm.driver", driver)
    (repo / ".gitattributes").write_text("*.cjm.json merge=cjm\n", encoding="utf-8")
    path = repo / "journey.cjm.json"
    shutil.copy(sample_path("en"), path)
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "base")
    journey = load_map(path)
    # Text and notes are neighbouring lines of the file: git's own line merge would stop.
    card = journey.ordered_cards()[0].id

    _git(repo, "checkout", "-q", "-b", "other")
    edited = load_map(path)
    edited.update_card(card, {"notes": "Noted on the other branch"})
    save_map(edited, path)
    _git(repo, "commit", "-q", "-am", "other")

    _git(repo, "checkout", "-q", "main")
    edited = load_map(path)
    edited.update_card(card, {"text": "Edited on main"})
    save_map(edited, path)
    _git(repo, "commit", "-q", "-am", "main")

    merge = _git(repo, "merge", "-q", "--no-edit", "other")
    assert merge.returncode == 0, merge.stdout + merge.stderr
    merged = load_map(path)
    assert merged.cards[card].text == "Edited on main"
    assert merged.cards[card].notes == "Noted on the other branch"


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_without_the_driver_git_would_stop_on_that_merge(tmp_path):
    """The control of the test above: the same edits conflict for git's line merge."""
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q", "-b", "main")
    path = repo / "journey.cjm.json"
    shutil.copy(sample_path("en"), path)
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "base")
    card = load_map(path).ordered_cards()[0].id
    _git(repo, "checkout", "-q", "-b", "other")
    edited = load_map(path)
    edited.update_card(card, {"notes": "Noted on the other branch"})
    save_map(edited, path)
    _git(repo, "commit", "-q", "-am", "other")
    _git(repo, "checkout", "-q", "main")
    edited = load_map(path)
    edited.update_card(card, {"text": "Edited on main"})
    save_map(edited, path)
    _git(repo, "commit", "-q", "-am", "main")
    assert _git(repo, "merge", "-q", "--no-edit", "other").returncode != 0
