"""Hostile old-schema files: the migration chain, like the current reader, returns a map or
raises the documented :class:`MapFileError` naming the file and the place — never another
exception (a 30,000-mutation run once found 52 escapes, all in ``files/migrations.py``).

Every schema version that has a migration gets its own base files, written in that
version's shape from today's maps, then mutated. The default run tries 40 per version;
``pytest -m slow`` runs ≥ 10,000 per version.
"""

from __future__ import annotations

import json

import pytest
from files_helpers import full_map
from fuzz_budget import slow_count
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_fuzz_loader import check as check_loads
from test_fuzz_loader import mutate

from cjm_desktop.files import map_to_dict
from cjm_desktop.files.migrations import MIGRATIONS, SCHEMA_VERSION
from cjm_desktop.files.templates import load_sample

_KO_CATEGORIES = {"financial": "재정", "productivity": "생산성", "process": "프로세스",
                  "support": "지원"}


def as_version_5(current: dict) -> dict:
    """Today's map data written the way schema 5 held it: no comments."""
    return {**{k: v for k, v in current.items() if k != "comments"}, "schema_version": 5}


def as_version_4(current: dict) -> dict:
    """Today's map data written the way schema 4 held it: cards without an author."""
    current = as_version_5(current)
    cards = [{k: v for k, v in card.items() if k != "author"} for card in current["cards"]]
    return {**current, "schema_version": 4, "cards": cards}


def as_version_3(current: dict) -> dict:
    """Today's map data written the way schema 3 held it: no workshop object."""
    current = as_version_4(current)
    return {**{k: v for k, v in current.items() if k != "workshop"}, "schema_version": 3}


def as_version_2(current: dict) -> dict:
    """Today's map data written the way schema 2 held it: KPIs without a direction."""
    current = as_version_3(current)
    cards = []
    for card in current["cards"]:
        detail = card.get("kpi")
        if isinstance(detail, dict):
            card = {**card, "kpi": {k: v for k, v in detail.items() if k != "direction"}}
        cards.append(card)
    return {**current, "schema_version": 2, "cards": cards}


def as_version_1(current: dict) -> dict:
    """Today's map data written the way schema 1 held it (see ``migrations``)."""
    current = as_version_2(current)
    data = {"schema_version": 1, "generator": current.get("generator")}
    data.update(current["map"])
    data["stages"] = current["stages"]
    data["lanes"] = current["lanes"]
    scores: dict[str, dict[str, float]] = {}
    for emotion in current["emotions"]:
        if emotion["score"] is not None:
            scores.setdefault(emotion["persona"], {})[emotion["stage"]] = emotion["score"]
    data["personas"] = [{**persona, "emotions": scores.get(persona["id"], {})}
                        for persona in current["personas"]]
    cards = []
    for card in current["cards"]:
        card = {key: value for key, value in card.items() if key != "order"}
        detail = card.get("pain_point")
        if isinstance(detail, dict) and detail.get("category") in _KO_CATEGORIES:
            card["pain_point"] = {**detail, "category": _KO_CATEGORIES[detail["category"]]}
        cards.append(card)
    data["cards"] = cards
    data["checklist"] = current["checklist"]
    return data


WRITERS = {1: as_version_1, 2: as_version_2, 3: as_version_3, 4: as_version_4,
           5: as_version_5}
CURRENT = [map_to_dict(full_map()), map_to_dict(load_sample("ko")), map_to_dict(load_sample("en"))]
BASES = {version: [WRITERS[version](data) for data in CURRENT] for version in MIGRATIONS}
ci = settings(max_examples=40, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
slow = settings(max_examples=slow_count(10_000), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def check(raw: bytes) -> None:
    """The loader's property, and no migration falls back on its catch-all error (that is
    the safety net for users; here it would hide a migration that trips over a shape)."""
    from cjm_desktop.files import MapFileError, loads

    try:
        loads(raw, "fuzz.cjm.json")
    except MapFileError as error:
        assert "cannot be brought up to date" not in error.message, str(error)
    check_loads(raw)


def test_every_migration_has_a_base_writer():
    assert set(WRITERS) == set(MIGRATIONS) and max(MIGRATIONS) == SCHEMA_VERSION - 1


@pytest.mark.parametrize("version", sorted(MIGRATIONS))
def test_unmutated_old_files_migrate_to_the_same_maps(version):
    from cjm_desktop.files import loads

    for base in BASES[version]:
        journey = loads(json.dumps(base, ensure_ascii=False), "old.cjm.json")
        assert len(journey.cards) == len(base["cards"])


@st.composite
def mutated_old_maps(draw, version: int) -> bytes:
    """An old-version map with a few places replaced, removed or duplicated."""
    data = json.loads(json.dumps(draw(st.sampled_from(BASES[version]))))
    mutate(draw, data)
    data["schema_version"] = version  # keep it on the migration path
    try:
        text = json.dumps(data, ensure_ascii=draw(st.booleans()))
    except (ValueError, RecursionError):
        text = json.dumps(BASES[version][0])
    return text.encode("utf-8", errors="surrogatepass")


def _fuzz_tests(version: int) -> None:
    """Define the CI and slow fuzz tests of one migration as module-level tests."""

    @ci
    @given(mutated_old_maps(version))
    def run_ci(raw: bytes) -> None:
        check(raw)

    @pytest.mark.slow
    @slow
    @given(mutated_old_maps(version))
    def run_slow(raw: bytes) -> None:
        check(raw)

    run_ci.__doc__ = f"Mutated schema-{version} files (40 in the default run)."
    run_slow.__doc__ = f"≥ 10,000 mutated schema-{version} files: ``pytest -m slow``."
    globals()[f"test_mutated_v{version}_maps"] = run_ci
    globals()[f"test_mutated_v{version}_maps_slow"] = run_slow


for _version in sorted(MIGRATIONS):
    _fuzz_tests(_version)


@pytest.mark.parametrize("category", [["재정"], {"a": 1}, 5, None, True])
def test_a_v1_pain_point_category_of_any_type_is_a_named_error_or_kept(category):
    data = json.loads(json.dumps(BASES[1][0]))
    pain = next(card for card in data["cards"] if card["kind"] == "pain_point")
    pain["pain_point"]["category"] = category
    check(json.dumps(data).encode())
