"""Preferences persist and apply, the welcome dialog, the review banner, the user guide,
accessible names and keyboard reach, and a sharp canvas at device pixel ratio 2."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget, QWidget

from cjm_desktop.app import create_main_window, ensure_app
from cjm_desktop.canvas import geometry
from cjm_desktop.files.templates import TEMPLATE_NAMES, load_template, template_title
from cjm_desktop.main_window import help_guide, preferences, welcome
from cjm_desktop.main_window.review_banner import review_due

KEYS = ("ui/language", "ui/theme", "ui/fontSize", "canvas/cardWidth", "files/defaultTemplate",
        "autosave/delaySeconds", "files/recentCount", "files/recent", "ui/welcomeShown")


@pytest.fixture
def window(qtbot):
    win = create_main_window()
    yield win
    win.document.undo_stack.setClean()  # closing must not ask about unsaved edits
    win.close()
    win.deleteLater()
    settings = QSettings()
    for key in KEYS:
        settings.remove(key)
    ensure_app()  # back to the default interface language


# ----- preferences ----------------------------------------------------------------------
def test_preferences_persist_across_a_new_window_and_apply(qtbot, window):
    dialog = preferences.PreferencesDialog(window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ko"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.font_size.setValue(13)
    dialog.card_width.setValue(240)
    dialog.template.setCurrentIndex(dialog.template.findData("service-blueprint"))
    dialog.autosave.setValue(7)
    dialog.recent_count.setValue(4)
    dialog.presentation_text.setValue(130)
    dialog.author.setText(" 이수민 ")
    dialog.save()
    preferences.apply_settings(window, dialog.values())

    assert QApplication.font().pointSize() == 13
    scene = window.canvas.journey_scene
    assert scene.layout.col_w[0] == 240 + 2 * geometry.CELL_PAD
    assert geometry.COLUMN_W == 216  # the module default is never rewritten
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert scene.appearance.background.lightness() < 80
    assert window.autosaver.delay == 7
    assert preferences.restart_needed()  # the language waits for a restart

    again = preferences.PreferencesDialog(create_main_window())
    qtbot.addWidget(again)
    assert again.values() == {
        "ui/language": "ko", "ui/theme": "dark", "ui/fontSize": 13, "canvas/cardWidth": 240,
        "files/defaultTemplate": "service-blueprint", "autosave/delaySeconds": 7,
        "files/recentCount": 4, "workshop/textPercent": 130, "comments/author": "이수민",
        "live/syncUrl": ""}
    # The dialog says the language applies after a restart (in Korean now: new windows
    # already speak the saved language).
    assert "다시 시작" in again.language_note.text()
    assert "파일" in again.parent().menuBar().actions()[0].text()


def test_light_theme_restores_the_canvas_colours(window):
    scene = window.canvas.journey_scene
    light = QColor(scene.appearance.background)
    window.theme.apply("dark")
    assert light != scene.appearance.background
    window.theme.apply("light")
    assert light == scene.appearance.background
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 180


def test_new_map_chooser_preselects_the_default_template(qtbot, window):
    from cjm_desktop.main_window.file_controller import TemplateChooser

    QSettings().setValue("files/defaultTemplate", "stages-5")
    chooser = TemplateChooser(window)
    qtbot.addWidget(chooser)
    assert chooser.template.currentData() == "stages-5"


# ----- welcome --------------------------------------------------------------------------
def test_welcome_is_due_on_first_start_and_with_nothing_to_open(window):
    assert welcome.should_welcome(None)
    QSettings().setValue(welcome.SHOWN_KEY, True)
    assert welcome.should_welcome(None)  # no file and no recent file
    assert not welcome.should_welcome("/some/map.cjm.json")
    QSettings().setValue("files/recent", ["/some/map.cjm.json"])
    assert not welcome.should_welcome(None)


def test_create_main_window_opens_the_sample_without_a_dialog(window):
    assert window.document.journey.stages
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible()]


def test_welcome_lists_templates_with_previews_and_recent_files(qtbot, window, tmp_path):
    recent = str(tmp_path / "workshop.cjm.json")
    dialog = welcome.WelcomeDialog(window, [recent])
    qtbot.addWidget(dialog)
    names = [dialog.templates.item(i) for i in range(dialog.templates.count())]
    assert [i.text() for i in names] == [template_title(n, "en") for n in TEMPLATE_NAMES]
    assert all(not i.icon().isNull() for i in names)
    assert dialog.recent.item(0).text() == "workshop.cjm.json"

    dialog.templates.setCurrentRow(TEMPLATE_NAMES.index("service-blueprint"))
    dialog.create_button.click()
    assert dialog.choice == ("template", "service-blueprint")
    welcome.act_on(window, dialog.choice)
    wanted = load_template("service-blueprint", "en")
    assert [s.name for s in window.document.journey.stages] == [s.name for s in wanted.stages]
    assert QSettings().value(welcome.SHOWN_KEY, False, type=bool) is False  # not via show


def test_template_preview_draws_the_stage_colours(window):
    journey = load_template("stages-4", "en")
    image = welcome.preview(journey).toImage()
    assert image.width() == 2 * welcome.PREVIEW.width()
    colours = {image.pixel(x, 30) for x in range(0, image.width(), 4)}
    assert len(colours) >= 4


def test_file_welcome_action_opens_the_dialog(qtbot, window, monkeypatch):
    shown = []

    def fake_exec(self):
        shown.append(self)
        self.choice = ("sample", "")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(welcome.WelcomeDialog, "exec", fake_exec)
    window.document.replace(load_template("blank", "en"), None)
    window.welcome_action.trigger()
    assert shown and shown[0].objectName() == "welcome"
    assert len(window.document.journey.cards) > 10  # the sample map is back
    assert QSettings().value(welcome.SHOWN_KEY, False, type=bool)


# ----- review banner --------------------------------------------------------------------
def test_review_banner_shows_when_the_review_date_has_passed(window):
    reminder = window.review_banner
    assert review_due("2020-01-31", dt.date(2025, 1, 1))
    assert not review_due("2025-01-31", dt.date(2025, 1, 1))
    assert not review_due(None) and not review_due("not a date")

    window.document.update_info({"review_date": "2025-01-31"})
    assert reminder.is_shown()
    assert "2025-01-31" in reminder.banner.label.text()
    assert "review" in reminder.banner.label.text()
    reminder.banner.dismiss_button.click()
    assert not reminder.is_shown()
    window.document.update_info({"review_date": "2999-12-31"})
    assert not reminder.is_shown()
    window.document.undo_stack.undo()
    assert reminder.is_shown()


def test_review_banner_map_properties_button_opens_the_map_properties(window, monkeypatch):
    from cjm_desktop.main_window import structure_menus

    opened = []
    monkeypatch.setattr(structure_menus.MapPropertiesDialog, "exec",
                        lambda dialog: opened.append(dialog.objectName()) or 0)
    window.document.update_info({"review_date": "2020-01-31"})
    assert window.review_banner.is_shown()
    window.review_banner.banner.properties_button.click()
    assert opened == ["mapProperties"]


# ----- help -----------------------------------------------------------------------------
def test_help_user_guide_shows_the_guide_inside_the_app(window, monkeypatch):
    shown = []
    monkeypatch.setattr(help_guide.GuideDialog, "exec", lambda self: shown.append(self) or 0)
    window.user_guide_action.trigger()
    text = shown[0].browser.toPlainText()
    assert "CJM Desktop user guide" in text
    assert "사용 안내서" not in text  # the English part for an English interface
    korean = help_guide.GuideDialog(window, "ko")
    assert "사용 안내서" in korean.browser.toPlainText()


# ----- accessibility and high DPI -------------------------------------------------------
def test_docks_and_canvas_have_accessible_names_and_take_focus(qtbot, window):
    docks = window.findChildren(QDockWidget)
    assert docks
    for dock in docks:
        assert dock.accessibleName(), dock.objectName()
    canvas = window.findChild(QWidget, "canvas")
    assert canvas.accessibleName()
    window.show()
    qtbot.waitExposed(window)
    reached: set[str] = set()
    widget = QApplication.focusWidget() or canvas
    for _ in range(400):
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            parent = widget
            while parent is not None:
                if parent.objectName() in ("canvas", *[d.objectName() for d in docks]):
                    reached.add(parent.objectName())
                parent = parent.parentWidget()
    assert "canvas" in reached
    visible_docks = {d.objectName() for d in docks if d.isVisible()}
    assert visible_docks <= reached


def test_canvas_renders_sharp_at_device_pixel_ratio_two(window):
    scene = window.findChild(QWidget, "canvas").scene()
    source = QRectF(0, 0, 600, 400)

    def render(ratio: int) -> QImage:
        image = QImage(600 * ratio, 400 * ratio, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing
                               | QPainter.RenderHint.TextAntialiasing)
        scene.render(painter, QRectF(0, 0, 600, 400), source)
        painter.end()
        return image

    single, double = render(1), render(2)
    assert (double.width(), double.height()) == (1200, 800)
    assert double.deviceIndependentSize().width() == 600

    def detail(image: QImage, step: int) -> int:
        return len({image.pixel(x, y) for x in range(0, image.width(), step)
                    for y in range(0, image.height(), step)})

    assert detail(double, 2) > 20  # not blank
    # Drawn at twice the resolution, not scaled up: more distinct edge shades than 1×.
    assert detail(double, 1) > detail(single, 1)


def test_the_shipped_guide_equals_docs_and_its_pictures_load(window):
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    docs, shipped = root / "docs", root / "resources" / "docs"
    names = ["user-guide.md", *(f"images/{p.name}" for p in (docs / "images").glob("*.png"))]
    assert len(names) >= 3
    for name in names:
        assert (shipped / name).read_bytes() == (docs / name).read_bytes(), (
            f"{name}: run python tools/build_docs.py")
        assert (docs / name).stat().st_size < 250_000  # the wheel ships them
    dialog = help_guide.GuideDialog(window, "ko")
    document = dialog.browser.document()
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    image = document.resource(QTextDocument.ResourceType.ImageResource,
                              QUrl("images/main-window-ko.png"))
    assert image is not None and not image.isNull()


def test_template_previews_follow_a_dark_theme(window):
    from cjm_desktop.editing.appearance import DARK_NAME, themed

    journey = load_template("stages-4", "en")
    light = welcome.preview(journey).toImage()
    dark = welcome.preview(journey, palette=themed(DARK_NAME).palette()).toImage()
    corner = (4, light.height() - 4)  # the map's background, under no lane or stage
    assert QColor(light.pixel(*corner)).lightnessF() > 0.8
    assert QColor(dark.pixel(*corner)).lightnessF() < 0.3
    # the stages keep colours of their own, several of them, in the dark too
    assert len({dark.pixel(x, 30) for x in range(0, dark.width(), 4)}) >= 4
