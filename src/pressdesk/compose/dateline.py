"""Datelines and embargo times, formatted with CLDR data through babel."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

from pressdesk.compose.digits import DIGITS, to_digits
from pressdesk.compose.direction import language_direction
from pressdesk.compose.document import Direction

__all__ = ["DIGITS", "format_dateline", "format_embargo", "to_digits"]


def _locale(language: str) -> Any:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        try:
            return Locale.parse(language.split("-")[0])
        except (UnknownLocaleError, ValueError):
            return Locale.parse("en")


def format_long_date(date: dt.date, language: str) -> str:
    """'30 نوفمبر 2021', '30 تشرين الثاني 2021' (ar-IQ), '30 November 2021'."""
    from babel.dates import format_date

    return format_date(date, "d MMMM y", locale=_locale(language))


def format_dateline(
    city: str, iso_date: str, language: str, labels: dict[str, Any], digits: str = "latn"
) -> str:
    """The dateline in the release's language, e.g. '30 نوفمبر 2021، القاهرة - '."""
    if not city.strip() and not iso_date:
        return ""
    date_text = ""
    if iso_date:
        try:
            date_text = format_long_date(dt.date.fromisoformat(iso_date), language)
        except ValueError:
            date_text = iso_date
    # the digits setting is for the date: a city is kept as typed ("6th of October City", and
    # a hostile "COVID-19" that became COVID-١٩ in an English release, read backwards)
    date_text = to_digits(date_text, digits)
    city = city.strip()
    if labels.get("city_upper"):
        city = city.upper()
    city = _end_numbers(city, language)
    if not city:
        pattern = "{date} – " if "–" in labels["dateline"] else "{date} - "
        return pattern.format(date=date_text)
    if not date_text:
        return f"{city} – " if "–" in labels["dateline"] else f"{city} - "
    return labels["dateline"].format(city=city, date=date_text)


def _end_numbers(city: str, language: str) -> str:
    """A left-to-right mark after a city that ends in Arabic-Indic digits, in a left-to-right
    dateline: else the bidi algorithm joins them, across the separator, to the date's digits
    in one right-to-left run ('COVID-١٩, ٣٠ November' shown and copied as 'COVID-٣٠ ,١٩')."""
    last = next((unicodedata.bidirectional(ch) for ch in reversed(city)
                 if unicodedata.bidirectional(ch) in ("L", "R", "AL", "EN", "AN")), None)
    if last == "AN" and language_direction(language) is Direction.LTR:
        return city + "\u200e"  # LRM
    return city


def format_embargo(until: str, language: str, labels: dict[str, Any], digits: str = "latn") -> str:
    """'EMBARGOED UNTIL 3 December 2026, 10:00 (UTC+02:00)'."""
    try:
        when = dt.datetime.fromisoformat(until)
    except (TypeError, ValueError):
        return labels["release_embargoed"].format(datetime=until or "")
    from babel.dates import format_time

    loc = _locale(language)
    text = (
        f"{format_long_date(when.date(), language)}{labels['list_separator']}"
        f"{format_time(when.time(), 'HH:mm', locale=loc)}"
    )
    offset = when.utcoffset()
    if offset is not None:
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        text += f" (UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d})"
    return to_digits(labels["release_embargoed"].format(datetime=text), digits)
