"""The canvas look: colours, fonts, metrics and per-kind badges (PRODUCT.md "Look and feel").

Everything visual that is a constant lives here so items and exports agree on it; what
follows the theme is the scene's :class:`Appearance` (:func:`look`), never a module value. Metrics
follow an 8-px grid. Fonts are built lazily because they need a running QGuiApplication.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from ..editing.appearance import LIGHT, Appearance
from ..model import colors
from ..model.vocab import CardKind, Channel, LaneKind, OpportunityStatus, PainCategory, Severity

FONT_FAMILY = "NanumGothic"

# ----- metrics (scene units = pixels at 100 %); grid metrics live in geometry ---------
CARD_RADIUS = 6.0
CARD_STRIP = 5.0
CARD_PAD_X = 10.0
CARD_PAD_Y = 8.0
BADGE_H = 18.0
TAG_H = 18.0
SHADOW_OFFSET = 2.0
RESIZE_GRIP = 5.0

# ----- colours ---------------------------------------------------------------------------
# The colours that follow the theme (background, grid, text, selection, card tints …) are not
# here: they come from the scene's Appearance (editing.appearance), read at paint time through
# look(item). What is below is the same in every theme.
NEUTRAL = QColor("#6B7280")  # badges and accents without a colour of their own

KIND_COLORS: dict[str, QColor] = {
    CardKind.TOUCHPOINT.value: QColor("#3B82F6"),
    CardKind.PAIN_POINT.value: QColor("#E5534B"),
    CardKind.OPPORTUNITY.value: QColor("#2F9E5B"),
    CardKind.KPI.value: QColor("#8B5CF6"),
    CardKind.NOTE.value: QColor("#E8B923"),
}
CATEGORY_COLORS: dict[str, QColor] = {
    PainCategory.FINANCIAL.value: QColor("#D97706"),
    PainCategory.PRODUCTIVITY.value: QColor("#7C3AED"),
    PainCategory.PROCESS.value: QColor("#0891B2"),
    PainCategory.SUPPORT.value: QColor("#DB2777"),
}
SEVERITY_COLORS: dict[str, QColor] = {
    Severity.LOW.value: QColor("#9CA3AF"),
    Severity.MEDIUM.value: QColor("#F59E0B"),
    Severity.HIGH.value: QColor("#DC2626"),
}
STATUS_COLORS: dict[str, QColor] = {
    OpportunityStatus.IDEA.value: QColor("#9CA3AF"),
    OpportunityStatus.PLANNED.value: QColor("#3B82F6"),
    OpportunityStatus.IN_PROGRESS.value: QColor("#F59E0B"),
    OpportunityStatus.DONE.value: QColor("#16A34A"),
}
POSITIVE_BAND = QColor(34, 197, 94, 22)
NEGATIVE_BAND = QColor(239, 68, 68, 20)

# One bundled icon per channel (resources/icons), drawn inside the channel badge.
CHANNEL_ICONS: dict[str, str] = {
    Channel.STORE.value: "store", Channel.WEBSITE.value: "globe",
    Channel.MOBILE_APP.value: "smartphone", Channel.SEARCH_ENGINE.value: "search",
    Channel.SOCIAL_MEDIA.value: "thumbs-up", Channel.ADVERTISING.value: "megaphone",
    Channel.WORD_OF_MOUTH.value: "message-square-quote", Channel.PHONE.value: "phone",
    Channel.EMAIL.value: "mail", Channel.LIVE_CHAT.value: "message-circle",
    Channel.HELP_DESK.value: "life-buoy", Channel.MEETING.value: "handshake",
    Channel.SALES_CALL.value: "phone-call", Channel.DELIVERY.value: "truck",
    Channel.OTHER.value: "circle-dot",
}
SEVERITY_ICONS: dict[str, str] = {
    Severity.LOW.value: "signal-low", Severity.MEDIUM.value: "signal-medium",
    Severity.HIGH.value: "signal-high",
}
# Lane-kind icons: one bundled icon each, drawn in the lane header's accent colour.
LANE_ICONS: dict[str, str] = {
    LaneKind.ACTIONS.value: "footprints", LaneKind.THOUGHTS.value: "brain",
    LaneKind.EMOTIONS.value: "heart", LaneKind.TOUCHPOINTS.value: "target",
    LaneKind.CHANNELS.value: "waypoints", LaneKind.PAIN_POINTS.value: "triangle-alert",
    LaneKind.DESIRED_EXPERIENCE.value: "star", LaneKind.OPPORTUNITIES.value: "lightbulb",
    LaneKind.KPIS.value: "chart-column", LaneKind.BACKSTAGE.value: "cog",
    LaneKind.FREE_TEXT.value: "pencil",
}
LANE_ACCENTS: dict[str, QColor] = {
    LaneKind.ACTIONS.value: QColor("#475569"), LaneKind.THOUGHTS.value: QColor("#64748B"),
    LaneKind.EMOTIONS.value: QColor("#E11D48"), LaneKind.TOUCHPOINTS.value: QColor("#3B82F6"),
    LaneKind.CHANNELS.value: QColor("#0EA5E9"), LaneKind.PAIN_POINTS.value: QColor("#E5534B"),
    LaneKind.DESIRED_EXPERIENCE.value: QColor("#D97706"),
    LaneKind.OPPORTUNITIES.value: QColor("#2F9E5B"), LaneKind.KPIS.value: QColor("#8B5CF6"),
    LaneKind.BACKSTAGE.value: QColor("#6B7280"), LaneKind.FREE_TEXT.value: QColor("#A16207"),
}


def tint(color: QColor | str, amount: float = 0.86) -> QColor:
    """``color`` mixed with white (amount 1.0 = white): the soft stage-band colours."""
    c = QColor(color)
    if not c.isValid():
        c = QColor("#4C78A8")
    return QColor(round(c.red() + (255 - c.red()) * amount),
                  round(c.green() + (255 - c.green()) * amount),
                  round(c.blue() + (255 - c.blue()) * amount))


def darker(color: QColor | str, factor: int = 140) -> QColor:
    c = QColor(color)
    return c.darker(factor) if c.isValid() else QColor(NEUTRAL)


def band(color: QColor | str, amount: float, look: Appearance) -> QColor:
    """A soft band of ``color`` for headers: mixed with white (light) or with the header
    background (dark), ``amount`` 1.0 being the plain background."""
    if not look.dark:
        return tint(color, amount)
    c, base = QColor(color), look.header_bg
    if not c.isValid():
        c = QColor("#4C78A8")
    return QColor(round(c.red() + (base.red() - c.red()) * amount),
                  round(c.green() + (base.green() - c.green()) * amount),
                  round(c.blue() + (base.blue() - c.blue()) * amount))


def ink(color: QColor | str, factor: int, look: Appearance) -> QColor:
    """Text in ``color`` that reads on its band: darker on light, lighter on dark."""
    c = QColor(color)
    if not c.isValid():
        return QColor(look.text)
    return c.lighter(factor) if look.dark else c.darker(factor)


def readable(color: QColor, background: QColor, ratio: float = colors.BODY_TEXT) -> QColor:
    """``color`` (text) made to read on ``background`` at the WCAG ``ratio``: itself when it
    does, else its nearest shade that does (model.colors.legible). For text on colours a
    person chose (stage bands, card fills, chips), in either theme."""
    return QColor(colors.legible(color.name(), background.name(), ratio))


def over(color: QColor, background: QColor) -> QColor:
    """``color`` (with its alpha) painted on an opaque ``background``: what the eye sees."""
    return QColor(colors.over(color.name(), color.alphaF(), background.name()))


def text_for(background: QColor, look: Appearance) -> QColor:
    """The theme's text colour when it reads on ``background``, else the other ink (a
    light card in the dark theme gets dark text, a dark one in the light theme white)."""
    ink = look.text.name()
    if colors.contrast(ink, background.name()) >= colors.BODY_TEXT:
        return QColor(look.text)
    return QColor(colors.text_on(background.name()))


SMALL_TEXT_RATIO = 5.5  # small type's thin stems never reach their full ink: aim higher


def soft_text_for(background: QColor, look: Appearance) -> QColor:
    """Secondary text (tags, sub-titles, in small type) on ``background``: the theme's soft
    grey where it reads, else the nearest shade of it that does."""
    return readable(look.text_soft, background, SMALL_TEXT_RATIO)


@cache
def font(role: str) -> QFont:
    """Fonts by role: card, small, badge, stage, step, lane, marker."""
    sizes = {"card": (13, False), "small": (11, False), "badge": (10, True),
             "stage": (15, True), "step": (12, True), "lane": (13, True), "marker": (10, True)}
    size, bold = sizes[role]
    f = QFont(FONT_FAMILY)
    f.setPixelSize(size)
    f.setBold(bold)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # same layout at any zoom
    return f


@cache
def metrics(role: str) -> QFontMetricsF:
    return QFontMetricsF(font(role))


class ThemedScene(QGraphicsScene):
    """A scene that carries the Appearance its items paint with (light until told)."""

    appearance: Appearance = LIGHT


def scene_look(scene: QGraphicsScene | None) -> Appearance:
    """The Appearance of ``scene`` (light for a scene that is not themed)."""
    return scene.appearance if isinstance(scene, ThemedScene) else LIGHT


def look(item: QGraphicsItem) -> Appearance:
    """The Appearance ``item`` paints with: its scene's (light outside a themed scene)."""
    return scene_look(item.scene())
