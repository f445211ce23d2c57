"""The pre-flight rules: each takes the check's context and yields findings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from pressdesk.checks import text_rules
from pressdesk.checks.fields import text_fields
from pressdesk.checks.finding import ERROR, INFO, WARNING, Finding, path_text
from pressdesk.model import Release
from pressdesk.spelling import SpellChecker, english_variant
from pressdesk.templating.placeholders import is_placeholder, placeholder_matcher
from pressdesk.templating.template import Template

DATELINE_DAYS = 7
DEFAULT_HEADLINE_MAX = 110


@dataclass
class Context:
    release: Release
    template: Template
    now: dt.datetime  # aware, the moment of the check
    checker: SpellChecker | None = None  # None: no spell check
    headline_max: int | None = None  # None: the template's [checks] headline_max_chars
    suggestions: bool = True
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def today(self) -> dt.date:
        return self.now.date()

    def headline_limit(self) -> int:
        if self.headline_max is not None:
            return self.headline_max
        value = self.template.settings.get("checks", {}).get("headline_max_chars")
        return value if isinstance(value, int) and value > 0 else DEFAULT_HEADLINE_MAX

    def english(self) -> str:
        return english_variant(self.template.settings.get("spelling", {}).get("english"))

    def boilerplate(self) -> str:
        """The boilerplate that goes out: the release's own, else the template's."""
        if self.release.boilerplate is not None:
            return self.release.boilerplate
        return self.template.text_for("identity", "boilerplate", self.release.language)


Rule = Callable[[Context], Iterator[Finding]]


# --- errors -------------------------------------------------------------------------------
def placeholders(ctx: Context) -> Iterator[Finding]:
    r = ctx.release
    if r.boilerplate is None and is_placeholder(ctx.template, "boilerplate", r.language):
        yield Finding("boilerplate", "placeholder", ERROR, "placeholder.boilerplate")
    is_placeholder_text = placeholder_matcher(ctx.template)
    for path, text in text_fields(r):
        if is_placeholder_text(text):
            msg = "placeholder.boilerplate" if path == ("boilerplate",) else "placeholder.text"
            yield Finding(path_text(path), "placeholder", ERROR, msg)


def embargo(ctx: Context) -> Iterator[Finding]:
    line = ctx.release.release
    if line.kind != "embargoed":
        return
    value = (line.until or "").strip()
    if not value:
        yield Finding("release.until", "embargo", ERROR, "embargo.missing")
        return
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        yield Finding("release.until", "embargo", ERROR, "embargo.invalid", {"value": value})
        return
    if when.tzinfo is None or when.utcoffset() is None:
        yield Finding("release.until", "embargo", ERROR, "embargo.no_zone", {"value": value})
    elif when < ctx.now:
        yield Finding("release.until", "embargo", ERROR, "embargo.past", {"value": value})


def contacts(ctx: Context) -> Iterator[Finding]:
    def filled(items: list[object]) -> bool:
        for c in items:
            values = c.values() if isinstance(c, dict) else (
                getattr(c, "name", ""), getattr(c, "email", ""), getattr(c, "phone", ""))
            if any(str(v).strip() for v in values):
                return True
        return False

    defaults = ctx.template.settings.get("identity", {}).get("contacts", [])
    if not filled(list(ctx.release.contacts)) and not filled(list(defaults)):
        yield Finding("contacts", "contacts", ERROR, "contacts.none")


def speakers(ctx: Context) -> Iterator[Finding]:
    number = 0
    for i, block in enumerate(ctx.release.body):
        if not block.is_quote:
            continue
        number += 1
        if block.text.strip() and not block.speaker.strip():
            yield Finding(f"body[{i}].speaker", "speaker", ERROR, "speaker.missing", {"number": number})


def headline(ctx: Context) -> Iterator[Finding]:
    text = ctx.release.headline.strip()
    if not text:
        yield Finding("headline", "headline", ERROR, "headline.empty")
        return
    limit = ctx.headline_limit()
    if len(text) > limit:
        yield Finding("headline", "headline-length", WARNING, "headline.long",
                      {"count": len(text), "limit": limit})


def emails(ctx: Context) -> Iterator[Finding]:
    for i, contact in enumerate(ctx.release.contacts):
        value = contact.email.strip()
        if value and not text_rules.valid_email(value):
            yield Finding(f"contacts[{i}].email", "email", ERROR, "email.invalid", {"value": value},
                          word=value)


def links(ctx: Context) -> Iterator[Finding]:
    for path, text in text_fields(ctx.release):
        for start, end, link in text_rules.bad_links(text):
            yield Finding(path_text(path), "link", ERROR, "link.invalid", {"value": link}, word=link,
                          start=start, end=end)


# --- warnings -----------------------------------------------------------------------------
def spelling(ctx: Context) -> Iterator[Finding]:
    checker = ctx.checker
    if checker is None:
        return
    if checker.engine_missing:
        yield Finding("", "spelling", INFO, "spelling.no_engine")
        return
    language, english = ctx.release.language, ctx.english()
    for path, text in text_fields(ctx.release):
        for miss in checker.misspellings(text, language, english):
            suggestions = checker.suggestions(miss.word, miss.dictionary) if ctx.suggestions else []
            yield Finding(path_text(path), "spelling", WARNING, "spelling.word", {"word": miss.word},
                          word=miss.word, suggestions=tuple(suggestions), start=miss.start, end=miss.end)
    for name in checker.missing():
        yield Finding("", "spelling", INFO, "spelling.no_dictionary", {"name": name})


def dateline(ctx: Context) -> Iterator[Finding]:
    value = ctx.release.dateline.date.strip()
    try:
        date = dt.date.fromisoformat(value)
    except ValueError:
        return
    days = abs((date - ctx.today).days)
    if days > DATELINE_DAYS:
        yield Finding("dateline.date", "dateline", WARNING, "dateline.far", {"value": value, "days": days})


def boilerplate(ctx: Context) -> Iterator[Finding]:
    if not ctx.boilerplate().strip():
        yield Finding("boilerplate", "boilerplate", WARNING, "boilerplate.missing",
                      {"language": ctx.release.language})


def digits(ctx: Context) -> Iterator[Finding]:
    for path, text in text_fields(ctx.release):
        for start, end, number in text_rules.mixed_numbers(text):
            yield Finding(path_text(path), "digits", WARNING, "digits.mixed", {"word": number},
                          word=number, start=start, end=end)


def brackets(ctx: Context) -> Iterator[Finding]:
    for path, text in text_fields(ctx.release):
        for offset, mark in text_rules.unbalanced(text):
            yield Finding(path_text(path), "brackets", WARNING, "brackets.unbalanced", {"word": mark},
                          word=mark, start=offset, end=offset + 1)


def bidi(ctx: Context) -> Iterator[Finding]:
    for path, text in text_fields(ctx.release):
        if text_rules.has_controls(text):
            yield Finding(path_text(path), "bidi", WARNING, "bidi.controls")


RULES: tuple[Rule, ...] = (
    headline, placeholders, embargo, contacts, speakers, emails, links,
    spelling, dateline, boilerplate, digits, brackets, bidi,
)
