"""The application style: Fusion, with menu items wide enough for their whole text.

Qt sizes a menu item by its text without the access-key marker ("&R"), but the Fusion style
elides the text it draws with ``QFontMetrics.elidedText``, which still counts the "&" as a
character. So the widest item of a menu lost about one character's width and was drawn cut in
the middle ("단계 이름 …기(R)…"), mostly in Korean, where "(&R)" ends the longest texts.
:class:`MenuFitStyle` adds that width back when Qt asks for a menu item's size.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionMenuItem,
    QWidget,
)

from .theme import BASE_STYLE


def mnemonic_allowance(option: QStyleOptionMenuItem) -> int:
    """The width ``elidedText`` counts beyond the text Qt measured: one "&" per marker."""
    label = option.text.split("\t", 1)[0]
    markers = label.replace("&&", "").count("&")
    if not markers:
        return 0
    return markers * option.fontMetrics.horizontalAdvance("&") + 1


class MenuFitStyle(QProxyStyle):
    """Fusion whose menu items are never narrower than the text it draws in them."""

    def sizeFromContents(self, contents: QStyle.ContentsType, option: QStyleOption,  # noqa: N802
                         size: QSize, widget: QWidget | None = None) -> QSize:
        # the stubs want a QWidget, but Qt accepts None here (a size without a widget)
        result = super().sizeFromContents(contents, option, size, widget)  # type: ignore[arg-type]
        if contents == QStyle.ContentsType.CT_MenuItem and isinstance(option,
                                                                     QStyleOptionMenuItem):
            result.setWidth(result.width() + mnemonic_allowance(option))
        return result


_installed: list[QStyle] = []  # the style the application runs with (its Python side)


def make_style() -> QStyle:
    """A new application style (Fusion with fitted menu items)."""
    base = QStyleFactory.create(BASE_STYLE)
    return MenuFitStyle(base) if base is not None else MenuFitStyle()


def install_style(app: QApplication) -> bool:
    """Give ``app`` the application style unless it has it already; True when it was set.

    Once an application style sheet is set, ``app.style()`` is Qt's style-sheet wrapper
    around ours, so the style installed here is remembered rather than looked for."""
    style = app.style()
    if isinstance(style, MenuFitStyle) or (
            _installed and shiboken6.isValid(_installed[0])
            and style.metaObject().className() == "QStyleSheetStyle"):
        return False
    made = make_style()
    app.setStyle(made)
    _installed[:] = [made]
    return True
