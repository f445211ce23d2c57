"""The renderer-neutral document that ``compose`` builds and every renderer consumes.

Renderers (HTML, DOCX, PDF, the preview) read only this: labels are resolved, the
dateline is formatted, every block carries its language and direction, and inline
runs say which parts are links, e-mails or embedded opposite-direction text, and
which are bold or italic.

Two kinds of block carry more than runs (format version 2):

* ``Role.FIGURE``: ``block.image`` holds the photo's checked bytes (JPEG or PNG), its
  pixel size and alt text; the block's runs are empty. The ``Role.CAPTION`` and
  ``Role.CREDIT`` blocks that follow it (either may be missing) belong to it: a
  renderer groups a figure with the caption/credit blocks right after it. A photo
  that could not be used has no FIGURE block (the pipeline reports why).
* ``Role.LIST_ITEM``: ``block.list_item`` says which list (``list_id``, the same for
  consecutive items of one list), whether it is numbered and the marker already
  formatted for the language ("•", "1.", "١."). Renderers group consecutive items
  with the same ``list_id``.
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
class Image:
    """A photo, checked and loaded once before compose; renderers never open files."""

    data: bytes  # JPEG (passed through as it was) or PNG
    mime: str  # "image/jpeg" | "image/png"
    width: int  # pixels
    height: int
    alt: str = ""
    has_alpha: bool = False

    @property
    def aspect(self) -> float:
        """Height over width."""
        return self.height / self.width if self.width else 1.0


@dataclass(frozen=True, slots=True)
class ListItem:
    """Where a LIST_ITEM block sits in its list."""

    list_id: int  # the same for every item of one list, different for the next list
    ordered: bool
    number: int  # 1-based position in the list
    marker: str  # "•" or the number formatted for the language, with its punctuation


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
    image: Image | None = None  # Role.FIGURE only
    list_item: ListItem | None = None  # Role.LIST_ITEM only

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
    "Image",
    "ListItem",
    "Metadata",
    "PageFurniture",
    "PageSpec",
    "Role",
    "RoleStyle",
    "Run",
    "RunKind",
]
