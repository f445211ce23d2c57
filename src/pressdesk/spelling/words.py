"""Split text into the words a spell checker looks at, and say which dictionary each needs.

URLs, e-mail addresses, anything holding a digit and Latin acronyms (``IMRF``, ``UNHCR``)
are never words to check. Harakat and tatweel are dropped before a look-up, so that a
vocalised or stretched word is checked as the plain word it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# Combining marks that are part of a word: Latin accents, Arabic harakat, Quranic marks,
# superscript alef; ZWNJ/ZWJ join Persian word parts.
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u200c\u200d"
_LETTER = rf"(?:[^\W\d_]|[{_MARKS}])"
_TOKEN = re.compile(
    r"(?P<skip>(?:https?://|ftp://|www\.)\S+"  # links
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|[^\s(\[{«“\"]*\d\S*)"  # anything with a digit: 2022, COVID-19, 30م
    rf"|(?P<word>{_LETTER}+(?:['’\-]{_LETTER}+)*)"
)
_STRIP = re.compile("[\u064b-\u065f\u0670\u0640\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u200d]")

ARABIC, LATIN, HEBREW, OTHER = "arabic", "latin", "hebrew", "other"


@dataclass(frozen=True)
class Word:
    start: int  # offset in the text (Python str index)
    end: int
    text: str  # as written
    script: str

    @property
    def plain(self) -> str:
        """The word without harakat and tatweel: what the dictionary is asked about."""
        return _STRIP.sub("", self.text) if self.script == ARABIC else self.text


def script_of(ch: str) -> str:
    code = ord(ch)
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF \
            or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return ARABIC
    if 0x0590 <= code <= 0x05FF or 0xFB1D <= code <= 0xFB4F:
        return HEBREW
    if code < 0x0250 or 0x1E00 <= code <= 0x1EFF or 0xFB00 <= code <= 0xFB06:
        return LATIN
    return OTHER


def is_acronym(word: str) -> bool:
    """``IMRF``, ``UNHCR``, ``ONG``: Latin capitals (and an ``s``, as in ``NGOs``)."""
    core = word[:-1] if len(word) > 2 and word.endswith("s") else word
    return len(core) >= 2 and core.isupper()


def words(text: str) -> Iterator[Word]:
    """The words to check in ``text``, in order."""
    for match in _TOKEN.finditer(text):
        if match.lastgroup != "word":
            continue
        runs = _script_runs(match.group(), match.start())
        for start, token, script in runs:
            if script == OTHER or len(token) < 2:
                continue
            if script == LATIN and is_acronym(token):
                continue
            if script == ARABIC and len(runs) > 1:
                continue  # a prefix joined to a Latin word: "وUNHCR", "بـIMRF"
            yield Word(start, start + len(token), token, script)


def _script_runs(token: str, offset: int) -> list[tuple[int, str, str]]:
    """Split a token where its script changes; marks stay with the letter before them."""
    runs: list[tuple[int, str, str]] = []
    start, current = 0, script_of(token[0])
    for i, ch in enumerate(token[1:], 1):
        script = script_of(ch)
        if script != current and script != OTHER and ch not in "'’-":
            runs.append((offset + start, token[start:i], current))
            start, current = i, script
    runs.append((offset + start, token[start:], current))
    return runs


def dictionary_for(script: str, language: str, english: str = "en_GB") -> str | None:
    """The dictionary name (``ar``, ``en_GB``, ``en_US``, ``fr``) for a word, or None.

    The release's language decides for words in its own script (``en-US`` → ``en_US``,
    ``fr-CA`` → ``fr``); a Latin word in an Arabic, Persian or Hebrew release is English, in
    the variant the template sets; an Arabic-script word in a Persian or Urdu release needs
    that language's dictionary, not Arabic's.
    """
    parts = language.replace("_", "-").split("-")
    base = parts[0].lower()
    region = parts[1].upper() if len(parts) > 1 and len(parts[1]) == 2 else ""
    if script == ARABIC:
        return base if base in ("fa", "ur", "ps", "ku", "ckb", "sd", "ug") else "ar"
    if script == HEBREW:
        return "he"
    if script == LATIN:
        if base == "en":
            if region in ("US", "PH", "PR", "UM", "VI", "AS", "GU", "MP"):
                return "en_US"
            return "en_GB" if region else english
        if base in ("fr", "de", "es", "it", "pt", "nl", "tr"):
            return base
        return english
    return None


def english_variant(tag: str | None) -> str:
    """``en-US`` → ``en_US``; anything else (``en-GB``, unset) → ``en_GB``."""
    return "en_US" if tag and tag.replace("_", "-").upper() == "EN-US" else "en_GB"
