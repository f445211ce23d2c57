"""The DOCX read back with python-docx / lxml: text, RTL markup, styles, page, links."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from PIL import Image

from pressdesk.compose.document import (
    Block,
    Direction,
    PageSpec,
    Role,
    Run,
    RunKind,
)
from pressdesk.render.docx import STYLE_NAMES, render_docx, xml_safe
from tests.fakedocs import arabic_document, english_document
from tests.render_docx.docx_helpers import NS, open_docx, order_problems, part_names, part_xml, q, visible

MM = 36000  # EMU per mm


@pytest.fixture(scope="module")
def logo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("logo") / "logo.png"
    Image.new("RGB", (240, 120), "#1f4e79").save(path)
    return path


@pytest.fixture(scope="module")
def ar_doc(logo: Path):
    return arabic_document(logo=logo)


@pytest.fixture(scope="module")
def ar_bytes(ar_doc) -> bytes:
    return render_docx(ar_doc)


@pytest.fixture(scope="module")
def en_doc():
    return english_document()


@pytest.fixture(scope="module")
def en_bytes(en_doc) -> bytes:
    return render_docx(en_doc)


def _style_el(styles, name: str):
    for st in styles.findall("w:style", NS):
        if st.find("w:name", NS).get(q("val")) == name:
            return st
    return None


def _body_paragraphs(data: bytes):
    return open_docx(data).paragraphs


# -- text and order ---------------------------------------------------------------------


@pytest.mark.parametrize("which", ["ar", "en"])
def test_every_block_text_in_order(which, ar_doc, ar_bytes, en_doc, en_bytes):
    doc, data = (ar_doc, ar_bytes) if which == "ar" else (en_doc, en_bytes)
    paras = _body_paragraphs(data)
    assert len(paras) == len(doc.blocks)
    for para, block in zip(paras, doc.blocks, strict=True):
        assert visible(para.text) == block.text
        assert para.style.name == STYLE_NAMES[block.role]


def test_output_is_a_zip_docx(ar_bytes):
    assert ar_bytes[:2] == b"PK"
    names = part_names(ar_bytes)
    assert "word/document.xml" in names and "word/styles.xml" in names
    assert "word/stylesWithEffects.xml" not in names  # the trimmed template


@pytest.mark.parametrize(
    "part", ["word/document.xml", "word/styles.xml", "word/header1.xml", "word/footer1.xml"]
)
def test_elements_in_schema_order(ar_bytes, en_bytes, part):
    for data in (ar_bytes, en_bytes):
        assert order_problems(part_xml(data, part)) == []


# -- right to left --------------------------------------------------------------------------


def test_rtl_section_and_paragraph_direction(ar_bytes):
    root = part_xml(ar_bytes, "word/document.xml")
    assert root.find("w:body/w:sectPr/w:bidi", NS) is not None
    styles = part_xml(ar_bytes, "word/styles.xml")
    for name in STYLE_NAMES.values():
        st = _style_el(styles, name)
        assert st is not None, name
        assert st.find("w:pPr/w:bidi", NS) is not None, name
    # the paragraphs inherit bidi from their style: no direct w:bidi needed
    assert root.findall("w:body/w:p/w:pPr/w:bidi", NS) == []


def test_rtl_runs_and_latin_runs(ar_bytes):
    root = part_xml(ar_bytes, "word/document.xml")
    arabic = latin = 0
    for r in root.iter(q("r")):
        text = "".join(t.text or "" for t in r.findall("w:t", NS))
        has_rtl = r.find("w:rPr/w:rtl", NS) is not None
        if any("\u0600" <= ch <= "\u06ff" for ch in text):
            assert has_rtl, text
            arabic += 1
        if any("A" <= ch <= "z" for ch in text):
            assert not has_rtl, text  # Latin words use the Latin font slot
            latin += 1
    assert arabic > 20 and latin >= 4


def test_embedded_ltr_runs_are_isolated(ar_bytes):
    root = part_xml(ar_bytes, "word/document.xml")
    texts = [t.text for t in root.iter(q("t"))]
    assert "\u2066IMRF\u2069" in texts
    # the e-mail link sits between LRI and PDI runs, outside the w:hyperlink
    link = next(h for h in root.iter(q("hyperlink")) if "telyan" in "".join(h.itertext()))
    assert link.getprevious().findtext("w:t", namespaces=NS) == "\u2066"
    assert link.getnext().findtext("w:t", namespaces=NS) == "\u2069"
    assert "".join(link.itertext()) == "telyan@iom.int"


def test_complex_script_fonts_sizes_and_language(ar_bytes, ar_doc):
    styles = part_xml(ar_bytes, "word/styles.xml")
    defaults = styles.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    assert defaults.find("w:lang", NS).get(q("bidi")) == "ar-EG"
    assert defaults.find("w:lang", NS).get(q("val")) == "en-US"
    for role, name in STYLE_NAMES.items():
        rs = ar_doc.styles[role]
        rpr = _style_el(styles, name).find("w:rPr", NS)
        fonts = rpr.find("w:rFonts", NS)
        assert fonts.get(q("cs")) == rs.font.arabic
        assert fonts.get(q("ascii")) == fonts.get(q("hAnsi")) == rs.font.latin
        size = str(round(rs.font.size * 2))
        assert rpr.find("w:sz", NS).get(q("val")) == size
        assert rpr.find("w:szCs", NS).get(q("val")) == size
        assert (rpr.find("w:bCs", NS) is not None) == rs.font.bold
        assert (rpr.find("w:b", NS) is not None) == rs.font.bold


def test_theme_fonts_do_not_override_explicit_fonts(ar_bytes):
    styles = part_xml(ar_bytes, "word/styles.xml")
    for fonts in styles.iter(q("rFonts")):
        assert not any(k.endswith("Theme") or k.endswith("theme") for k in fonts.attrib)


def test_alignment_is_logical(ar_bytes, en_bytes):
    ar = open_docx(ar_bytes).styles
    # Word and LibreOffice read left/right as start/end of the paragraph direction
    assert ar["PD Body"].paragraph_format.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert ar["PD Contact"].paragraph_format.alignment == WD_ALIGN_PARAGRAPH.LEFT
    assert ar["PD End Mark"].paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert ar["PD Quote Attribution"].paragraph_format.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    en = open_docx(en_bytes).styles
    assert en["PD Contact"].paragraph_format.alignment == WD_ALIGN_PARAGRAPH.LEFT


def test_opposite_direction_block_gets_direct_bidi_and_language(ar_doc):
    english = Block(Role.PARAGRAPH, (Run("An English paragraph."),), Direction.LTR, "en-GB")
    doc = replace(ar_doc, blocks=(*ar_doc.blocks[:3], english))
    root = part_xml(render_docx(doc), "word/document.xml")
    p = root.findall("w:body/w:p", NS)[3]
    assert p.find("w:pPr/w:bidi", NS).get(q("val")) == "0"
    r = p.find("w:r", NS)
    assert r.find("w:rPr/w:rtl", NS) is None
    assert r.find("w:rPr/w:lang", NS).get(q("val")) == "en-GB"


def test_arabic_inside_english_is_rtl(en_bytes):
    root = part_xml(en_bytes, "word/document.xml")
    runs = [r for r in root.iter(q("r")) if "الرشيدية" in "".join(r.itertext())]
    assert runs and runs[0].find("w:rPr/w:rtl", NS) is not None
    assert root.find("w:body/w:sectPr/w:bidi", NS) is None


# -- styles ---------------------------------------------------------------------------------


def test_role_styles_exist_built_on_normal(ar_bytes):
    styles = open_docx(ar_bytes).styles
    for name in STYLE_NAMES.values():
        st = styles[name]
        assert st.base_style.name == "Normal"
    assert styles["PD Dateline"].font.bold
    assert styles["Hyperlink"].font.underline
    headline = styles["PD Headline"]
    assert headline.paragraph_format.keep_with_next
    assert headline.font.color.rgb is not None and str(headline.font.color.rgb) == "1F4E79"
    assert headline.paragraph_format.space_after.pt == 6
    body = styles["PD Body"].paragraph_format
    assert body.space_after.pt == 8
    assert body.line_spacing.pt == pytest.approx(12 * 1.55, abs=0.05)


def test_dateline_run_uses_character_style(ar_bytes):
    lead = _body_paragraphs(ar_bytes)[2]
    first = lead.runs[0]
    assert first.style.name == "PD Dateline"
    assert first.text == "30 نوفمبر 2021، القاهرة - "


def test_quote_bar_and_rules(ar_doc):
    styles = dict(ar_doc.styles)
    styles[Role.QUOTE] = replace(
        styles[Role.QUOTE], border_start=3, indent=10, background="#eef6f6", rule_below=True
    )
    data = render_docx(replace(ar_doc, styles=styles))
    st = part_xml(data, "word/styles.xml").find("w:style[@w:styleId='PDQuote']", NS)
    bdr = st.find("w:pPr/w:pBdr", NS)
    assert bdr.find("w:right", NS).get(q("sz")) == "24"  # start side of an RTL paragraph
    assert bdr.find("w:left", NS) is None
    assert bdr.find("w:bottom", NS) is not None
    assert st.find("w:pPr/w:shd", NS).get(q("fill")) == "EEF6F6"
    assert st.find("w:pPr/w:ind", NS).get(q("left")) == "200"
    assert order_problems(st) == []


# -- page -----------------------------------------------------------------------------------


def test_a4_and_margins_mapped_for_rtl(ar_doc):
    page = PageSpec("A4", margin_top_mm=25, margin_bottom_mm=20, margin_start_mm=30, margin_end_mm=15)
    section = open_docx(render_docx(replace(ar_doc, page=page))).sections[0]
    assert round(section.page_width / MM) == 210 and round(section.page_height / MM) == 297
    assert round(section.right_margin / MM) == 30  # start side of an RTL page
    assert round(section.left_margin / MM) == 15
    assert round(section.top_margin / MM) == 25 and round(section.bottom_margin / MM) == 20


def test_letter_for_english(en_bytes):
    section = open_docx(en_bytes).sections[0]
    assert section.page_width.inches == pytest.approx(8.5, abs=0.01)
    assert section.page_height.inches == pytest.approx(11, abs=0.01)
    assert round(section.left_margin / MM) == 22


def test_header_has_org_name_and_logo(ar_bytes, ar_doc):
    header = open_docx(ar_bytes).sections[0].header
    assert not header.is_linked_to_previous
    root = header._element
    text = "".join(root.itertext())
    assert ar_doc.identity.name in text
    assert ar_doc.furniture.header_text in text
    assert root.find(".//w:tbl/w:tblPr/w:bidiVisual", NS) is not None
    assert root.find(".//w:drawing", NS) is not None
    assert any(n.startswith("word/media/") for n in part_names(ar_bytes))


def test_header_without_logo(en_bytes, en_doc):
    root = open_docx(en_bytes).sections[0].header._element
    assert en_doc.identity.name in "".join(root.itertext())
    assert root.find(".//w:drawing", NS) is None


def test_footer_has_page_fields(ar_bytes):
    root = open_docx(ar_bytes).sections[0].footer._element
    instr = " ".join(t.text for t in root.iter(q("instrText")))
    assert "PAGE" in instr.split() and "NUMPAGES" in instr.split()
    kinds = [f.get(q("fldCharType")) for f in root.iter(q("fldChar"))]
    assert kinds == ["begin", "separate", "end"] * 2
    last = root.findall("w:p", NS)[-1]
    text = "".join(t.text for t in last.iter(q("t")))
    assert text == "صفحة 1 من 1"  # cached results; Word and LibreOffice update them


def test_arabic_indic_page_numbers(ar_doc):
    doc = replace(ar_doc, furniture=replace(ar_doc.furniture, digits="arab"))
    root = part_xml(render_docx(doc), "word/document.xml")
    assert root.find("w:body/w:sectPr/w:pgNumType", NS).get(q("fmt")) == "hindiNumbers"
    assert order_problems(root) == []


def test_hyperlinks_have_targets(ar_bytes, en_bytes):
    for data, expected in (
        (ar_bytes, {"mailto:telyan@iom.int", "https://www.iom.int/ar"}),
        (en_bytes, {"mailto:media@example.org", "https://example.org/ward/progress"}),
    ):
        d = open_docx(data)
        root = d.element
        targets = set()
        for h in root.iter(q("hyperlink")):
            rel = d.part.rels[h.get(f"{{{NS['r']}}}id")]
            assert rel.is_external
            targets.add(rel.target_ref)
            assert h.find("w:r/w:rPr/w:rStyle", NS).get(q("val")) == "Hyperlink"
        assert targets == expected


def test_unsafe_links_stay_text(en_doc):
    block = Block(
        Role.PARAGRAPH, (Run("click", RunKind.LINK, href="javascript:alert(1)"),), Direction.LTR, "en"
    )
    data = render_docx(replace(en_doc, blocks=(block,)))
    root = part_xml(data, "word/document.xml")
    assert root.find(".//w:hyperlink", NS) is None
    assert "click" in "".join(root.itertext())


def test_core_properties(ar_bytes, ar_doc):
    cp = open_docx(ar_bytes).core_properties
    assert cp.title == ar_doc.metadata.title
    assert cp.author == ar_doc.metadata.author
    assert cp.subject == ar_doc.metadata.subject
    assert cp.keywords == "IMRF, الهجرة"
    assert cp.language == "ar-EG"
    assert cp.created == dt.datetime(2021, 11, 30, tzinfo=dt.UTC)
    assert "python-docx" not in (cp.comments or "")
    app = part_xml(ar_bytes, "docProps/app.xml")
    assert app.findtext("{*}Application") == "PressDesk"


def test_font_table_names_the_fonts(ar_bytes):
    fonts = part_xml(ar_bytes, "word/fontTable.xml")
    names = {f.get(q("name")): f.find("w:charset", NS).get(q("val")) for f in fonts}
    assert names["Amiri"] == "B2" and names["Noto Kufi Arabic"] == "B2"
    assert names["Noto Serif"] == "00"


# -- robustness -----------------------------------------------------------------------------


def test_xml_safe():
    assert xml_safe("a\x00b\x0bc\x1f\ufffe") == "abc"
    assert xml_safe("tab\tnl\n") == "tab\tnl\n"
    assert xml_safe("\ud83d\ude00") == "\U0001f600"  # a valid pair is joined
    assert xml_safe("x\ud800y") == "x\ufffdy"


def test_forbidden_characters_do_not_crash(ar_doc):
    bad = "نص\x00 مع\x0b محارف\x1f ممنوعة\ud800 \uffff"
    block = Block(
        Role.PARAGRAPH,
        (Run(bad), Run("x\x01", RunKind.EMAIL, href="mailto:a\x02@b.org", direction=Direction.LTR)),
        Direction.RTL,
        "ar",
    )
    doc = replace(
        ar_doc,
        blocks=(block,),
        metadata=replace(ar_doc.metadata, title="عنوان\x00", keywords=("a\x0c",)),
        identity=replace(ar_doc.identity, name="منظمة\x07"),
        furniture=replace(ar_doc.furniture, page_label="صفحة\x08 {page}"),
    )
    data = render_docx(doc)
    para = open_docx(data).paragraphs[0]
    assert visible(para.text) == "نص مع محارف ممنوعة\ufffd x"
    assert open_docx(data).core_properties.title == "عنوان"


def test_empty_document_renders(ar_doc):
    doc = replace(
        ar_doc,
        blocks=(),
        identity=replace(ar_doc.identity, name="", logo=None),
        furniture=replace(ar_doc.furniture, header_text="", footer_text="", page_label=""),
    )
    d = open_docx(render_docx(doc))
    assert d.paragraphs == [] or all(not p.text for p in d.paragraphs)


def test_missing_logo_is_skipped(ar_doc, tmp_path):
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a png")
    doc = replace(ar_doc, identity=replace(ar_doc.identity, logo=broken))
    header = open_docx(render_docx(doc)).sections[0].header._element
    assert ar_doc.identity.name in "".join(header.itertext())


def test_line_breaks_and_tabs(en_doc):
    block = Block(Role.CONTACT, (Run("a\tb"), Run("\n", RunKind.LINE_BREAK), Run("c")), Direction.LTR, "en")
    root = part_xml(render_docx(replace(en_doc, blocks=(block,))), "word/document.xml")
    p = root.find("w:body/w:p", NS)
    assert p.find(".//w:tab", NS) is not None and p.find(".//w:br", NS) is not None


def test_hebrew_block_in_arabic_document_uses_hebrew_font(ar_doc):
    block = Block(Role.PARAGRAPH, (Run("שלום עולם"),), Direction.RTL, "he")
    root = part_xml(render_docx(replace(ar_doc, blocks=(block,))), "word/document.xml")
    rpr = root.find("w:body/w:p/w:r/w:rPr", NS)
    assert rpr.find("w:rFonts", NS).get(q("cs")) == ar_doc.styles[Role.PARAGRAPH].font.hebrew
    assert rpr.find("w:lang", NS).get(q("bidi")) == "he-IL"
