"""Vocabulary names on screen follow the interface language; a map's own text stays as
written, and exported pictures speak the map's language."""

from __future__ import annotations

import pytest

from cjm_desktop.canvas.items import badges_of
from cjm_desktop.canvas.render import scene_for
from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.editing import Document
from cjm_desktop.editing.display import display_language, set_display_language
from cjm_desktop.files.templates import load_sample


@pytest.fixture
def korean_ui(qapp):
    before = display_language()
    set_display_language("ko")
    yield
    set_display_language(before)


def a_touchpoint(journey):
    return next(c for c in journey.ordered_cards() if c.kind == "touchpoint"
                and c.touchpoint.channel == "mobile_app")


def test_canvas_badges_use_the_interface_language_on_an_english_map(korean_ui):
    document = Document(load_sample("en"))
    scene = JourneyScene(document)
    card = a_touchpoint(document.journey)
    texts = [text for text, _colour, _icon in badges_of(card, scene.language())]
    assert any("모바일 앱" in text for text in texts)
    assert card.text == a_touchpoint(load_sample("en")).text  # content untouched


def test_exported_pictures_use_the_map_language(korean_ui):
    document = Document(load_sample("en"))
    scene = scene_for(document)
    card = a_touchpoint(document.journey)
    texts = [text for text, _colour, _icon in badges_of(card, scene.language())]
    assert any("Mobile app" in text for text in texts)


def test_find_bar_lists_card_kinds_in_the_interface_language(qtbot):
    from PySide6.QtCore import QSettings

    from cjm_desktop.app import create_main_window, ensure_app
    from cjm_desktop.files.templates import sample_path

    ensure_app()  # organisation and application names decide where settings live
    QSettings().setValue("ui/language", "ko")
    try:
        window = create_main_window(sample_path("en"))
        kinds = window.find_bar.kind
        names = [kinds.itemText(i) for i in range(kinds.count())]
        assert "고충점" in names and "Pain point" not in names
        assert window.document.journey.info.language == "en"
    finally:
        QSettings().remove("ui/language")
        ensure_app()  # back to the default interface language
