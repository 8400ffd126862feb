"""The bundled map templates and the sample map: their names, titles and where they live.

Templates and the sample are ordinary ``.cjm.json`` files under ``resources/`` (built by
``tools/build_resources.py``). A template loads as a fresh map stamped with the current
time; the sample loads exactly as stored.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ..model import JourneyMap
from ..model.vocab import LANGUAGES
from ..paths import resource
from .cjm_json import load_map

TEMPLATE_NAMES: tuple[str, ...] = (
    "blank",
    "stages-4",
    "stages-5",
    "stages-6",
    "discover-try-buy-use-support",
    "service-blueprint",
)

_TITLES: dict[str, tuple[str, str]] = {
    "blank": ("빈 지도", "Blank map"),
    "stages-4": ("4단계 여정", "4-stage journey"),
    "stages-5": ("5단계 여정", "5-stage journey"),
    "stages-6": ("6단계 여정", "6-stage journey"),
    "discover-try-buy-use-support": ("탐색·체험·구매·사용·지원",
                                     "Discover · Try · Buy · Use · Seek support"),
    "service-blueprint": ("서비스 블루프린트", "Service blueprint"),
}

SAMPLE_NAME = "food-delivery"


def _check_name(name: str) -> None:
    if name not in TEMPLATE_NAMES:
        raise ValueError(f"unknown template {name!r}; choose one of: {', '.join(TEMPLATE_NAMES)}")


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of: {', '.join(LANGUAGES)}")


def template_title(name: str, lang: str = "ko") -> str:
    """The human name of a template, e.g. "4단계 여정" / "4-stage journey"."""
    _check_name(name)
    _check_lang(lang)
    korean, english = _TITLES[name]
    return korean if lang == "ko" else english


def template_path(name: str, lang: str = "ko") -> Path:
    _check_name(name)
    _check_lang(lang)
    return resource("templates", f"{name}.{lang}.cjm.json")


def load_template(name: str, lang: str = "ko") -> JourneyMap:
    """A new map from a template, with created and modified set to now."""
    journey = load_map(template_path(name, lang))
    now = datetime.now().astimezone().isoformat(timespec="seconds")
    journey.update_info({"created": now, "modified": now})
    return journey


def sample_path(lang: str = "ko") -> Path:
    _check_lang(lang)
    return resource("samples", f"{SAMPLE_NAME}.{lang}.cjm.json")


def load_sample(lang: str = "ko") -> JourneyMap:
    """The bundled sample map ("ordering dinner with a delivery app")."""
    return load_map(sample_path(lang))


__all__ = ["SAMPLE_NAME", "TEMPLATE_NAMES", "load_sample", "load_template", "sample_path",
           "template_path", "template_title"]
