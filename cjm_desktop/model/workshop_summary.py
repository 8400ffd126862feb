"""The one-page end-of-workshop summary, as plain data in the map's language (Qt-free).

:func:`summary` gathers the activities with their real durations, the top-voted cards per
lane and the cards new in each activity; :func:`summary_html` lays it out as simple HTML
for the main window to print on one page.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from .journey import JourneyMap
from .workshop_plan import ActivityRecord, WorkshopPlan

TOP_PER_LANE = 3

_WORDS = {
    "title": ("워크숍 요약", "Workshop summary"),
    "activities": ("활동", "Activities"),
    "planned": ("계획", "planned"),
    "took": ("실제", "took"),
    "minutes": ("분", "min"),
    "new_cards": ("새 카드", "new cards"),
    "top": ("투표 상위 카드", "Top-voted cards"),
    "votes": ("표", "votes"),
    "none": ("없음", "none"),
    "no_plan": ("진행한 활동이 없습니다", "No activities were run"),
    "no_votes": ("투표한 카드가 없습니다", "No card has votes"),
}


def word(key: str, language: str) -> str:
    ko, en = _WORDS[key]
    return en if language == "en" else ko


@dataclass
class ActivityLine:
    title: str
    planned_minutes: float
    actual_minutes: float
    new_cards: list[str] = field(default_factory=list)  # card texts


@dataclass
class Summary:
    title: str
    language: str
    activities: list[ActivityLine]
    top_cards: list[tuple[str, list[tuple[str, int]]]]  # (lane title, [(card text, votes)])


def summary(journey: JourneyMap, plan: WorkshopPlan | None, records: list[ActivityRecord],
            now: float) -> Summary:
    language = journey.info.language
    lines: list[ActivityLine] = []
    for record in records:
        activity = plan.activities[record.index] if plan and record.index < len(
            plan.activities) else None
        texts = [journey.cards[c].text for c in record.new_cards if c in journey.cards]
        lines.append(ActivityLine(activity.title if activity else f"#{record.index + 1}",
                                  activity.minutes if activity else 0,
                                  round(record.seconds(now) / 60, 1), texts))
    top: list[tuple[str, list[tuple[str, int]]]] = []
    for lane in journey.lanes:
        voted = [card for card in journey.cards.values() if card.lane == lane.id and card.votes]
        voted.sort(key=lambda card: -card.votes)
        if voted:
            top.append((lane.title or lane.kind,
                        [(card.text, card.votes) for card in voted[:TOP_PER_LANE]]))
    return Summary(journey.info.title, language, lines, top)


def summary_html(data: Summary) -> str:
    w = lambda key: html.escape(word(key, data.language))  # noqa: E731
    e = html.escape
    parts = [f"<h1>{w('title')}: {e(data.title)}</h1>", f"<h2>{w('activities')}</h2>"]
    if not data.activities:
        parts.append(f"<p>{w('no_plan')}</p>")
    else:
        parts.append("<ol>")
        for line in data.activities:
            cards = ", ".join(e(text) for text in line.new_cards) or w("none")
            parts.append(
                f"<li><b>{e(line.title)}</b> — {w('planned')} {line.planned_minutes:g} "
                f"{w('minutes')}, {w('took')} {line.actual_minutes:g} {w('minutes')}; "
                f"{w('new_cards')} {len(line.new_cards)}: {cards}</li>")
        parts.append("</ol>")
    parts.append(f"<h2>{w('top')}</h2>")
    if not data.top_cards:
        parts.append(f"<p>{w('no_votes')}</p>")
    for lane, voted in data.top_cards:
        items = "".join(f"<li>{e(text)} ({votes} {w('votes')})</li>" for text, votes in voted)
        parts.append(f"<h3>{e(lane)}</h3><ol>{items}</ol>")
    return "\n".join(parts)
