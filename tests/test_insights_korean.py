"""The Insights dock and full view in Korean: Korean texts, drawn (not blank), saved as
pictures to look at (tools/take_screenshots.py makes the guide's copies)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


@pytest.fixture
def korean_ui(qapp):
    from cjm_desktop import app as app_module

    app_module.ensure_app()
    QSettings().setValue("ui/language", "ko")
    app_module.ensure_app()
    yield
    QSettings().setValue("ui/language", "en")
    app_module.ensure_app()


def _colours(image) -> int:
    step = max(1, image.width() // 40)
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


def test_the_dock_and_full_view_speak_korean(qtbot, korean_ui, tmp_path):
    from cjm_desktop.app import create_main_window
    from cjm_desktop.main_window import insights_feature

    window = create_main_window()
    qtbot.addWidget(window)
    window.show()
    dock = window.insights_dock
    dock.show()
    dock.raise_()
    QApplication.processEvents()
    view = dock.view
    tabs = [view.tabText(i) for i in range(view.count())]
    assert tabs == ["고충점", "감정", "접점", "개선 기회", "지표", "세그먼트", "체크리스트"]
    assert view.worst.text().startswith("가장 아픈 단계: ")
    assert "불만" in view.strategy.text() and "근본 원인" in view.strategy.text()
    assert dock.windowTitle() == "인사이트"
    view.setCurrentIndex(2)
    QApplication.processEvents()
    image = dock.grab().toImage()
    image.save(str(tmp_path / "insights-dock-ko.png"))
    assert _colours(image) > 8
    full = insights_feature.show_full_view(window)
    full.view.setCurrentIndex(3)
    QApplication.processEvents()
    image = full.grab().toImage()
    image.save(str(tmp_path / "insights-full-ko.png"))
    assert _colours(image) > 8 and full.print_button.text() == "인쇄…"
    full.close()
    window.document.undo_stack.setClean()
