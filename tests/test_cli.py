"""The command line as a script would use it: exit codes, output, error lines."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from cjm_desktop import __version__
from cjm_desktop.cli import main
from cjm_desktop.files import load_map
from cjm_desktop.files.templates import TEMPLATE_NAMES, sample_path


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cjm_desktop", *args], capture_output=True,
                          text=True, encoding="utf-8", cwd=cwd, timeout=120)


@pytest.mark.processes  # a fresh interpreter or tool: run with -m processes
def test_version_and_help():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"cjm-desktop {__version__}"
    result = run("--help")
    assert result.returncode == 0
    for word in ("convert", "check", "new", "templates"):
        assert word in result.stdout


def test_templates_lists_one_a_line_name_first(capsys):
    assert main(["templates"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in lines] == list(TEMPLATE_NAMES)


def test_new_writes_a_valid_map_in_the_language_asked(tmp_path, capsys):
    dst = tmp_path / "new.cjm.json"
    assert main(["new", str(dst), "--template", "stages-5", "--lang", "en"]) == 0
    journey = load_map(dst)
    assert [s.name for s in journey.stages][:2] == ["Awareness", "Evaluation"]
    assert journey.info.language == "en"
    assert main(["new", str(dst), "--template", "stages-5"]) == 2
    assert "already exists" in capsys.readouterr().err


def test_check_accepts_the_sample_and_reports_counts(capsys):
    assert main(["check", str(sample_path("ko"))]) == 0
    assert "ok" in capsys.readouterr().out


def test_convert_json_to_json_keeps_the_map(tmp_path):
    dst = tmp_path / "copy.cjm.json"
    assert main(["convert", str(sample_path("ko")), str(dst)]) == 0
    assert load_map(dst) == load_map(sample_path("ko"))


@pytest.mark.processes  # a fresh interpreter or tool: run with -m processes
@pytest.mark.parametrize("content, where", [
    ("{not json", "line 1, column 2"),
    (json.dumps({"schema_version": 99}), "schema_version"),
])
def test_bad_input_is_one_error_line_with_exit_2(tmp_path, content, where):
    bad = tmp_path / "bad.cjm.json"
    bad.write_text(content, encoding="utf-8")
    out = tmp_path / "out.cjm.json"
    result = run("convert", str(bad), str(out))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {bad}: ")
    assert where in lines[0]
    assert "Traceback" not in result.stderr
    assert not out.exists()
    result = run("check", str(bad))
    assert result.returncode == 2 and result.stderr.startswith("error: ")


def test_unknown_template_missing_file_and_bad_arguments(tmp_path, capsys):
    assert main(["new", str(tmp_path / "x.cjm.json"), "--template", "nope"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "stages-4" in err
    assert main(["check", str(tmp_path / "missing.cjm.json")]) == 2
    assert "missing.cjm.json" in capsys.readouterr().err
    assert main(["convert", "only-one-argument"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: ")
    assert main([str(tmp_path / "missing.cjm.json")]) == 2
    assert not list(tmp_path.iterdir())


def test_convert_to_an_unknown_kind_of_file_names_the_destination(tmp_path, capsys):
    dst = tmp_path / "map.docx"
    assert main(["convert", str(sample_path("ko")), str(dst)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {dst}: ") and ".xlsx" in err and "internal" not in err
    assert not dst.exists()
