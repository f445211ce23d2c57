"""The release's language from its text: script counts, then letters or common words."""

from __future__ import annotations

import re
from collections import Counter

_PERSIAN_LETTERS = set("پچژگکی")  # letters Arabic does not use (ک and ی also in Arabic-script Urdu)
_ARABIC_ONLY = set("ةيكى")  # Persian writes ی/ک, and ة rarely
_SAMPLE = 50000  # characters enough to tell
_WORD = re.compile(r"[^\W\d_]+")
_FRENCH = {"le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "qui", "que", "sur",
           "au", "aux", "avec", "par", "ont", "sont", "été", "cette", "nous", "il", "elle", "à", "d", "l"}
_ENGLISH = {"the", "and", "of", "to", "in", "is", "for", "that", "with", "on", "was", "are", "by",
            "this", "from", "have", "has", "will", "said", "its", "their", "an", "be", "at", "it"}


def detect_language(text: str) -> str:
    """'ar', 'fa', 'he', 'fr' or 'en' (the default when nothing tells)."""
    text = text[:_SAMPLE]
    scripts: Counter[str] = Counter()
    persian = arabic_only = 0
    for ch in text:
        if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufeff":
            scripts["arab"] += 1
            persian += ch in _PERSIAN_LETTERS
            arabic_only += ch in _ARABIC_ONLY
        elif "\u0590" <= ch <= "\u05ff":
            scripts["hebr"] += 1
        elif (ch.isalpha() and ch.isascii()) or "\u00c0" <= ch <= "\u024f":
            scripts["latn"] += 1
    if not scripts:
        return "en"
    script = scripts.most_common(1)[0][0]
    if script == "hebr":
        return "he"
    if script == "arab":
        return "fa" if persian > arabic_only else "ar"
    words = Counter(w.lower() for w in _WORD.findall(text.replace("’", " ").replace("'", " ")))
    fr = sum(n for w, n in words.items() if w in _FRENCH)
    en = sum(n for w, n in words.items() if w in _ENGLISH)
    return "fr" if fr > en else "en"
