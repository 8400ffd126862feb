"""Compare two journey maps by stable id: every difference as a :class:`Difference`.

Works on the flat records of ``map_records`` kind by kind, so every entity kind listed in
``map_records.KINDS`` is compared the same way: a record only in A is *removed*, only in B
*added*; a field that differs is *changed* (one difference per field, so a persona's
fields and a card's detail fields each show on their own line); a record whose place among
its siblings changed (a stage dragged, a card reordered in its cell) is *moved*. The order
of the list follows B (then what only A had), kind by kind. :func:`describe` writes one
difference as a line in Korean or English.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from enum import StrEnum
from typing import Any

from .field_labels import FIELD_BY_KEY
from .journey import JourneyMap
from .map_records import (
    KINDS,
    PLAN_KEY,
    VOLATILE_INFO_FIELDS,
    Key,
    Kind,
    Record,
    Records,
    order_group,
    records_of,
)


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    MOVED = "moved"


@dataclass(frozen=True)
class Difference:
    kind: str  # a map_records kind name: "card", "persona", …
    key: Key
    change: ChangeKind
    field: str = ""  # for CHANGED: the field path
    before: Any = None  # the value (or record) in A
    after: Any = None  # the value (or record) in B
    name: str = ""  # the record's readable name (its text, title or name), B's when it has one
    # Where the record stands in B, for applying the difference to a live map: (its index
    # among B's records of its kind, the key of the sibling it follows in its order group,
    # None when it comes first). Set on ADDED, MOVED and CHANGED of ordered kinds; not
    # part of equality, so differences compare as before.
    place: tuple[int, Key] | None = dataclass_field(default=None, compare=False)

    def to_json(self) -> dict[str, Any]:
        key = list(self.key) if isinstance(self.key, tuple) else self.key
        return {"kind": self.kind, "id": key,
                "change": self.change.value, "field": self.field or None,
                "before": _jsonable(self.before), "after": _jsonable(self.after),
                "name": self.name}

    @property
    def card_id(self) -> str | None:
        """The card this difference is about, if any (for highlighting it)."""
        return self.key if self.kind == "card" and isinstance(self.key, str) else None


def _jsonable(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


def diff_maps(a: JourneyMap, b: JourneyMap) -> list[Difference]:
    return diff_records(records_of(a), records_of(b))


def diff_records(a: Records, b: Records) -> list[Difference]:
    result: list[Difference] = []
    for kind in KINDS:
        result.extend(diff_kind(kind, a.get(kind.name, {}), b.get(kind.name, {})))
    return result


def _name(kind: Kind, *records: Record | None) -> str:
    if not kind.text_field:
        return ""
    for record in records:
        if record is not None and record.get(kind.text_field):
            return str(record[kind.text_field])
    return ""


def diff_kind(kind: Kind, a: dict[Key, Record], b: dict[Key, Record]) -> list[Difference]:
    result: list[Difference] = []
    if a is b:
        return result
    skip = VOLATILE_INFO_FIELDS if kind.name == "info" else frozenset()
    # read on the first difference: live co-editing diffs a whole map after every edit, and
    # most records are the same objects on both sides (editing.Document keeps them)
    found: dict[Key, tuple[int, Key]] | None = None

    def place(key: Key) -> tuple[int, Key] | None:
        nonlocal found
        if found is None:
            found = _places(kind, b)
        return found.get(key)

    for key, after in b.items():
        before = a.get(key)
        if before is None:
            result.append(Difference(kind.name, key, ChangeKind.ADDED, after=after,
                                     name=_name(kind, after), place=place(key)))
        elif before is not after and before != after:
            name = _name(kind, before, after)  # as the first map (the open one) calls it
            for field in _fields(before, after):
                if field not in skip and before.get(field) != after.get(field):
                    result.append(Difference(kind.name, key, ChangeKind.CHANGED, field,
                                             before.get(field), after.get(field), name,
                                             place(key)))
    if len(a) != len(b) or result:
        for key, before in a.items():
            if key not in b:
                result.append(Difference(kind.name, key, ChangeKind.REMOVED, before=before,
                                         name=_name(kind, before)))
    if kind.order_by != "":
        for key in moved_keys(kind, a, b):
            result.append(Difference(kind.name, key, ChangeKind.MOVED,
                                     name=_name(kind, a[key], b[key]), place=place(key)))
    return result


def _places(kind: Kind, b: dict[Key, Record]) -> dict[Key, tuple[int, Key]]:
    """Each record's (index in ``b``, the key it follows in its order group or None)."""
    if kind.order_by == "":
        return {}
    last: dict[Any, Key] = {}
    places: dict[Key, tuple[int, Key]] = {}
    for index, (key, record) in enumerate(b.items()):
        group = order_group(kind, record)
        places[key] = (index, last.get(group))
        last[group] = key
    return places


def _fields(before: Record, after: Record) -> list[str]:
    return list(after) + [f for f in before if f not in after]


def moved_keys(kind: Kind, a: dict[Key, Record], b: dict[Key, Record]) -> list[Key]:
    """Records in both whose position among the siblings they kept changed."""
    if list(a) == list(b):
        return []  # the same keys in the same order: every group's order is the same too
    group_a = {key: order_group(kind, record) for key, record in a.items()}
    groups_b: dict[Any, list[Key]] = {}
    for key, record in b.items():
        group = order_group(kind, record)
        if key in group_a and group_a[key] == group:  # in both, and in the same group
            groups_b.setdefault(group, []).append(key)
    kept_group = {key for keys in groups_b.values() for key in keys}
    groups_a: dict[Any, list[Key]] = {}
    for key in a:
        if key in kept_group:
            groups_a.setdefault(group_a[key], []).append(key)
    moved: list[Key] = []
    for group, keys_b in groups_b.items():
        keys_a = groups_a.get(group, [])
        if keys_a == keys_b:
            continue
        matcher = difflib.SequenceMatcher(a=keys_a, b=keys_b, autojunk=False)
        kept = {key for block in matcher.get_matching_blocks()
                for key in keys_b[block.b:block.b + block.size]}
        moved.extend(key for key in keys_b if key not in kept)
    return moved


# ----- readable lines -----------------------------------------------------------------------
_KIND_WORDS: dict[str, tuple[str, str]] = {  # (en, ko)
    "info": ("Map", "지도"), "stage": ("Stage", "단계"), "step": ("Step", "세부 단계"),
    "lane": ("Lane", "레인"), "persona": ("Persona", "페르소나"), "card": ("Card", "카드"),
    "emotion": ("Emotion", "감정"), "checklist": ("Checklist", "체크리스트"),
    "comment": ("Comment", "코멘트"), "plan": ("Workshop plan", "워크숍 진행 계획"),
    "vote": ("Dot vote", "점 투표"),
}
_ACTIVITY_WORDS = ("Activity", "활동")
_CHANGE_WORDS: dict[ChangeKind, tuple[str, str]] = {
    ChangeKind.ADDED: ("added", "추가됨"), ChangeKind.REMOVED: ("removed", "삭제됨"),
    ChangeKind.CHANGED: ("changed", "바뀜"), ChangeKind.MOVED: ("moved", "옮겨짐"),
}
# Fields the card table (field_labels) does not name: map, structure and persona fields.
_OTHER_FIELDS: dict[str, tuple[str, str]] = {
    "name": ("Name", "이름"), "title": ("Title", "제목"), "description": ("Description", "설명"),
    "goal": ("Goal", "목표"), "desired_experience": ("Desired experience", "바라는 경험"),
    "height": ("Height", "높이"), "language": ("Language", "언어"),
    "scenario": ("Scenario", "시나리오"), "version_label": ("Version", "버전"),
    "review_date": ("Review date", "검토일"), "created": ("Created", "만든 때"),
    "answer": ("Answer", "답"), "note": ("Note", "메모"), "photo": ("Photo", "사진"),
    "age": ("Age", "나이"), "gender": ("Gender", "성별"), "occupation": ("Occupation", "직업"),
    "location": ("Location", "거주지"), "family": ("Family", "가족"), "income": ("Income", "소득"),
    "urban_rural": ("Urban / rural", "도시 / 농촌"), "quote": ("Quote", "인용"),
    "bio": ("Bio", "소개"), "personality": ("Personality", "성격"),
    "information_sources": ("Information sources", "정보 출처"),
    "preferred_channels": ("Preferred channels", "선호 채널"), "values": ("Values", "가치관"),
    "goals_short_term": ("Short-term goals", "단기 목표"),
    "goals_long_term": ("Long-term goals", "장기 목표"), "needs": ("Needs", "니즈"),
    "problems": ("Problems", "문제"), "wishes": ("Wishes", "바람"),
    "age_group": ("Age group", "연령대"), "region": ("Region", "지역"),
    "purchase_pattern": ("Purchase pattern", "구매 패턴"), "says": ("Says", "말"),
    "thinks": ("Thinks", "생각"), "does": ("Does", "행동"), "feels": ("Feels", "감정"),
    "pains": ("Pains", "고충"), "gains": ("Gains", "얻는 것"),
    "author": ("Author", "작성자"), "time": ("Time", "시간"), "resolved": ("Resolved", "해결됨"),
}
# Fields of a workshop plan's activity (and its vote), by their whole path.
_PLAN_FIELDS: dict[str, tuple[str, str]] = {
    "prompt": ("Prompt", "안내 문구"), "minutes": ("Minutes", "시간(분)"),
    "kind": ("Activity kind", "활동 종류"), "vote": ("Vote settings", "투표 설정"),
    "vote.dots": ("Dots per participant", "1인당 점 수"), "vote.scope": ("Vote scope", "투표 범위"),
    "vote.allow_stacking": ("Dots on one card", "한 카드에 점 여러 개"),
    "vote.hidden": ("Counts hidden until the reveal", "공개 전까지 개수 숨김"),
}
_FIELD_ALIASES = {"satisfaction": "csat", "complaint_count": "complaints",
                  "touchpoint": "touchpoint_id", "pain_points": "pain_ids"}


def kind_word(kind: str, language: str) -> str:
    en, ko = _KIND_WORDS.get(kind, (kind, kind))
    return ko if language == "ko" else en


def change_word(change: ChangeKind, language: str) -> str:
    en, ko = _CHANGE_WORDS[change]
    return ko if language == "ko" else en


def field_word(field: str, language: str) -> str:
    """A field path in words where the shared field table knows it ("text" → "텍스트")."""
    if field in _PLAN_FIELDS:
        en, ko = _PLAN_FIELDS[field]
        return ko if language == "ko" else en
    last = field.rsplit(".", 1)[-1]
    if last in _OTHER_FIELDS and not (last == "name" and field.startswith("kpi.")):
        en, ko = _OTHER_FIELDS[last]
        return ko if language == "ko" else en
    label = FIELD_BY_KEY.get(_FIELD_ALIASES.get(last, last))
    if label is None and field.startswith("kpi."):
        label = FIELD_BY_KEY.get("kpi_" + last)
    return label.header(language) if label is not None else field


def show_value(value: Any, limit: int = 60) -> str:
    if value is None:
        return "—"
    if isinstance(value, tuple):
        text = ", ".join(show_value(v, limit) for v in value) or "—"
    elif isinstance(value, bool):
        text = "✓" if value else "✗"
    elif isinstance(value, str):
        text = f"“{value}”" if value else "“”"
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def show_key(key: Key) -> str:
    if isinstance(key, tuple):
        return " · ".join(str(part) for part in key if part is not None)
    return str(key)


def subject(kind: str, key: Key, name: str, language: str) -> str:
    words = kind_word(kind, language)
    if kind == "info":
        return words
    if kind == "plan":  # the plan's own record, or its activity number N
        if key == PLAN_KEY:
            return f"{words} {show_value(name, 40)}" if name else words
        activity = _ACTIVITY_WORDS[1 if language == "ko" else 0]
        return f"{words} · {activity} {key} {show_value(name, 40)}".rstrip()
    if kind == "vote" and name:  # its key is a digest: the title names it
        return f"{words} {show_value(name, 40)}"
    if name:
        return f"{words} {show_value(name, 40)} ({show_key(key)})"
    return f"{words} {show_key(key)}"


def describe(difference: Difference, language: str = "en") -> str:
    """One line: what changed, in the map's language."""
    head = subject(difference.kind, difference.key, difference.name, language)
    if difference.change is ChangeKind.CHANGED:
        return (f"{head} · {field_word(difference.field, language)}: "
                f"{show_value(difference.before)} → {show_value(difference.after)}")
    line = f"{head}: {change_word(difference.change, language)}"
    record = difference.after if difference.change is ChangeKind.ADDED else difference.before
    if difference.kind == "vote" and isinstance(record, dict):
        count = len(record.get("dots") or ())
        line += f" (점 {count}개)" if language == "ko" else (
            f" ({count} dot{'' if count == 1 else 's'})")
    return line


__all__ = ["ChangeKind", "Difference", "change_word", "describe", "diff_kind", "diff_maps",
           "diff_records", "field_word", "kind_word", "moved_keys", "show_value", "subject"]
