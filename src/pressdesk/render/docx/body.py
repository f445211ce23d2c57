"""Blocks to ``w:p`` paragraphs: styles by role, true RTL runs, isolates and hyperlinks.

* A paragraph references its role's style; ``w:bidi`` comes from the style in an RTL
  document and is written directly only when a block's direction differs from it.
* Runs of right-to-left text carry ``w:rtl`` (Word then uses the ``w:cs`` font, size and
  weight for them); Latin words inside Arabic are split into runs without ``w:rtl`` so
  they use the Latin font, as Word itself does when one types them.
* A run with ``direction`` set is embedded opposite-direction text: it is wrapped in
  LRI/RLI ... PDI isolates, so "(IMRF)" or an e-mail inside Arabic keeps its place and
  its brackets (LibreOffice and Word's bidi both honour isolates).
* Links and e-mails become ``w:hyperlink`` elements with an external relationship and
  the "Hyperlink" character style; only http(s) and mailto targets are linked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from pressdesk.compose.document import Block, Document, Role, Run, RunKind
from pressdesk.render.docx.oxml import (
    R_ID,
    XML_SPACE,
    make,
    script_of,
    sub,
    w,
    word_language,
)
from pressdesk.render.docx.rich import add_num_pr, figure_run
from pressdesk.render.docx.styles import (
    DATELINE_STYLE,
    HYPERLINK_STYLE,
    STYLE_NAMES,
    StyleContext,
    border_spec,
    role_style,
    style_id,
)
from pressdesk.render.docx.xmlsafe import xml_safe

LRI, RLI, PDI = "\u2066", "\u2067", "\u2069"
_LATIN = "A-Za-z\u00c0-\u024f\u1e00-\u1eff"
_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
# A Latin phrase inside RTL text: letters, possibly joined by spaces, digits, dots...
_LATIN_SEQ = re.compile(f"[{_LATIN}](?:[{_LATIN}0-9 .,'\u2019&/_+-]*[{_LATIN}0-9])?")
# An Arabic/Hebrew phrase inside LTR text (Arabic-Indic digits belong to it).
_RTL_SEQ = re.compile(f"[{_RTL}](?:[{_RTL} ]*[{_RTL}])?")
_HEBREW = re.compile("[\u0590-\u05ff\ufb1d-\ufb4f]")
_SAFE_HREF = re.compile(r"^(?:https?://|mailto:)\S+$", re.IGNORECASE)
_TEXT_SPLIT = re.compile(r"(\t|\r\n|\n|\r)")


@dataclass
class BodyContext:
    doc: Document
    styles: StyleContext
    part: object  # python-docx DocumentPart (relationships for hyperlinks)
    num_ids: dict[int, int] = field(default_factory=dict)  # list_id -> w:numId
    text_width: int = 9000  # twips, the widest a picture may be
    _rels: dict[str, str] = field(default_factory=dict)

    def hyperlink_rid(self, href: str) -> str:
        rid = self._rels.get(href)
        if rid is None:
            rid = self.part.relate_to(href, RT.HYPERLINK, is_external=True)  # type: ignore[attr-defined]
            self._rels[href] = rid
        return rid


def write_blocks(doc: Document, body: etree._Element, ctx: BodyContext) -> None:
    """Append one paragraph per block before the body's ``w:sectPr``."""
    sect = body.find(w("sectPr"))
    for block in doc.blocks:
        p = block_paragraph(block, ctx)
        if block.keep_with_next and not role_style(ctx.doc, block.role).keep_with_next:
            p[0].insert(1, make("keepNext"))  # decided by compose; the style does not say it
        if sect is not None:
            sect.addprevious(p)
        else:
            body.append(p)


def block_paragraph(block: Block, ctx: BodyContext) -> etree._Element:
    p = make("p")
    ppr = sub(p, "pPr")
    sub(ppr, "pStyle", val=style_id(STYLE_NAMES.get(block.role, STYLE_NAMES[Role.PARAGRAPH])))
    if block.list_item is not None and block.list_item.list_id in ctx.num_ids:
        add_num_pr(ppr, ctx.num_ids[block.list_item.list_id])
    rtl = block.direction == "rtl"
    if rtl != ctx.styles.rtl:
        rs = role_style(ctx.doc, block.role)
        if rs.border_start:  # the bar belongs on this block's start side
            sides = border_spec(rs, rtl)
            bdr = sub(ppr, "pBdr")
            for side in ("top", "left", "bottom", "right"):
                if side in sides:
                    width, space, color = sides[side]
                    sub(bdr, side, val="single", sz=width, space=space, color=color)
                else:
                    sub(bdr, side, val="nil")
        sub(ppr, "bidi", val="1" if rtl else "0")
    if block.image is not None:
        figure_run(p, block, ctx.part, ctx.text_width)
    writer = _RunWriter(p, block, ctx)
    for run in block.runs:
        writer.add(run)
    return p


class _RunWriter:
    """Appends the runs of one block to its paragraph."""

    def __init__(self, p: etree._Element, block: Block, ctx: BodyContext) -> None:
        self.p = p
        self.ctx = ctx
        self.rtl = block.direction == "rtl"
        self.font = role_style(ctx.doc, block.role).font
        foreign = block.language and block.language != ctx.doc.language
        lang = word_language(block.language) if foreign else None
        self.block_lang = ({"bidi": lang} if self.rtl else {"val": lang}) if lang else None

    def add(self, run: Run) -> None:
        if run.kind == RunKind.LINE_BREAK:
            r = sub(self.p, "r")
            self._rpr(r, rtl=self.rtl)
            sub(r, "br")
            return
        text = xml_safe(run.text)
        if not text:
            return
        rstyle = None
        if run.kind == RunKind.DATELINE:  # the character style is bold already
            rstyle = style_id(DATELINE_STYLE)
            run = Run(run.text, run.kind, italic=run.italic, direction=run.direction)
        href = xml_safe(run.href).strip() if run.href else ""
        linked = run.kind in (RunKind.LINK, RunKind.EMAIL) and _SAFE_HREF.match(href)
        if run.direction is not None:
            iso_rtl = run.direction == "rtl"
            opener = RLI if iso_rtl else LRI
            if linked:
                self._plain(opener, self.rtl)
                self._link(text, href, iso_rtl, run)
                self._plain(PDI, self.rtl)
            else:
                self._segment(opener + text + PDI, iso_rtl, run, rstyle)
            return
        if linked:
            self._link(text, href, self.rtl and not _LATIN_SEQ.search(text), run)
            return
        pattern = _LATIN_SEQ if self.rtl else _RTL_SEQ
        pos = 0
        for m in pattern.finditer(text):
            if m.start() > pos:
                self._segment(text[pos : m.start()], self.rtl, run, rstyle, own=True)
            self._segment(m.group(), not self.rtl, run, rstyle)
            pos = m.end()
        if pos < len(text):
            self._segment(text[pos:], self.rtl, run, rstyle, own=True)

    # -- runs ---------------------------------------------------------------------------

    def _segment(self, text: str, rtl: bool, run: Run, rstyle: str | None, own: bool = False) -> None:
        r = sub(self.p, "r")
        self._rpr(
            r,
            rtl=rtl,
            bold=run.bold,
            italic=run.italic,
            rstyle=rstyle,
            text=text,
            lang=self.block_lang if own else None,
        )
        _text(r, text)

    def _plain(self, text: str, rtl: bool) -> None:
        r = sub(self.p, "r")
        self._rpr(r, rtl=rtl)
        _text(r, text)

    def _link(self, text: str, href: str, rtl: bool, run: Run) -> None:
        h = sub(self.p, "hyperlink", history="1")
        h.set(R_ID, self.ctx.hyperlink_rid(href))
        r = sub(h, "r")
        self._rpr(r, rtl=rtl, bold=run.bold, italic=run.italic, rstyle=HYPERLINK_STYLE, text=text)
        _text(r, text)

    def _rpr(
        self,
        r: etree._Element,
        *,
        rtl: bool,
        bold: bool = False,
        italic: bool = False,
        rstyle: str | None = None,
        text: str = "",
        lang: dict[str, str] | None = None,
    ) -> None:
        cs_font = None
        if rtl and text:
            script = "hebrew" if _HEBREW.search(text) else "arabic"
            if script != self.ctx.styles.cs_script:
                cs_font = xml_safe(self.font.family_for(script))
                if lang is None and script_of(self.ctx.doc.language) != script:
                    lang = {"bidi": "he-IL" if script == "hebrew" else "ar-SA"}
        if not (rstyle or cs_font or bold or italic or rtl or lang):
            return
        rpr = sub(r, "rPr")
        if rstyle:
            sub(rpr, "rStyle", val=rstyle)
        if cs_font:
            sub(rpr, "rFonts", cs=cs_font)
        if bold:
            sub(rpr, "b")
            sub(rpr, "bCs")
        if italic:
            sub(rpr, "i")
            sub(rpr, "iCs")
        if rtl:
            sub(rpr, "rtl")
        if lang:
            sub(rpr, "lang", **lang)


def _text(r: etree._Element, text: str) -> None:
    """``w:t`` / ``w:tab`` / ``w:br`` children for ``text``."""
    if "\t" not in text and "\n" not in text and "\r" not in text:
        _t(r, text)
        return
    for piece in _TEXT_SPLIT.split(text):
        if piece == "\t":
            sub(r, "tab")
        elif piece in ("\n", "\r\n", "\r"):
            sub(r, "br")
        elif piece:
            _t(r, piece)


def _t(r: etree._Element, text: str) -> None:
    t = sub(r, "t")
    t.text = text
    if text[0].isspace() or text[-1].isspace() or "  " in text:
        t.set(XML_SPACE, "preserve")
