"""File ▸ Export and File ▸ Import in the main window, with the file dialogs stubbed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from window_helpers import window_fixture  # noqa: F401 (the window fixture)

from cjm_desktop.files import load_map
from cjm_desktop.files.formats import read_any, write_any
from cjm_desktop.files.templates import load_sample
from cjm_desktop.main_window import export_feature


@pytest.fixture
def errors(monkeypatch):
    """Error dialogs are recorded instead of shown."""
    shown: list[tuple[str, str]] = []

    def record(self, title: str, message: str) -> None:
        shown.append((title, message))

    from cjm_desktop.main_window.window import MainWindow

    monkeypatch.setattr(MainWindow, "show_error", record)
    return shown


def save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))


def open_from(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))


def action_texts(menu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_menus_list_every_format(window):
    exports = action_texts(window.files.export_menu)
    for word in ("xlsx", "CSV", "mmd", "PNG", "SVG", "PDF"):
        assert any(word in text for text in exports), (word, exports)
    imports = action_texts(window.files.import_menu)
    for word in ("xlsx", "csv", "mmd"):
        assert any(word in text for text in imports), (word, imports)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".mmd"])
def test_data_exports_write_the_open_map(window, monkeypatch, tmp_path, errors,
                                         suffix):
    dst = tmp_path / f"out{suffix}"
    save_to(monkeypatch, dst)
    window.export_controller.export_actions[suffix].trigger()
    assert errors == []
    back = read_any(dst)
    titles = [s.name for s in window.document.journey.stages]
    assert [s.name for s in back.stages] == titles


def test_pdf_export_asks_for_page_and_layout(window, qtbot, monkeypatch, tmp_path, errors):
    """The real options dialog: A3 picked in its list, Tile clicked, OK pressed; the file
    has A3 landscape pages, more than one of them, each tile at full size."""
    import re

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    seen: list[str] = []

    def choose_a3_tiled() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, export_feature.ExportOptions):
            QTimer.singleShot(10, choose_a3_tiled)  # not shown yet: look again
            return
        seen.append(dialog.windowTitle())
        dialog.page.setFocus()
        QTest.keyClick(dialog.page, Qt.Key.Key_Down)  # A4 → A3
        QTest.mouseClick(dialog.tiled, Qt.MouseButton.LeftButton)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    dst = tmp_path / "map"  # the extension is added
    save_to(monkeypatch, dst)
    QTimer.singleShot(0, choose_a3_tiled)
    window.export_controller.export_actions[".pdf"].trigger()
    assert errors == [] and seen == ["Export options"]
    data = (tmp_path / "map.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    boxes = {(round(float(w)), round(float(h))) for w, h in re.findall(
        rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)}
    assert boxes == {(1191, 842)}, "every page is A3 landscape (420 × 297 mm)"
    pages = int(re.search(rb"/Count (\d+)", data).group(1))
    assert pages > 1, "tiled over several pages"


def test_svg_export_asks_whether_text_stays_selectable(window, monkeypatch, tmp_path,
                                                      errors):
    for keep in (False, True):
        dialogs: list[export_feature.ExportOptions] = []

        def options(parent, kind, keep=keep, dialogs=dialogs):
            dialog = export_feature.ExportOptions(parent, kind)
            dialogs.append(dialog)
            assert dialog.svg_text.isVisibleTo(dialog) and not dialog.dpi.isVisibleTo(dialog)
            dialog.svg_text.setChecked(keep)
            return dialog.values()

        monkeypatch.setattr(export_feature, "ask_options", options)
        dst = tmp_path / f"map-{keep}.svg"
        save_to(monkeypatch, dst)
        window.export_controller.export_actions[".svg"].trigger()
        svg = dst.read_text(encoding="utf-8")
        title = window.document.journey.stages[0].name
        assert dialogs and errors == []
        if keep:  # selectable text, its font named with fallbacks
            assert f">{title}</text>" in svg and "sans-serif" in svg
        else:  # outlines, the words kept as titles
            assert "<text" not in svg and f"<title>{title}</title>" in svg


def test_png_export_uses_the_chosen_resolution(window, monkeypatch, tmp_path, errors):
    from PySide6.QtGui import QImage

    sizes = []
    for dpi in (60, 120):
        monkeypatch.setattr(export_feature, "ask_options", lambda parent, kind, d=dpi: {"dpi": d})
        dst = tmp_path / f"map{dpi}.png"
        save_to(monkeypatch, dst)
        window.export_controller.export_actions[".png"].trigger()
        image = QImage(str(dst))
        assert not image.isNull()
        sizes.append(image.width())
    assert errors == []
    assert sizes[1] == pytest.approx(2 * sizes[0], rel=0.02)


def test_cancelled_options_write_nothing(window, monkeypatch, tmp_path):
    monkeypatch.setattr(export_feature, "ask_options", lambda parent, kind: None)
    save_to(monkeypatch, tmp_path / "never.png")
    assert window.export_controller.export_as(".png") is False
    assert list(tmp_path.iterdir()) == []


def test_export_into_a_missing_folder_shows_an_error(window, monkeypatch, tmp_path,
                                                    errors):
    dst = tmp_path / "missing" / "map.svg"
    save_to(monkeypatch, dst)
    monkeypatch.setattr(export_feature, "ask_options", lambda parent, kind: {})
    window.export_controller.export_actions[".svg"].trigger()
    assert len(errors) == 1 and "map.svg" in errors[0][1]
    assert not dst.parent.exists()


def test_import_replaces_the_map_and_marks_it_modified(window, monkeypatch, tmp_path,
                                                      errors):
    other = load_sample("en")
    src = tmp_path / "english.xlsx"
    write_any(other, src)
    open_from(monkeypatch, src)
    window.export_controller.import_actions[".xlsx"].trigger()
    assert errors == []
    journey = window.document.journey
    assert journey.info.title == other.info.title
    assert [s.name for s in journey.stages] == [s.name for s in other.stages]
    assert window.document.is_modified()
    assert window.document.path is None


def test_import_asks_about_unsaved_changes_first(window, monkeypatch, tmp_path):
    window.document.update_info({"title": "changed"})
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel))
    opened = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: opened.append(1) or ("", "")))
    window.export_controller.import_actions[".csv"].trigger()
    assert opened == [] and window.document.journey.info.title == "changed"


def test_corrupt_workbook_shows_an_error_and_keeps_the_map(window, monkeypatch, tmp_path,
                                                          errors):
    before = window.document.journey.info.title
    stages = [s.id for s in window.document.journey.stages]
    src = tmp_path / "broken.xlsx"
    src.write_bytes(b"PK\x03\x04 this is not really a workbook")
    open_from(monkeypatch, src)
    window.export_controller.import_actions[".xlsx"].trigger()
    assert len(errors) == 1 and "broken.xlsx" in errors[0][1]
    assert window.document.journey.info.title == before
    assert [s.id for s in window.document.journey.stages] == stages
    assert not window.document.is_modified()


def test_mermaid_import_round_trips_the_stages(window, monkeypatch, tmp_path, errors):
    src = tmp_path / "journey.mmd"
    write_any(load_map(window.document.path), src)
    open_from(monkeypatch, src)
    window.export_controller.import_actions[".mmd"].trigger()
    assert errors == []
    assert [s.name for s in window.document.journey.stages] == [
        s.name for s in load_sample("ko").stages]
