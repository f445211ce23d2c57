"""DOCX export: an editable Word document with true right-to-left paragraphs.

``render_docx(doc)`` turns the renderer-neutral :class:`~pressdesk.compose.document.Document`
into the bytes of a ``.docx`` file:

* one named paragraph style per role ("PD Headline", "PD Body", ...) built from the
  document's :class:`RoleStyle` values, plus "PD Dateline" and "Hyperlink" character
  styles; paragraphs reference them and carry direct formatting only where needed;
* RTL documents: ``w:bidi`` on styles/paragraphs and the section, ``w:rtl`` on runs of
  RTL text, complex-script fonts/sizes/weights (``w:cs``, ``w:szCs``, ``w:bCs``) and
  ``w:lang w:bidi``; embedded opposite-direction runs are wrapped in isolates;
* A4/Letter and margins from ``doc.page`` (start/end mapped to right/left in RTL), a
  header with logo and organisation name, a footer with PAGE/NUMPAGES fields;
* real hyperlinks for URLs and e-mails (with their link text), bold and italic runs with
  their complex-script twins, inline pictures and Word numbering for lists (``rich``),
  and core properties from ``doc.metadata``.

python-docx is imported only inside this package.
"""

from __future__ import annotations

import io

from pressdesk.compose.document import Document, Role
from pressdesk.render.docx.body import BodyContext, write_blocks
from pressdesk.render.docx.page import geometry, setup_section, write_footer, write_header
from pressdesk.render.docx.props import font_table_xml, set_core_properties, set_settings
from pressdesk.render.docx.rich import write_numbering
from pressdesk.render.docx.styles import (
    DATELINE_STYLE,
    HYPERLINK_STYLE,
    STYLE_NAMES,
    StyleContext,
    build_styles,
    role_style,
)
from pressdesk.render.docx.template import new_document, set_app_properties, set_font_table
from pressdesk.render.docx.xmlsafe import xml_safe

__all__ = [
    "DATELINE_STYLE",
    "HYPERLINK_STYLE",
    "STYLE_NAMES",
    "render_docx",
    "xml_safe",
]

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def render_docx(doc: Document, *, embed_fonts: bool = False) -> bytes:
    """The ``.docx`` bytes for ``doc``.

    ``embed_fonts`` embeds the template's font files (Word's obfuscated ``.odttf``
    parts) so Word and LibreOffice show them on machines without the fonts; it adds
    roughly 0.5 MB per face, so it is off by default.
    """
    d = new_document()
    ctx = StyleContext.of(doc)

    d.part._styles_part._element = build_styles(doc, ctx)
    geo = geometry(doc)
    setup_section(d, doc, geo)
    num_ids = write_numbering(d, doc)
    write_blocks(doc, d.element.body, BodyContext(doc=doc, styles=ctx, part=d.part,
                                                  num_ids=num_ids, text_width=geo.text_width))
    write_header(d, doc, geo, ctx)
    write_footer(d, doc, ctx)

    fonts = used_fonts(doc, ctx)
    embeds = {}
    if embed_fonts:
        from pressdesk.render.docx.embed import embed_fonts as _embed

        embeds = _embed(d, doc, fonts)
    set_font_table(d, font_table_xml(fonts, embeds))
    set_settings(d, ctx, embed_fonts=bool(embeds))
    set_core_properties(d, doc)
    set_app_properties(d, xml_safe(doc.identity.name))

    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def used_fonts(doc: Document, ctx: StyleContext) -> dict[str, str]:
    """Families the styles name, in order: family -> script (latin, arabic, hebrew)."""
    out: dict[str, str] = {}
    roles = [r for r in Role if r in doc.styles] or [Role.PARAGRAPH]
    for role in roles:
        font = role_style(doc, role).font
        out.setdefault(font.latin, "latin")
        out.setdefault(font.family_for(ctx.cs_script), ctx.cs_script)
    return out
