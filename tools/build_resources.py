"""Build the bundled map templates and the sample map, and write them to ``resources/``.

Run ``python tools/build_resources.py`` after changing any content here or in
``sample_food_delivery.py``, and commit the files it writes; a test checks that the
committed files equal what this script builds, so they cannot drift apart.

Templates. Every template is a map with no cards, in Korean and in English:

- stages as PRODUCT.md lists them, each with its own soft colour and a short goal and
  desired-experience hint that tells people what to write there;
- lanes that suit the template: the journey templates get Actions, Thoughts, Emotions,
  Touchpoints, Pain points and Opportunities, and the marketing-funnel ones (4, 5 and 6
  stages) a KPIs lane too; the service blueprint gets the blueprint's layers (physical
  evidence, customer actions, frontstage, backstage, support processes);
- "Blank" is a small empty grid of three numbered stages and three lanes (actions,
  emotions, notes): enough to start typing at once, nothing to delete first;
- one placeholder persona ("페르소나 1" / "Persona 1") in every template, including Blank,
  so that the emotion lane and curve work out of the box;
- no review date, created and modified left empty (``load_template`` stamps them).
"""

from __future__ import annotations

import sys
from pathlib import Path

from bilingual import MapBuilder, Text
from sample_food_delivery import build_sample

from cjm_desktop.files.templates import TEMPLATE_NAMES
from cjm_desktop.model import JourneyMap, Persona
from cjm_desktop.model.vocab import LANGUAGES, LaneKind

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"

COLORS = ("#6A9BD8", "#5BB5A2", "#E9A55B", "#B48AD6", "#E57F84", "#7FB35E")

# stage key -> (name, goal hint, desired-experience hint), each (Korean, English)
STAGES: dict[str, tuple[Text, Text, Text]] = {
    "awareness": (("인지", "Awareness"),
                  ("필요를 깨닫고 해결책이 있다는 걸 안다",
                   "Realise a need and learn that a solution exists"),
                  ("필요한 순간에 믿을 만한 정보로 눈에 띈다",
                   "Noticed at the right moment, with trustworthy information")),
    "consideration": (("고려", "Consideration"),
                      ("선택지를 비교하고 후보를 좁힌다", "Compare options and narrow them down"),
                      ("차이가 한눈에 보여 결정이 쉽다",
                       "Differences are clear at a glance; deciding is easy")),
    "evaluation": (("평가", "Evaluation"),
                   ("후보를 꼼꼼히 따져 보고 확신을 얻는다",
                    "Weigh the shortlist and gain confidence"),
                   ("후기와 조건이 투명하게 보인다", "Reviews and terms are transparent")),
    "purchase": (("구매", "Purchase"),
                 ("고른 것을 막힘 없이 산다", "Buy the chosen option without obstacles"),
                 ("결제가 빠르고 숨은 비용이 없다", "Checkout is quick, with no hidden costs")),
    "retention": (("유지·추천", "Retention & advocacy"),
                  ("계속 이용하고 주변에 권한다", "Keep using it and recommend it"),
                  ("다시 찾을 이유가 있고 자랑하고 싶다",
                   "A reason to come back, and something worth sharing")),
    "onboarding": (("온보딩", "Onboarding"),
                   ("처음 시작해 첫 성공을 경험한다", "Get started and reach a first success"),
                   ("다음에 할 일이 분명하고 금방 익숙해진다",
                    "Clear next steps; quickly at home")),
    "use": (("사용", "Use"),
            ("원하던 일을 제품·서비스로 해낸다", "Get the job done with the product or service"),
            ("기대한 대로 쉽게 작동한다", "It works as expected, without effort")),
    "loyalty": (("충성", "Loyalty"),
                ("다시 선택하고 관계를 이어 간다", "Choose the brand again and stay"),
                ("알아봐 주고 보상받는 느낌", "Feeling recognised and rewarded")),
    "discover": (("탐색", "Discover"),
                 ("필요를 채울 방법을 찾아본다", "Look for a way to meet a need"),
                 ("찾기 쉽고 첫인상이 좋다", "Easy to find, with a good first impression")),
    "try": (("체험", "Try"),
            ("부담 없이 직접 써 본다", "Try it out with no commitment"),
            ("가치를 빨리 체감한다", "Feel the value quickly")),
    "buy": (("구매", "Buy"),
            ("고른 것을 막힘 없이 산다", "Buy the chosen option without obstacles"),
            ("결제가 빠르고 숨은 비용이 없다", "Checkout is quick, with no hidden costs")),
    "support": (("지원 요청", "Seek support"),
                ("문제가 생겼을 때 도움을 받는다", "Get help when something goes wrong"),
                ("한 번에, 빠르게 해결된다", "Solved quickly, the first time")),
    "request": (("요청", "Request"),
                ("원하는 서비스를 쉽게 요청한다", "Ask for the service easily"),
                ("몇 번의 터치로 끝난다", "Done in a few taps")),
    "arrival": (("도착·접수", "Arrival & check-in"),
                ("기다리지 않고 접수한다", "Check in without waiting"),
                ("나를 알아보고 바로 안내해 준다", "Recognised and guided straight away")),
    "service": (("서비스 이용", "Service"),
                ("약속한 서비스를 받는다", "Receive the service as promised"),
                ("전문적이고 세심하다", "Professional and attentive")),
    "payment": (("결제·마무리", "Payment & wrap-up"),
                ("정확하게 결제하고 마무리한다", "Pay the right amount and finish"),
                ("금액이 예상과 같다", "The bill matches expectations")),
    "follow_up": (("사후 관리", "Follow-up"),
                  ("필요할 때 다시 도움을 받는다", "Get help again when needed"),
                  ("먼저 연락해 챙겨 준다", "They check in first")),
}

JOURNEY_LANES = (LaneKind.ACTIONS, LaneKind.THOUGHTS, LaneKind.EMOTIONS, LaneKind.TOUCHPOINTS,
                 LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES)
FUNNEL_LANES = (*JOURNEY_LANES, LaneKind.KPIS)

# template name -> (stage keys, lanes); the blueprint and blank are built by their own code
JOURNEY_TEMPLATES: dict[str, tuple[tuple[str, ...], tuple[LaneKind, ...]]] = {
    "stages-4": (("awareness", "consideration", "purchase", "retention"), FUNNEL_LANES),
    "stages-5": (("awareness", "evaluation", "purchase", "use", "loyalty"), FUNNEL_LANES),
    "stages-6": (("awareness", "consideration", "purchase", "onboarding", "use", "loyalty"),
                 FUNNEL_LANES),
    "discover-try-buy-use-support": (("discover", "try", "buy", "use", "support"),
                                     JOURNEY_LANES),
}

BLUEPRINT_STAGES = ("request", "arrival", "service", "payment", "follow_up")
BLUEPRINT_LANES: tuple[tuple[LaneKind, Text], ...] = (
    (LaneKind.FREE_TEXT, ("물리적 증거", "Physical evidence")),
    (LaneKind.ACTIONS, ("고객 행동", "Customer actions")),
    (LaneKind.TOUCHPOINTS, ("프런트스테이지 (고객 접점)", "Frontstage")),
    (LaneKind.BACKSTAGE, ("백스테이지 (내부 업무)", "Backstage")),
    (LaneKind.BACKSTAGE, ("지원 프로세스", "Support processes")),
)
BLANK_LANES: tuple[tuple[LaneKind, Text | None], ...] = (
    (LaneKind.ACTIONS, None), (LaneKind.EMOTIONS, None), (LaneKind.FREE_TEXT, ("메모", "Notes")),
)

def _start(lang: str, title: Text) -> MapBuilder:
    b = MapBuilder(lang)
    b.journey.update_info({"title": b.t(title), "review_date": None, "scenario": "as-is"})
    persona = Persona(id=b.journey.new_id("persona"), name=b.t(("페르소나 1", "Persona 1")))
    b.journey.add_persona(persona)
    return b


def _add_stages(b: MapBuilder, keys: tuple[str, ...]) -> None:
    for index, key in enumerate(keys):
        name, goal, desired = STAGES[key]
        b.stage(name, color=COLORS[index % len(COLORS)], goal=goal, desired=desired)


def build_template(name: str, lang: str) -> JourneyMap:
    """The template ``name`` (one of ``TEMPLATE_NAMES``) in ``lang``."""
    if name == "blank":
        b = _start(lang, ("새 고객 여정 지도", "New customer journey map"))
        for number in range(1, 4):
            b.stage((f"단계 {number}", f"Stage {number}"), color=COLORS[number - 1])
        for kind, title in BLANK_LANES:
            b.lane(kind, title)
    elif name == "service-blueprint":
        b = _start(lang, ("새 서비스 블루프린트", "New service blueprint"))
        _add_stages(b, BLUEPRINT_STAGES)
        for index, (kind, title) in enumerate(BLUEPRINT_LANES):
            b.lane(kind, title, key=str(index))
    else:
        keys, lanes = JOURNEY_TEMPLATES[name]
        b = _start(lang, ("새 고객 여정 지도", "New customer journey map"))
        _add_stages(b, keys)
        for kind in lanes:
            b.lane(kind)
    return b.journey


def build_all() -> dict[str, JourneyMap]:
    """Every bundled map, by its path relative to ``resources/``."""
    maps: dict[str, JourneyMap] = {}
    for name in TEMPLATE_NAMES:
        for lang in LANGUAGES:
            maps[f"templates/{name}.{lang}.cjm.json"] = build_template(name, lang)
    for lang in LANGUAGES:
        maps[f"samples/food-delivery.{lang}.cjm.json"] = build_sample(lang)
    return maps


def main() -> int:
    from cjm_desktop.files import save_map

    for relative, journey in build_all().items():
        path = RESOURCES / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        save_map(journey, path)
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
