"""Generate journey maps of the benchmark sizes of DESIGN.md ("Quality bars").

``make_map("S" | "M" | "L")``: S 5 stages · 8 lanes · 60 cards · 2 personas; M 12 · 10 ·
600 · 5; L 40 · 12 · 5,000 · 10. Texts are realistic Korean and English sentences, every
card kind appears with its fields filled, and every persona has an emotion at every stage.
Deterministic (seeded), so timings compare across runs.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cjm_desktop.model import (  # noqa: E402
    Card,
    JourneyMap,
    Lane,
    Persona,
    Stage,
    Step,
)
from cjm_desktop.model.vocab import (  # noqa: E402
    DEFAULT_CARD_KIND,
    CardKind,
    Channel,
    LaneKind,
    OpportunityStatus,
    PainCategory,
    Severity,
    suggested_label,
)

SIZES: dict[str, tuple[int, int, int, int]] = {
    "S": (5, 8, 60, 2),
    "M": (12, 10, 600, 5),
    "L": (40, 12, 5000, 10),
}
STAGE_NAMES = ["인지 Awareness", "고려 Consideration", "구매 Purchase", "사용 Use",
               "충성 Loyalty", "온보딩 Onboarding", "지원 Support", "갱신 Renewal"]
LANE_KINDS = [LaneKind.ACTIONS, LaneKind.THOUGHTS, LaneKind.EMOTIONS, LaneKind.TOUCHPOINTS,
              LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES, LaneKind.KPIS, LaneKind.BACKSTAGE,
              LaneKind.CHANNELS, LaneKind.DESIRED_EXPERIENCE, LaneKind.FREE_TEXT,
              LaneKind.ACTIONS]
LANE_TITLES = {
    LaneKind.ACTIONS: "고객 행동", LaneKind.THOUGHTS: "생각", LaneKind.EMOTIONS: "감정",
    LaneKind.TOUCHPOINTS: "접점", LaneKind.PAIN_POINTS: "고충점",
    LaneKind.OPPORTUNITIES: "개선 기회", LaneKind.KPIS: "지표", LaneKind.BACKSTAGE: "내부 프로세스",
    LaneKind.CHANNELS: "채널", LaneKind.DESIRED_EXPERIENCE: "원하는 경험",
    LaneKind.FREE_TEXT: "메모",
}
SENTENCES = [
    "검색 광고를 보고 브랜드를 처음 알게 됨",
    "가격 비교 사이트에서 다른 제품과 비교한다",
    "Reads reviews on a community forum before deciding",
    "배송 예정일이 명확하지 않아 불안하다",
    "Calls the help desk because the app login fails",
    "결제 단계에서 카드 인증 오류가 반복됨",
    "Wants to know when the parcel will arrive",
    "매장 직원의 설명이 친절해서 만족스러움",
    "Newsletter open rate at consideration stage",
    "회원 가입 양식이 너무 길어서 중간에 포기할 뻔했다",
    "Compares subscription plans on the pricing page",
    "앱 푸시 알림으로 할인 쿠폰을 받음",
]
PERSONA_NAMES = ["김지연", "Alex Morgan", "박민수", "Sara Lee", "이서준", "Tom Baker", "최유나",
                 "Priya Patel", "정하늘", "Diego Ruiz"]
COLORS = ["#E45756", "#4C78A8", "#54A24B", "#F58518", "#B279A2", "#72B7B2", "#EECA3B",
          "#9D755D", "#FF9DA6", "#BAB0AC"]


def make_map(size: str = "M", seed: int = 7) -> JourneyMap:
    stages_n, lanes_n, cards_n, personas_n = SIZES[size]
    rng = random.Random(seed)
    journey = JourneyMap()
    journey.update_info({"title": f"온라인 쇼핑 고객 여정 ({size})", "owner": "CX팀",
                         "version_label": "v1.2", "review_date": "2025-06-30",
                         "language": "ko", "description": "벤치마크용으로 생성한 지도"})
    for index in range(stages_n):
        stage = Stage(id=journey.new_id("stage"),
                      name=f"{STAGE_NAMES[index % len(STAGE_NAMES)]} {index + 1}",
                      desired_experience="빠르고 쉬운 경험", color=COLORS[index % len(COLORS)])
        if index % 4 == 1:
            stage.steps = [Step(id=journey.new_id("step"), name=f"단계 {n + 1}")
                           for n in range(2)]
        journey.add_stage(stage)
    for index in range(lanes_n):
        kind = LANE_KINDS[index % len(LANE_KINDS)]
        journey.add_lane(Lane(id=journey.new_id("lane"), kind=kind.value,
                              title=LANE_TITLES[kind]))
    for index in range(personas_n):
        journey.add_persona(Persona(
            id=journey.new_id("persona"), name=PERSONA_NAMES[index % len(PERSONA_NAMES)],
            color=COLORS[index % len(COLORS)], age=25 + index * 3, occupation="회사원",
            quote="빨리 끝났으면 좋겠어요", needs=["빠른 배송", "쉬운 결제"],
            preferred_channels=["모바일 앱", "website"]))
    points = journey.points()
    for persona in journey.personas:
        for stage_id, step_id in points:
            score = rng.choice([-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2])
            journey.set_emotion(persona.id, stage_id, step_id, {
                "score": score, "to_be": min(2.0, score + 1),
                "label": suggested_label(score).value, "note": "인터뷰 인용"})
    card_lanes = [lane for lane in journey.lanes if lane.kind != LaneKind.EMOTIONS]
    touchpoints: list[str] = []
    pains: list[str] = []
    for index in range(cards_n):
        stage_id, step_id = points[index % len(points)]
        lane = card_lanes[(index // len(points)) % len(card_lanes)]
        kind = DEFAULT_CARD_KIND.get(LaneKind(lane.kind), CardKind.NOTE)
        card = Card(id=journey.new_id("card"), kind=kind.value, stage=stage_id, step=step_id,
                    lane=lane.id, text=f"{rng.choice(SENTENCES)} #{index + 1}",
                    votes=rng.randint(0, 5), tags=["설문"] if index % 7 == 0 else [])
        if card.touchpoint is not None:
            card.touchpoint.channel = rng.choice(list(Channel)).value
            card.touchpoint.online = index % 2 == 0
            card.touchpoint.satisfaction = rng.randint(1, 5)
            card.touchpoint.expectation = rng.randint(1, 5)
            card.touchpoint.performance = rng.randint(1, 5)
            card.touchpoint.team = "고객경험팀"
        if card.pain_point is not None:
            card.pain_point.category = rng.choice(list(PainCategory)).value
            card.pain_point.severity = rng.choice(list(Severity)).value
            card.pain_point.whys = ["인증 서버가 느리다", "트래픽이 몰린다"]
            if touchpoints:
                card.pain_point.touchpoint = rng.choice(touchpoints[-20:])
        if card.opportunity is not None:
            card.opportunity.impact = rng.randint(1, 5)
            card.opportunity.effort = rng.randint(1, 5)
            card.opportunity.owner = "김팀장"
            card.opportunity.status = rng.choice(list(OpportunityStatus)).value
            if pains:
                card.opportunity.pain_points = [rng.choice(pains[-20:])]
        if card.kpi is not None:
            card.kpi.name = "전환율"
            card.kpi.target = 3.5
            card.kpi.actual = round(rng.uniform(1, 5), 1)
            card.kpi.unit = "%"
        journey.add_card(card)
        if kind == CardKind.TOUCHPOINT:
            touchpoints.append(card.id)
        elif kind == CardKind.PAIN_POINT:
            pains.append(card.id)
    return journey

