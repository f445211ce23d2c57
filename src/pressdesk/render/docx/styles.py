"""``word/styles.xml``: document defaults, Normal, one paragraph style per role, and the
character styles for the dateline and hyperlinks.

Every role style is complete (fonts for Latin and complex script, sizes, weights,
colour, spacing, alignment, borders) so a reader who edits the document in Word finds
the release's look in the style gallery, not in direct formatting.

Alignment is written the way Word reads it: ``left``/``right`` are the *start*/*end* of
the paragraph's direction, so the logical ``start`` becomes ``left`` in every paragraph,
and an RTL paragraph with ``left`` sits on the right (LibreOffice does the same).
Paragraph borders are physical in Word and LibreOffice, so a start-side bar is ``right``
in an RTL document.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from docx.oxml.parser import parse_xml
from lxml import etree

from pressdesk.compose.document import Document, FontSpec, Role, RoleStyle
from pressdesk.render.docx.oxml import (
    eighths,
    half_points,
    hex_color,
    script_of,
    sub,
    twips,
    w,
    word_language,
)
from pressdesk.render.docx.xmlsafe import xml_safe

STYLE_NAMES: dict[Role, str] = {
    Role.RELEASE_LINE: "PD Release Line",
    Role.HEADLINE: "PD Headline",
    Role.SUBHEADLINE: "PD Subheadline",
    Role.LEAD: "PD Lead",
    Role.PARAGRAPH: "PD Body",
    Role.QUOTE: "PD Quote",
    Role.QUOTE_ATTRIBUTION: "PD Quote Attribution",
    Role.FIGURE: "PD Figure",
    Role.CAPTION: "PD Caption",
    Role.CREDIT: "PD Credit",
    Role.LIST_ITEM: "PD List Item",
    Role.BACKGROUND_HEADING: "PD Background Heading",
    Role.BACKGROUND: "PD Background",
    Role.CONTACTS_HEADING: "PD Contacts Heading",
    Role.CONTACT: "PD Contact",
    Role.BOILERPLATE_HEADING: "PD Boilerplate Heading",
    Role.BOILERPLATE: "PD Boilerplate",
    Role.NOTES_HEADING: "PD Notes Heading",
    Role.NOTE: "PD Note",
    Role.END_MARK: "PD End Mark",
}
DATELINE_STYLE = "PD Dateline"
HYPERLINK_STYLE = "Hyperlink"

_NEXT: dict[Role, Role] = {
    Role.RELEASE_LINE: Role.HEADLINE,
    Role.HEADLINE: Role.SUBHEADLINE,
    Role.SUBHEADLINE: Role.LEAD,
    Role.LEAD: Role.PARAGRAPH,
    Role.QUOTE: Role.PARAGRAPH,
    Role.QUOTE_ATTRIBUTION: Role.PARAGRAPH,
    Role.FIGURE: Role.CAPTION,
    Role.CAPTION: Role.CREDIT,
    Role.CREDIT: Role.PARAGRAPH,
    Role.BACKGROUND_HEADING: Role.BACKGROUND,
    Role.CONTACTS_HEADING: Role.CONTACT,
    Role.BOILERPLATE_HEADING: Role.BOILERPLATE,
    Role.NOTES_HEADING: Role.NOTE,
}
_OUTLINE: dict[Role, str] = {
    Role.HEADLINE: "0",
    Role.BACKGROUND_HEADING: "1",
    Role.CONTACTS_HEADING: "1",
    Role.BOILERPLATE_HEADING: "1",
    Role.NOTES_HEADING: "1",
}
JC = {"start": "left", "end": "right", "center": "center", "justify": "both"}

_STYLES_XML = (
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>'
)


def style_id(name: str) -> str:
    return name.replace(" ", "")


@dataclass(frozen=True, slots=True)
class StyleContext:
    """What the styles need to know about the document as a whole."""

    rtl: bool
    cs_script: str  # script whose family goes into w:cs: arabic or hebrew
    lang_latin: str  # w:lang/@w:val
    lang_bidi: str  # w:lang/@w:bidi
    caps_ok: bool  # uppercase roles apply (Latin-script documents only)
    accent: str  # RRGGBB

    @classmethod
    def of(cls, doc: Document) -> StyleContext:
        rtl = doc.direction == "rtl"
        script = script_of(doc.language)
        if rtl:
            latin, bidi = "en-US", word_language(doc.language)
        else:
            latin, bidi = word_language(doc.language), "ar-SA"
        return cls(
            rtl=rtl,
            cs_script=script if script != "latin" else "arabic",
            lang_latin=latin,
            lang_bidi=bidi,
            caps_ok=script == "latin",
            accent=hex_color(doc.identity.accent, "1F4E79"),
        )


def role_style(doc: Document, role: Role) -> RoleStyle:
    """The role's style, or a sensible fallback built from the body style."""
    found = doc.styles.get(role)
    if found is not None:
        return found
    body = doc.styles.get(Role.PARAGRAPH)
    if body is not None:
        return RoleStyle(font=body.font, color=body.color, line_height=body.line_height)
    return RoleStyle(font=FontSpec("Amiri", "Noto Serif", "Frank Ruhl Libre", 12.0))


def build_styles(doc: Document, ctx: StyleContext) -> etree._Element:
    """The complete ``w:styles`` element for ``doc``."""
    root = parse_xml(_STYLES_XML)
    body = role_style(doc, Role.PARAGRAPH)
    _doc_defaults(root, body, ctx)

    normal = _style(root, "paragraph", "Normal", "Normal", default=True, qformat=True)
    plain = replace(
        body,
        rule_above=False,
        rule_below=False,
        border_start=0.0,
        indent=0.0,
        background=None,
        keep_with_next=False,
    )
    _ppr(normal, plain, ctx, jc="left")
    _rpr(normal, body.font, ctx, color=body.color)
    _simple(root, "character", "DefaultParagraphFont", "Default Paragraph Font", default=True)
    tbl = _simple(root, "table", "TableNormal", "Normal Table", default=True)
    tbl_pr = sub(tbl, "tblPr")
    sub(tbl_pr, "tblInd", w="0", type="dxa")
    mar = sub(tbl_pr, "tblCellMar")
    for side, width in (("top", "0"), ("left", "108"), ("bottom", "0"), ("right", "108")):
        sub(mar, side, w=width, type="dxa")
    _simple(root, "numbering", "NoList", "No List", default=True)

    heading_font = role_style(doc, Role.HEADLINE).font
    for sid, name in (("Header", "header"), ("Footer", "footer")):
        st = _style(root, "paragraph", sid, name, based_on="Normal")
        ppr = sub(st, "pPr")
        if ctx.rtl:
            sub(ppr, "bidi")
        sub(ppr, "spacing", before="0", after="0", line="240", lineRule="auto")
        sub(ppr, "jc", val="left")
        small = FontSpec(heading_font.arabic, heading_font.latin, heading_font.hebrew, 9.0)
        _rpr(st, small, ctx, color=body.color)

    for role in STYLE_NAMES:  # every role: a reader adding a caption finds "PD Caption"
        _role_style(root, doc, role, ctx)

    dl = _style(
        root,
        "character",
        style_id(DATELINE_STYLE),
        DATELINE_STYLE,
        based_on="DefaultParagraphFont",
        qformat=True,
    )
    rpr = sub(dl, "rPr")
    sub(rpr, "b")
    sub(rpr, "bCs")
    hl = _style(root, "character", HYPERLINK_STYLE, "Hyperlink", based_on="DefaultParagraphFont")
    sub(hl, "uiPriority", val="99")
    sub(hl, "unhideWhenUsed")
    rpr = sub(hl, "rPr")
    sub(rpr, "color", val=ctx.accent)
    sub(rpr, "u", val="single")
    return root


def _doc_defaults(root: etree._Element, body: RoleStyle, ctx: StyleContext) -> None:
    dd = sub(root, "docDefaults")
    rpr = sub(sub(dd, "rPrDefault"), "rPr")
    _fonts(rpr, body.font, ctx)
    size = half_points(body.font.size)
    sub(rpr, "sz", val=size)
    sub(rpr, "szCs", val=size)
    sub(rpr, "lang", val=ctx.lang_latin, eastAsia="en-US", bidi=ctx.lang_bidi)
    ppr = sub(sub(dd, "pPrDefault"), "pPr")
    sub(ppr, "spacing", after="0", line="240", lineRule="auto")


def _style(
    root: etree._Element,
    kind: str,
    sid: str,
    name: str,
    *,
    based_on: str | None = None,
    next_id: str | None = None,
    default: bool = False,
    qformat: bool = False,
    custom: bool = False,
) -> etree._Element:
    st = sub(root, "style", type=kind, styleId=sid)
    if default:
        st.set(w("default"), "1")
    if custom:
        st.set(w("customStyle"), "1")
    sub(st, "name", val=name)
    if based_on:
        sub(st, "basedOn", val=based_on)
    if next_id:
        sub(st, "next", val=next_id)
    if qformat:
        sub(st, "qFormat")
    return st


def _simple(root: etree._Element, kind: str, sid: str, name: str, default: bool) -> etree._Element:
    st = _style(root, kind, sid, name, default=default)
    sub(st, "uiPriority", val="1" if kind == "character" else "99")
    sub(st, "semiHidden")
    sub(st, "unhideWhenUsed")
    return st


def _role_style(root: etree._Element, doc: Document, role: Role, ctx: StyleContext) -> None:
    rs = role_style(doc, role)
    name = STYLE_NAMES[role]
    nxt = _NEXT.get(role, role)
    st = _style(
        root,
        "paragraph",
        style_id(name),
        name,
        based_on="Normal",
        next_id=style_id(STYLE_NAMES[nxt]),
        qformat=True,
        custom=True,
    )
    _ppr(
        st,
        rs,
        ctx,
        jc=JC.get(rs.align, "left"),
        outline=_OUTLINE.get(role),
        keep_lines=role in _OUTLINE or role is Role.SUBHEADLINE,
        indent=role is not Role.LIST_ITEM,  # a list's indent is in its numbering
        exact=role is not Role.FIGURE,  # a picture's line grows with the picture
    )
    _rpr(st, rs.font, ctx, color=rs.color, caps=rs.uppercase and ctx.caps_ok)


def _ppr(
    st: etree._Element,
    rs: RoleStyle,
    ctx: StyleContext,
    *,
    jc: str,
    outline: str | None = None,
    keep_lines: bool = False,
    indent: bool = True,
    exact: bool = True,
) -> None:
    ppr = sub(st, "pPr")
    if rs.keep_with_next:
        sub(ppr, "keepNext")
    if keep_lines:
        sub(ppr, "keepLines")
    borders = border_spec(rs, ctx.rtl)
    if borders:
        bdr = sub(ppr, "pBdr")
        for side in ("top", "left", "bottom", "right"):
            if side in borders:
                width, space, color = borders[side]
                sub(bdr, side, val="single", sz=width, space=space, color=color)
    if rs.background:
        sub(ppr, "shd", val="clear", color="auto", fill=hex_color(rs.background, "FFFFFF"))
    if ctx.rtl:
        sub(ppr, "bidi")
    sub(
        ppr,
        "spacing",
        before=twips(rs.space_before),
        after=twips(rs.space_after),
        line=twips(rs.font.size * max(rs.line_height, 0.8)) if exact else "240",
        lineRule="exact" if exact else "auto",
    )
    if rs.indent and indent:
        sub(ppr, "ind", left=twips(rs.indent), right=twips(rs.indent))
    sub(ppr, "jc", val=jc)
    if outline is not None:
        sub(ppr, "outlineLvl", val=outline)


def border_spec(rs: RoleStyle, rtl: bool) -> dict[str, tuple[str, str, str]]:
    """Physical paragraph borders for a role: side -> (width 1/8 pt, space pt, RRGGBB)."""
    out: dict[str, tuple[str, str, str]] = {}
    rule = hex_color(rs.rule_color, "999999")
    if rs.rule_above:
        out["top"] = ("6", "4", rule)
    if rs.rule_below:
        out["bottom"] = ("6", "4", rule)
    if rs.border_start:
        out["right" if rtl else "left"] = (eighths(rs.border_start), "8", rule)
    return out


def _rpr(
    st: etree._Element,
    font: FontSpec,
    ctx: StyleContext,
    *,
    color: str | None = None,
    caps: bool = False,
) -> None:
    rpr = sub(st, "rPr")
    _fonts(rpr, font, ctx)
    if font.bold:
        sub(rpr, "b")
        sub(rpr, "bCs")
    if font.italic:
        sub(rpr, "i")
        sub(rpr, "iCs")
    if caps:
        sub(rpr, "caps")
    if color:
        sub(rpr, "color", val=hex_color(color))
    size = half_points(font.size)
    sub(rpr, "sz", val=size)
    sub(rpr, "szCs", val=size)


def _fonts(rpr: etree._Element, font: FontSpec, ctx: StyleContext) -> None:
    latin = xml_safe(font.latin)
    cs = xml_safe(font.family_for(ctx.cs_script))
    sub(rpr, "rFonts", ascii=latin, hAnsi=latin, eastAsia=latin, cs=cs)
