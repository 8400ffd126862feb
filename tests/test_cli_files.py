"""The command line with files people hand it: convert never destroys its input, refuses
to overwrite without --force, names what it cannot do, and prints what an import did."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import openpyxl
import pytest

from cjm_desktop.cli import main
from cjm_desktop.files import load_map, save_map
from cjm_desktop.files.csv_io import import_csv
from cjm_desktop.files.errors import MapFileError
from cjm_desktop.files.import_report import ImportReport
from cjm_desktop.files.templates import load_sample
from cjm_desktop.files.xlsx_import import import_xlsx

ROOT = Path(__file__).resolve().parents[1]
TABLE = "Stage,Lane,Text,Persona,Score,No.\nA,Actions,one,Kim,1,7\nB,Actions,two,,,\n"


def table(tmp_path: Path) -> Path:
    path = tmp_path / "t.csv"
    path.write_text(TABLE, encoding="utf-8")
    return path


def test_convert_onto_its_own_source_is_refused(tmp_path, capsys):
    """Issue: `convert t.csv t.csv` left only the header row (exit 0)."""
    src = table(tmp_path)
    link = tmp_path / "link.csv"
    link.symlink_to(src)
    hard = tmp_path / "hard.csv"
    os.link(src, hard)
    for dst in (src, link, hard):
        assert main(["convert", str(src), str(dst), "--force"]) == 2
        assert "is the source file" in capsys.readouterr().err
    assert src.read_text(encoding="utf-8") == TABLE


def test_convert_does_not_overwrite_without_force(tmp_path, capsys):
    src = table(tmp_path)
    dst = tmp_path / "out.cjm.json"
    dst.write_text("keep me", encoding="utf-8")
    assert main(["convert", str(src), str(dst)]) == 2
    assert "already exists (use --force" in capsys.readouterr().err
    assert dst.read_text(encoding="utf-8") == "keep me"
    assert main(["convert", str(src), str(dst), "--force"]) == 0
    assert len(load_map(dst).cards) == 2


def test_new_and_convert_refuse_a_mismatched_extension(tmp_path, capsys):
    assert main(["new", str(tmp_path / "fresh.xlsx"), "--template", "blank"]) == 2
    assert "writes a .cjm.json map" in capsys.readouterr().err
    assert not (tmp_path / "fresh.xlsx").exists()
    assert main(["convert", str(table(tmp_path)), str(tmp_path / "x.docx")]) == 2
    assert "cannot write this kind of file" in capsys.readouterr().err


def test_json_is_written_as_it_is_read(tmp_path):
    src = tmp_path / "m.cjm.json"
    save_map(load_sample("en"), src)
    assert main(["convert", str(src), str(tmp_path / "plain.json")]) == 0
    assert main(["check", str(tmp_path / "plain.json")]) == 0
    assert load_map(tmp_path / "plain.json") == load_sample("en")


def test_an_import_prints_its_report_as_note_lines(tmp_path, capsys):
    assert main(["check", str(table(tmp_path))]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0].endswith("imported 2 cards, 1 persona, 1 score; 2 stages and 2 lanes created")
    assert all(line.startswith("note: ") for line in err)
    assert "note: read with commas between the columns" in err
    assert any("unknown columns kept" in line and "'No.'" in line for line in err)


def test_help_works_like_dash_dash_help(capsys):
    assert main(["help"]) == 0
    assert "convert SRC DST [--force]" in capsys.readouterr().out
    assert main(["help", "convert"]) == 0
    assert "--force" in capsys.readouterr().out


def test_a_folder_as_input_says_it_is_a_folder(tmp_path, capsys):
    folder = tmp_path / "maps.csv"
    folder.mkdir()
    assert main(["check", str(folder)]) == 2
    assert "is a folder" in capsys.readouterr().err
    assert main(["check", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_the_command_line_is_a_console_script_and_the_launcher_a_gui_script():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"]["cjm-desktop"] == "cjm_desktop.cli:main"
    assert "cjm-desktop" not in project.get("gui-scripts", {})
    assert project["gui-scripts"]["cjm-desktop-gui"] == "cjm_desktop.cli:main"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "cjm-desktop-gui" in readme


def test_an_encoding_error_points_at_the_line_of_the_bad_byte(tmp_path):
    path = tmp_path / "bad.csv"
    # line 3 holds a byte that is neither UTF-8 nor CP949 (0xFF)
    path.write_bytes(b"Stage,Lane,Text\nA,B,ok\nA,B," + b"\xff\n" + b"A,B,x\n")
    with pytest.raises(MapFileError) as caught:
        import_csv(path)
    assert caught.value.where == "line 3" and "0xFF" in caught.value.message
    # a UTF-8 file with Korean on line 1 (which CP949 cannot read) and one bad byte on line 4
    path.write_bytes("단계,레인,내용\n인지,행동,광고\n구매,행동,결제\n".encode() + b"A,B,\xc0\n")
    with pytest.raises(MapFileError) as caught:
        import_csv(path)
    assert caught.value.where == "line 4"
    # a file that is CP949 is read (and said so) rather than refused
    path.write_bytes("단계,레인,내용\n인지,행동,광고\n".encode("cp949"))
    report = ImportReport()
    import_csv(path, report)
    assert "CP949" in report.source


def test_a_broken_quote_gives_its_line(tmp_path):
    path = tmp_path / "q.csv"
    path.write_text('Stage,Lane,Text\nA,B,ok\nA,B,"never closed\n', encoding="utf-8")
    with pytest.raises(MapFileError) as caught:
        import_csv(path)
    assert caught.value.where == "line 3" and "quote" in caught.value.message


def test_too_large_names_the_limit(tmp_path, monkeypatch):
    import cjm_desktop.files.csv_io as csv_io

    monkeypatch.setattr(csv_io, "MAX_CSV_BYTES", 1024 * 1024)
    path = tmp_path / "big.csv"
    path.write_bytes(b"Stage,Lane,Text\n" + b"A,B,xxxxxxxxxx\n" * 80_000)
    with pytest.raises(MapFileError, match=r"too large.*the limit is 1 MB"):
        import_csv(path)


def test_a_formula_without_a_saved_value_imports_as_its_text(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["Stage", "Lane", "Text", "Votes"])
    book.active.append(["A", "Actions", "=CONCAT(\"Pay\",\"s\")", None])
    book.active.append(["A", "Actions", "plain", "=1+2"])
    book.save(tmp_path / "f.xlsx")  # openpyxl saves formulas without values
    report = ImportReport()
    journey = import_xlsx(tmp_path / "f.xlsx", report)
    texts = sorted(card.text for card in journey.cards.values())
    assert texts == ['=CONCAT("Pay","s")', "plain"]
    lines = report.detail_lines()
    assert any(line.startswith("Sheet!C2: a formula without a saved value") for line in lines)
    plain = next(c for c in journey.cards.values() if c.text == "plain")
    assert plain.notes == "Votes: =1+2"  # not a number: kept, reported


def test_the_png_size_error_says_what_works_instead(qapp):
    from cjm_desktop.canvas.render import RenderError, png_bytes

    with pytest.raises(RenderError) as caught:
        png_bytes(load_sample("en"), dpi=1200)
    message = str(caught.value)
    assert "at most" in message and "dpi" in message
    assert "SVG" in message and "tiled PDF" in message
