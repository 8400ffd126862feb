"""The bundled sample map: ordering dinner with a food-delivery app (Korean market).

One call, :func:`build_sample`, writes the whole map in Korean or English. Both versions
come from the same bilingual data (see ``bilingual``), so they share ids and structure.
The content is fictional but realistic: two personas from interviews, six stages (one split
into three steps), every card kind, all four pain-point categories, linked opportunities
and KPIs, emotions for every persona at every point, and the CX checklist answered.
"""

from __future__ import annotations

from typing import Any

from bilingual import MapBuilder, pick
from sample_personas import PERSONAS

from cjm_desktop.model import EmpathyMap, JourneyMap, Persona, Segment
from cjm_desktop.model.vocab import (
    ChecklistAnswer,
    ChecklistQuestion,
    EmotionLabel,
    LaneKind,
    OpportunityScope,
    OpportunityStatus,
    PainCategory,
    Severity,
)

APP = "mobile_app"
FIN, PROD, PROC, SUP = (c.value for c in PainCategory)
MED, HIGH = Severity.MEDIUM.value, Severity.HIGH.value
IDEA, PLANNED, DOING, DONE = (s.value for s in OpportunityStatus)
STEP, FUNNEL = (s.value for s in OpportunityScope)
A, TH, CH = "actions", "thoughts", "channels"
DX, BS = "desired_experience", "backstage"

INFO: dict[str, Any] = {
    "title": ("배달 앱으로 저녁 주문하기", "Ordering dinner with a delivery app"),
    "description": (
        "1인 가구 직장인과 네 식구 가장이 배달 앱 ‘한끼’로 저녁을 주문하는 현재 여정. "
        "고객 인터뷰 12건, 앱 리뷰와 상담 VOC 분석을 바탕으로 정리했다.",
        "The current journey of a young professional living alone and a father of four "
        "ordering dinner on the ‘Hankki’ delivery app. Based on 12 customer interviews, "
        "app-store reviews and support-ticket analysis."),
    "owner": ("CX전략팀 이수민", "Sumin Lee, CX Strategy"),
    "version_label": "v1.2",
    "review_date": "2027-03-31",
    "scenario": "as-is",
    "created": "2026-01-12T09:30:00+09:00",
    "modified": "2026-02-03T18:20:00+09:00",
}

CHECKLIST: list[tuple[ChecklistQuestion, ChecklistAnswer, tuple[str, str]]] = [
    (ChecklistQuestion.FIRST_CONTACT, ChecklistAnswer.PARTLY,
     ("가입은 쉽지만 할인 알림이 과해 끄는 고객이 많다",
      "Sign-up is easy, but many customers turn off the flood of deal notifications")),
    (ChecklistQuestion.CHECKOUT, ChecklistAnswer.NO,
     ("쿠폰 오류와 뒤늦은 배달팁 때문에 결제 단계 이탈 16%",
      "16% drop out at checkout because of coupon errors and late delivery fees")),
    (ChecklistQuestion.AFTER_PURCHASE_HELP, ChecklistAnswer.NO,
     ("누락 문의 1차 해결률 61%, 상담원 연결까지 평균 12분",
      "61% first-contact resolution for missing items; 12 minutes to reach an agent")),
    (ChecklistQuestion.FEEDBACK_LOOP, ChecklistAnswer.PARTLY,
     ("리뷰와 VOC는 모으지만 개선 과제로 이어지는 절차가 없다",
      "Reviews and tickets are collected, but nothing turns them into improvements")),
    (ChecklistQuestion.TOUCHPOINTS_MAPPED, ChecklistAnswer.YES,
     ("주요 접점 12개를 이 지도에 정리했다", "All 12 main touchpoints are on this map")),
    (ChecklistQuestion.SATISFACTION_SURVEYED, ChecklistAnswer.PARTLY,
     ("분기별 NPS만 측정하고 접점별 CSAT는 일부만 있다",
      "Quarterly NPS only; CSAT exists for a few touchpoints")),
]


def _add_personas(b: MapBuilder) -> list[str]:
    ids = []
    for data in PERSONAS:
        fields = pick(data, b.lang)
        persona = Persona(id=b.journey.new_id("persona"),
                          segment=Segment(**fields.pop("segment")),
                          empathy=EmpathyMap(**fields.pop("empathy")), **fields)
        b.journey.add_persona(persona)
        ids.append(persona.id)
    return ids


def _add_lanes(b: MapBuilder) -> None:
    for kind in (LaneKind.ACTIONS, LaneKind.THOUGHTS, LaneKind.EMOTIONS, LaneKind.TOUCHPOINTS,
                 LaneKind.CHANNELS, LaneKind.PAIN_POINTS, LaneKind.DESIRED_EXPERIENCE,
                 LaneKind.OPPORTUNITIES, LaneKind.KPIS, LaneKind.BACKSTAGE):
        b.lane(kind)


def build_sample(lang: str) -> JourneyMap:
    """The food-delivery sample map in ``lang`` ("ko" or "en")."""
    b = MapBuilder(lang)
    b.journey.update_info({key: b.t(value) for key, value in INFO.items()})
    jieun, seongho = _add_personas(b)
    _add_lanes(b)
    points = _fill_grid(b)
    _add_emotions(b, jieun, seongho, points)
    for question, answer, note in CHECKLIST:
        b.journey.update_checklist(question.value, {"answer": answer.value, "note": b.t(note)})
    return b.journey


def _fill_grid(b: MapBuilder) -> dict[str, tuple[str, str | None]]:
    """Stages and their cards, stage by stage; returns the journey's points by key."""
    quick, voc = ("빠른 개선", "quick win"), ("VOC", "VOC")
    interview = ("인터뷰", "interview")

    # 1. Deciding what to eat ----------------------------------------------------------
    decide = b.stage(("메뉴 고민", "Deciding what to eat"), color="#6A9BD8",
                     description=("퇴근길, 오늘 저녁을 시켜 먹기로 한다",
                                  "On the way home, deciding to order in tonight"),
                     goal=("빨리 메뉴를 정한다", "Settle on a meal quickly"),
                     desired=("내 취향에 맞는 추천이 바로 뜬다",
                              "Suggestions that match my taste, right away"))
    b.note(A, ("퇴근길에 저녁 메뉴를 고민한다", "Thinks about dinner on the way home"))
    b.note(A, ("가족 단톡방에 뭐 먹을지 묻는다", "Asks the family chat what to eat"),
           ("주말 저녁 박성호의 루틴", "Park Seong-ho's weekend routine"))
    b.note(TH, ("오늘은 요리할 기운이 없다", "No energy to cook tonight"), tags=[interview])
    push = b.touchpoint(("‘오늘의 할인’ 푸시 알림", "‘Today's deals’ push notification"),
                        ("하루 평균 3회 발송, 저녁 6시 집중",
                         "3 a day on average, peaking at 6 pm"),
                        channel=APP, online=True, team=("그로스마케팅팀", "Growth Marketing"),
                        satisfaction=2, expectation=2, performance=2,
                        complaints=118, complaint_types=[("알림 과다", "Too many notifications"),
                                                         ("관심 없는 메뉴", "Irrelevant dishes")])
    b.touchpoint(("인스타그램 맛집 광고", "Instagram restaurant ads"), channel="social_media",
                 online=True, team=("브랜드마케팅팀", "Brand Marketing"), satisfaction=3,
                 expectation=2, performance=3)
    b.note(CH, ("앱 푸시 · SNS · 지인 추천", "Push · social media · friends"))
    decision = b.pain(("메뉴 정하는 데만 20분", "20 minutes just to pick a meal"),
                      ("인터뷰 12명 중 9명이 ‘결정 피로’를 언급",
                       "9 of 12 interviewees mentioned decision fatigue"),
                      category=PROD, severity=MED, touchpoint=push,
                      whys=[("추천이 내 취향과 상관없다", "Suggestions ignore my taste"),
                            ("추천이 광고 입찰 순서로 정해진다",
                             "Suggestions follow ad bidding, not preferences"),
                            ("주문 이력을 추천에 쓰지 않는다",
                             "Order history is not used for suggestions")],
                      tags=[interview], votes=3)
    b.note(DX, ("내 취향을 아는 추천", "Suggestions that know my taste"))
    b.opportunity(("시간대·주문 이력 기반 추천", "Suggestions by time of day and history"),
                  ("저녁 6~8시 홈 화면 상단에 ‘자주 먹는 메뉴’ 노출",
                   "Show ‘your usual’ at the top of the home screen from 6 to 8 pm"),
                  pains=[decision], impact=4, effort=3, owner=("추천팀", "Recommendations team"),
                  status=PLANNED, scope=STEP, votes=4)
    b.kpi(("푸시 열람률 5.2%", "Push open rate 5.2%"), name=("푸시 열람률", "Push open rate"),
          target=8.0, actual=5.2, unit=("%", "%"))
    b.note(BS, ("CRM 세그먼트별 푸시 발송", "CRM sends pushes by segment"))

    # 2. Choosing a restaurant, in three steps -----------------------------------------
    choose = b.stage(("가게 고르기", "Choosing a restaurant"), color="#5BB5A2",
                     description=("검색하고 리뷰를 보고 장바구니를 채운다",
                                  "Searching, reading reviews and filling the cart"),
                     goal=("믿을 만한 가게를 찾는다", "Find a restaurant worth trusting"),
                     desired=("비교가 쉽고 정보가 정직하다",
                              "Easy comparison, honest information"))
    search = b.step(choose, ("검색·필터", "Search & filter"))
    reviews = b.step(choose, ("리뷰 확인", "Read reviews"))
    cart = b.step(choose, ("메뉴 담기", "Fill the cart"))

    b.at(choose, search)
    b.note(A, ("‘치킨’ 검색 후 배달팁 낮은 순 정렬", "Searches ‘chicken’, sorts by delivery fee"))
    b.note(TH, ("가게가 너무 많아 고르기 힘들다", "Too many places to choose from"))
    search_tp = b.touchpoint(("검색·필터 화면", "Search and filter screen"), channel=APP,
                             online=True, team=("탐색UX팀", "Discovery UX"), satisfaction=3,
                             expectation=4, performance=2,
                             complaints=64,
                             complaint_types=[("광고 가게만 상단", "Ads fill the top"),
                                              ("필터 초기화", "Filters reset")])
    compare = b.pain(("배달팁이 가게마다 달라 비교가 번거롭다",
                      "Delivery fees differ, so comparing takes ages"),
                     category=PROD, severity=HIGH, touchpoint=search_tp, votes=5,
                     whys=[("목록에 배달팁이 표시되지 않는다", "The list does not show fees"),
                           ("배달팁이 거리·시간대마다 바뀐다",
                            "Fees change with distance and time of day"),
                           ("목록 API가 배달팁을 계산하지 않는다",
                            "The list API does not compute fees")])
    b.note(DX, ("총액 기준으로 한눈에 비교", "Compare by total price at a glance"))
    b.note(BS, ("가게 노출 순위 알고리즘", "Restaurant ranking algorithm"),
           ("광고 입찰가 60%, 평점 30%, 거리 10% 반영",
            "Weights: ad bid 60%, rating 30%, distance 10%"))

    b.at(choose, reviews)
    b.note(A, ("별점과 사진 리뷰를 훑어본다", "Skims ratings and photo reviews"))
    b.note(TH, ("리뷰 이벤트 별점은 못 믿겠다", "Ratings from review giveaways feel fake"),
           tags=[interview])
    reviews_tp = b.touchpoint(("가게 리뷰 탭", "Restaurant reviews tab"), channel=APP,
                              online=True, team=("리뷰서비스팀", "Reviews team"), satisfaction=3,
                              expectation=4, performance=3)
    inflated = b.pain(("리뷰 이벤트로 별점이 부풀려졌다", "Giveaways inflate the ratings"),
                      ("‘리뷰 쓰면 음료 증정’ 가게 평균 4.9점",
                       "Places offering a free drink for a review average 4.9"),
                      category=PROC, severity=MED, touchpoint=reviews_tp, tags=[voc])
    b.note(DX, ("믿을 수 있는 실제 후기", "Real reviews I can trust"))
    b.opportunity(("실주문 인증 리뷰만 모아 보기", "Filter: verified-order reviews only"),
                  pains=[inflated], impact=3, effort=2, owner=("리뷰서비스팀", "Reviews team"),
                  status=IDEA, scope=STEP, tags=[quick])

    b.at(choose, cart)
    b.note(A, ("메뉴와 옵션을 골라 장바구니에 담는다", "Picks dishes and options for the cart"))
    b.note(A, ("알레르기 성분을 가게에 전화로 묻는다", "Phones the restaurant about allergens"),
           ("메뉴 정보에 성분 표시가 없어서", "Menus carry no allergen information"))
    b.note(TH, ("1인분은 최소 주문 금액이 부담", "The minimum order is a lot for one"))
    b.touchpoint(("가게에 직접 전화", "Calling the restaurant"), channel="phone", online=False,
                 team=("가게 사장님", "Restaurant owner"), satisfaction=4, expectation=3,
                 performance=4, response_time=("통화 대기 약 2분", "About 2 minutes on hold"))
    minimum = b.pain(("최소 주문 금액 맞추느라 더 담는다",
                      "Adds more to reach the minimum order"),
                     ("1인 주문의 38%가 음료·사이드 추가",
                      "38% of solo orders add a drink or side"),
                     category=FIN, severity=HIGH, votes=6, tags=[voc],
                     whys=[("최소 주문 금액이 1.5만 원이다", "The minimum order is KRW 15,000"),
                           ("배달 한 건의 고정비가 크다", "Each delivery has a high fixed cost"),
                           ("근거리 묶음 배달이 없다", "Nearby orders are not batched")])
    b.note(CH, ("모바일 앱 · 가게 전화", "Mobile app · phone"))
    b.opportunity(("1인분 메뉴관 신설", "A single-portion section"),
                  ("최소 주문 금액 없는 1인분 메뉴를 한곳에 모은다",
                   "Single portions with no minimum order, in one place"),
                  pains=[minimum, compare], impact=5, effort=3,
                  owner=("제휴사업팀", "Partnerships team"), status=DOING, scope=FUNNEL, votes=7)
    b.kpi(("장바구니 전환율 28%", "Add-to-cart rate 28%"),
          name=("장바구니 전환율", "Add-to-cart rate"), target=35.0, actual=28.0, unit=("%", "%"))

    # 3. Ordering and paying -----------------------------------------------------------
    pay = b.stage(("주문·결제", "Ordering and paying"), color="#E9A55B",
                  description=("쿠폰을 적용하고 결제한다", "Applying a coupon and paying"),
                  goal=("예상한 금액으로 빠르게 결제", "Pay the expected amount, quickly"),
                  desired=("숨은 비용 없이 한 번에 끝난다", "Done in one go, no hidden costs"))
    b.note(A, ("쿠폰을 적용하고 간편결제로 결제", "Applies a coupon, pays with a wallet app"))
    b.note(TH, ("쿠폰이 왜 안 먹히지?", "Why won't the coupon work?"), votes=2)
    checkout = b.touchpoint(("결제 화면", "Checkout screen"),
                            ("결제 단계 이탈률 16%", "16% abandon at checkout"), channel=APP,
                            online=True, team=("결제UX팀", "Checkout UX"), satisfaction=2,
                            expectation=5, performance=2, response_time=("", ""),
                            complaints=342,
                            complaint_types=[("쿠폰 적용 오류", "Coupon errors"),
                                             ("결제 실패", "Payment failures"),
                                             ("배달팁 불만", "Delivery-fee complaints")],
                            votes=4)
    b.note(CH, ("모바일 앱 · 간편결제", "Mobile app · wallet apps"))
    coupon = b.pain(("쿠폰 조건이 복잡해 적용이 안 된다", "Coupon rules too complex to apply"),
                    ("결제 문의의 41%가 쿠폰 관련", "41% of payment tickets are about coupons"),
                    category=PROC, severity=HIGH, touchpoint=checkout, votes=8, tags=[voc],
                    whys=[("주문이 쿠폰 조건을 충족하지 못한다",
                           "The order does not meet the coupon's conditions"),
                          ("조건이 결제 직전에야 보인다",
                           "The conditions only show at checkout"),
                          ("쿠폰 조건이 메뉴 화면과 연동되지 않는다",
                           "Coupon rules are not linked to the menu screens"),
                          ("쿠폰 시스템이 주문 시스템과 분리돼 있다",
                           "The coupon system is separate from ordering"),
                          ("팀마다 다른 도구로 쿠폰을 발행한다",
                           "Each team issues coupons with its own tool")])
    late_fee = b.pain(("배달팁이 결제 직전에야 보인다",
                       "The delivery fee appears only at checkout"),
                      category=FIN, severity=HIGH, touchpoint=checkout, votes=5,
                      whys=[("장바구니 금액에 따라 배달팁이 바뀐다",
                             "The fee depends on the cart total"),
                            ("가게마다 배달팁 구간이 다르다",
                             "Each restaurant sets its own tiers")])
    b.note(DX, ("예상한 금액 그대로 결제", "Paying exactly what I expected"))
    b.opportunity(("최적 쿠폰 자동 적용", "Apply the best coupon automatically"),
                  pains=[coupon], impact=5, effort=3, owner=("결제UX팀", "Checkout UX"),
                  status=PLANNED, scope=STEP, votes=9, tags=[quick])
    b.opportunity(("목록에서부터 총액 표시", "Show the total from the list onwards"),
                  ("가게 목록·메뉴 화면에 배달팁 포함 예상 총액",
                   "Estimated total incl. fee on list and menu screens"),
                  pains=[late_fee, compare], impact=4, effort=2,
                  owner=("탐색UX팀", "Discovery UX"), status=DOING, scope=FUNNEL, votes=6)
    b.kpi(("결제 완료율 84%", "Checkout completion 84%"),
          name=("결제 완료율", "Checkout completion"), target=92.0, actual=84.0, unit=("%", "%"))
    b.note(BS, ("PG 결제 승인 → 가게 주문 접수", "Payment approval → order to restaurant"))

    # 4. Waiting for the delivery ------------------------------------------------------
    wait = b.stage(("배달 기다리기", "Waiting for delivery"), color="#B48AD6",
                   description=("주문 접수부터 도착까지", "From order accepted to arrival"),
                   goal=("언제 오는지 정확히 안다", "Know exactly when it will arrive"),
                   desired=("예측 가능하고, 늦으면 먼저 알려 준다",
                            "Predictable, and told first when it's late"))
    b.note(A, ("배달 현황 지도를 수시로 확인", "Keeps checking the live map"))
    b.note(TH, ("예상 시간보다 늦네…", "It's later than they said…"))
    tracking = b.touchpoint(("실시간 배달 추적", "Live delivery tracking"), channel=APP,
                            online=True, team=("배달운영팀", "Delivery Operations"),
                            satisfaction=3, expectation=4, performance=3,
                            complaints=97, complaint_types=[("도착 시간 부정확", "Inaccurate ETA")])
    b.touchpoint(("라이더 전화·문자", "Rider's call or text"), channel="phone", online=False,
                 team=("배달 대행사", "Delivery contractor"), satisfaction=4, expectation=3,
                 performance=4, response_time=("도착 1분 전", "1 minute before arrival"))
    eta = b.pain(("도착 예정 시간이 계속 늘어난다", "The ETA keeps slipping"),
                 ("묶음 배달 시 평균 11분 지연", "Batched orders run 11 minutes late on average"),
                 category=PROC, severity=MED, touchpoint=tracking, votes=3,
                 whys=[("묶음 배달 경로가 중간에 바뀐다", "Batched routes change mid-way"),
                       ("ETA가 첫 배차 기준으로만 계산된다",
                        "ETA is computed once, at dispatch")])
    b.note(DX, ("늦어지면 먼저 알려 준다", "Told first when it's running late"))
    b.opportunity(("지연 시 자동 안내와 보상 쿠폰", "Auto alert and coupon when late"),
                  pains=[eta], impact=4, effort=2, owner=("배달운영팀", "Delivery Operations"),
                  status=IDEA, scope=STEP)
    b.kpi(("평균 배달 시간 38분", "Average delivery 38 min"),
          name=("평균 배달 시간", "Average delivery time"), target=30.0, actual=38.0,
          unit=("분", "min"), direction="lower")
    b.note(BS, ("라이더 배차·묶음 배달", "Rider dispatch and batching"))

    # 5. Receiving and eating ----------------------------------------------------------
    receive = b.stage(("받아서 먹기", "Receiving and eating"), color="#E57F84",
                      description=("문 앞에서 받아 식사한다", "Picking up at the door and eating"),
                      goal=("주문한 그대로 따뜻하게 먹는다", "Eat what was ordered, still warm"),
                      desired=("갓 만든 맛 그대로, 빠짐없이", "Fresh, warm and complete"))
    b.note(A, ("문 앞에서 음식을 받는다", "Collects the food at the door"))
    b.note(A, ("구성품과 포장 상태를 확인", "Checks the items and packaging"))
    b.note(TH, ("아이 메뉴가 없잖아?", "Where's the kids' meal?"), tags=[interview], votes=2)
    handover = b.touchpoint(("문 앞 전달", "Doorstep handover"), channel="delivery",
                            online=False, team=("배달 대행사", "Delivery contractor"),
                            satisfaction=4, expectation=3, performance=4)
    b.touchpoint(("음식 포장", "Food packaging"), channel="store", online=False,
                 team=("가게 사장님", "Restaurant owner"), satisfaction=3, expectation=4,
                 performance=3, complaints=56, complaint_types=[("국물 샘", "Leaking soup"),
                                                                ("식은 음식", "Cold food")])
    missing = b.pain(("주문한 메뉴가 빠져 있다", "An item is missing"),
                     ("주문 1,000건당 13건 누락", "13 in every 1,000 orders miss an item"),
                     category=PROC, severity=HIGH, touchpoint=handover, votes=7, tags=[voc],
                     whys=[("가게가 아이 메뉴를 빠뜨렸다",
                            "The restaurant left out the kids' meal"),
                           ("주문서에 옵션이 작게 묻혀 있다", "Options are buried in small print"),
                           ("주문서 양식이 옵션을 구분하지 않는다",
                            "The ticket layout does not separate options"),
                           ("사장님용 앱 양식이 3년째 그대로다",
                            "The owners' app layout is three years old")])
    b.note(DX, ("빠짐없이, 따뜻하게", "Complete and still warm"))
    b.opportunity(("주문서 옵션 강조와 포장 체크리스트", "Bold options and a packing checklist"),
                  pains=[missing], impact=4, effort=1,
                  owner=("사장님서비스팀", "Merchant Services"), status=DONE, scope=STEP,
                  tags=[quick])
    b.kpi(("주문 정확도 98.7%", "Order accuracy 98.7%"), name=("주문 정확도", "Order accuracy"),
          target=99.5, actual=98.7, unit=("%", "%"))

    # 6. Reviews and support -----------------------------------------------------------
    after = b.stage(("리뷰·문의", "Reviews and support"), color="#7FB35E",
                    description=("문제를 신고하고 리뷰를 남긴다",
                                 "Reporting a problem and leaving a review"),
                    goal=("문제가 생기면 바로 해결된다", "Problems get fixed straight away"),
                    desired=("사진 한 장으로 끝나는 보상", "Compensation with a single photo"))
    b.note(A, ("누락 건을 채팅 상담으로 문의", "Reports the missing item in chat"))
    b.note(A, ("별점과 리뷰를 남긴다", "Leaves a rating and review"))
    b.note(TH, ("또 처음부터 설명해야 하나", "Do I have to explain it all again?"), votes=3)
    chat = b.touchpoint(("고객센터 채팅(챗봇)", "Support chat (chatbot)"),
                        ("상담원 연결까지 평균 12분", "12 minutes on average to reach an agent"),
                        channel="live_chat", online=True, team=("고객경험센터", "Customer Care"),
                        satisfaction=2, expectation=4, performance=1,
                        response_time=("평균 12분", "12 minutes on average"), complaints=211,
                        complaint_types=[("챗봇 반복 응답", "Chatbot loops"),
                                         ("상담원 연결 지연", "Slow handover to an agent")],
                        votes=5)
    b.touchpoint(("리뷰 작성 화면", "Review screen"), channel=APP, online=True,
                 team=("리뷰서비스팀", "Reviews team"), satisfaction=4, expectation=3,
                 performance=4)
    b.note(CH, ("채팅 상담 · 고객센터 전화", "Chat · phone support"))
    loop = b.pain(("챗봇이 같은 답만 반복한다", "The chatbot repeats the same answer"),
                  category=SUP, severity=HIGH, touchpoint=chat, votes=8, tags=[voc],
                  whys=[("챗봇이 누락 신고를 이해하지 못한다",
                         "The chatbot does not understand missing-item reports"),
                        ("누락 유형이 시나리오에 없다", "Missing items are not in its scripts"),
                        ("시나리오를 1년째 고치지 않았다", "Scripts have not changed in a year"),
                        ("상담 로그를 분석하는 담당자가 없다", "Nobody analyses chat logs"),
                        ("CS를 비용 절감 지표로만 평가한다", "Support is judged on cost alone")])
    slow = b.pain(("상담원 연결에 12분 걸린다", "12 minutes to reach an agent"),
                  category=SUP, severity=MED, touchpoint=chat,
                  whys=[("저녁 피크에 상담 인력이 부족하다", "Too few agents at dinner peak")])
    refund = b.pain(("환불이 포인트로만 된다", "Refunds come only as app points"),
                    ("현금 환불은 전화로만 요청 가능", "Cash refunds only by phone"),
                    category=FIN, severity=MED, votes=2)
    b.note(DX, ("한 번에, 빠르게 해결", "Solved quickly, the first time"))
    b.opportunity(("사진 인증 즉시 환불", "Instant refund with a photo"),
                  ("누락 사진을 올리면 1분 안에 원래 결제 수단으로 환불",
                   "Upload a photo; refund to the original payment within a minute"),
                  pains=[missing, loop, refund], impact=5, effort=3,
                  owner=("CS혁신TF", "Support innovation task force"), status=PLANNED,
                  scope=STEP, votes=10)
    b.opportunity(("저녁 피크 상담 인력 재배치", "Move agents to the dinner peak"),
                  pains=[slow], impact=3, effort=2, owner=("고객경험센터", "Customer Care"),
                  status=IDEA, scope=STEP)
    b.opportunity(("주간 VOC 리뷰 회의", "A weekly review of customer feedback"),
                  ("리뷰·상담 VOC를 매주 개선 과제로 전환",
                   "Turn reviews and tickets into improvement tasks every week"),
                  pains=[loop, inflated], impact=3, effort=1, owner=("CX전략팀", "CX Strategy"),
                  status=IDEA, scope=FUNNEL)
    b.kpi(("1차 해결률 61%", "First-contact resolution 61%"),
          name=("1차 해결률", "First-contact resolution"), target=80.0, actual=61.0,
          unit=("%", "%"))
    b.kpi(("30일 재주문율 52%", "30-day reorder rate 52%"),
          name=("30일 재주문율", "30-day reorder rate"), target=60.0, actual=52.0,
          unit=("%", "%"))
    b.note(BS, ("상담 → 귀책 판정 → 환불 처리", "Ticket → fault check → refund"),
           ("귀책 판정에 평균 1.5일 소요", "Fault checks take 1.5 days on average"))

    return {"decide": (decide, None), "search": (choose, search), "reviews": (choose, reviews),
            "cart": (choose, cart), "pay": (pay, None), "wait": (wait, None),
            "receive": (receive, None), "after": (after, None)}


_E = EmotionLabel
# point -> per persona: (as-is score, label, note, to-be score or None)
EMOTIONS: dict[str, tuple[tuple[float, _E, tuple[str, str], float | None], ...]] = {
    "decide": (
        (0.0, _E.NEUTRAL, ("“오늘 뭐 먹지…”", "“What shall I have tonight…”"), 1.0),
        (1.0, _E.HAPPY, ("“아이들이 치킨 노래를 불러요.”", "“The kids are chanting ‘chicken!’”"),
         None)),
    "search": (
        (-1.0, _E.CONFUSED, ("“가게가 너무 많아요.”", "“There are just too many places.”"), 0.5),
        (-0.5, _E.CONFUSED, ("아이 메뉴 있는 곳 찾기가 어렵다",
                             "Hard to find places with a kids' menu"), 0.5)),
    "reviews": (
        (0.5, _E.SATISFIED, ("“사진 리뷰 보니 맛있어 보여요.”", "“The photo reviews look good.”"),
         None),
        (0.0, _E.NEUTRAL, ("“별점이 다 4.9라 의미가 없어요.”",
                           "“Everything's rated 4.9, so ratings mean nothing.”"), 1.0)),
    "cart": (
        (-1.0, _E.FRUSTRATED, ("“최소 금액 맞추려고 음료까지 담았어요.”",
                               "“I added a drink just to reach the minimum.”"), 1.0),
        (0.5, _E.SATISFIED, ("가게에 전화해 알레르기 성분을 확인했다",
                             "Called the restaurant and checked allergens"), None)),
    "pay": (
        (-1.5, _E.FRUSTRATED, ("“쿠폰이 안 먹혀서 세 번이나 다시 했어요.”",
                               "“The coupon failed three times.”"), 1.0),
        (-1.0, _E.DISAPPOINTED, ("“배달팁이 마지막에 붙네요.”",
                                 "“The delivery fee only shows up at the end.”"), 0.5)),
    "wait": (
        (-0.5, _E.BORED, ("“지도만 쳐다보고 있어요.”", "“I just stare at the map.”"), 0.5),
        (-1.5, _E.FRUSTRATED, ("“아이들이 배고프다고 보채요.”",
                               "“The kids keep saying they're starving.”"), 0.0)),
    "receive": (
        (1.5, _E.HAPPY, ("“따뜻할 때 받아서 좋아요.”", "“Lovely — it's still hot.”"), 2.0),
        (-2.0, _E.ANGRY, ("“아이 메뉴가 빠져 있었어요.”", "“The kids' meal wasn't there.”"), 1.0)),
    "after": (
        (0.5, _E.SATISFIED, ("리뷰를 쓰고 포인트를 받았다", "Got points for writing a review"),
         None),
        (-1.5, _E.DISAPPOINTED, ("“챗봇이랑만 20분을 돌았어요.”",
                                 "“Twenty minutes going round in circles with a chatbot.”"), 1.0)),
}


def _add_emotions(b: MapBuilder, jieun: str, seongho: str,
                  points: dict[str, tuple[str, str | None]]) -> None:
    for key, rows in EMOTIONS.items():
        for persona_id, (score, lab, note, to_be) in zip((jieun, seongho), rows, strict=True):
            b.emotion(persona_id, points[key], score, lab.value, note, to_be)
