"""The renderer-neutral document that ``compose`` builds and every renderer consumes.

Renderers (HTML, DOCX, PDF, the preview) read only this: labels are resolved, the
dateline is formatted, every block carries its language and direction, and inline
runs say which parts are links, e-mails or embedded opposite-direction text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from pressdesk.doctypes import (
    HEADING_ROLES,
    Direction,
    FontSpec,
    PageSpec,
    Role,
    RoleStyle,
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
    """One paragraph of the document.

    ``keep_with_next`` is decided by compose (headings, a pull quote before its
    attribution, roles the template keeps with what follows); every paginated renderer
    keeps the block on the page of the next one.
    """

    role: Role
    runs: tuple[Run, ...]
    direction: Direction
    language: str
    keep_with_next: bool = False

    @property
    def text(self) -> str:
        """The block's logical (reading-order) text."""
        return "".join(r.text for r in self.runs)


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

    def style(self, role: Role) -> RoleStyle:
        return self.styles[role]


__all__ = [
    "HEADING_ROLES",
    "Block",
    "Direction",
    "Document",
    "FontSpec",
    "Identity",
    "Metadata",
    "PageFurniture",
    "PageSpec",
    "Role",
    "RoleStyle",
    "Run",
    "RunKind",
]
