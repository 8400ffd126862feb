"""The look of the editor as one value: theme colours, interface font size, card width.

An :class:`Appearance` is immutable. The window holds the current one and hands it to the
canvas scene, the plot and the panels; a change of theme, font size or card width makes a
new value (:meth:`Appearance.with_settings`) and sends it to every part through one signal
(``main_window.theme.ThemeController.changed``). No module value is rewritten at run time.
Exports use :data:`LIGHT` whatever the screen shows (a printed map is light).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from PySide6.QtGui import QColor, QPalette

from ..model.colors import legible
from ..model.vocab import CardKind

LIGHT_NAME = "light"
DARK_NAME = "dark"
DEFAULT_FONT_SIZE = 10
DEFAULT_CARD_WIDTH = 200  # px; a canvas column is this plus its padding (canvas.geometry)
FONT_SIZES = (7, 24)
CARD_WIDTHS = (96, 480)


def _tints(colours: Mapping[CardKind, str]) -> Mapping[str, QColor]:
    return MappingProxyType({kind.value: QColor(colour) for kind, colour in colours.items()})


@dataclass(frozen=True)
class Appearance:
    """Colours by role (canvas, plot, panels), the interface font size and the card width."""

    name: str = LIGHT_NAME
    font_size: int = DEFAULT_FONT_SIZE
    card_width: int = DEFAULT_CARD_WIDTH
    # ----- canvas
    background: QColor = field(default_factory=lambda: QColor("#F6F7F9"))
    grid_line: QColor = field(default_factory=lambda: QColor("#E3E6EB"))
    cell_bg: QColor = field(default_factory=lambda: QColor("#FFFFFF"))
    cell_bg_alt: QColor = field(default_factory=lambda: QColor("#FBFBFC"))
    header_bg: QColor = field(default_factory=lambda: QColor("#FFFFFF"))
    text: QColor = field(default_factory=lambda: QColor("#1F2430"))
    text_soft: QColor = field(default_factory=lambda: QColor("#6B7280"))
    selection: QColor = field(default_factory=lambda: QColor("#2563EB"))
    drop_marker: QColor = field(default_factory=lambda: QColor("#2563EB"))
    current_cell: QColor = field(default_factory=lambda: QColor(37, 99, 235, 28))
    shadow: QColor = field(default_factory=lambda: QColor(15, 23, 42, 30))
    card_border: QColor = field(default_factory=lambda: QColor("#E2E5EA"))
    kind_tints: Mapping[str, QColor] = field(default_factory=lambda: _tints({
        CardKind.TOUCHPOINT: "#F3F7FF", CardKind.PAIN_POINT: "#FFF5F4",
        CardKind.OPPORTUNITY: "#F2FBF5", CardKind.KPI: "#F7F4FF", CardKind.NOTE: "#FFFBEA"}))
    # ----- emotion plot
    plot_background: QColor = field(default_factory=lambda: QColor("#FFFFFF"))
    plot_text: QColor = field(default_factory=lambda: QColor("#1F2430"))
    plot_axis: QColor = field(default_factory=lambda: QColor("#6B7280"))
    plot_separator: QColor = field(default_factory=lambda: QColor("#D5DAE0"))
    plot_zero: QColor = field(default_factory=lambda: QColor("#8A939C"))
    # ----- panels
    field_border: QColor = field(default_factory=lambda: QColor("#D8DDE3"))
    empathy_tints: Mapping[str, QColor] = field(default_factory=lambda: MappingProxyType({
        "says": QColor("#EEF4FB"), "thinks": QColor("#F3EEFA"), "does": QColor("#EEF7EF"),
        "feels": QColor("#FDF3E7"), "pains": QColor("#FCECEC"), "gains": QColor("#EAF6F1")}))

    @property
    def dark(self) -> bool:
        return self.name == DARK_NAME

    def with_settings(self, theme: str | None = None, font_size: int | None = None,
                      card_width: int | None = None) -> Appearance:
        """This appearance with another theme, font size or card width (others kept)."""
        base = self if theme is None or theme == self.name else themed(theme)
        size = self.font_size if font_size is None else clamp(font_size, FONT_SIZES)
        width = self.card_width if card_width is None else clamp(card_width, CARD_WIDTHS)
        return replace(base, font_size=size, card_width=width)

    def palette(self) -> QPalette:
        """The widget palette of this theme (light: Fusion's standard one)."""
        if not self.dark:
            return light_palette()
        return dark_palette()


def clamp(value: int, bounds: tuple[int, int]) -> int:
    return max(bounds[0], min(int(value), bounds[1]))


LIGHT = Appearance()
DARK = Appearance(
    name=DARK_NAME,
    background=QColor("#1C1F24"), grid_line=QColor("#363C46"), cell_bg=QColor("#252930"),
    cell_bg_alt=QColor("#22262C"), header_bg=QColor("#2A2F37"), text=QColor("#E8EAEE"),
    text_soft=QColor("#A3AAB6"), selection=QColor("#6EA1FF"), drop_marker=QColor("#6EA1FF"),
    current_cell=QColor(96, 150, 255, 40), shadow=QColor(0, 0, 0, 90),
    card_border=QColor("#3A414C"),
    kind_tints=_tints({
        CardKind.TOUCHPOINT: "#1E2A3E", CardKind.PAIN_POINT: "#3A2526",
        CardKind.OPPORTUNITY: "#1E3327", CardKind.KPI: "#2B2540", CardKind.NOTE: "#37321E"}),
    plot_background=QColor("#1F2228"), plot_text=QColor("#E8EAEE"),
    plot_axis=QColor("#A3AAB6"), plot_separator=QColor("#3A414C"), plot_zero=QColor("#7A828E"),
    field_border=QColor("#4A505A"),
    empathy_tints=MappingProxyType({
        "says": QColor("#22303F"), "thinks": QColor("#2E2840"), "does": QColor("#213528"),
        "feels": QColor("#3B2E22"), "pains": QColor("#3E2627"), "gains": QColor("#1F3530")}),
)
THEMES = {LIGHT_NAME: LIGHT, DARK_NAME: DARK}


def themed(name: str) -> Appearance:
    """The stock appearance of theme ``name`` ("light" or "dark"; anything else: light)."""
    return THEMES.get(name, LIGHT)


PROBLEM_RED = "#B42318"  # a dialog's line saying why it cannot go on


def problem_text_style(palette: QPalette) -> str:
    """The style sheet of that line on ``palette``'s window: the red itself on a light one,
    the nearest shade of it that reads on a dark one (``model.colors.legible``)."""
    window = palette.color(QPalette.ColorRole.Window).name()
    return f"color: {legible(PROBLEM_RED, window)};"


def light_palette() -> QPalette:
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#EFEFEF", roles.WindowText: "#1F2430", roles.Base: "#FFFFFF",
        roles.AlternateBase: "#F5F6F8", roles.ToolTipBase: "#FFFFDC",
        roles.ToolTipText: "#1F2430", roles.Text: "#1F2430", roles.Button: "#EFEFEF",
        roles.ButtonText: "#1F2430", roles.BrightText: "#FFFFFF", roles.Link: "#2563EB",
        roles.Highlight: "#3072D9", roles.HighlightedText: "#FFFFFF",
        roles.PlaceholderText: "#5C6370", roles.Light: "#FFFFFF", roles.Midlight: "#CACACA",
        roles.Mid: "#B8B8B8", roles.Dark: "#9F9F9F", roles.Shadow: "#767676",
    }
    return _palette(colours, disabled="#9A9FA8")


def dark_palette() -> QPalette:
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#2B2F36", roles.WindowText: "#E8EAEE", roles.Base: "#1F2228",
        roles.AlternateBase: "#262A31", roles.ToolTipBase: "#2B2F36",
        roles.ToolTipText: "#E8EAEE", roles.Text: "#E8EAEE", roles.Button: "#353A42",
        roles.ButtonText: "#E8EAEE", roles.BrightText: "#FF6B6B", roles.Link: "#7AA7FF",
        roles.Highlight: "#3D6FD9", roles.HighlightedText: "#FFFFFF",
        roles.PlaceholderText: "#A3AAB6", roles.Light: "#4A505A", roles.Midlight: "#3E434C",
        roles.Mid: "#2F343B", roles.Dark: "#181B20", roles.Shadow: "#0E1013",
    }
    return _palette(colours, disabled="#6B717B")


def _palette(colours: Mapping[QPalette.ColorRole, str], disabled: str) -> QPalette:
    """A palette with every role set in every group, so nothing falls back to the
    platform's (or the previous theme's) colours."""
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    group = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(group, role, QColor(disabled))
    return palette
