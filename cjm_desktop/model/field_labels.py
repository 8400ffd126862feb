"""The names of a card's fields (and of a table's placement and emotion columns) in Korean
and English, plus the other words people write for them.

One table, Qt-free, shared by the workbook (its column headers are ``en`` / ``ko``), the
plain-table importer (it accepts every name listed here as a header) and the interface
(its labels are listed in ``shown``: the inspector, find bar and emotion dialog pass them
through Qt's translation, and a test checks that their Korean translation is listed here).

Headers are matched by :func:`header_key`, which ignores case, spaces and punctuation, so
"Complaint types", "complaint-types" and "불만 유형" all name the same column.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class FieldLabel:
    key: str
    en: str  # the workbook header in English
    ko: str  # the workbook header in Korean
    shown: tuple[str, ...] = ()  # the interface's labels, both languages
    aliases: tuple[str, ...] = ()  # other words people write

    def header(self, language: str) -> str:
        return self.ko if language == "ko" else self.en

    def names(self) -> tuple[str, ...]:
        return (self.key, self.key.replace("_", " "), self.en, self.ko, *self.shown,
                *self.aliases)


def _f(key: str, en: str, ko: str, shown: tuple[str, ...] = (),
       aliases: tuple[str, ...] = ()) -> FieldLabel:
    return FieldLabel(key, en, ko, shown, aliases)


FIELD_LABELS: tuple[FieldLabel, ...] = (
    _f("id", "ID", "ID", (), ("Card ID", "카드 ID", "아이디")),
    _f("stage", "Stage", "단계", ("Stage", "단계"),
       ("Phase", "Journey stage", "여정 단계", "국면")),
    _f("step", "Step", "세부 단계", ("Step", "세부 단계"), ("Sub-stage", "하위 단계")),
    _f("lane", "Lane", "레인", ("Lane", "레인"), ("행", "Swimlane", "스윔레인", "Row")),
    _f("lane_kind", "Lane kind", "레인 종류", (), ("Lane type", "레인 유형")),
    _f("kind", "Kind", "종류", ("Kind", "종류"),
       ("유형", "Type", "Card kind", "Card type", "카드 종류", "카드 유형")),
    _f("text", "Text", "텍스트", ("Text", "내용"),
       ("Card", "카드", "Card text", "카드 내용", "카드 텍스트", "Content")),
    _f("notes", "Notes", "메모", ("Notes", "메모"),
       ("비고", "Note", "Comment", "Comments", "코멘트", "주석")),
    _f("tags", "Tags", "태그", ("Tags", "태그"), ("Tag",)),
    _f("votes", "Votes", "투표", ("Votes", "투표"), ("Vote", "투표 수")),
    _f("channel", "Channel", "채널", ("Channel", "채널"), ()),
    _f("online", "Online", "온라인", ("Online / offline", "온라인 / 오프라인"),
       ("Online/offline", "온라인/오프라인")),
    _f("team", "Team", "담당 팀", ("Team", "담당 팀"), ("팀",)),
    _f("csat", "CSAT", "만족도(CSAT)", ("Satisfaction (CSAT)", "만족도 (CSAT)"),
       ("Satisfaction", "만족도")),
    _f("expectation", "Expectation", "기대", ("Expectation", "기대"), ("기대치",)),
    _f("performance", "Performance", "성과", ("Performance", "성과"), ()),
    _f("response_time", "Response time", "응답 시간", ("Response time", "응답 시간"), ()),
    _f("complaints", "Complaints", "불만 건수", ("Complaints", "불만 건수"),
       ("Complaint count", "불만 수")),
    _f("complaint_types", "Complaint types", "불만 유형",
       ("Complaint types", "불만 유형"), ("Complaint type",)),
    _f("category", "Category", "범주", ("Category", "범주", "불편 유형"),
       ("카테고리", "고충 유형", "고충 범주", "Pain category", "Pain type", "Pain point category")),
    _f("severity", "Severity", "심각도", ("Severity", "심각도"), ()),
    _f("touchpoint_id", "Linked touchpoint", "연결된 접점", ("Touchpoint", "접점"),
       ("Touchpoint ID", "접점 ID")),
    _f("whys", "5 Whys", "5 Whys", ("Root cause: 5 Whys", "근본 원인: 5 Whys"),
       ("Whys", "Root cause", "근본 원인")),
    _f("pain_ids", "Linked pain points", "연결된 고충점",
       ("Linked pain points", "연결된 고충점"), ("Pain point IDs",)),
    _f("impact", "Impact", "영향", ("Impact", "효과"), ()),
    _f("effort", "Effort", "노력", ("Effort", "노력"), ()),
    _f("owner", "Owner", "담당자", ("Owner", "담당자"), ()),
    _f("status", "Status", "상태", ("Status", "상태"), ()),
    _f("scope", "Scope", "범위", ("Scope", "범위"), ()),
    _f("kpi_name", "KPI name", "지표 이름", (), ("KPI", "지표")),
    _f("kpi_target", "KPI target", "지표 목표", (), ()),
    _f("kpi_actual", "KPI actual", "지표 실적", (), ()),
    _f("kpi_unit", "KPI unit", "지표 단위", (), ()),
    _f("kpi_direction", "KPI direction", "지표 방향", ("Direction", "방향"), ()),
    _f("color", "Colour", "색상", ("Colour", "색"), ("Color",)),
    _f("author", "Author", "작성자", (), ("Written by", "Participant", "참가자")),
    _f("persona", "Persona", "페르소나", ("Persona", "페르소나"), ("Actor", "액터")),
    _f("score", "Score", "점수", ("Score", "점수"),
       ("Emotion score", "감정 점수", "Emotion", "감정", "Score (as-is)", "점수 (현재)",
        "As-is score", "현재 점수")),
    _f("to_be", "To-be score", "목표 점수", ("Score (to-be)", "점수 (미래)"),
       ("To-be", "미래 점수", "미래")),
    _f("emotion_label", "Emotion label", "감정 라벨", ("감정 이름",), ("감정 라벨",)),
)
FIELD_BY_KEY: dict[str, FieldLabel] = {field.key: field for field in FIELD_LABELS}


def normalize_header(text: str) -> str:
    """A header with case, spaces and punctuation removed ("Complaint-types" → "complainttypes")."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold()
                   if not ch.isspace() and unicodedata.category(ch)[0] not in "PSZC")


def _build() -> dict[str, str]:
    table: dict[str, str] = {}
    for field in FIELD_LABELS:
        for name in field.names():
            normal = normalize_header(name)
            owner = table.setdefault(normal, field.key)
            if owner != field.key:
                raise AssertionError(f"header {name!r} names both {owner} and {field.key}")
    return table


HEADER_KEYS: dict[str, str] = _build()


def header_key(text: str) -> str | None:
    """The field a table header names (either language, any listed word), or None."""
    normal = normalize_header(text)
    return HEADER_KEYS.get(normal) if normal else None
