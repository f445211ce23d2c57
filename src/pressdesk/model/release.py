"""The release: what a communications officer writes, independent of any output format."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FORMAT_NAME = "pressdesk.release"
FORMAT_VERSION = 1
RELEASE_KINDS = ("immediate", "embargoed")
BLOCK_TYPES = ("paragraph", "quote")
DIGIT_SYSTEMS = ("latn", "arab", "arabext")


@dataclass
class ReleaseLine:
    kind: str = "immediate"
    until: str | None = None  # ISO 8601 date-time with offset, for embargoes
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Dateline:
    city: str = ""
    date: str = ""  # ISO 8601 date
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class BodyBlock:
    type: str = "paragraph"
    text: str = ""
    speaker: str = ""
    role: str = ""
    lead_in: str = ""  # e.g. "وقالت", "وأضاف", "Added"
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def is_quote(self) -> bool:
        return self.type == "quote"


@dataclass
class Contact:
    name: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Release:
    language: str = "ar"
    template: str = "classic"
    template_version: str = ""
    release: ReleaseLine = field(default_factory=ReleaseLine)
    headline: str = ""
    subheadline: str = ""
    dateline: Dateline = field(default_factory=Dateline)
    body: list[BodyBlock] = field(default_factory=list)
    background: list[str] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    boilerplate: str | None = None  # None: the template's boilerplate for this language
    notes_to_editors: list[str] = field(default_factory=list)
    digits: str | None = None  # None: the template's choice for the dateline
    keywords: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def word_count(self) -> int:
        """Words a reader sees in the body, background and notes."""
        parts = [self.headline, self.subheadline]
        parts += [b.text for b in self.body]
        parts += self.background + self.notes_to_editors
        return sum(len(p.split()) for p in parts)
