"""The insights in words, in the map's language: the fixed words shared by the workbook's
Insights sheet and the PDF page, and the plain-text report of ``cjm-desktop insights``.

Pure data and formatting over :mod:`cjm_desktop.model.insights` (no Qt, no openpyxl).
"""

from __future__ import annotations

from .insights import Insights
from .journey import JourneyMap
from .vocab import Channel, ChecklistAnswer, ChecklistQuestion, PainCategory, label, shown

# key: (Korean, English)
WORDS: dict[str, tuple[str, str]] = {
    "title": ("인사이트", "Insights"),
    "pain_points": ("단계별 고충점", "Pain points by stage"),
    "stage": ("단계", "Stage"),
    "step": ("세부 단계", "Step"),
    "category": ("범주", "Category"),
    "uncategorised": ("미분류", "Uncategorised"),
    "count": ("개수", "Count"),
    "weighted": ("심각도 가중", "Severity-weighted"),
    "total": ("합계", "Total"),
    "worst_stage": ("가장 아픈 단계", "The stage that hurts most"),
    "emotions": ("감정", "Emotions"),
    "lowest": ("결정적 순간 (가장 낮은 감정)", "Moments of truth (lowest emotions)"),
    "persona": ("페르소나", "Persona"),
    "score": ("점수", "Score"),
    "average": ("평균 (현재)", "Average (as-is)"),
    "to_be_average": ("평균 (목표)", "Average (to-be)"),
    "gap": ("차이 (목표 − 현재)", "Gap (to-be − as-is)"),
    "touchpoints": ("접점: 기대 × 성과", "Touchpoints: expectation × performance"),
    "card": ("카드", "Card"),
    "expectation": ("기대", "Expectation"),
    "performance": ("성과", "Performance"),
    "quadrant": ("사분면", "Quadrant"),
    "csat": ("만족도", "CSAT"),
    "response_time": ("응답 시간", "Response time"),
    "complaints": ("불만 건수", "Complaints"),
    "complaint_types": ("불만 유형", "Complaint types"),
    "most_complained": ("불만이 가장 많은 접점", "Touchpoints with most complaints"),
    "opportunities": ("개선 기회: 영향 × 노력", "Opportunities: impact × effort"),
    "rank": ("순위", "Rank"),
    "impact": ("영향", "Impact"),
    "effort": ("노력", "Effort"),
    "class": ("분류", "Class"),
    "votes": ("투표", "Votes"),
    "pain_severity": ("연결된 고충 심각도", "Linked pain severity"),
    "kpis": ("지표: 목표 대비 실적", "KPIs: target vs actual"),
    "kpi": ("지표", "KPI"),
    "target": ("목표", "Target"),
    "actual": ("실적", "Actual"),
    "direction": ("방향", "Direction"),
    "met": ("달성", "Met"),
    "missed": ("미달", "Missed"),
    "unknown": ("알 수 없음", "Unknown"),
    "segments": ("세그먼트 × 채널", "Segments × channels"),
    "segment": ("세그먼트", "Segment"),
    "preferred": ("선호 채널", "Preferred channels"),
    "missing": ("여정에 없는 선호 채널", "Preferred but not offered"),
    "offered": ("여정의 채널", "Channels the journey offers"),
    "checklist": ("CX 체크리스트", "CX checklist"),
    "checklist_score": ("점수", "Score"),
    "answered": ("응답", "Answered"),
    "open_questions": ("미응답·'아니오' 질문", "Unanswered and \"no\" questions"),
    "none": ("없음", "none"),
    "chart_pain": ("단계별 고충점 (심각도 가중)", "Pain points per stage (severity-weighted)"),
    "chart_touch": ("접점: 기대 × 성과", "Touchpoints: expectation × performance"),
    "chart_opp": ("개선 기회: 영향 × 노력", "Opportunities: impact × effort"),
    # quadrants and classes
    "q.complaint": ("불만", "Complaint"),
    "q.satisfaction": ("만족", "Satisfaction"),
    "q.delight": ("감동", "Delight"),
    "q.indifference": ("무관심", "Indifference"),
    "c.quick_win": ("빠른 성과", "Quick win"),
    "c.big_bet": ("큰 베팅", "Big bet"),
    "c.fill_in": ("틈새 과제", "Fill-in"),
    "c.money_pit": ("돈 먹는 하마", "Money pit"),
    "s.complaint": ("기대는 높은데 성과가 낮음: 빠르게 응답하고, 공감을 보이고, 개인화하고, "
                    "근본 원인을 찾고, 지속적으로 모니터링하세요.",
                    "High expectation, low performance: respond fast, show empathy, "
                    "personalise, find the root cause, and keep monitoring."),
    "s.satisfaction": ("기대와 성과가 모두 높음: 기대는 계속 높아지므로 꾸준히 개선하세요.",
                       "High expectation, high performance: keep improving, as expectations "
                       "keep rising."),
    "s.delight": ("기대보다 성과가 높음: 고객을 감동시키는 강점이니 지키고 알리세요.",
                  "Low expectation, high performance: a strength that delights; keep it and "
                  "make it known."),
    "s.indifference": ("기대와 성과가 모두 낮음: 고객에게 중요한지 먼저 확인하세요.",
                       "Low expectation, low performance: first check whether it matters to "
                       "customers."),
    "s.quick_win": ("영향은 크고 노력은 적음: 먼저 하세요.",
                    "High impact, low effort: do these first."),
    "s.big_bet": ("영향도 노력도 큼: 계획을 세워 투자하세요.",
                  "High impact, high effort: plan and invest."),
    "s.fill_in": ("영향도 노력도 작음: 여유가 있을 때 하세요.",
                  "Low impact, low effort: do them when there is slack."),
    "s.money_pit": ("영향은 작고 노력은 큼: 피하거나 다시 생각하세요.",
                    "Low impact, high effort: avoid or rethink."),
}


def word(key: str, language: str) -> str:
    korean, english = WORDS[key]
    return korean if language == "ko" else english


def names_of(journey: JourneyMap) -> dict[str, str]:
    """Display names by id: stages, steps, personas, and cards (their text's first line)."""
    names: dict[str, str] = {}
    for stage in journey.stages:
        names[stage.id] = stage.name
        names.update((step.id, step.name) for step in stage.steps)
    names.update((p.id, p.name) for p in journey.personas)
    for card in journey.cards.values():
        text = card.text.strip().split("\n", 1)[0] if card.text.strip() else card.id
        names[card.id] = text
    return names


def category_name(category: str | None, language: str) -> str:
    return word("uncategorised", language) if category is None else label(
        PainCategory(category), language)


def channel_name(channel: str, language: str) -> str:
    return shown(Channel, channel, language)


def met_word(met: bool | None, language: str) -> str:
    return word("unknown" if met is None else "met" if met else "missed", language)


def number(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:g}"


def report(journey: JourneyMap, insights: Insights) -> str:
    """The insights as plain text in the map's language (``cjm-desktop insights``)."""
    lang = journey.info.language
    names = names_of(journey)

    def w(key: str) -> str:
        return word(key, lang)

    def point(stage: str, step: str | None) -> str:
        return names.get(stage, stage) + (f" · {names.get(step, step)}" if step else "")

    out: list[str] = [f"{w('title')}: {journey.info.title}".rstrip(), ""]
    out.append(f"== {w('pain_points')} ==")
    for cell in insights.pain_cells:
        out.append(f"  {point(cell.stage, cell.step)} — {category_name(cell.category, lang)}: "
                   f"{w('count')} {cell.count}, {w('weighted')} {cell.weighted}")
    if insights.worst_stage:
        out.append(f"  {w('worst_stage')}: {names.get(insights.worst_stage)}")
    out += ["", f"== {w('emotions')} ==", f"  {w('lowest')}:"]
    for low in insights.lowest:
        out.append(f"    {names.get(low.persona)}: {point(low.stage, low.step)} "
                   f"({number(low.score)})")
    for emotion in insights.stage_emotions:
        out.append(f"  {names.get(emotion.stage)}: {w('average')} {number(emotion.average)}, "
                   f"{w('to_be_average')} {number(emotion.to_be_average)}, "
                   f"{w('gap')} {number(emotion.gap)}")
    out += ["", f"== {w('touchpoints')} =="]
    for row in insights.touchpoints:
        quad = w(f"q.{row.quadrant}") if row.quadrant else "–"
        out.append(f"  {names.get(row.card)}: {w('expectation')} {number(row.expectation)}, "
                   f"{w('performance')} {number(row.performance)} → {quad}; "
                   f"{w('csat')} {number(row.satisfaction)}, "
                   f"{w('complaints')} {number(row.complaint_count)}")
    if insights.most_complained:
        out.append(f"  {w('most_complained')}: "
                   + ", ".join(names.get(c, c) for c in insights.most_complained))
    out += ["", f"== {w('opportunities')} =="]
    for opp in insights.opportunities:
        cls = w(f"c.{opp.cls}") if opp.cls else "–"
        out.append(f"  {opp.rank}. {names.get(opp.card)}: {w('impact')} {number(opp.impact)}, "
                   f"{w('effort')} {number(opp.effort)} → {cls}; {w('votes')} {opp.votes}, "
                   f"{w('pain_severity')} {opp.pain_severity}")
    out += ["", f"== {w('kpis')} =="]
    for kpi in insights.kpis:
        unit = f" {kpi.unit}" if kpi.unit else ""
        out.append(f"  {kpi.name or names.get(kpi.card)} ({names.get(kpi.stage)}): "
                   f"{w('target')} {number(kpi.target)}{unit}, "
                   f"{w('actual')} {number(kpi.actual)}{unit} → {met_word(kpi.met, lang)}")
    out += ["", f"== {w('segments')} =="]
    offered = ", ".join(channel_name(c, lang) for c in insights.offered_channels)
    out.append(f"  {w('offered')}: {offered or w('none')}")
    for seg in insights.segments:
        missing = ", ".join(channel_name(c, lang) for c in seg.missing) or w("none")
        out.append(f"  {names.get(seg.persona)}: {w('missing')}: {missing}")
    check = insights.checklist
    out += ["", f"== {w('checklist')} ==",
            f"  {w('checklist_score')} {check.score:.0%} ({w('answered')} {check.answered}/"
            f"{len(check.questions)})"]
    for question in check.open:
        answer = next(a for q, a in check.questions if q == question)
        mark = label(ChecklistAnswer(answer), lang) if answer else "?"
        out.append(f"  [{mark}] {_question(question, lang)}")
    return "\n".join(out) + "\n"


def _question(question: str, language: str) -> str:
    try:
        return label(ChecklistQuestion(question), language)
    except ValueError:
        return question
