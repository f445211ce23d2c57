"""The renderer-neutral document that ``compose`` builds and every renderer consumes.

Renderers (HTML, DOCX, PDF, the preview) read only this: labels are resolved, the
dateline is formatted, every block carries its language and direction, and inline
runs say which parts are links, e-mails or embedded opposite-direction text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class Direction(StrEnum):
    LTR = "ltr"
    RTL = "rtl"


class Role(StrEnum):
    """What a block is; renderers style by role and never by position."""

    RELEASE_LINE = "release-line"
    HEADLINE = "headline"
    SUBHEADLINE = "subheadline"
    LEAD = "lead"  # first paragraph, starting with the dateline run
    PARAGRAPH = "paragraph"
    QUOTE = "quote"
    QUOTE_ATTRIBUTION = "quote-attribution"  # only for pull quotes
    BACKGROUND_HEADING = "background-heading"
    BACKGROUND = "background"
    CONTACTS_HEADING = "contacts-heading"
    CONTACT = "contact"
    BOILERPLATE_HEADING = "boilerplate-heading"
    BOILERPLATE = "boilerplate"
    NOTES_HEADING = "notes-heading"
    NOTE = "note"
    END_MARK = "end-mark"


HEADING_ROLES = frozenset(
    {
        Role.HEADLINE,
        Role.SUBHEADLINE,
        Role.BACKGROUND_HEADING,
        Role.CONTACTS_HEADING,
        Role.BOILERPLATE_HEADING,
        Role.NOTES_HEADING,
    }
)


class RunKind(StrEnum):
    TEXT = "text"
    LINK = "link"  # http(s) URL; href is the URL
    EMAIL = "email"  # href is "mailto:<address>"
    DATELINE = "dateline"  # the formatted dateline at the start of the lead
    LINE_BREAK = "line-break"  # text is "\n"


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of inline text.

    ``direction`` is set only when the run is embedded text whose direction is the
    opposite of its block's (a Latin acronym, e-mail or URL inside Arabic, Arabic
    inside English). Renderers isolate such runs (``<bdi>``/``dir`` in HTML, FSI/PDI
    in DOCX and PDF) so they keep their internal order and their place.
    """

    text: str
    kind: RunKind = RunKind.TEXT
    href: str | None = None
    direction: Direction | None = None
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True, slots=True)
class Block:
    role: Role
    runs: tuple[Run, ...]
    direction: Direction
    language: str

    @property
    def text(self) -> str:
        """The block's logical (reading-order) text."""
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True, slots=True)
class FontSpec:
    """Font families for one role, per script; sizes are in points."""

    arabic: str
    latin: str
    hebrew: str
    size: float
    bold: bool = False
    italic: bool = False

    def family_for(self, script: str) -> str:
        """Family for a script name: ``arabic`` (also Persian, Urdu), ``hebrew`` or ``latin``."""
        return {"arabic": self.arabic, "hebrew": self.hebrew}.get(script, self.latin)


@dataclass(frozen=True, slots=True)
class RoleStyle:
    """Resolved look of one role. Colours are ``#rrggbb``; spacing in points."""

    font: FontSpec
    color: str = "#000000"
    background: str | None = None
    space_before: float = 0.0
    space_after: float = 6.0
    line_height: float = 1.4  # multiple of the font size
    align: str = "start"  # start | center | end | justify (logical: start is right in RTL)
    rule_above: bool = False
    rule_below: bool = False
    rule_color: str = "#999999"
    indent: float = 0.0  # points, on both sides (quotes)
    border_start: float = 0.0  # width of a bar on the start side (pull quotes), points
    keep_with_next: bool = False
    uppercase: bool = False  # only applied to Latin scripts


@dataclass(frozen=True, slots=True)
class PageSpec:
    size: str = "A4"  # A4 | Letter
    margin_top_mm: float = 25.0
    margin_bottom_mm: float = 22.0
    margin_start_mm: float = 22.0
    margin_end_mm: float = 22.0

    @property
    def size_mm(self) -> tuple[float, float]:
        return (215.9, 279.4) if self.size.lower() == "letter" else (210.0, 297.0)


@dataclass(frozen=True, slots=True)
class Identity:
    """The organisation as shown in the header and metadata."""

    name: str = ""
    logo: Path | None = None  # PNG or JPEG inside the template folder, already checked
    accent: str = "#1f4e79"


@dataclass(frozen=True, slots=True)
class PageFurniture:
    """Header and footer content, already in the release's language."""

    header_text: str = ""
    show_logo: bool = True
    footer_text: str = ""
    page_label: str = "Page {page} of {pages}"  # localised; digits are formatted by renderers
    digits: str = "latn"  # numbering system for page numbers: latn | arab | arabext


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str
    author: str
    subject: str = ""
    keywords: tuple[str, ...] = ()
    date: str = ""  # ISO date of the release


@dataclass(frozen=True, slots=True)
class Document:
    language: str  # BCP 47
    direction: Direction
    blocks: tuple[Block, ...]
    styles: dict[Role, RoleStyle]
    page: PageSpec = field(default_factory=PageSpec)
    identity: Identity = field(default_factory=Identity)
    furniture: PageFurniture = field(default_factory=PageFurniture)
    metadata: Metadata = field(default_factory=lambda: Metadata(title="", author=""))
    template_id: str = ""
    html_layout: str | None = None  # sandboxed Jinja override from the template, if any

    def style(self, role: Role) -> RoleStyle:
        return self.styles[role]
