"""Small WordprocessingML helpers: element building, units, colours, languages, scripts.

Elements are built in schema order by the callers (CT_PPr, CT_RPr, CT_SectPr, CT_TblPr
sequences); these helpers only make that short to write.
"""

from __future__ import annotations

from functools import cache

from docx.oxml.parser import OxmlElement, oxml_parser
from lxml import etree

from pressdesk.compose.direction import language_script

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


@cache
def w(tag: str) -> str:
    """Clark name of a ``w:`` element or attribute."""
    return f"{{{W_NS}}}{tag}"


R_ID = f"{{{R_NS}}}id"
VAL = w("val")


def sub(parent: etree._Element, tag: str, val: str | None = None, **attrs: str) -> etree._Element:
    """Append a ``w:tag`` child; ``val`` sets ``w:val``, other keyword attributes are ``w:``."""
    el = etree.SubElement(parent, w(tag))
    if val is not None:
        el.set(VAL, val)
    for key, value in attrs.items():
        el.set(w(key), value)
    return el


def make(tag: str, val: str | None = None, **attrs: str) -> etree._Element:
    """A loose ``w:tag`` element (custom python-docx class when one exists)."""
    el = oxml_parser.makeelement(w(tag))
    if val is not None:
        el.set(VAL, val)
    for key, value in attrs.items():
        el.set(w(key), value)
    return el


def loose(nsptag: str) -> etree._Element:
    """A loose element from a prefixed tag (``wp:inline``...), via python-docx."""
    return OxmlElement(nsptag)


# -- units ------------------------------------------------------------------------------


def twips(points: float) -> str:
    return str(round(points * 20))


def mm_twips(mm: float) -> int:
    return round(mm * 1440 / 25.4)


def half_points(points: float) -> str:
    return str(max(2, round(points * 2)))


def eighths(points: float) -> str:
    """Border width in eighths of a point, within Word's 2..96 range."""
    return str(min(96, max(2, round(points * 8))))


def hex_color(color: str | None, default: str = "000000") -> str:
    """``#rrggbb`` / ``#rgb`` / ``rrggbb`` to Word's ``RRGGBB``; anything else -> default."""
    if not color:
        return default
    c = color.strip().lstrip("#")
    if len(c) == 3:
        c = "".join(ch * 2 for ch in c)
    if len(c) != 6:
        return default
    try:
        int(c, 16)
    except ValueError:
        return default
    return c.upper()


# -- languages and scripts ---------------------------------------------------------------

# Word wants a culture name; a bare language gets the region Word itself uses for it.
_DEFAULT_REGION = {
    "ar": "ar-SA",
    "fa": "fa-IR",
    "he": "he-IL",
    "iw": "he-IL",
    "ur": "ur-PK",
    "ps": "ps-AF",
    "yi": "yi-001",
    "ckb": "ku-Arab-IQ",
    "sd": "sd-Arab-PK",
    "ug": "ug-CN",
    "en": "en-US",
    "fr": "fr-FR",
    "de": "de-DE",
    "es": "es-ES",
    "it": "it-IT",
    "tr": "tr-TR",
}


script_of = language_script  # the FontSpec script key of a BCP 47 tag


@cache
def word_language(language: str) -> str:
    """A ``w:lang`` value: ``ar-EG`` stays, ``ar`` becomes ``ar-SA``, ``en`` ``en-US``."""
    tag = (language or "").replace("_", "-").strip()
    if not tag:
        return "en-US"
    parts = tag.split("-")
    if len(parts) == 1:
        return _DEFAULT_REGION.get(parts[0].lower(), parts[0].lower())
    return tag
