"""The ``workshop`` object of the native format: the saved plan and the finished votes.

Written by :func:`workshop_dict`, read by :func:`read_workshop` (each problem named by its
JSON path). Documented in docs/file-format.md, section ``workshop`` (schema 4).
"""

from __future__ import annotations

from typing import Any

from ..model import JourneyMap, ModelError
from ..model.voting import MAX_DOTS, MAX_PARTICIPANTS, VoteScope, VoteSettings, VoteTally
from ..model.workshop_plan import (
    MAX_ACTIVITIES,
    MAX_MINUTES,
    Activity,
    ActivityKind,
    ActivityVote,
    WorkshopPlan,
)
from .json_fields import Context, choice, flag, ident, optional, positive, show, text, whole

_DOTS = whole(1, MAX_DOTS)
_SCOPE = choice(VoteScope)
_KIND = choice(ActivityKind)
_OPT_ID = optional(ident)


def _vote_dict(vote: ActivityVote) -> dict[str, Any]:
    return {"dots": vote.dots, "scope": vote.scope.value, "allow_stacking": vote.allow_stacking,
            "hidden": vote.hidden}


def workshop_dict(journey: JourneyMap) -> dict[str, Any]:
    plan = journey.workshop_plan
    return {
        "plan": None if plan is None else {
            "title": plan.title,
            "activities": [{
                "title": a.title, "prompt": a.prompt, "minutes": a.minutes, "kind": a.kind.value,
                "lane": a.lane, "stage": a.stage,
                "vote": None if a.vote is None else _vote_dict(a.vote),
            } for a in plan.activities],
        },
        "votes": [{
            "title": tally.title,
            "dots_per_participant": tally.settings.dots,
            "participants": list(tally.settings.participants),
            "scope": tally.settings.scope.value, "scope_id": tally.settings.scope_id,
            "allow_stacking": tally.settings.allow_stacking, "hidden": tally.settings.hidden,
            "dots": [{"participant": who, "card": card} for who, card in tally.dots],
        } for tally in journey.vote_tallies],
    }


def read_workshop(ctx: Context, raw: Any, journey: JourneyMap) -> None:
    """Read ``$.workshop`` into the map (its lanes, stages and cards are already read)."""
    data = ctx.obj(raw, "$.workshop")
    if data.get("plan") is not None:
        plan = _read_plan(ctx, ctx.obj(data["plan"], "$.workshop.plan"), journey)
        try:
            journey.set_workshop_plan(plan)
        except ModelError as error:
            ctx.fail("$.workshop.plan", str(error))
    for index, item in enumerate(ctx.lst(data.get("votes", []), "$.workshop.votes")):
        journey.add_vote_tally(_read_tally(ctx, item, f"$.workshop.votes[{index}]", journey))


def _read_plan(ctx: Context, data: dict[str, Any], journey: JourneyMap) -> WorkshopPlan:
    where = "$.workshop.plan"
    raws = ctx.lst(data.get("activities", []), f"{where}.activities")
    if len(raws) > MAX_ACTIVITIES:
        ctx.fail(f"{where}.activities", f"a plan holds at most {MAX_ACTIVITIES} activities")
    activities = []
    for index, raw in enumerate(raws):
        at = f"{where}.activities[{index}]"
        item = ctx.obj(raw, at)
        minutes = ctx.required(item, "minutes", at, positive)
        if minutes > MAX_MINUTES:
            ctx.fail(f"{at}.minutes", f"an activity lasts at most {MAX_MINUTES} minutes")
        kind = ActivityKind(ctx.required(item, "kind", at, _KIND))
        lane = _OPT_ID(ctx, item.get("lane"), f"{at}.lane")
        if lane is not None and lane not in {x.id for x in journey.lanes}:
            ctx.fail(f"{at}.lane", f"there is no lane {show(lane)} in this map")
        stage = _OPT_ID(ctx, item.get("stage"), f"{at}.stage")
        if stage is not None and stage not in {x.id for x in journey.stages}:
            ctx.fail(f"{at}.stage", f"there is no stage {show(stage)} in this map")
        vote = None
        if kind is ActivityKind.VOTE:
            raw_vote = ctx.obj(item.get("vote", {}) or {}, f"{at}.vote")
            values = ctx.record(raw_vote, f"{at}.vote", {
                "dots": _DOTS, "scope": _SCOPE, "allow_stacking": flag, "hidden": flag})
            vote = ActivityVote(values.get("dots", 3), VoteScope(values.get("scope", "lane")),
                                values.get("allow_stacking", True), values.get("hidden", True))
        activity = Activity(ctx.required(item, "title", at, text),
                            text(ctx, item.get("prompt", ""), f"{at}.prompt"),
                            minutes, kind, lane, stage, vote)
        problems = activity.problems()
        if problems:
            ctx.fail(at, problems[0])
        activities.append(activity)
    return WorkshopPlan(text(ctx, data.get("title", ""), f"{where}.title"), activities)


def _read_tally(ctx: Context, raw: Any, where: str, journey: JourneyMap) -> VoteTally:
    data = ctx.obj(raw, where)
    people = ctx.lst(ctx.required(data, "participants", where, lambda c, v, w: v),
                     f"{where}.participants")
    if len(people) > MAX_PARTICIPANTS:
        ctx.fail(f"{where}.participants", f"a vote has at most {MAX_PARTICIPANTS} participants")
    names = [text(ctx, name, f"{where}.participants[{i}]") for i, name in enumerate(people)]
    scope_id = _OPT_ID(ctx, data.get("scope_id"), f"{where}.scope_id")
    settings = VoteSettings(
        ctx.required(data, "dots_per_participant", where, _DOTS), names,
        VoteScope(_SCOPE(ctx, data.get("scope", "map"), f"{where}.scope")), scope_id,
        flag(ctx, data.get("allow_stacking", True), f"{where}.allow_stacking"),
        flag(ctx, data.get("hidden", True), f"{where}.hidden"))
    problems = settings.problems()
    if problems:
        ctx.fail(where, problems[0])
    dots: list[tuple[str, str]] = []
    for index, item in enumerate(ctx.lst(data.get("dots", []), f"{where}.dots")):
        at = f"{where}.dots[{index}]"
        dot = ctx.obj(item, at)
        who = ctx.required(dot, "participant", at, text)
        if who not in names:
            ctx.fail(f"{at}.participant", f"{show(who)} is not a participant of this vote")
        # A card voted on may since have been deleted: the tally keeps the record.
        dots.append((who, ctx.required(dot, "card", at, ident)))
    used: dict[str, int] = {}
    for who, _card in dots:
        used[who] = used.get(who, 0) + 1
        if used[who] > settings.dots:
            ctx.fail(f"{where}.dots", f"{show(who)} has more than {settings.dots} dots")
    return VoteTally(text(ctx, data.get("title", ""), f"{where}.title"), settings, dots)
