"""Controlled vocabularies of the journey-map domain, with Korean and English names.

Each vocabulary is a ``StrEnum`` whose values are the stable identifiers written to
files; :func:`label` gives the human name in a language ("ko" or "en"). The interface
shows these names through its own translation layer, but files, exports and the
command line use the names kept here so that they work without Qt.
"""

from __future__ import annotations

from enum import StrEnum

LANGUAGES: tuple[str, ...] = ("ko", "en")


class LaneKind(StrEnum):
    ACTIONS = "actions"
    THOUGHTS = "thoughts"
    EMOTIONS = "emotions"
    TOUCHPOINTS = "touchpoints"
    CHANNELS = "channels"
    PAIN_POINTS = "pain_points"
    DESIRED_EXPERIENCE = "desired_experience"
    OPPORTUNITIES = "opportunities"
    KPIS = "kpis"
    BACKSTAGE = "backstage"
    FREE_TEXT = "free_text"


class CardKind(StrEnum):
    NOTE = "note"
    TOUCHPOINT = "touchpoint"
    PAIN_POINT = "pain_point"
    OPPORTUNITY = "opportunity"
    KPI = "kpi"


class Channel(StrEnum):
    STORE = "store"
    WEBSITE = "website"
    MOBILE_APP = "mobile_app"
    SEARCH_ENGINE = "search_engine"
    SOCIAL_MEDIA = "social_media"
    ADVERTISING = "advertising"
    WORD_OF_MOUTH = "word_of_mouth"
    PHONE = "phone"
    EMAIL = "email"
    LIVE_CHAT = "live_chat"
    HELP_DESK = "help_desk"
    MEETING = "meeting"
    SALES_CALL = "sales_call"
    DELIVERY = "delivery"
    OTHER = "other"


class PainCategory(StrEnum):
    FINANCIAL = "financial"
    PRODUCTIVITY = "productivity"
    PROCESS = "process"
    SUPPORT = "support"


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class OpportunityStatus(StrEnum):
    IDEA = "idea"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class OpportunityScope(StrEnum):
    STEP = "step"
    FUNNEL = "funnel"


class KpiDirection(StrEnum):
    HIGHER = "higher"
    LOWER = "lower"


class EmotionLabel(StrEnum):
    DELIGHTED = "delighted"
    HAPPY = "happy"
    SATISFIED = "satisfied"
    NEUTRAL = "neutral"
    BORED = "bored"
    CONFUSED = "confused"
    FRUSTRATED = "frustrated"
    DISAPPOINTED = "disappointed"
    ANGRY = "angry"


class Settlement(StrEnum):
    """Where a persona lives (``Persona.urban_rural``, which may also hold free text)."""

    URBAN = "urban"
    RURAL = "rural"


class Scenario(StrEnum):
    AS_IS = "as-is"
    TO_BE = "to-be"


class ChecklistAnswer(StrEnum):
    YES = "yes"
    PARTLY = "partly"
    NO = "no"


class ChecklistQuestion(StrEnum):
    FIRST_CONTACT = "first_contact"
    CHECKOUT = "checkout"
    AFTER_PURCHASE_HELP = "after_purchase_help"
    FEEDBACK_LOOP = "feedback_loop"
    TOUCHPOINTS_MAPPED = "touchpoints_mapped"
    SATISFACTION_SURVEYED = "satisfaction_surveyed"


_NAMES: dict[StrEnum, tuple[str, str]] = {
    LaneKind.ACTIONS: ("행동", "Actions"),
    LaneKind.THOUGHTS: ("생각", "Thoughts"),
    LaneKind.EMOTIONS: ("감정", "Emotions"),
    LaneKind.TOUCHPOINTS: ("접점", "Touchpoints"),
    LaneKind.CHANNELS: ("채널", "Channels"),
    LaneKind.PAIN_POINTS: ("고충점", "Pain points"),
    LaneKind.DESIRED_EXPERIENCE: ("원하는 경험", "Desired experience"),
    LaneKind.OPPORTUNITIES: ("개선 기회", "Opportunities"),
    LaneKind.KPIS: ("지표", "KPIs"),
    LaneKind.BACKSTAGE: ("내부 프로세스", "Backstage"),
    LaneKind.FREE_TEXT: ("자유 텍스트", "Free text"),
    CardKind.NOTE: ("메모", "Note"),
    CardKind.TOUCHPOINT: ("접점", "Touchpoint"),
    CardKind.PAIN_POINT: ("고충점", "Pain point"),
    CardKind.OPPORTUNITY: ("개선 기회", "Opportunity"),
    CardKind.KPI: ("지표", "KPI"),
    Channel.STORE: ("매장", "Store"),
    Channel.WEBSITE: ("웹사이트", "Website"),
    Channel.MOBILE_APP: ("모바일 앱", "Mobile app"),
    Channel.SEARCH_ENGINE: ("검색 엔진", "Search engine"),
    Channel.SOCIAL_MEDIA: ("소셜 미디어", "Social media"),
    Channel.ADVERTISING: ("광고", "Advertising"),
    Channel.WORD_OF_MOUTH: ("입소문", "Word of mouth"),
    Channel.PHONE: ("전화", "Phone"),
    Channel.EMAIL: ("이메일", "Email"),
    Channel.LIVE_CHAT: ("실시간 채팅", "Live chat"),
    Channel.HELP_DESK: ("고객 센터", "Help desk"),
    Channel.MEETING: ("미팅·데모", "Meeting / demo"),
    Channel.SALES_CALL: ("영업 전화", "Sales call"),
    Channel.DELIVERY: ("배송", "Delivery"),
    Channel.OTHER: ("기타", "Other"),
    PainCategory.FINANCIAL: ("재정", "Financial"),
    PainCategory.PRODUCTIVITY: ("생산성", "Productivity"),
    PainCategory.PROCESS: ("프로세스", "Process"),
    PainCategory.SUPPORT: ("지원", "Support"),
    Severity.LOW: ("낮음", "Low"),
    Severity.MEDIUM: ("보통", "Medium"),
    Severity.HIGH: ("높음", "High"),
    OpportunityStatus.IDEA: ("아이디어", "Idea"),
    OpportunityStatus.PLANNED: ("계획됨", "Planned"),
    OpportunityStatus.IN_PROGRESS: ("진행 중", "In progress"),
    OpportunityStatus.DONE: ("완료", "Done"),
    OpportunityScope.STEP: ("단일 단계", "Single step"),
    OpportunityScope.FUNNEL: ("전체 퍼널", "Whole funnel"),
    KpiDirection.HIGHER: ("높을수록 좋음", "Higher is better"),
    KpiDirection.LOWER: ("낮을수록 좋음", "Lower is better"),
    EmotionLabel.DELIGHTED: ("감동", "Delighted"),
    EmotionLabel.HAPPY: ("기쁨", "Happy"),
    EmotionLabel.SATISFIED: ("만족", "Satisfied"),
    EmotionLabel.NEUTRAL: ("보통", "Neutral"),
    EmotionLabel.BORED: ("지루함", "Bored"),
    EmotionLabel.CONFUSED: ("혼란", "Confused"),
    EmotionLabel.FRUSTRATED: ("답답함", "Frustrated"),
    EmotionLabel.DISAPPOINTED: ("실망", "Disappointed"),
    EmotionLabel.ANGRY: ("화남", "Angry"),
    Settlement.URBAN: ("도시", "Urban"),
    Settlement.RURAL: ("농촌", "Rural"),
    Scenario.AS_IS: ("현재 (As-is)", "Current state (as-is)"),
    Scenario.TO_BE: ("미래 (To-be)", "Future state (to-be)"),
    ChecklistAnswer.YES: ("예", "Yes"),
    ChecklistAnswer.PARTLY: ("부분적", "Partly"),
    ChecklistAnswer.NO: ("아니오", "No"),
    ChecklistQuestion.FIRST_CONTACT: (
        "첫 접촉에 마찰이 없는가?",
        "Is the first contact free of friction?",
    ),
    ChecklistQuestion.CHECKOUT: (
        "결제 과정에서 고객을 잃지 않는가?",
        "Does checkout keep customers instead of losing them?",
    ),
    ChecklistQuestion.AFTER_PURCHASE_HELP: (
        "구매 후 도움이 빠르고 효과적인가?",
        "Is help after purchase fast and effective?",
    ),
    ChecklistQuestion.FEEDBACK_LOOP: (
        "피드백을 지속적으로 수집하고 반영하는가?",
        "Is feedback collected and acted on continuously?",
    ),
    ChecklistQuestion.TOUCHPOINTS_MAPPED: (
        "모든 접점이 여정 지도에 드러나 있는가?",
        "Is every touchpoint visible on a journey map?",
    ),
    ChecklistQuestion.SATISFACTION_SURVEYED: (
        "만족도를 정기적으로 조사하고 개선점을 명확히 하는가?",
        "Is satisfaction surveyed regularly, with clear improvements?",
    ),
}

# Score a label stands for on the −2…+2 scale: used to suggest a label for a score.
EMOTION_LABEL_SCORES: dict[EmotionLabel, float] = {
    EmotionLabel.DELIGHTED: 2.0,
    EmotionLabel.HAPPY: 1.5,
    EmotionLabel.SATISFIED: 1.0,
    EmotionLabel.NEUTRAL: 0.0,
    EmotionLabel.BORED: -0.5,
    EmotionLabel.CONFUSED: -1.0,
    EmotionLabel.FRUSTRATED: -1.5,
    EmotionLabel.DISAPPOINTED: -1.5,
    EmotionLabel.ANGRY: -2.0,
}

# The card kind a lane of each kind creates by default.
DEFAULT_CARD_KIND: dict[LaneKind, CardKind] = {
    LaneKind.TOUCHPOINTS: CardKind.TOUCHPOINT,
    LaneKind.PAIN_POINTS: CardKind.PAIN_POINT,
    LaneKind.OPPORTUNITIES: CardKind.OPPORTUNITY,
    LaneKind.KPIS: CardKind.KPI,
}


def label(value: StrEnum, language: str = "en") -> str:
    """The human name of a vocabulary value in ``language`` ("ko" or "en")."""
    korean, english = _NAMES[value]
    return korean if language == "ko" else english


def shown(vocabulary: type[StrEnum], text: str, language: str = "en") -> str:
    """``text`` as a person reads it: a value of ``vocabulary`` by its name in ``language``,
    anything else (free text) as written. For exports of fields that allow both."""
    try:
        return label(vocabulary(text), language)
    except ValueError:
        return text


def parse(vocabulary: type[StrEnum], text: str) -> StrEnum | None:
    """Find a vocabulary value by its identifier or its Korean or English name.

    Matching ignores case and surrounding spaces; returns None when nothing matches.
    Imports (tables, spreadsheets) use this so people may type either language.
    """
    wanted = text.strip().casefold()
    if not wanted:
        return None
    for value in vocabulary:
        korean, english = _NAMES[value]
        candidates = {value.value.casefold(), korean.casefold(), english.casefold(),
                      value.value.replace("_", " ").casefold()}
        if wanted in candidates:
            return value
    return None


def suggested_label(score: float) -> EmotionLabel:
    """The emotion label closest to a score (ties go to the first listed)."""
    return min(EMOTION_LABEL_SCORES, key=lambda lab: abs(EMOTION_LABEL_SCORES[lab] - score))


def label_follows_score(label: str | None, old_score: float | None) -> bool:
    """Whether a new score should bring its suggested label: the label was never chosen by
    hand (unset, or still the suggestion for the old score). The Document applies it to
    every score change, whichever view made it (editing/edit_rules.py)."""
    return label is None or (old_score is not None and label == suggested_label(old_score).value)


def snap_score(value: float) -> float:
    """A score set by pointing (a drag, a double-click): the nearest half step in −2…+2."""
    return max(-2.0, min(2.0, round(value * 2) / 2))
