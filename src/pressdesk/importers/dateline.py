"""The dateline at the start of the lead, and the date-time of an embargo line."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from pressdesk.importers.months import DateMatch, digits_of, find_date, fold

_DASH = r"[-–—―‒]+"
_LOOK = 220  # a dateline sits in the first characters of a paragraph
_CONNECT = re.compile(r"(?:^|\s)(?:في|le)\s*$|[,،]\s*$|\(\s*$|\s[-–—]\s*$", re.I)
_MAX_CITY_WORDS = 5


@dataclass
class DatelineMatch:
    city: str
    date: str  # ISO date or ""
    rest: str  # the lead without its dateline
    digits: str = "latn"
    locales: frozenset[str] = frozenset()
    dropped: list[str] = field(default_factory=list)  # e.g. '(IOM)' beside the city


def _clean_city(text: str) -> tuple[str, list[str]]:
    """The city as written; '(IOM)' or '(الأردن)' beside it stays (nothing is lost)."""
    text = re.sub(r"(?:^|\s)(?:في|le)\s*$", "", text.strip(), flags=re.I)
    text = text.strip(" ,،-–—:/(")
    if text.count("(") > text.count(")"):
        text = text[: text.rfind("(")].strip(" ,،")
    return re.sub(r"\s+", " ", text), []


def _city_ok(city: str) -> bool:
    words = city.split()
    if not 0 < len(words) <= _MAX_CITY_WORDS or re.search(r"[\d٠-٩۰-۹.!?؟:«»\"“”]", city):
        return False
    # Latin-script cities are capitalised ("GENEVA", "Rio de Janeiro"), sentences are not
    return all(w[:1].isupper() or len(w) <= 3 or not w[:1].isascii() for w in words if w[:1].isalpha())


def split_dateline(text: str) -> DatelineMatch | None:
    """'30 نوفمبر 2021، القاهرة - ...', 'GENEVA, 10 July 2018 – ...', 'ז'נבה, 11 ביוני 2009 – ...'."""
    head = text[:_LOOK]
    date = find_date(head)
    if date is not None and date.start <= 120:
        found = _with_date(text, date)
        if found is not None:
            return found
    # a city alone: 'GENEVA – ...', 'القاهرة - ...'
    m = re.match(rf"^(?P<city>[^\s,،:\-–—]+(?:\s[^\s,،:\-–—]+){{0,2}})\s+{_DASH}\s+(?=\S)", head)
    if m and _city_ok(m.group("city")):
        city = m.group("city")
        latin = re.search(r"[A-Za-z]", city)
        if not latin or city.isupper():
            return DatelineMatch(city, "", text[m.end():].strip())
    return None


def _with_date(text: str, date: DateMatch) -> DatelineMatch | None:
    before, after = text[: date.start], text[date.end:]
    iso = date.date.isoformat()
    if not before.strip():
        # date first: '30 نوفمبر 2021، القاهرة - ...' or '30 November 2021 – ...'
        m = re.match(rf"^\s*[,،]?\s*(?P<city>[^\-–—:\n]{{0,60}}?)\s*(?:{_DASH}|:)\s*(?=\S)", after)
        if m:
            city, dropped = _clean_city(m.group("city"))
            if not city or _city_ok(city):
                return DatelineMatch(city, iso, after[m.end():].strip(), date.digits, date.locales, dropped)
        return None
    if not _CONNECT.search(before) and not before.rstrip().endswith(("،", ",")):
        return None
    city, dropped = _clean_city(before)
    if not _city_ok(city):
        return None
    m = re.match(rf"^\s*\)?\s*[,،]?\s*(?:{_DASH}|:)\s*", after)
    if m:
        return DatelineMatch(city, iso, after[m.end():].strip(), date.digits, date.locales, dropped)
    if after[:1] in (" ", "\u00a0") and text[:1].isupper():
        # 'GENEVA, 10 July 2018 The...' (no dash): accepted, the report says so
        return DatelineMatch(city, iso, after.strip(), date.digits, date.locales, [*dropped, "no dash"])
    return None


_TIME = re.compile(
    r"(?<!\d)(?P<h>[0-2]?\d)\s*(?:[:.h]|\s?h\s?)\s*(?P<min>[0-5]\d)?(?:\s*(?P<ampm>[ap]\.?\s?m\.?))?(?!\d)"
    r"|(?<!\d)(?P<h2>1[0-2]|0?[1-9])\s*(?P<ampm2>[ap]\.?\s?m\.?)", re.I)
_ZONE = re.compile(
    r"\b(?:(?P<name>GMT|UTC|CET|CEST|EET|EEST|BST|EST|EDT|CST|PST|AST|MSK|IRST|IST)"
    r"(?:\s*(?P<sign>[+-−])\s*(?P<oh>\d{1,2})(?::?(?P<om>\d\d))?)?)\b"
    r"|(?:توقيت غرينتش|بتوقيت غرينتش|بتوقيت جرينتش|غرينتش|گرینویچ|שעון גריניץ')", re.I)
_ZONES = {"gmt": 0, "utc": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180, "est": -300,
          "edt": -240, "cst": -360, "pst": -480, "ast": 180, "msk": 180, "irst": 210, "ist": 120}


@dataclass
class Embargo:
    until: str  # ISO date-time with offset, or "" when no date was found
    assumed_utc: bool = False
    digits: str = "latn"


def parse_embargo(text: str) -> Embargo:
    """The date, time and zone of 'EMBARGOED UNTIL 10:00 GMT, 3 December 2026' and the like."""
    date = find_date(text)
    if date is None:
        return Embargo("")
    folded = fold(text[: date.start] + " " * (date.end - date.start) + text[date.end:])
    hour, minute = 0, 0
    if m := _TIME.search(folded):
        if m.group("h") is not None:
            hour, minute = int(m.group("h")), int(m.group("min") or 0)
            ampm = (m.group("ampm") or "").lower()
        else:
            hour, ampm = int(m.group("h2")), (m.group("ampm2") or "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        if ampm.startswith("a") and hour == 12:
            hour = 0
        if hour > 23:
            hour = 0
    offset, assumed = 0, True
    if z := _ZONE.search(folded):
        assumed = False
        if z.group("name"):
            offset = _ZONES[z.group("name").lower()]
            if z.group("oh"):
                sign = -1 if z.group("sign") in ("-", "−") else 1
                offset = sign * (int(z.group("oh")) * 60 + int(z.group("om") or 0))
    when = dt.datetime.combine(date.date, dt.time(hour, minute),
                               tzinfo=dt.timezone(dt.timedelta(minutes=offset)))
    return Embargo(when.isoformat(), assumed, digits_of(text))
