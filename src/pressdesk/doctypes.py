"""Value types shared by templating, compose and the renderers: roles, direction and looks.

A leaf module: it imports nothing from PressDesk, so templating (which builds role styles
from a template) and compose (which puts them on the Document) both depend on it and not on
each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


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
    FIGURE = "figure"  # a photo (Block.image); its caption and credit follow
    CAPTION = "caption"
    CREDIT = "credit"
    LIST_ITEM = "list-item"  # one item of a bulleted or numbered list (Block.list_item)
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
