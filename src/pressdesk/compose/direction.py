"""Text direction from a language tag and from the characters of a text."""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

from pressdesk.compose.document import Direction

# The one list of right-to-left languages (a floor under CLDR) and of the languages written in
# the Arabic and Hebrew scripts; renderers and the GUI ask these functions, never a list of their own.
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "iw", "ur", "ps", "yi", "dv", "ckb", "sd", "ug", "syr", "prs"})
ARABIC_SCRIPT_LANGUAGES = frozenset({"ar", "fa", "ur", "ps", "ckb", "ku", "sd", "ug", "prs", "pnb", "ks"})
HEBREW_SCRIPT_LANGUAGES = frozenset({"he", "iw", "yi"})


def base_language(language: str) -> str:
    """``ar`` for ``ar-EG``, ``ar_EG`` or ``AR``."""
    return (language or "").replace("_", "-").split("-")[0].lower()


def is_rtl_language(language: str) -> bool:
    """Whether a language is written right to left (the list alone: no CLDR look-up)."""
    return base_language(language) in RTL_LANGUAGES


def language_script(language: str) -> str:
    """``arabic``, ``hebrew`` or ``latin``: the script (and FontSpec key) of a language."""
    base = base_language(language)
    if base in ARABIC_SCRIPT_LANGUAGES:
        return "arabic"
    if base in HEBREW_SCRIPT_LANGUAGES:
        return "hebrew"
    return "latin"


@cache
def language_direction(language: str) -> Direction:
    """Direction of a language, from CLDR through babel (with a built-in list as a floor)."""
    base = base_language(language)
    try:
        from babel import Locale

        order = Locale.parse(language.replace("-", "_")).character_order
        return Direction.RTL if order == "right-to-left" else Direction.LTR
    except Exception:
        return Direction.RTL if base in RTL_LANGUAGES else Direction.LTR


@lru_cache(maxsize=4096)
def char_script(ch: str) -> str | None:
    """``arabic``, ``hebrew``, ``latin`` for letters (and marks) of those scripts; ``None``
    for neutrals (digits, punctuation, spaces, symbols) that follow their context. The PDF's
    fonts and the preview's follow it."""
    cp = ord(ch)
    category = unicodedata.category(ch)
    if 0x0600 <= cp <= 0x08FF or 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
        return "arabic" if category[0] in "LM" or 0x0660 <= cp <= 0x06FF else None
    if 0x0590 <= cp <= 0x05FF or 0xFB1D <= cp <= 0xFB4F:
        return "hebrew" if category[0] in "LM" else None
    return "latin" if category[0] == "L" else None


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


# Letters of the Persian alphabet that Arabic does not use (Urdu shares some; it is not offered)
PERSIAN_LETTERS = frozenset("پچژگکی")


def block_language(text: str, direction: Direction, language: str, english: str) -> str:
    """The language to tag a paragraph with: the release's, unless the paragraph runs the
    other way (``text_direction``), so that it is in another language: then ``english`` (the
    template's English, the one Latin words in a right-to-left release are spell-checked in)
    for a left-to-right paragraph, or the right-to-left language its letters are written in.
    """
    if direction is language_direction(language):
        return language
    if direction is Direction.LTR:
        return english
    if "hebrew" in {char_script(ch) for ch in text}:
        return "he"
    return "fa" if PERSIAN_LETTERS.intersection(text) else "ar"


def _opposite(d: Direction) -> Direction:
    return Direction.RTL if d is Direction.LTR else Direction.LTR
