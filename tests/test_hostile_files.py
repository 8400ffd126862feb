"""Hostile files, each a small generated case (see ``tests/hostile/cases.py``, whose small
ones are kept as files in ``tests/hostile/corpus/``): every reader takes regular files only
and at most its limit; workbooks are checked before they are inflated; what the app writes
it can read back; errors are one short line naming the limit or the place."""

from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path

import pytest
from hostile import cases

from cjm_desktop.files import (
    MapFileError,
    cjm_json,
    load_map,
    loads,
    map_to_dict,
    save_map,
    xlsx_limits,
)
from cjm_desktop.files.csv_io import export_csv, import_csv
from cjm_desktop.files.formats import read_any
from cjm_desktop.files.templates import load_sample
from cjm_desktop.files.xlsx_export import export_xlsx
from cjm_desktop.files.xlsx_import import import_xlsx

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX FIFOs and devices")
SUFFIXES = [".cjm.json", ".xlsx", ".csv", ".mmd"]


# ----- the corpus -----------------------------------------------------------------------
def test_every_corpus_case_is_kept_as_a_file():
    kept = {path.name for path in cases.CORPUS.iterdir()}
    assert set(cases.CORPUS_CASES) <= kept, "run: python tests/hostile/cases.py"


@pytest.mark.parametrize("name", sorted(cases.CORPUS_CASES))
def test_corpus_file_is_refused_with_its_documented_error_or_opens(name):
    path = cases.CORPUS / name
    expected = cases.CORPUS_CASES[name][1]
    if expected is None:
        journey = read_any(path)
        assert map_to_dict(loads(cjm_json.dumps(journey))) == map_to_dict(journey)
        return
    with pytest.raises(MapFileError) as caught:
        read_any(path)
    error = caught.value
    assert error.path == str(path)
    assert expected in str(error), str(error)
    assert len(str(error)) < 400, "one short line"
    assert "set_int_max_str_digits" not in str(error)


def test_the_dimension_bomb_reads_only_the_cells_it_has():
    journey = import_xlsx(cases.CORPUS / "dimension-bomb.xlsx")
    assert [card.text for card in journey.cards.values()] == ["last row"]


# ----- special files --------------------------------------------------------------------
@posix_only
@pytest.mark.parametrize("suffix", SUFFIXES)
def test_a_fifo_is_refused_without_waiting(tmp_path, suffix):
    fifo = tmp_path / f"f{suffix}"
    os.mkfifo(fifo)
    outcome: list[object] = []
    reader = threading.Thread(target=lambda: outcome.append(_error_of(fifo)), daemon=True)
    reader.start()
    reader.join(20)
    if reader.is_alive():  # unblock the reader so the test run can end
        with open(fifo, "wb"):
            pass
        pytest.fail("reading a FIFO waited for a writer")
    assert "not a regular file" in str(outcome[0])


@posix_only
@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
@pytest.mark.parametrize("suffix", SUFFIXES)
def test_a_link_to_dev_zero_is_refused(tmp_path, suffix):
    link = tmp_path / f"z{suffix}"
    os.symlink("/dev/zero", link)
    assert "not a regular file" in str(_error_of(link))


def _error_of(path: Path) -> MapFileError:
    try:
        read_any(path)
    except MapFileError as error:
        return error
    raise AssertionError("read")


# ----- workbooks: limits checked before inflating -----------------------------------------
def test_a_zip_bomb_is_refused_from_the_zip_directory(tmp_path):
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(cases.zip_bomb(xlsx_limits.MAX_PART_BYTES + 2**20))
    assert path.stat().st_size < 2 * 2**20
    with pytest.raises(MapFileError, match="the limit is 320 MB a part"):
        import_xlsx(path)


def test_the_total_unpacked_size_and_the_ratio_are_limited(tmp_path, monkeypatch):
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(cases.zip_bomb(8 * 2**20))
    monkeypatch.setattr(xlsx_limits, "MAX_UNPACKED_BYTES", 4 * 2**20)
    with pytest.raises(MapFileError, match="would unpack to .* the limit is 4 MB"):
        import_xlsx(path)
    monkeypatch.setattr(xlsx_limits, "MAX_UNPACKED_BYTES", 1 << 40)
    monkeypatch.setattr(xlsx_limits, "RATIO_FLOOR", 2**20)
    monkeypatch.setattr(xlsx_limits, "MAX_RATIO", 100)
    with pytest.raises(MapFileError, match="compressed .* to 1 .* the limit is 100 to 1"):
        import_xlsx(path)


def test_a_table_a_hundred_times_the_row_limit_is_refused_naming_the_limit(
        tmp_path, monkeypatch):
    """A smaller limit than the real one keeps this fast; the slow variant below has the
    real limit (100,000 rows, docs/file-format.md) and a million rows."""
    path = tmp_path / "rows.xlsx"
    path.write_bytes(cases.many_rows(100_000))
    monkeypatch.setattr(xlsx_limits, "MAX_ROWS", 1_000)
    with pytest.raises(MapFileError) as caught:
        import_xlsx(path)
    assert "more than 1,000 rows" in caught.value.message
    assert caught.value.where == "Sheet1, row 1002"


@pytest.mark.slow
def test_a_million_row_table_is_refused_at_the_real_row_limit(tmp_path):
    path = tmp_path / "rows.xlsx"
    path.write_bytes(cases.many_rows(1_000_000))
    with pytest.raises(MapFileError) as caught:
        import_xlsx(path)
    assert f"more than {xlsx_limits.MAX_ROWS:,} rows" in caught.value.message
    assert caught.value.where == f"Sheet1, row {xlsx_limits.MAX_ROWS + 2}"


def test_a_csv_table_over_the_row_limit_is_refused(tmp_path, monkeypatch):
    from cjm_desktop.files import csv_io

    monkeypatch.setattr(csv_io, "MAX_TABLE_ROWS", 50)
    path = tmp_path / "rows.csv"
    path.write_text("Stage,Lane,Text\n" + "s,l,t\n" * 60, encoding="utf-8")
    with pytest.raises(MapFileError, match="more than 50 rows"):
        import_csv(path)


def test_blank_csv_rows_do_not_count_toward_the_row_limit(tmp_path, monkeypatch):
    """A spreadsheet's CSV may carry a long used range of empty rows after the table."""
    from cjm_desktop.files import csv_io

    monkeypatch.setattr(csv_io, "MAX_TABLE_ROWS", 50)
    path = tmp_path / "rows.csv"
    path.write_text("Stage,Lane,Text\n" + "s,l,t\n" * 50 + ",,\n" * 100 + "\n" * 100,
                    encoding="utf-8")
    assert len(import_csv(path).cards) == 50
    monkeypatch.setattr(csv_io, "MAX_CSV_LINES", 200)
    with pytest.raises(MapFileError, match="more than 200 lines, blank ones included"):
        import_csv(path)


# ----- one size limit for writing and reading -------------------------------------------
def test_a_map_too_large_to_open_again_is_not_saved(tmp_path, monkeypatch):
    path = tmp_path / "big.cjm.json"
    save_map(load_sample("en"), path)
    before = path.read_bytes()
    journey = load_sample("en")
    monkeypatch.setattr(cjm_json, "MAX_FILE_BYTES", len(before) - 1)
    with pytest.raises(OSError) as caught:
        save_map(journey, path)
    assert isinstance(caught.value, cjm_json.MapTooLarge)
    assert "too large to save" in caught.value.strerror
    assert path.read_bytes() == before, "nothing written"
    monkeypatch.setattr(cjm_json, "MAX_FILE_BYTES", len(before))
    save_map(journey, path)
    assert load_map(path).info.title == journey.info.title, "at the limit: written and read"


def test_the_workbook_refuses_a_map_its_import_would_refuse(tmp_path, monkeypatch):
    journey = load_sample("en")
    journey.update_info({"description": "x" * 400_000})
    monkeypatch.setattr(cjm_json, "MAX_FILE_BYTES", 300_000)
    from cjm_desktop.files import xlsx_export

    monkeypatch.setattr(xlsx_export, "MAX_FILE_BYTES", 300_000)
    with pytest.raises(cjm_json.MapTooLarge):
        export_xlsx(journey, tmp_path / "big.xlsx")
    assert not (tmp_path / "big.xlsx").exists()


def test_autosave_never_writes_a_copy_restore_would_refuse(tmp_path, monkeypatch):
    from cjm_desktop.editing import autosave

    data = map_to_dict(load_sample("en"))
    monkeypatch.setattr(cjm_json, "MAX_FILE_BYTES", 1000)
    with pytest.raises(cjm_json.MapTooLarge):
        autosave._write_copy(tmp_path / "c.cjm.json", tmp_path / "c.json", data,
                             {"saved_at": "2026-01-01T00:00:00+00:00"})
    assert not (tmp_path / "c.cjm.json").exists()


def test_the_command_line_names_the_size_limit_when_converting(tmp_path, monkeypatch, capsys):
    from cjm_desktop import cli

    source = tmp_path / "in.csv"
    export_csv(load_sample("en"), source)
    monkeypatch.setattr(cjm_json, "MAX_FILE_BYTES", 1000)
    status = cli.main(["convert", str(source), str(tmp_path / "out.cjm.json")])
    assert status != 0
    err = capsys.readouterr().err
    assert "too large to save" in err and "Traceback" not in err
    assert not (tmp_path / "out.cjm.json").exists()


# ----- round trips at edge sizes (workbook, CSV) --------------------------------------------
@pytest.mark.parametrize("name", ["Visit\x07 now\x1b", "S" * 40_000, "탐색" * 20_000])
def test_a_workbook_with_an_awkward_stage_name_imports_back(tmp_path, name):
    journey = load_sample("en")
    journey.stages[0].name = name
    path = tmp_path / "edge.xlsx"
    export_xlsx(journey, path)
    assert map_to_dict(import_xlsx(path)) == map_to_dict(journey)


def test_a_csv_card_longer_than_131072_characters_imports_back(tmp_path):
    journey = load_sample("en")
    card = journey.ordered_cards()[0]
    card.text = " ".join(["긴 카드"] * 40_000)
    path = tmp_path / "long.csv"
    export_csv(journey, path)
    texts = {c.text for c in import_csv(path).cards.values()}
    assert card.text in texts


# ----- messages -----------------------------------------------------------------------------
def test_duplicate_keys_are_refused_naming_the_line():
    with pytest.raises(MapFileError) as caught:
        loads(cases.duplicate_cards_key(), "dup.cjm.json")
    assert "'cards' appears twice" in caught.value.message
    assert caught.value.where.startswith("line ")


def test_echoed_values_are_cut_short():
    data = map_to_dict(load_sample("en"))
    data["lanes"][0]["height"] = -(10**4000)
    data["cards"][0]["stage"] = "ş" * 50_000
    for mutation in ("lanes", "cards"):
        trial = json.loads(json.dumps(map_to_dict(load_sample("en"))))
        trial[mutation] = data[mutation]
        with pytest.raises(MapFileError) as caught:
            loads(json.dumps(trial, ensure_ascii=False), "m.cjm.json")
        assert len(str(caught.value)) < 200, str(caught.value)[:300]


def test_no_python_hint_for_a_number_with_too_many_digits():
    with pytest.raises(MapFileError) as caught:
        loads(cases.huge_number(), "n.cjm.json")
    assert "sys." not in str(caught.value) and "too many digits" in str(caught.value)


# ----- SVG export has a size limit ----------------------------------------------------------
def test_svg_export_over_the_limit_is_refused_and_nothing_written(tmp_path, monkeypatch):
    from cjm_desktop.app import ensure_app

    ensure_app()
    from cjm_desktop.canvas import render

    target = tmp_path / "map.svg"
    monkeypatch.setattr(render, "MAX_SVG_BYTES", 50_000)
    with pytest.raises(render.RenderError, match="larger than 0 MB|the limit for SVG"):
        render.render_svg(load_sample("en"), str(target))
    assert not target.exists()
    journey = load_sample("en")
    journey.ordered_cards()[0].text = "x" * 60_000
    with pytest.raises(render.RenderError, match="the limit for SVG"):
        render.svg_bytes(journey)  # refused before drawing


def test_the_limits_table_names_the_limits_the_code_uses():
    from cjm_desktop.canvas import render
    from cjm_desktop.editing import file_watch
    from cjm_desktop.files import csv_io, mermaid
    from cjm_desktop.panels import photo

    doc = (Path(__file__).parents[1] / "docs" / "file-format.md").read_text(encoding="utf-8")
    table = doc[doc.index("## Limits"):]
    mb = 2**20
    for phrase in (
        f"| {cjm_json.MAX_FILE_BYTES // mb} MB |", f"| {xlsx_limits.MAX_PART_BYTES // mb} MB |",
        f"| {xlsx_limits.MAX_UNPACKED_BYTES // mb} MB |", f"{xlsx_limits.MAX_RATIO:,} : 1",
        f"over {xlsx_limits.RATIO_FLOOR // mb} MB", f"| {xlsx_limits.MAX_PARTS:,} |",
        f"{xlsx_limits.MAX_ROWS:,} rows", f"column {xlsx_limits.MAX_COLUMNS}",
        f"{xlsx_limits.EXCEL_CELL_LIMIT:,} characters", f"| {csv_io.MAX_CSV_BYTES // mb} MB |",
        f"| {mermaid.MAX_MERMAID_BYTES // mb} MB |", f"{file_watch.MAX_LOCK_BYTES // 1024} KB",
        f"{photo.MAX_FILE_BYTES // mb} MB", f"{photo.MAX_DECLARED_SIDE:,} pixels a side",
        f"{photo.MAX_SIDE} px", f"{photo.ALLOCATION_LIMIT_MB} MB",
        f"{render.MAX_PIXELS_SIDE:,} pixels a side", f"| {render.MAX_SVG_BYTES // mb} MB |",
        f"{xlsx_limits.MAX_XLSX_BYTES // mb} MB on disk",
    ):
        assert phrase in table, phrase


def test_a_csv_export_the_import_would_refuse_is_not_written(tmp_path, monkeypatch):
    from cjm_desktop.files import csv_io

    monkeypatch.setattr(csv_io, "MAX_CSV_BYTES", 2000)
    with pytest.raises(OSError, match="CSV files up to 1 KB can be imported"):
        export_csv(load_sample("en"), tmp_path / "big.csv")
    assert not (tmp_path / "big.csv").exists()


def test_the_apps_own_workbook_with_false_dimensions_reads_only_its_cells(tmp_path):
    """Every sheet of an exported workbook claims A1:XFD1048576: the import reads the cells
    that are there (the cards sheet is merged by ID as usual), in bounded time and memory."""
    import io
    import re
    import zipfile

    journey = load_sample("ko")
    source = tmp_path / "own.xlsx"
    export_xlsx(journey, source)
    out = io.BytesIO()
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(out, "w",
                                                             zipfile.ZIP_DEFLATED) as target:
        for info in archive.infolist():
            data = archive.read(info)
            if info.filename.startswith("xl/worksheets/sheet"):
                data = re.sub(rb'<dimension ref="[^"]*"\s*/>',
                              b'<dimension ref="A1:XFD1048576"/>', data)
                assert b"XFD1048576" in data
            target.writestr(info, data)
    hostile = tmp_path / "own-dimensions.xlsx"
    hostile.write_bytes(out.getvalue())
    assert map_to_dict(import_xlsx(hostile)) == map_to_dict(journey)
