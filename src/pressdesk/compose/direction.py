"""Text direction from a language tag and from the characters of a text."""

from __future__ import annotations

import unicodedata
from functools import cache

from pressdesk.compose.document import Direction

_RTL_LANGS = frozenset({"ar", "fa", "he", "iw", "ur", "ps", "yi", "dv", "ckb", "sd", "ug", "syr"})


@cache
def language_direction(language: str) -> Direction:
    """Direction of a language, from CLDR through babel (with a built-in list as a floor)."""
    base = language.split("-")[0].lower()
    try:
        from babel import Locale

        order = Locale.parse(language.replace("-", "_")).character_order
        return Direction.RTL if order == "right-to-left" else Direction.LTR
    except Exception:
        return Direction.RTL if base in _RTL_LANGS else Direction.LTR


def char_direction(ch: str) -> Direction | None:
    """Strong direction of one character, or None for digits, spaces and punctuation."""
    bidi = unicodedata.bidirectional(ch)
    if bidi == "L":
        return Direction.LTR
    if bidi in ("R", "AL"):
        return Direction.RTL
    return None


def text_direction(text: str, default: Direction) -> Direction:
    """A paragraph's direction from its words: the default unless the other side clearly wins.

    Words are counted, not characters, so a URL or e-mail counts as one word and an
    Arabic paragraph that opens with a Latin acronym stays right-to-left.
    """
    counts = {Direction.LTR: 0, Direction.RTL: 0}
    for word in text.split():
        for ch in word:
            d = char_direction(ch)
            if d is not None:
                counts[d] += 1
                break
    mine, other = counts[default], counts[_opposite(default)]
    if other == 0 or mine * 2 >= other:
        return default
    return _opposite(default)


def _opposite(d: Direction) -> Direction:
    return Direction.RTL if d is Direction.LTR else Direction.LTR
