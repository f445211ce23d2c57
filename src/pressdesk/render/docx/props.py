"""Core properties (title, author, language ...), settings and the font table."""

from __future__ import annotations

import datetime as dt
from html import escape

from docx.document import Document as DocxDocument

from pressdesk.compose.document import Document
from pressdesk.render.docx.oxml import make, w
from pressdesk.render.docx.styles import StyleContext
from pressdesk.render.docx.xmlsafe import xml_safe

_MAX = 255  # python-docx refuses longer core property values


def _prop(text: str) -> str:
    return xml_safe(text).strip()[:_MAX]


def release_datetime(date: str) -> dt.datetime:
    """The release date as a naive UTC datetime (now when absent or unreadable)."""
    if date:
        try:
            parsed = dt.datetime.fromisoformat(date.strip())
        except ValueError:
            parsed = None
        if parsed is not None:
            if parsed.tzinfo is not None:
                parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
            return parsed
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def set_core_properties(d: DocxDocument, doc: Document) -> None:
    meta = doc.metadata
    cp = d.core_properties
    cp.title = _prop(meta.title)
    cp.author = _prop(meta.author)
    cp.last_modified_by = _prop(meta.author)
    cp.subject = _prop(meta.subject)
    cp.keywords = _prop(", ".join(k for k in meta.keywords if k))
    cp.language = _prop(doc.language)
    cp.comments = ""
    cp.category = "Press release"
    cp.revision = 1
    when = release_datetime(meta.date)
    cp.created = when
    cp.modified = when


def set_settings(d: DocxDocument, ctx: StyleContext, embed_fonts: bool) -> None:
    settings = d.settings.element
    lang = settings.find(w("themeFontLang"))
    if lang is not None:
        lang.set(w("val"), ctx.lang_latin)
        lang.set(w("bidi"), ctx.lang_bidi)
        if w("eastAsia") in lang.attrib:
            del lang.attrib[w("eastAsia")]
    proof = settings.find(w("proofState"))
    if proof is not None:  # the template claims spelling was checked; it was not
        settings.remove(proof)
    if embed_fonts:
        zoom = settings.find(w("zoom"))
        embed = make("embedTrueTypeFonts")
        if zoom is not None:
            zoom.addnext(embed)
        else:
            settings.insert(0, embed)


_CHARSET = {"arabic": "B2", "hebrew": "B1", "latin": "00"}


def font_table_xml(fonts: dict[str, str], embeds: dict[str, list[tuple[str, str, str]]]) -> bytes:
    """``word/fontTable.xml`` naming every family used (family -> script), with the
    relationships of embedded faces (family -> [(element, rId, fontKey)])."""
    parts = [
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    ]
    for name, script in fonts.items():
        parts.append(f'<w:font w:name="{escape(xml_safe(name))}">')  # not saxutils: it imports urllib.request
        parts.append(f'<w:charset w:val="{_CHARSET.get(script, "00")}"/>')
        parts.append('<w:family w:val="auto"/><w:pitch w:val="variable"/>')
        for element, rid, key in embeds.get(name, []):
            parts.append(f'<w:{element} r:id="{rid}" w:fontKey="{key}"/>')
        parts.append("</w:font>")
    parts.append("</w:fonts>")
    return "".join(parts).encode("utf-8")
