"""The canvas look: colours, fonts, metrics and per-kind badges (PRODUCT.md "Look and feel").

Everything visual that is a constant lives here so items and exports agree on it. Metrics
follow an 8-px grid. Fonts are built lazily because they need a running QGuiApplication.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QFont, QFontMetricsF

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
BACKGROUND = QColor("#F6F7F9")
GRID_LINE = QColor("#E3E6EB")
CELL_BG = QColor("#FFFFFF")
CELL_BG_ALT = QColor("#FBFBFC")
HEADER_BG = QColor("#FFFFFF")
TEXT = QColor("#1F2430")
TEXT_SOFT = QColor("#6B7280")
SELECTION = QColor("#2563EB")
DROP_MARKER = QColor("#2563EB")
CURRENT_CELL = QColor(37, 99, 235, 28)
SHADOW = QColor(15, 23, 42, 30)
CARD_BORDER = QColor("#E2E5EA")

KIND_COLORS: dict[str, QColor] = {
    CardKind.TOUCHPOINT.value: QColor("#3B82F6"),
    CardKind.PAIN_POINT.value: QColor("#E5534B"),
    CardKind.OPPORTUNITY.value: QColor("#2F9E5B"),
    CardKind.KPI.value: QColor("#8B5CF6"),
    CardKind.NOTE.value: QColor("#E8B923"),
}
KIND_TINTS: dict[str, QColor] = {
    CardKind.TOUCHPOINT.value: QColor("#F3F7FF"),
    CardKind.PAIN_POINT.value: QColor("#FFF5F4"),
    CardKind.OPPORTUNITY.value: QColor("#F2FBF5"),
    CardKind.KPI.value: QColor("#F7F4FF"),
    CardKind.NOTE.value: QColor("#FFFBEA"),
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

# A short glyph per channel, drawn inside the channel badge (plain text, no emoji font needed).
CHANNEL_GLYPHS: dict[str, str] = {
    Channel.STORE.value: "⌂", Channel.WEBSITE.value: "www", Channel.MOBILE_APP.value: "▤",
    Channel.SEARCH_ENGINE.value: "⌕", Channel.SOCIAL_MEDIA.value: "#",
    Channel.ADVERTISING.value: "AD", Channel.WORD_OF_MOUTH.value: "”",
    Channel.PHONE.value: "☎", Channel.EMAIL.value: "@", Channel.LIVE_CHAT.value: "◐",
    Channel.HELP_DESK.value: "?", Channel.MEETING.value: "◎", Channel.SALES_CALL.value: "$",
    Channel.DELIVERY.value: "▸", Channel.OTHER.value: "+",
}

# Lane-kind icons: one geometric glyph each, drawn in the lane header's accent colour.
LANE_ICONS: dict[str, str] = {
    LaneKind.ACTIONS.value: "▶", LaneKind.THOUGHTS.value: "…", LaneKind.EMOTIONS.value: "♥",
    LaneKind.TOUCHPOINTS.value: "◉", LaneKind.CHANNELS.value: "≡",
    LaneKind.PAIN_POINTS.value: "▲", LaneKind.DESIRED_EXPERIENCE.value: "★",
    LaneKind.OPPORTUNITIES.value: "✦", LaneKind.KPIS.value: "▮",
    LaneKind.BACKSTAGE.value: "⚙", LaneKind.FREE_TEXT.value: "✎",
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
    return c.darker(factor) if c.isValid() else QColor(TEXT)


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
