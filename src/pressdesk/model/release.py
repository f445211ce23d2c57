"""The release: what a communications officer writes, independent of any output format."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pressdesk.model.markup import escape, plain

FORMAT_NAME = "pressdesk.release"
FORMAT_VERSION = 2  # 2: image and list blocks, inline markup (model/markup.py)
RELEASE_KINDS = ("immediate", "embargoed")
BLOCK_TYPES = ("paragraph", "quote", "image", "list")
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
    """A body block. ``text`` (paragraph, quote) and ``items`` (list) hold inline markup;
    an image has ``src`` (relative to the release file, absolute, or a ``data:`` URI),
    ``caption``, ``credit`` and ``alt`` (plain text)."""

    type: str = "paragraph"
    text: str = ""
    speaker: str = ""
    role: str = ""
    lead_in: str = ""  # e.g. "وقالت", "وأضاف", "Added"
    src: str = ""
    caption: str = ""
    credit: str = ""
    alt: str = ""
    ordered: bool = False
    items: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def is_quote(self) -> bool:
        return self.type == "quote"

    @property
    def is_image(self) -> bool:
        return self.type == "image"

    @property
    def is_list(self) -> bool:
        return self.type == "list"

    def words(self) -> str:
        """The block's words as a reader sees them (markup removed)."""
        if self.is_image:
            return f"{self.caption} {self.credit}"
        if self.is_list:
            return " ".join(plain(t) for t in self.items)
        return plain(self.text)


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
    # the folder of the file it was loaded from or saved to (not saved in the file): image
    # paths are relative to it; None for a release made in this session
    base_dir: Path | None = field(default=None, compare=False, repr=False)

    def word_count(self) -> int:
        """Words a reader sees in the body, background and notes."""
        parts = [self.headline, self.subheadline]
        parts += [b.words() for b in self.body]
        parts += [plain(t) for t in self.background + self.notes_to_editors]
        return sum(len(p.split()) for p in parts)


def make_literal(release: Release) -> None:
    """Escape the markup characters of every field that holds inline markup, for text that
    was written as plain text (an imported document): ``*`` stays an asterisk."""
    for block in release.body:
        block.text = escape(block.text)
        block.items = [escape(t) for t in block.items]
    release.background = [escape(t) for t in release.background]
    release.notes_to_editors = [escape(t) for t in release.notes_to_editors]
