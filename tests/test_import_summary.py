"""File ▸ Import tells what it made and skipped (a summary dialog), and a long import can be
cancelled from its progress dialog without touching the open map."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
)
from window_helpers import window_fixture  # noqa: F401 (the window fixture)

from cjm_desktop.main_window import export_feature

TABLE = ("단계,레인,내용,종류,고충 유형,페르소나,점수,번호\n"
         "인지,행동,광고를 본다,행동,,김지은,1,1\n"
         "구매,고충점,배달비가 비싸다,,재정,김지은,-1.5,2\n"
         ",행동,단계 없음,,,,,3\n")


def open_from(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))


def test_import_shows_a_summary_of_what_it_made_and_skipped(window, monkeypatch, tmp_path):
    src = tmp_path / "표.csv"
    src.write_text(TABLE, encoding="utf-8")
    open_from(monkeypatch, src)
    window.export_controller.import_actions[".csv"].trigger()
    assert len(window.document.journey.cards) == 2
    summary = window.findChild(QDialog, "importSummary")
    assert summary is not None and summary.isVisible()
    counts = summary.findChild(QLabel, "importCounts")
    assert counts is not None
    text = counts.text()
    assert text.startswith("Imported 2 cards, 1 personas and 2 scores.")
    details = summary.findChild(QPlainTextEdit, "importDetails").toPlainText()
    assert "row 4: skipped: the Stage cell is empty" in details
    assert "'행동' is not a kind" in details
    assert "'번호'" in details
    summary.accept()


def test_a_long_import_can_be_cancelled(window, monkeypatch, tmp_path):
    src = tmp_path / "long.csv"
    src.write_text("Stage,Lane,Text\nA,B,c\n", encoding="utf-8")
    open_from(monkeypatch, src)
    started = threading.Event()

    def slow_read(path, report):
        started.set()
        while True:  # a long import: stops only through the report's cancel request
            report.check()
            threading.Event().wait(0.01)

    monkeypatch.setattr(export_feature, "read_any", slow_read)
    monkeypatch.setattr(export_feature, "PROGRESS_DELAY_MS", 0)
    title = window.document.journey.info.title
    cancelled = []

    def press_cancel() -> None:
        dialog = window.findChild(QProgressDialog, "busyProgress")
        if dialog is None or not started.is_set():
            QTimer.singleShot(20, press_cancel)
            return
        button = dialog.findChild(QPushButton)
        cancelled.append(dialog.isVisible() and button.isVisible())
        button.click()  # what a person does: the Cancel button

    QTimer.singleShot(20, press_cancel)
    assert window.export_controller.import_from(".csv") is False
    assert cancelled == [True]
    assert window.document.journey.info.title == title
    assert not window.document.is_modified()
    assert window.findChild(QDialog, "importSummary") is None
    QApplication.processEvents()
