"""``cjm-desktop insights MAP [--json]`` on the bundled samples, checked against counts made
here independently from the raw file (not through model/insights)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

import pytest

from cjm_desktop.cli import main
from cjm_desktop.files.templates import sample_path

WEIGHT = {"low": 1, "medium": 2, "high": 3}


def _raw(lang: str) -> dict:
    return json.loads(sample_path(lang).read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_json_matches_independent_counts(lang, capsys):
    assert main(["insights", str(sample_path(lang)), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"pain_points", "emotions", "touchpoints", "opportunities", "kpis", "segments",
            "checklist"} <= set(data)
    raw = _raw(lang)
    cards = raw["cards"]
    counts: Counter = Counter()
    weights: Counter = Counter()
    for card in cards:
        if card["kind"] == "pain_point":
            detail = card.get("pain_point", {})
            key = (card["stage"], card.get("step"), detail.get("category"))
            counts[key] += 1
            weights[key] += WEIGHT.get(detail.get("severity") or "", 0)
    got = {(r["stage"], r["step"], r["category"]): (r["count"], r["weighted"])
           for r in data["pain_points"]}
    assert got == {key: (counts[key], weights[key]) for key in counts}
    assert len(data["pain_points"]) == len(got)  # one row per (stage, step, category)

    touch = {c["id"]: c["touchpoint"] for c in cards if c["kind"] == "touchpoint"}
    assert {t["card"] for t in data["touchpoints"]} == set(touch)
    for row in data["touchpoints"]:
        e, p = touch[row["card"]].get("expectation"), touch[row["card"]].get("performance")
        want = None if e is None or p is None else {
            (True, False): "complaint", (True, True): "satisfaction",
            (False, True): "delight", (False, False): "indifference"}[(e >= 4, p >= 4)]
        assert row["quadrant"] == want and row["expectation"] == e

    opps = {c["id"]: c for c in cards if c["kind"] == "opportunity"}
    assert {o["card"] for o in data["opportunities"]} == set(opps)
    for row in data["opportunities"]:
        detail = opps[row["card"]]["opportunity"]
        i, f = detail.get("impact"), detail.get("effort")
        want = None if i is None or f is None else {
            (True, False): "quick_win", (True, True): "big_bet",
            (False, False): "fill_in", (False, True): "money_pit"}[(i >= 4, f >= 4)]
        assert row["class"] == want and row["votes"] == opps[row["card"]].get("votes", 0)

    kpis = {c["id"]: c["kpi"] for c in cards if c["kind"] == "kpi"}
    for row in data["kpis"]:
        k = kpis[row["card"]]
        better = k["actual"] <= k["target"] if k["direction"] == "lower" else \
            k["actual"] >= k["target"]
        assert row["met"] is better
    delivery = next(r for r in data["kpis"] if kpis[r["card"]]["direction"] == "lower")
    assert (delivery["target"], delivery["actual"], delivery["met"]) == (30.0, 38.0, False)

    answers = [item.get("answer") for item in raw["checklist"]]
    score = (answers.count("yes") + 0.5 * answers.count("partly")) / len(answers)
    assert data["checklist"]["score"] == pytest.approx(score)
    assert 0 <= data["checklist"]["score"] <= 1
    assert data["checklist"]["answered"] == sum(a is not None for a in answers)

    persona_ids = [p["id"] for p in raw["personas"]]
    assert [s["persona"] for s in data["segments"]] == persona_ids
    lowest_personas = {low["persona"] for low in data["emotions"]["lowest"]}
    assert lowest_personas <= set(persona_ids)
    for low in data["emotions"]["lowest"]:
        mine = [e["score"] for e in raw["emotions"]
                if e["persona"] == low["persona"] and e.get("score") is not None]
        assert low["score"] == min(mine)


def test_text_is_in_the_maps_language(capsys):
    assert main(["insights", str(sample_path("ko"))]) == 0
    text = capsys.readouterr().out
    assert "단계별 고충점" in text and "미달" in text and "Pain points" not in text
    assert main(["insights", str(sample_path("en"))]) == 0
    text = capsys.readouterr().out
    assert "Pain points by stage" in text and "Missed" in text and "고충점" not in text


@pytest.mark.processes  # a fresh interpreter or tool: run with -m processes
def test_bad_input_is_one_error_line(tmp_path):
    bad = tmp_path / "bad.cjm.json"
    bad.write_text("{", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "cjm_desktop", "insights", str(bad), "--json"],
                            capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("error: ") and len(result.stderr.splitlines()) == 1
