"""Words that PressDesk itself puts into a release, in the release's language (data files)."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

FALLBACK = "en"


@cache
def _table(base: str) -> dict[str, Any]:
    node = resources.files("pressdesk").joinpath(f"resources/labels/{base}.toml")
    if not node.is_file():
        return {}
    return tomllib.loads(node.read_text("utf-8"))


def labels_for(language: str, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """Labels for a BCP 47 tag: English as the floor, the base language, then overrides."""
    base = language.split("-")[0].lower()
    merged = {**_table(FALLBACK), **_table(base)}
    if overrides:
        merged.update(overrides)
    return merged
