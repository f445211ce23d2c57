"""Dates written in words, with CLDR month and day names (babel) for every regional variant.

Arabic: every ar-* locale CLDR knows (نوفمبر, تشرين الثاني, نونبر, جانفي ...) and the UN habit of
writing two names, "أيار/مايو"; Persian incl. Dari (fa-AF), Hebrew ("ביוני"), French, English.
Latin, Arabic-Indic and Persian digits.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

# languages whose regional variants differ in month names; the others use their base locale
_REGIONAL = ("ar", "fa")
_BASE = ("en", "fr", "he")
_DIGITS = {"arab": "٠١٢٣٤٥٦٧٨٩", "arabext": "۰۱۲۳۴۵۶۷۸۹"}
# One character for one character, so that positions in the folded text are positions in the text.
_FOLD = str.maketrans({
    **{d: str(i) for digits in _DIGITS.values() for i, d in enumerate(digits)},
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ئ": "ي", "ک": "ك", "ة": "ه", "ۀ": "ه",
    "ؤ": "و", "’": "'", "ʼ": "'", "׳": "'", "\u00a0": " ",
})


def fold(text: str) -> str:
    """Text for matching: digits to Latin, Arabic letter variants unified, lower case (same length)."""
    folded = text.translate(_FOLD)
    lowered = folded.lower()
    return lowered if len(lowered) == len(folded) else folded


def digits_of(text: str) -> str:
    """The numbering system of the digits in a piece of text: latn, arab or arabext."""
    for system, digits in _DIGITS.items():
        if any(d in text for d in digits):
            return system
    return "latn"


def _locales() -> list[str]:
    from babel.localedata import locale_identifiers

    names = set(locale_identifiers())
    out = list(_BASE)
    for lang in _REGIONAL:
        out += sorted(n for n in names if n == lang or (n.startswith(lang + "_") and n.count("_") == 1))
    return out


@dataclass(frozen=True)
class MonthName:
    month: int
    locales: frozenset[str]  # the CLDR locales (babel ids) that write the month this way


@cache
def month_names() -> dict[str, MonthName]:
    """Folded month name -> month number and the locales using it (wide and abbreviated)."""
    from babel import Locale

    found: dict[str, tuple[int, set[str]]] = {}
    for ident in _locales():
        loc = Locale.parse(ident)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for month, name in loc.months.get(context, {}).get(width, {}).items():
                    key = fold(name.strip(".").strip())
                    if len(key) < 2 or key.isdigit():  # آب (August, Levant) has two letters
                        continue
                    if key in found and found[key][0] != month:
                        continue  # an abbreviation that names two months: not usable
                    found.setdefault(key, (month, set()))[1].add(ident)
    return {k: MonthName(m, frozenset(ls)) for k, (m, ls) in found.items()}


@cache
def weekday_pattern() -> str:
    from babel import Locale

    names: set[str] = set()
    for ident in ("ar", "en", "fr", "fa", "he", "fa_AF"):
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                names |= {fold(n.strip(".")) for n in Locale.parse(ident).days[context][width].values()}
    names = {n for n in names if len(n) >= 3}
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


def _alternation() -> str:
    return "|".join(re.escape(n) for n in sorted(month_names(), key=len, reverse=True))


@cache
def date_regex() -> re.Pattern[str]:
    names = _alternation()
    # Hebrew attaches ב/ל to the month ("ביוני"); the UN writes two names ("أيار/مايو", "أيار (مايو)")
    month = (rf"(?<!\w)(?:[בל]-?)?(?P<m>{names})(?:\s*[/(]\s*(?:[בל]-?)?(?P<m2>{names})\s*\)?)?(?!\w)\.?")
    day = r"(?P<d>[0-3]?\d)(?:er|st|nd|rd|th|\.)?"
    year = r"(?P<y>(?:19|20)\d\d)(?!\d)"
    weekday = rf"(?:(?:{weekday_pattern()})[,،]?\s+)?"
    forms = [
        rf"{weekday}(?:the\s+)?{day}\s*(?:de\s+|of\s+)?{month}[,،]?\s*{year}",
        rf"{weekday}{month.replace('(?P<m>', '(?P<m_us>').replace('(?P<m2>', '(?P<m2_us>')}"
        rf"\s+(?P<d_us>[0-3]?\d)(?:st|nd|rd|th)?[,،]?\s+(?P<y_us>(?:19|20)\d\d)(?!\d)",
        r"(?<!\d)(?P<y_iso>(?:19|20)\d\d)[-/.](?P<m_iso>[01]?\d)[-/.](?P<d_iso>[0-3]?\d)(?!\d)",
        r"(?<!\d)(?P<d_num>[0-3]?\d)[/.](?P<m_num>[01]?\d)[/.](?P<y_num>(?:19|20)\d\d)(?!\d)",
    ]
    return re.compile("|".join(f"(?:{f})" for f in forms))


@dataclass
class DateMatch:
    start: int
    end: int
    date: dt.date
    locales: frozenset[str]  # locales whose month names fit (empty for numeric dates)
    digits: str


def find_date(text: str, start: int = 0, end: int | None = None) -> DateMatch | None:
    """The first date in text[start:end] written as a day, a month and a year."""
    folded = fold(text)
    for m in date_regex().finditer(folded, start, len(text) if end is None else end):
        g = m.groupdict()
        names = month_names()
        locales: frozenset[str] = frozenset()
        try:
            if g.get("m") or g.get("m_us"):
                first = names[g.get("m") or g.get("m_us") or ""]
                locales = first.locales
                if second := g.get("m2") or g.get("m2_us"):
                    locales = locales | names[second].locales
                day, year = int(g.get("d") or g.get("d_us") or 0), int(g.get("y") or g.get("y_us") or 0)
                when = dt.date(year, first.month, day)
            elif g.get("y_iso"):
                when = dt.date(int(g["y_iso"]), int(g["m_iso"]), int(g["d_iso"]))
            else:
                when = dt.date(int(g["y_num"]), int(g["m_num"]), int(g["d_num"]))
        except (ValueError, KeyError):
            continue
        return DateMatch(m.start(), m.end(), when, locales, digits_of(text[m.start():m.end()]))
    return None


def regional_variant(language: str, locales: frozenset[str]) -> str:
    """'ar-MA' when the month names are Moroccan only, etc.; the language itself otherwise."""
    base = language.split("-")[0]
    if not locales or base in locales or "-" in language:
        return language
    regional = sorted(loc for loc in locales if loc.startswith(base + "_"))
    return regional[0].replace("_", "-") if regional else language
