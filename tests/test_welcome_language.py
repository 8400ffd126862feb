"""The welcome dialog lets a person choose the language of the new map's content, whatever
the interface speaks; the choice is remembered, and File ▸ New agrees with the welcome."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from window_helpers import window_fixture  # noqa: F401 (the window fixture)

from cjm_desktop.files.templates import TEMPLATE_NAMES, load_template, template_title
from cjm_desktop.main_window import welcome
from cjm_desktop.main_window.file_controller import TemplateChooser
from cjm_desktop.main_window.preferences import CONTENT_LANGUAGE_KEY, default_template


def choose_language(dialog, code: str) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData(code))


def test_an_english_interface_can_start_a_korean_map_and_remembers_it(qtbot, window):
    QSettings().remove(CONTENT_LANGUAGE_KEY)
    dialog = welcome.WelcomeDialog(window, [])
    qtbot.addWidget(dialog)
    assert dialog.content_language() == "en"  # the interface language at first
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["ko", "en"]
    choose_language(dialog, "ko")
    dialog.templates.setCurrentRow(TEMPLATE_NAMES.index("stages-4"))
    dialog.create_button.click()
    welcome.act_on(window, dialog.choice)
    journey = window.document.journey
    wanted = load_template("stages-4", "ko")
    assert journey.info.language == "ko"
    assert [s.name for s in journey.stages] == [s.name for s in wanted.stages]
    # template names stay in the interface language
    assert dialog.templates.item(0).text() == template_title(TEMPLATE_NAMES[0], "en")
    # remembered: the next welcome and File ▸ New start from Korean
    again = welcome.WelcomeDialog(window, [])
    qtbot.addWidget(again)
    assert again.content_language() == "ko"
    chooser = TemplateChooser(window)
    qtbot.addWidget(chooser)
    assert chooser.language.currentData() == "ko"


def test_file_new_remembers_its_language_for_the_welcome(qtbot, window, monkeypatch):
    QSettings().remove(CONTENT_LANGUAGE_KEY)

    def answer(self):
        self.language.setCurrentIndex(self.language.findData("ko"))
        return TemplateChooser.DialogCode.Accepted

    monkeypatch.setattr(TemplateChooser, "exec", answer)
    window.files.new_action.trigger()
    assert window.document.journey.info.language == "ko"
    dialog = welcome.WelcomeDialog(window, [])
    qtbot.addWidget(dialog)
    assert dialog.content_language() == "ko"


@pytest.mark.parametrize("default", [None, "service-blueprint"])
def test_welcome_and_file_new_preselect_the_same_template(qtbot, window, default):
    if default is None:
        QSettings().remove("files/defaultTemplate")
    else:
        QSettings().setValue("files/defaultTemplate", default)
    dialog = welcome.WelcomeDialog(window, [])
    qtbot.addWidget(dialog)
    chooser = TemplateChooser(window)
    qtbot.addWidget(chooser)
    from PySide6.QtCore import Qt

    chosen = dialog.templates.currentItem().data(Qt.ItemDataRole.UserRole)
    assert chosen == chooser.template.currentData() == default_template()


def test_the_sample_opens_in_the_chosen_language(qtbot, window):
    dialog = welcome.WelcomeDialog(window, [])
    qtbot.addWidget(dialog)
    choose_language(dialog, "ko")
    dialog.sample_button.click()
    welcome.act_on(window, dialog.choice)
    assert window.document.journey.info.language == "ko"
