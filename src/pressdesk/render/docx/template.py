"""The package every DOCX starts from: python-docx's default, trimmed once and cached.

python-docx's default template carries a 430 KB ``styles.xml`` plus a copy of it in
``stylesWithEffects.xml``, a thumbnail and a custom XML part. Parsing and writing those on
every export would cost more than the whole release; the renderer writes its own complete
``styles.xml`` anyway. So the template is loaded once, trimmed, saved to bytes, and each
export opens those bytes (a few milliseconds).
"""

from __future__ import annotations

import io
from functools import cache
from html import escape  # not saxutils: it imports urllib.request

import docx
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.oxml.parser import parse_xml

from pressdesk.render.docx.xmlsafe import xml_safe

_DROP_PART_RELS = {
    RT.CUSTOM_XML,
    RT.WEB_SETTINGS,
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
}
_DROP_PACKAGE_RELS = {RT.THUMBNAIL}

_EMPTY_STYLES = '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
_EMPTY_FONTS = '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'

_APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Template>Normal.dotm</Template><Application>PressDesk</Application>"
    "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><Company>{company}</Company>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>"
    "</Properties>"
)


@cache
def _template_bytes() -> bytes:
    d = docx.Document()
    part = d.part
    for rid, rel in list(part.rels.items()):
        if rel.reltype in _DROP_PART_RELS:
            del part.rels[rid]
    pkg_rels = part.package.rels
    for rid, rel in list(pkg_rels.items()):
        if rel.reltype in _DROP_PACKAGE_RELS:
            del pkg_rels[rid]
    part._styles_part._element = parse_xml(_EMPTY_STYLES)
    set_font_table(d, _EMPTY_FONTS.encode())
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def new_document() -> DocxDocument:
    """A fresh python-docx Document from the cached, trimmed template."""
    return docx.Document(io.BytesIO(_template_bytes()))


def font_table_part(d: DocxDocument) -> Part:
    """``word/fontTable.xml``; python-docx keeps it as an opaque blob part."""
    return d.part.part_related_by(RT.FONT_TABLE)


def set_font_table(d: DocxDocument, xml: bytes) -> None:
    font_table_part(d)._blob = xml


def set_app_properties(d: DocxDocument, company: str) -> None:
    """Replace the template's ``docProps/app.xml`` (it names Microsoft Word as the maker)."""
    for rel in d.part.package.rels.values():
        if rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = _APP_XML.format(company=escape(xml_safe(company))).encode()
            return
