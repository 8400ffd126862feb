"""Field checkers for reading the native format: each takes a JSON value and its place.

A checker returns the value as the model wants it, or raises :class:`MapFileError` naming
the JSON path and what was expected. Messages never repeat large values back.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from datetime import date
from enum import StrEnum
from typing import Any, NoReturn

from ..model.base import ModelError, check_score
from ..model.photos import photo_bytes
from .errors import MapFileError, clip

Checker = Callable[["Context", Any, str], Any]

_COLOR = re.compile(r"#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class Context:
    """The file being read; turns problems into errors that name it."""

    def __init__(self, path: str) -> None:
        self.path = path

    def fail(self, where: str, message: str) -> NoReturn:
        raise MapFileError(self.path, where, message)

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(where, f"expected an object, found {describe(value)}")
        return value

    def lst(self, value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            self.fail(where, f"expected a list, found {describe(value)}")
        return value

    def required(self, data: dict[str, Any], key: str, where: str, check: Checker) -> Any:
        if key not in data:
            self.fail(f"{where}.{key}", "this required key is missing")
        return check(self, data[key], f"{where}.{key}")

    def record(self, data: dict[str, Any], where: str,
               spec: dict[str, Checker]) -> dict[str, Any]:
        """The keys of ``spec`` present in ``data``, checked; other keys are ignored."""
        return {key: check(self, data[key], f"{where}.{key}")
                for key, check in spec.items() if key in data}


def describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def show(value: str) -> str:
    """A short quoted form of a user value for messages."""
    return repr(value if len(value) <= 40 else value[:37] + "...")


def text(ctx: Context, value: Any, where: str) -> str:
    if not isinstance(value, str):
        ctx.fail(where, f"expected text, found {describe(value)}")
    return value


def optional(check: Checker) -> Checker:
    def checker(ctx: Context, value: Any, where: str) -> Any:
        return None if value is None else check(ctx, value, where)
    return checker


def ident(ctx: Context, value: Any, where: str) -> str:
    if not isinstance(value, str) or not value:
        ctx.fail(where, f"an id must be non-empty text, found {describe(value)}")
    return value


def texts(ctx: Context, value: Any, where: str) -> list[str]:
    items = ctx.lst(value, where)
    for index, item in enumerate(items):
        if not isinstance(item, str):
            ctx.fail(f"{where}[{index}]", f"expected text, found {describe(item)}")
    return list(items)


def ids(ctx: Context, value: Any, where: str) -> list[str]:
    items = ctx.lst(value, where)
    for index, item in enumerate(items):
        ident(ctx, item, f"{where}[{index}]")
    return list(items)


def color(ctx: Context, value: Any, where: str) -> str:
    value_text = text(ctx, value, where)
    if not _COLOR.fullmatch(value_text):
        ctx.fail(where, f"a colour must look like #RRGGBB, not {show(value_text)}")
    return value_text


def iso_date(ctx: Context, value: Any, where: str) -> str:
    value_text = text(ctx, value, where)
    try:
        if not _DATE.fullmatch(value_text):
            raise ValueError
        date.fromisoformat(value_text)
    except ValueError:
        ctx.fail(where, f"a date must be written YYYY-MM-DD, not {show(value_text)}")
    return value_text


def photo(ctx: Context, value: Any, where: str) -> str:
    value_text = text(ctx, value, where)
    if not value_text.startswith("data:image/"):
        ctx.fail(where, "a photo must be a data URI (data:image/...)")
    if photo_bytes(value_text) is None:
        ctx.fail(where, "a photo must be a PNG or JPEG picture "
                 "(data:image/png;base64,… or data:image/jpeg;base64,…)")
    return value_text


def flag(ctx: Context, value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        ctx.fail(where, f"expected true or false, found {describe(value)}")
    return value


def whole(low: int | None = None, high: int | None = None) -> Checker:
    def checker(ctx: Context, value: Any, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            ctx.fail(where, f"expected a whole number, found {describe(value)}")
        if (low is not None and value < low) or (high is not None and value > high):
            if high is None:
                ctx.fail(where, f"must be at least {low}, not {clip(value)}")
            ctx.fail(where, f"must be from {low} to {high}, not {clip(value)}")
        return value
    return checker


def number(ctx: Context, value: Any, where: str) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        ctx.fail(where, f"expected a number, found {describe(value)}")
    if isinstance(value, float) and not math.isfinite(value):
        ctx.fail(where, "expected a finite number")
    return value


def positive(ctx: Context, value: Any, where: str) -> int | float:
    checked = number(ctx, value, where)
    if checked <= 0:
        ctx.fail(where, f"must be greater than 0, not {clip(checked)}")
    return checked


def score(ctx: Context, value: Any, where: str) -> float | None:
    try:
        return check_score(value)
    except ModelError as error:
        ctx.fail(where, str(error))


def choice(values: Iterable[str] | type[StrEnum]) -> Checker:
    allowed = tuple(v.value if isinstance(v, StrEnum) else v for v in values)

    def checker(ctx: Context, value: Any, where: str) -> str:
        value_text = text(ctx, value, where)
        if value_text not in allowed:
            ctx.fail(where, f"{show(value_text)} is not one of: {', '.join(allowed)}")
        return value_text
    return checker


RATING = optional(whole(1, 5))
COUNT = whole(0)
OPT_ID = optional(ident)
OPT_NUMBER = optional(number)
