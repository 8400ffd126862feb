"""Hand-built journey maps for the file-format tests: every field of every entity in use."""

from __future__ import annotations

from cjm_desktop.model import (
    Card,
    EmpathyMap,
    JourneyMap,
    Lane,
    Persona,
    Segment,
    Stage,
    Step,
)


def full_map() -> JourneyMap:
    """A Korean map using every field: steps, all card kinds with links, emotions, checklist."""
    journey = JourneyMap()
    journey.update_info({
        "title": "음식 배달 앱 고객 여정", "description": "점심 주문 → 리뷰",
        "owner": "CX팀 김하나",
        "version_label": "v2.1", "review_date": "2025-06-30", "language": "ko",
        "scenario": "to-be", "created": "2025-01-02T09:00:00+09:00",
        "modified": "2025-01-03T10:30:00+09:00",
    })
    journey.add_stage(Stage("s1", "인지", "광고로 앱을 안다", "빠른 점심", "믿음직한 첫인상",
                            "#4C78A8"))
    journey.add_stage(Stage("s2", "주문", color="#F58518", steps=[
        Step("t1", "메뉴 탐색", "카테고리·검색"), Step("t2", "결제", "")]))
    journey.add_stage(Stage("s3", "배달", goal="제시간 도착", color="#54a24b"))
    journey.add_lane(Lane("l1", "actions", "행동", 120.0))
    journey.add_lane(Lane("l2", "touchpoints", "접점"))
    journey.add_lane(Lane("l3", "emotions", "감정", 200))
    journey.add_lane(Lane("l4", "pain_points", "고충점"))
    journey.add_lane(Lane("l5", "opportunities", "개선 기회"))
    journey.add_lane(Lane("l6", "kpis", "지표"))
    journey.add_persona(Persona(
        "p1", "김지은", "#E45756", "data:image/png;base64,iVBORw0KGgo=", 31, "여성", "회사원",
        "서울 마포구", "1인 가구", "월 300–400만 원", "urban", "“점심시간은 짧아요.”",
        "IT 회사 마케터.\n점심은 대부분 배달.", "계획적, 효율 중시",
        ["인스타그램", "맛집 블로그"], ["mobile_app"], ["편의", "속도"], ["오늘 점심 해결"],
        ["건강한 식습관"], ["정확한 도착 시간"], ["배달비 부담"], ["포장 용기 개선"],
        Segment("30대", "수도권", "주 3회"),
        EmpathyMap(["빨리 와야 해요"], ["또 늦나?"], ["앱 새로고침"], ["조급함"],
                   ["배달비"], ["쿠폰"]),
    ))
    journey.add_persona(Persona("p2", "Minho Park", "#72B7B2"))
    journey.add_card(Card("c1", "note", "s1", "l1", text="SNS 광고를 본다", notes="출퇴근길",
                          color="#FFEE99", tags=["광고", "SNS"], votes=3))
    journey.add_card(Card("c0", "note", "s1", "l1", text="친구 추천 😀"), 0)
    journey.add_card(Card("c2", "touchpoint", "s2", "l2", "t1", text="앱 검색 화면"))
    journey.update_card("c2", {
        "touchpoint.channel": "mobile_app", "touchpoint.online": True,
        "touchpoint.team": "검색팀", "touchpoint.satisfaction": 3,
        "touchpoint.expectation": 4, "touchpoint.performance": 2,
        "touchpoint.response_time": "2초", "touchpoint.complaint_count": 17,
        "touchpoint.complaint_types": ["느림", "결과 부정확"]})
    journey.add_card(Card("c3", "touchpoint", "s3", "l2", text="배달 기사 전화"))
    journey.update_card("c3", {"touchpoint.channel": "phone", "touchpoint.online": False})
    journey.add_card(Card("c4", "pain_point", "s2", "l4", "t2", text="배달비가 비싸다"))
    journey.update_card("c4", {
        "pain_point.category": "financial", "pain_point.severity": "high",
        "pain_point.touchpoint": "c2", "pain_point.whys": ["최소 주문 금액", "거리 할증"]})
    journey.add_card(Card("c5", "pain_point", "s3", "l4", text="도착 시간을 모른다"))
    journey.update_card("c5", {"pain_point.category": "process",
                               "pain_point.touchpoint": "c3"})
    journey.add_card(Card("c6", "opportunity", "s3", "l5", text="실시간 추적"))
    journey.update_card("c6", {
        "opportunity.pain_points": ["c5", "c4"], "opportunity.impact": 5,
        "opportunity.effort": 3, "opportunity.owner": "물류팀",
        "opportunity.status": "in_progress", "opportunity.scope": "funnel"})
    journey.add_card(Card("c7", "kpi", "s1", "l6", text="광고 노출"))
    journey.update_card("c7", {"kpi.name": "노출 수", "kpi.target": 100000,
                               "kpi.actual": 87500.5, "kpi.unit": "회"})
    journey.set_emotion("p1", "s1", None, {"score": 0.5, "label": "neutral"})
    journey.set_emotion("p1", "s2", "t1", {"score": -1, "to_be": 1.5, "label": "confused",
                                           "note": "메뉴가 너무 많아요"})
    journey.set_emotion("p1", "s3", None, {"score": -2, "label": "angry"})
    journey.set_emotion("p2", "s2", "t2", {"to_be": 2.0, "note": "one-tap pay"})
    journey.update_checklist("checkout", {"answer": "partly", "note": "결제 이탈 12%"})
    journey.update_checklist("feedback_loop", {"answer": "no"})
    return journey
