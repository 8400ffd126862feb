"""Fixed words of the Excel workbook (sheet names, headers, field names) in Korean and English.

Pure data: the xlsx writer picks the map's language, the reader accepts both.
"""

from __future__ import annotations

# key: (Korean, English)
WORDS: dict[str, tuple[str, str]] = {
    # sheet names (at most 31 characters, none of []:*?/\)
    "sheet.journey": ("여정", "Journey"),
    "sheet.emotions": ("감정", "Emotions"),
    "sheet.cards": ("접점·카드", "Touchpoints & cards"),
    "sheet.personas": ("페르소나", "Personas"),
    "sheet.pains": ("고충점·개선 기회", "Pain points & opportunities"),
    "sheet.about": ("정보", "About"),
    "sheet.insights": ("인사이트", "Insights"),
    # journey sheet
    "stage_lane": ("단계 / 레인", "Stage / lane"),
    "owner": ("담당자", "Owner"),
    "version": ("버전", "Version"),
    "review_date": ("검토일", "Review date"),
    "desired": ("원하는 경험", "Desired experience"),
    "to_be": ("목표", "to-be"),
    # emotions sheet
    "stage_step": ("단계 · 세부 단계", "Stage · step"),
    "as_is_col": ("{name} (현재)", "{name} (as-is)"),
    "to_be_col": ("{name} (목표)", "{name} (to-be)"),
    "chart_title": ("단계별 감정 (현재)", "Emotions by stage (as-is)"),
    "score": ("점수", "Score"),
    # pains sheet
    "pain_point": ("고충점", "Pain point"),
    "opportunity": ("개선 기회", "Opportunity"),
    "stage": ("단계", "Stage"),
    "lane": ("레인", "Lane"),
    "id": ("ID", "ID"),
    # about sheet
    "title": ("제목", "Title"),
    "description": ("설명", "Description"),
    "version_label": ("버전", "Version label"),
    "scenario": ("시나리오", "Scenario"),
    "language": ("언어", "Language"),
    "created": ("생성", "Created"),
    "modified": ("수정", "Modified"),
    "format_version": ("파일 형식 버전", "Format version"),
    "generator": ("생성 프로그램", "Generator"),
    "how_to_edit": ("고치는 방법", "How to edit"),
    "how_to_edit.text": (
        "'접점·카드' 시트에서 카드를 고치거나 새 행으로 추가하고, '여정' 시트에서는 칸의 줄(카드 "
        "하나)을 고치거나 더하고, '페르소나' 시트의 칸을 고치세요. 다시 가져오면 반영됩니다. "
        "지워도 카드는 지워지지 않습니다.",
        "Edit or add cards in the 'Touchpoints & cards' sheet, edit or add lines (one card "
        "each) in the Journey sheet, edit cells of the Personas sheet: importing the workbook "
        "back takes these edits. Removing a line or row deletes no card."),
    "checklist": ("CX 건강 체크리스트", "CX health checklist"),
    "question": ("질문", "Question"),
    "answer": ("답변", "Answer"),
    "note": ("메모", "Note"),
    "lang.ko": ("한국어", "Korean"),
    "lang.en": ("영어", "English"),
    # personas sheet
    "field": ("항목", "Field"),
    "p.name": ("이름", "Name"),
    "p.color": ("색상", "Colour"),
    "p.age": ("나이", "Age"),
    "p.gender": ("성별", "Gender"),
    "p.occupation": ("직업", "Occupation"),
    "p.location": ("지역", "Location"),
    "p.family": ("가족", "Family"),
    "p.income": ("소득 수준", "Income"),
    "p.urban_rural": ("도시/농촌", "Urban / rural"),
    "p.quote": ("인용", "Quote"),
    "p.bio": ("소개", "Bio"),
    "p.personality": ("성격과 행동", "Personality and behaviour"),
    "p.information_sources": ("정보 탐색 경로", "Information sources"),
    "p.preferred_channels": ("선호 채널", "Preferred channels"),
    "p.values": ("가치관", "Values"),
    "p.goals_short_term": ("단기 목표", "Short-term goals"),
    "p.goals_long_term": ("장기 목표", "Long-term goals"),
    "p.needs": ("니즈", "Needs"),
    "p.problems": ("문제", "Problems"),
    "p.wishes": ("바라는 점", "Wishes"),
    "p.segment.age_group": ("세그먼트: 연령대", "Segment: age group"),
    "p.segment.region": ("세그먼트: 지역", "Segment: region"),
    "p.segment.purchase_pattern": ("세그먼트: 구매 패턴", "Segment: purchase pattern"),
    "p.empathy.says": ("공감 지도: 말", "Empathy map: says"),
    "p.empathy.thinks": ("공감 지도: 생각", "Empathy map: thinks"),
    "p.empathy.does": ("공감 지도: 행동", "Empathy map: does"),
    "p.empathy.feels": ("공감 지도: 감정", "Empathy map: feels"),
    "p.empathy.pains": ("공감 지도: 고통", "Empathy map: pains"),
    "p.empathy.gains": ("공감 지도: 얻는 것", "Empathy map: gains"),
}

DATA_SHEET = "_cjm"  # very hidden: the whole map as .cjm.json text, for the round trip


def word(key: str, language: str) -> str:
    korean, english = WORDS[key]
    return korean if language == "ko" else english


def sheet_names(key: str) -> tuple[str, str]:
    """Both names a sheet may have (Korean, English)."""
    return WORDS[f"sheet.{key}"]
