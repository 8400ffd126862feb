"""A long export in the window can be cancelled with the Cancel button of its progress
dialog, and then no file is written (file formats on a thread, pictures drawn in steps)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton
from window_helpers import window_fixture  # noqa: F401 (fixture)

from cjm_desktop.main_window import export_feature


def _save_to(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(path), "")))
    monkeypatch.setattr(export_feature, "PROGRESS_DELAY_MS", 0)


def _press_cancel_when_shown(window, ready: threading.Event, pressed: list[bool]) -> None:
    def press() -> None:
        dialog = window.findChild(QProgressDialog, "busyProgress")
        if dialog is None or not ready.is_set() or not dialog.isVisible():
            QTimer.singleShot(20, press)
            return
        button = dialog.findChild(QPushButton)
        pressed.append(button is not None and button.isVisible())
        button.click()  # what a person does

    QTimer.singleShot(20, press)


def test_cancelling_a_workbook_export_writes_no_file(window, monkeypatch, tmp_path):
    target = tmp_path / "map.xlsx"
    _save_to(monkeypatch, target)
    started, release = threading.Event(), threading.Event()
    real_write = export_feature.write_any

    def slow_write(journey, path):
        started.set()
        release.wait(5)  # a long export, still running when Cancel is pressed
        real_write(journey, path)

    monkeypatch.setattr(export_feature, "write_any", slow_write)
    pressed: list[bool] = []
    _press_cancel_when_shown(window, started, pressed)
    QTimer.singleShot(400, release.set)
    assert window.export_controller.export_as(".xlsx") is False
    assert pressed == [True]
    assert list(tmp_path.iterdir()) == []  # neither the workbook nor a hidden part of it
    assert "cancelled" in window.statusBar().currentMessage()


def test_cancelling_a_picture_export_writes_no_file(window, monkeypatch, tmp_path):
    from cjm_desktop.canvas import render

    target = tmp_path / "map.svg"
    _save_to(monkeypatch, target)
    drawing = threading.Event()
    real_render = render.render_file

    def slow_render(source, path, progress=None, **options):
        drawing.set()
        for _ in range(500):  # drawing in steps, each reporting progress
            progress()
            threading.Event().wait(0.01)
        real_render(source, path, progress=progress, **options)

    monkeypatch.setattr(render, "render_file", slow_render)
    from cjm_desktop.main_window import export_feature

    monkeypatch.setattr(export_feature, "ask_options", lambda parent, kind: {})
    pressed: list[bool] = []
    _press_cancel_when_shown(window, drawing, pressed)
    assert window.export_controller.export_as(".svg") is False
    assert pressed == [True]
    assert not target.exists()


def test_an_export_that_is_not_cancelled_writes_its_file(window, monkeypatch, tmp_path):
    target = tmp_path / "map.csv"
    _save_to(monkeypatch, target)
    assert window.export_controller.export_as(".csv") is True
    assert [p.name for p in tmp_path.iterdir()] == ["map.csv"]
