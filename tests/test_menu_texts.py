"""Every menu shows its whole texts, in Korean and English, at interface font sizes 10–16 pt,
and each menu's access keys are unique.

Whether a text is cut is asked of the style itself: each menu item is drawn into an SVG
generator, which records the text the style really painted (after any eliding), and that
must be the item's whole label. A width formula would have to copy the style's internals,
which is where the fault was (Fusion elides against a width that counts the "&"). The
default run checks 10, 14 and 16 pt; ``pytest -m slow`` every size from 10 to 16."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QPoint, QSettings
from PySide6.QtGui import QAction, QPainter, QRegion
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QMenu, QStyleFactory

from cjm_desktop import app as app_module
from cjm_desktop.files.templates import sample_path
from cjm_desktop.main_window.theme import appearance_for, apply_to_application

FONT_SIZES = range(10, 17)  # every size Preferences offers: pytest -m slow
# The default run: the default size, the size plain Fusion cut a Korean item at, the largest.
SOME_FONT_SIZES = (10, 14, 16)
SVG_TEXT = "{http://www.w3.org/2000/svg}text"



def apply_font_size(size: int) -> None:
    """The interface font size, applied to the whole application as Preferences does."""
    apply_to_application(appearance_for(font_size=size))

def visible_label(text: str) -> str:
    """A menu text as shown: without the access-key markers, "&&" as "&", no shortcut."""
    label = text.split("\t", 1)[0]
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


def access_key(text: str) -> str | None:
    label = text.split("\t", 1)[0].replace("&&", "")
    at = label.find("&")
    return label[at + 1].lower() if 0 <= at < len(label) - 1 else None


def menu_tree(menus: list[QMenu]) -> list[QMenu]:
    """Every menu reachable from ``menus`` (submenus after their parents)."""
    found: list[QMenu] = []
    todo = list(menus)
    while todo:
        menu = todo.pop(0)
        if menu in found:
            continue
        found.append(menu)
        menu.aboutToShow.emit()  # menus that fill themselves when opened
        todo.extend(a.menu() for a in menu.actions() if a.menu() is not None)
    return found


def shown_items(menu: QMenu) -> list[QAction]:
    return [a for a in menu.actions() if a.isVisible() and not a.isSeparator() and a.text()]


def drawn_text(menu: QMenu, action: QAction) -> str:
    """The text the style paints for ``action``'s row of the open ``menu``."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(menu.size())
    painter = QPainter(generator)
    menu.render(painter, QPoint(0, 0), QRegion(menu.actionGeometry(action)))
    painter.end()
    root = ET.fromstring(bytes(buffer.data()).decode("utf-8"))
    return "".join("".join(element.itertext()) for element in root.iter(SVG_TEXT))


def cut_texts(window, size: int) -> list[tuple[str, str, int, int]]:
    """(menu, text drawn, width needed by the text, width of the row) of every item whose
    label is not drawn whole."""
    apply_font_size(size)
    QApplication.processEvents()
    cut = []
    for menu in menu_tree([a.menu() for a in window.menuBar().actions() if a.menu()]):
        menu.popup(window.mapToGlobal(QPoint(40, 40)))
        QApplication.processEvents()
        metrics = menu.fontMetrics()
        for action in shown_items(menu):
            label = visible_label(action.text())
            drawn = drawn_text(menu, action)
            if label not in drawn:
                cut.append((visible_label(menu.title()), drawn,
                            metrics.horizontalAdvance(label),
                            menu.actionGeometry(action).width()))
        menu.hide()
    return cut


@pytest.fixture(params=["ko", "en"])
def language_window(request, qapp, tmp_path):
    app_module.ensure_app()  # names the organisation QSettings files under
    QSettings().setValue("ui/language", request.param)
    QSettings().setValue("files/recentCount", 30)
    QSettings().setValue("files/recent", [str(tmp_path / "여정 지도.cjm.json"),
                                          str(tmp_path / "R&D journey.cjm.json")]
                         + [str(tmp_path / f"map {n}.cjm.json") for n in range(12)])
    app_module.ensure_app()
    window = app_module.create_main_window(sample_path(request.param))
    window.show()
    QApplication.processEvents()
    yield window
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()
    apply_font_size(10)
    QSettings().setValue("ui/language", "en")
    app_module.ensure_app()


def test_no_menu_text_is_cut_at_the_default_and_the_largest_font_sizes(language_window):
    window = language_window
    problems = {size: cut_texts(window, size) for size in SOME_FONT_SIZES}
    assert {size: cut for size, cut in problems.items() if cut} == {}


@pytest.mark.slow
def test_no_menu_text_is_cut_at_any_interface_font_size(language_window):
    """The same at every size (each one relays the whole window out): ``pytest -m slow``."""
    window = language_window
    problems = {size: cut_texts(window, size) for size in FONT_SIZES}
    assert {size: cut for size, cut in problems.items() if cut} == {}


def shared_keys(actions: list[QAction]) -> dict[str, list[str]]:
    """Access keys given to more than one of ``actions``, with the texts that share them."""
    by_key: dict[str, list[str]] = {}
    for action in actions:
        key = access_key(action.text())
        if key:
            by_key.setdefault(key, []).append(visible_label(action.text()))
    return {key: texts for key, texts in by_key.items() if len(texts) > 1}


def test_access_keys_are_unique_in_every_menu(language_window):
    window = language_window
    bar = [a for a in window.menuBar().actions() if a.isVisible()]
    clashes = {"menu bar": shared_keys(bar)}
    for menu in menu_tree([a.menu() for a in bar if a.menu()]):
        clashes[visible_label(menu.title())] = shared_keys(shown_items(menu))
    assert {menu: keys for menu, keys in clashes.items() if keys} == {}


def test_the_checks_see_a_cut_text_and_a_shared_access_key(language_window):
    """The helpers above catch what they look for, so a green run means something: plain
    Fusion cuts the longest Korean item at 14 pt (the fault this file guards against)."""
    window = language_window
    apply_font_size(14)
    plain = QStyleFactory.create("Fusion")
    results = {}
    for name, style in (("plain", plain), ("app", None)):
        menu = QMenu(window)
        if style is not None:
            menu.setStyle(style)
        menu.addAction("단계 추가(&S)")
        long_one = menu.addAction("단계 이름 바꾸기(&R)…")
        menu.addAction("단계 삭제(&S)")
        menu.popup(window.mapToGlobal(QPoint(40, 40)))
        QApplication.processEvents()
        results[name] = drawn_text(menu, long_one)
        assert [access_key(a.text()) for a in menu.actions()] == ["s", "r", "s"]
        menu.hide()
    assert results["plain"] != "단계 이름 바꾸기(R)…" and "…기" in results["plain"]
    assert results["app"] == "단계 이름 바꾸기(R)…"


def test_recent_files_show_their_names_as_written(language_window):
    """A "&" in a file name is drawn, not taken for an access key."""
    window = language_window
    menu = window.files.recent_menu
    menu.aboutToShow.emit()
    menu.popup(window.mapToGlobal(QPoint(40, 40)))
    QApplication.processEvents()
    drawn = [drawn_text(menu, action) for action in shown_items(menu)]
    menu.hide()
    assert "2 R&D journey.cjm.json" in drawn
    assert len(drawn) == 14
