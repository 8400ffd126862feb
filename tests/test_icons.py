"""One icon set: the bundled SVG icons (resources/icons), tinted in the theme's colours,
crisp at 2×, and no Unicode glyph standing in for an icon anywhere in the interface."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette

import cjm_desktop
from cjm_desktop.canvas import style as st
from cjm_desktop.editing.appearance import themed
from cjm_desktop.editing.icons import CARD_KIND_ICONS, UnknownIcon, icon_image, themed_icon
from cjm_desktop.paths import resource

PACKAGE = Path(cjm_desktop.__file__).parent
ICONS = resource("icons")
# Glyphs that stood in for icons (lane kinds, channels, severities, list buttons).
GLYPHS = "▶▮▯≡⚙▤☎⌂✕✎↑↓◉★✦♥⌕◐◎▸▲"


def _source() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py"))


def test_every_icon_the_map_names_is_bundled_and_every_bundled_icon_is_used():
    named = {*st.LANE_ICONS.values(), *st.CHANNEL_ICONS.values(), *st.SEVERITY_ICONS.values(),
             *CARD_KIND_ICONS.values()}
    bundled = {p.stem for p in ICONS.glob("*.svg")}
    assert named <= bundled
    source = _source()
    unused = {name for name in bundled if f'"{name}"' not in source}
    assert not unused, f"bundled but never used: {sorted(unused)}"


def test_the_icon_licence_lies_beside_the_icons():
    licence = (ICONS / "LICENSE.txt").read_text(encoding="utf-8")
    assert "ISC License" in licence and "Lucide" in licence


def test_no_unicode_glyph_is_used_as_an_icon():
    strings = re.findall(r'"([^"\n]{1,4})"', _source())
    glyphs = sorted({s for s in strings if any(ch in GLYPHS for ch in s)})
    assert not glyphs, glyphs


def test_an_icon_is_drawn_twice_as_fine_at_a_device_pixel_ratio_of_2(qapp):
    one = themed_icon("heart").pixmap(QSize(24, 24), 1.0)
    two = themed_icon("heart").pixmap(QSize(24, 24), 2.0)
    assert (one.width(), two.width()) == (24, 48)
    assert two.devicePixelRatio() == 2.0

    def inked(image):
        return sum(1 for x in range(image.width()) for y in range(image.height())
                   if image.pixelColor(x, y).alpha() > 200)

    # a vector drawing at 2× has about four times the solid pixels, not a blurred copy
    assert 3.0 < inked(two.toImage()) / inked(one.toImage()) < 5.0


def _ink(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
    image = icon.pixmap(QSize(32, 32), 1.0, mode).toImage()
    solid = [image.pixelColor(x, y) for x in range(32) for y in range(32)
             if image.pixelColor(x, y).alpha() == 255]
    assert solid
    return solid[len(solid) // 2]


def test_icons_follow_the_theme_the_application_palette_carries(qapp):
    saved = QGuiApplication.palette()
    icon = themed_icon("save")
    try:
        for name in ("light", "dark"):
            palette = themed(name).palette()
            QGuiApplication.setPalette(palette)
            assert _ink(icon) == palette.color(QPalette.ColorRole.WindowText)
        disabled = QGuiApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                   QPalette.ColorRole.WindowText)
        assert _ink(icon, QIcon.Mode.Disabled) == disabled
    finally:
        QGuiApplication.setPalette(saved)


def test_a_card_kind_icon_keeps_its_kind_colour(qapp):
    assert _ink(themed_icon("lightbulb", QColor("#2F9E5B"))) == QColor("#2F9E5B")


def test_an_unknown_icon_name_fails_where_it_is_made(qapp):
    with pytest.raises(UnknownIcon):
        themed_icon("no-such-icon")
    with pytest.raises(UnknownIcon):
        icon_image("no-such-icon", QSize(8, 8), QColor("black"))
