"""The section (paper, margins, direction), the header with logo and organisation name,
and the footer with page numbers in real fields.

Word keeps ``w:pgMar`` left/right physical, so in an RTL document the logical start
margin is the right one. The header is a borderless two-cell table (``w:bidiVisual`` in
RTL documents, so the logo cell sits at the start side) when there is a logo, otherwise
plain paragraphs. The footer's page label ("صفحة {page} من {pages}") becomes text runs
around PAGE / NUMPAGES complex fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx.document import Document as DocxDocument
from docx.shared import Emu, Twips
from lxml import etree

from pressdesk.compose.digits import digit
from pressdesk.compose.document import Document, Role
from pressdesk.render.docx.oxml import (
    XML_SPACE,
    hex_color,
    make,
    mm_twips,
    sub,
    w,
)
from pressdesk.render.docx.styles import StyleContext, role_style
from pressdesk.render.docx.xmlsafe import xml_safe

_FIELD = re.compile(r"\{(page|pages)\}")
_RTL_CHAR = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
# Word's number formats for page numbers; "hindiNumbers" is Word's name for the
# Arabic-Indic digits (١٢٣). Word has no page format for the Persian digits (۱۲۳): with
# a Persian document Word shows them by context; the placeholder result uses them.
_PGNUM_FMT = {"arab": "hindiNumbers", "arabext": "hindiNumbers"}
_SECT_AFTER_BIDI = ("rtlGutter", "docGrid", "printerSettings", "sectPrChange")
_SECT_AFTER_PGNUM = (
    "cols",
    "formProt",
    "vAlign",
    "noEndnote",
    "titlePg",
    "textDirection",
    "bidi",
    *_SECT_AFTER_BIDI,
)


@dataclass(frozen=True, slots=True)
class PageGeometry:
    width: int  # twips
    height: int
    left: int
    right: int
    top: int
    bottom: int
    header: int
    footer: int

    @property
    def text_width(self) -> int:
        return self.width - self.left - self.right


def geometry(doc: Document) -> PageGeometry:
    page = doc.page
    w_mm, h_mm = page.size_mm
    start, end = mm_twips(page.margin_start_mm), mm_twips(page.margin_end_mm)
    left, right = (end, start) if doc.direction == "rtl" else (start, end)
    top, bottom = mm_twips(page.margin_top_mm), mm_twips(page.margin_bottom_mm)
    return PageGeometry(
        width=mm_twips(w_mm),
        height=mm_twips(h_mm),
        left=left,
        right=right,
        top=top,
        bottom=bottom,
        header=_clamp(round(top * 0.35), mm_twips(6), mm_twips(12)),
        footer=_clamp(round(bottom * 0.4), mm_twips(6), mm_twips(12)),
    )


def _clamp(v: int, lo: int, hi: int) -> int:
    return max(lo, min(hi, v))


def setup_section(d: DocxDocument, doc: Document, geo: PageGeometry) -> None:
    section = d.sections[0]
    section.page_width = Twips(geo.width)
    section.page_height = Twips(geo.height)
    section.left_margin = Twips(geo.left)
    section.right_margin = Twips(geo.right)
    section.top_margin = Twips(geo.top)
    section.bottom_margin = Twips(geo.bottom)
    section.header_distance = Twips(geo.header)
    section.footer_distance = Twips(geo.footer)
    section.gutter = Twips(0)
    sect_pr = section._sectPr
    fmt = _PGNUM_FMT.get(doc.furniture.digits)
    if fmt:
        sect_pr.insert_element_before(make("pgNumType", fmt=fmt), *(f"w:{t}" for t in _SECT_AFTER_PGNUM))
    if doc.direction == "rtl":
        sect_pr.insert_element_before(make("bidi"), *(f"w:{t}" for t in _SECT_AFTER_BIDI))


# -- header -------------------------------------------------------------------------------


def write_header(d: DocxDocument, doc: Document, geo: PageGeometry, ctx: StyleContext) -> None:
    name = xml_safe(doc.identity.name).strip()
    extra = xml_safe(doc.furniture.header_text).strip()
    if extra == name:
        extra = ""
    logo = doc.identity.logo if doc.furniture.show_logo else None
    if not (name or extra or logo):
        return
    header = d.sections[0].header
    root = _emptied(header)
    rtl = ctx.rtl
    muted, rule = _furniture_colors(doc)

    inline = None
    if logo is not None:
        # the logo row and its rule end about 5 mm above the body
        logo_h = _clamp(geo.top - geo.header - mm_twips(6), mm_twips(6), mm_twips(14))
        try:
            inline = header.part.new_pic_inline(str(Path(logo)), height=Twips(logo_h))
        except Exception:
            inline = None

    if inline is None:
        paras = _header_paragraphs(root, name, extra, rtl, ctx.accent, muted, jc="left")
        paras[-1].find(w("pPr")).insert(1, _border("bottom", rule))
        return

    logo_w = round(Emu(int(inline.extent.cx)).twips) + 120
    text_w = max(geo.text_width - logo_w, 1440)
    tbl = sub(root, "tbl")
    tpr = sub(tbl, "tblPr")
    if rtl:
        sub(tpr, "bidiVisual")
    sub(tpr, "tblW", w=str(logo_w + text_w), type="dxa")
    borders = sub(tpr, "tblBorders")
    sub(borders, "bottom", val="single", sz="6", space="0", color=rule)
    sub(tpr, "tblLayout", type="fixed")
    mar = sub(tpr, "tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        sub(mar, side, w="0" if side in ("left", "right") else "40", type="dxa")
    sub(
        tpr,
        "tblLook",
        val="0000",
        firstRow="0",
        lastRow="0",
        firstColumn="0",
        lastColumn="0",
        noHBand="1",
        noVBand="1",
    )
    grid = sub(tbl, "tblGrid")
    sub(grid, "gridCol", w=str(logo_w))
    sub(grid, "gridCol", w=str(text_w))
    tr = sub(tbl, "tr")
    logo_cell = _cell(tr, logo_w)
    p = _para(logo_cell, rtl, jc="left")
    sub(sub(p, "r"), "drawing").append(inline)
    text_cell = _cell(tr, text_w)
    _header_paragraphs(text_cell, name, extra, rtl, ctx.accent, muted, jc="right")
    tail = _para(root, rtl, jc="left")  # a header must end with a paragraph
    tail.find(w("pPr")).append(_tiny_rpr())


def _header_paragraphs(
    parent: etree._Element, name: str, extra: str, rtl: bool, accent: str, muted: str, jc: str
) -> list[etree._Element]:
    out = []
    if name:
        p = _para(parent, rtl, jc)
        _run(p, name, rtl, color=accent, bold=True, size="22")
        out.append(p)
    if extra:
        p = _para(parent, rtl, jc)
        _run(p, extra, rtl, color=muted, size="18")
        out.append(p)
    if not out:
        out.append(_para(parent, rtl, jc))
    return out


def _cell(tr: etree._Element, width: int) -> etree._Element:
    tc = sub(tr, "tc")
    tcpr = sub(tc, "tcPr")
    sub(tcpr, "tcW", w=str(width), type="dxa")
    sub(tcpr, "vAlign", val="center")
    return tc


# -- footer -------------------------------------------------------------------------------


def write_footer(d: DocxDocument, doc: Document, ctx: StyleContext) -> None:
    text = xml_safe(doc.furniture.footer_text).strip()
    label = xml_safe(doc.furniture.page_label).strip()
    if not (text or label):
        return
    footer = d.sections[0].footer
    root = _emptied(footer)
    rtl = ctx.rtl
    muted, rule = _furniture_colors(doc)
    first = True
    if text:
        p = _para(root, rtl, jc="center", border_top=rule)
        _run(p, text, rtl, color=muted, size="16")
        first = False
    if label:
        p = _para(root, rtl, jc="center", border_top=rule if first else None)
        pos = 0
        for m in _FIELD.finditer(label):
            if m.start() > pos:
                _run(p, label[pos : m.start()], rtl, color=muted, size="18")
            instr = "PAGE" if m.group(1) == "page" else "NUMPAGES"
            _field(p, instr, digit(1, doc.furniture.digits), rtl, muted)
            pos = m.end()
        if pos < len(label):
            _run(p, label[pos:], rtl, color=muted, size="18")


def _field(p: etree._Element, instr: str, result: str, rtl: bool, color: str) -> None:
    """A complex field: begin, instruction, separate, cached result, end."""
    for part in ("begin", "instr", "separate", "result", "end"):
        r = sub(p, "r")
        _rpr(r, rtl, color=color, size="18")
        if part == "instr":
            it = sub(r, "instrText")
            it.text = f" {instr} \\* MERGEFORMAT "
            it.set(XML_SPACE, "preserve")
        elif part == "result":
            sub(r, "t").text = result
        else:
            sub(r, "fldChar", fldCharType=part)


# -- small builders -----------------------------------------------------------------------


def _para(parent: etree._Element, rtl: bool, jc: str, border_top: str | None = None) -> etree._Element:
    p = sub(parent, "p")
    ppr = sub(p, "pPr")
    sub(ppr, "pStyle", val="Footer" if parent.tag == w("ftr") else "Header")
    if border_top:
        bdr = sub(ppr, "pBdr")
        sub(bdr, "top", val="single", sz="6", space="4", color=border_top)
    if rtl:
        sub(ppr, "bidi")
    sub(ppr, "jc", val=jc)
    return p


def _border(side: str, color: str) -> etree._Element:
    bdr = make("pBdr")
    sub(bdr, side, val="single", sz="6", space="4", color=color)
    return bdr


def _tiny_rpr() -> etree._Element:
    rpr = make("rPr")
    sub(rpr, "sz", val="2")
    sub(rpr, "szCs", val="2")
    return rpr


def _run(
    p: etree._Element,
    text: str,
    rtl: bool,
    *,
    color: str | None = None,
    bold: bool = False,
    size: str | None = None,
) -> None:
    r = sub(p, "r")
    _rpr(r, rtl and bool(_RTL_CHAR.search(text)), color=color, bold=bold, size=size)
    t = sub(r, "t")
    t.text = text
    t.set(XML_SPACE, "preserve")


def _rpr(
    r: etree._Element, rtl: bool, *, color: str | None, bold: bool = False, size: str | None = None
) -> None:
    rpr = sub(r, "rPr")
    if bold:
        sub(rpr, "b")
        sub(rpr, "bCs")
    if color:
        sub(rpr, "color", val=color)
    if size:
        sub(rpr, "sz", val=size)
        sub(rpr, "szCs", val=size)
    if rtl:
        sub(rpr, "rtl")


def _emptied(part: Any) -> Any:
    """A section's header or footer, unlinked from the previous one and emptied; its element."""
    part.is_linked_to_previous = False
    root = part._element
    for child in list(root):
        root.remove(child)
    return root


def _furniture_colors(doc: Document) -> tuple[str, str]:
    """(muted text colour, rule colour) for the header and footer, from the role styles."""
    muted = hex_color(role_style(doc, Role.BOILERPLATE).color, "5A5A5A")
    rule = hex_color(role_style(doc, Role.PARAGRAPH).rule_color, "B7C3D0")
    return muted, rule
