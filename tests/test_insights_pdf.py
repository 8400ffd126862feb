"""The optional Insights page of the PDF: ``convert --insights`` and the export option."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from cjm_desktop.cli import main
from cjm_desktop.files.templates import sample_path


def _pages(path) -> int:
    if shutil.which("pdfinfo"):
        out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                             timeout=60).stdout
        return int(next(line.split()[-1] for line in out.splitlines()
                        if line.startswith("Pages:")))
    data = path.read_bytes()
    return data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(
        b"/Type /Page>")


def _text(path) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is not installed")
    return subprocess.run(["pdftotext", "-f", "2", "-l", "2", str(path), "-"],
                          capture_output=True, text=True, timeout=60).stdout


def test_convert_adds_an_insights_page_only_when_asked(tmp_path):
    plain, with_page = tmp_path / "plain.pdf", tmp_path / "insights.pdf"
    assert main(["convert", str(sample_path("en")), str(plain)]) == 0
    assert main(["convert", str(sample_path("en")), str(with_page), "--insights"]) == 0
    assert _pages(with_page) == _pages(plain) + 1
    text = _text(with_page)
    assert "Pain points by stage" in text and "Opportunities" in text


def test_the_export_dialog_offers_the_insights_page(qtbot):
    from PySide6.QtWidgets import QCheckBox, QWidget

    from cjm_desktop.main_window.export_feature import ExportOptions

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = ExportOptions(parent, "pdf")
    box = dialog.findChild(QCheckBox, "exportInsightsPage")
    assert box is not None and not box.isChecked()
    assert dialog.values()["insights"] is False
    box.setChecked(True)
    assert dialog.values() == {"page": "A4", "tiled": False, "insights": True, "comments": False}
    assert "insights" not in ExportOptions(parent, "png").values()
