"""Format 2 in every format: photo with caption and credit, lists, bold, italic and link text
come back as real structure (read with html5lib, python-docx and pypdf/pdftotext)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from functools import cache
from pathlib import Path

import pytest
from lxml import etree

from pressdesk.compose.document import Document, Role
from pressdesk.model import load_release
from pressdesk.pipeline import prepare
from pressdesk.render import registry, renderer
from tests.conformance.readers import in_order_ratio, pdf_text

DATA = Path(__file__).parent.parent / "data"
PHOTO = DATA / "rich-photo.jpg"
NAMES = ("rich-ar", "rich-en")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NS = {"w": W[1:-1]}
# (bold word, italic word, link text, link target) of each release
MARKED = {
    "rich-ar": ("أنجز", "مبكرة", "صفحة البرنامج", "https://example.org/ar/water"),
    "rich-en": ("completed", "early", "the programme page", "https://example.org/water"),
}


@cache
def composed(name: str) -> Document:
    prepared = prepare(load_release(DATA / f"{name}.pressrelease"))
    assert prepared.warnings == []
    return prepared.document


@cache
def exported(fmt: str, name: str) -> bytes:
    return renderer(fmt)(composed(name))


def _texts(name: str, role: Role) -> list[str]:
    return [b.text for b in composed(name).blocks if b.role is role]


@pytest.fixture(params=NAMES)
def name(request: pytest.FixtureRequest) -> str:
    return request.param


def test_formats_declare_the_new_capabilities():
    for cap in (registry.IMAGES, registry.LISTS, registry.EMPHASIS):
        assert set(registry.with_capability(cap)) >= {"html", "docx", "pdf"}


# --- HTML -------------------------------------------------------------------------------------
def _html(name: str):  # type: ignore[no-untyped-def]
    import html5lib

    return html5lib.parse(exported("html", name), treebuilder="etree",
                          namespaceHTMLElements=False)


def _all_text(el) -> str:  # type: ignore[no-untyped-def]
    return "".join(el.itertext())


def test_html_figure_with_embedded_image_and_caption(name):
    body = _html(name).find("body")
    figures = list(body.iter("figure"))
    assert len(figures) == 1
    img = figures[0].find("img")
    assert img.get("src").startswith("data:image/jpeg;base64,")
    assert (img.get("width"), img.get("height")) == ("480", "320")
    assert img.get("alt")
    caption = _all_text(figures[0].find("figcaption"))
    for text in _texts(name, Role.CAPTION) + _texts(name, Role.CREDIT):
        assert text in caption


def test_html_lists_with_items_and_direction(name):
    body = _html(name).find("body")
    ul, ol = list(body.iter("ul")), list(body.iter("ol"))
    assert len(ul) == len(ol) == 1
    items = [_all_text(li) for lst in (ul[0], ol[0]) for li in lst.findall("li")]
    assert items == _texts(name, Role.LIST_ITEM)
    expected = "rtl" if name == "rich-ar" else "ltr"
    assert ul[0].get("dir") == ol[0].get("dir") == expected


def test_html_strong_em_and_link_text(name):
    bold, italic, link_text, href = MARKED[name]
    body = _html(name).find("body")
    assert bold in [_all_text(s) for s in body.iter("strong")]
    assert italic in [_all_text(e) for e in body.iter("em")]
    links = {(_all_text(a), a.get("href")) for a in body.iter("a")}
    assert (link_text, href) in links
    assert not any(el.tag == "script" for el in body.iter())


# --- DOCX -------------------------------------------------------------------------------------
def _docx_xml(name: str, part: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(exported("docx", name))) as z:
        return etree.fromstring(z.read(part))


def _style_ids(root: etree._Element) -> dict[str, str]:
    return {s.get(f"{W}styleId"): s.find("w:name", NS).get(f"{W}val")
            for s in root.findall("w:style", NS)}


def _para_style(p: etree._Element) -> str | None:
    st = p.find("w:pPr/w:pStyle", NS)
    return st.get(f"{W}val") if st is not None else None


def test_docx_inline_picture_and_caption_style(name):
    import docx

    body = _docx_xml(name, "word/document.xml").find("w:body", NS)
    names = _style_ids(_docx_xml(name, "word/styles.xml"))
    paras = body.findall("w:p", NS)
    pictures = [k for k, p in enumerate(paras) if p.find(".//w:drawing", NS) is not None]
    assert len(pictures) == 1
    k = pictures[0]
    assert names[_para_style(paras[k])] == "PD Figure"
    assert names[_para_style(paras[k + 1])] == "PD Caption"
    assert names[_para_style(paras[k + 2])] == "PD Credit"
    assert "".join(paras[k + 1].itertext()) == _texts(name, Role.CAPTION)[0]
    document = docx.Document(io.BytesIO(exported("docx", name)))
    shape = document.inline_shapes[0]
    section = document.sections[0]
    assert shape.width <= section.page_width - section.left_margin - section.right_margin
    blobs = [r.target_part.blob for r in document.part.rels.values() if "image" in r.reltype
             and r.target_part.content_type == "image/jpeg"]
    assert PHOTO.read_bytes() in blobs  # the JPEG as it was


def test_docx_list_numbering(name):
    body = _docx_xml(name, "word/document.xml").find("w:body", NS)
    numbering = _docx_xml(name, "word/numbering.xml")
    items = [p for p in body.findall("w:p", NS) if p.find("w:pPr/w:numPr", NS) is not None]
    assert ["".join(p.itertext()) for p in items] == _texts(name, Role.LIST_ITEM)
    num_ids = [p.find("w:pPr/w:numPr/w:numId", NS).get(f"{W}val") for p in items]
    assert len(set(num_ids[:3])) == 1 and len(set(num_ids[3:])) == 1
    assert num_ids[0] != num_ids[3]
    abstract_of = {n.get(f"{W}numId"): n.find("w:abstractNumId", NS).get(f"{W}val")
                   for n in numbering.findall("w:num", NS)}
    abstracts = {a.get(f"{W}abstractNumId"): a for a in numbering.findall("w:abstractNum", NS)}
    rtl = name == "rich-ar"
    for num_id, fmt in ((num_ids[0], "bullet"), (num_ids[3], "decimal")):
        lvl = abstracts[abstract_of[num_id]].find("w:lvl", NS)
        assert lvl.find("w:numFmt", NS).get(f"{W}val") == fmt
        assert (lvl.find("w:pPr/w:bidi", NS) is not None) == rtl
        ind = lvl.find("w:pPr/w:ind", NS)
        assert int(ind.get(f"{W}hanging")) > 0


def test_docx_bold_italic_with_complex_script_twins_and_link_text(name):
    bold, italic, link_text, href = MARKED[name]
    import docx

    body = _docx_xml(name, "word/document.xml").find("w:body", NS)
    runs = {"".join(r.itertext()): r for r in body.iter(f"{W}r")}
    rpr = runs[bold].find("w:rPr", NS)
    assert rpr.find("w:b", NS) is not None and rpr.find("w:bCs", NS) is not None
    rpr = runs[italic].find("w:rPr", NS)
    assert rpr.find("w:i", NS) is not None and rpr.find("w:iCs", NS) is not None
    document = docx.Document(io.BytesIO(exported("docx", name)))
    rels = {rid: r.target_ref for rid, r in document.part.rels.items()}
    links = {("".join(h.itertext()), rels[h.get("{http://schemas.openxmlformats.org/"
                                                 "officeDocument/2006/relationships}id")])
             for h in body.iter(f"{W}hyperlink")}
    assert (link_text, href) in links


# --- PDF --------------------------------------------------------------------------------------
def _bbox_words(data: bytes) -> list[tuple[str, float, float, float, float, int]]:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.pdf"
        path.write_bytes(data)
        out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                             check=True, timeout=60).stdout.decode("utf-8")
    words = []
    page = 0
    for line in out.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>',
                      line)
        if m:
            x0, y0, x1, y1 = (float(m.group(i)) for i in range(1, 5))
            text = m.group(5).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
            words.append((text.strip("\u200e\u200f"), x0, y0, x1, y1, page))
    return words


def test_pdf_jpeg_passed_through_scaled_to_text_width(name):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(exported("pdf", name)))
    found = []
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        for key in xobjects:
            obj = xobjects[key].get_object()
            filters = obj.get("/Filter")
            if "/DCTDecode" in (filters if isinstance(filters, list) else [filters]):
                found.append((obj._data, float(obj["/Width"])))
    assert PHOTO.read_bytes() in [data for data, _w in found]  # not re-encoded


def test_pdf_captions_and_items_extractable_in_order(name):
    text = pdf_text(exported("pdf", name))
    wanted = _texts(name, Role.CAPTION) + _texts(name, Role.CREDIT) + _texts(name, Role.LIST_ITEM)
    assert in_order_ratio("\n".join(wanted), text) >= 0.98


def test_pdf_bullets_on_the_start_side_with_hanging_indent(name):
    words = _bbox_words(exported("pdf", name))
    bullets = [w for w in words if w[0] == "•"]
    assert len(bullets) == 3
    page1 = [w for w in words if w[5] == 1]
    margin_left = min(w[1] for w in page1)
    margin_right = max(w[3] for w in page1)
    for bullet in bullets:
        line = [w for w in words if w is not bullet and w[5] == bullet[5]
                and abs(w[2] - bullet[2]) < 3]
        assert line
        if name == "rich-ar":
            assert bullet[1] > max(w[3] for w in line)  # right of the item's text
            assert margin_right - max(w[3] for w in line) > 20  # the text hangs inside
            assert margin_right - bullet[3] > 5  # the bullet itself is indented
        else:
            assert bullet[3] < min(w[1] for w in line)
            assert min(w[1] for w in line) - margin_left > 20
            assert bullet[1] - margin_left > 5


def test_pdf_real_bold_and_italic_faces(name):
    if not shutil.which("pdffonts"):
        pytest.skip("pdffonts is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.pdf"
        path.write_bytes(exported("pdf", name))
        fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True,
                               timeout=60).stdout.decode()
    if name == "rich-ar":
        assert "Amiri-Bold" in fonts and "Amiri-Italic" in fonts
    else:
        assert "NotoSerif-Bold" in fonts and "NotoSerif-Italic" in fonts


def test_pdf_link_annotation_over_link_text(name):
    from pypdf import PdfReader

    _bold, _italic, link_text, href = MARKED[name]
    data = exported("pdf", name)
    reader = PdfReader(io.BytesIO(data))
    page = reader.pages[0]
    height = float(page.mediabox.height)
    rects = [[float(v) for v in a.get_object()["/Rect"]] for a in page.get("/Annots") or []
             if a.get_object().get("/A", {}).get("/URI") == href]
    assert rects
    parts = set(link_text.split())
    # pdftotext -bbox gives each right-to-left word in visual order
    words = [w for w in _bbox_words(data) if w[5] == 1
             and ({w[0].strip(".\u200e\u200f"), w[0].strip(".\u200e\u200f")[::-1]} & parts)]
    covered = set()
    for text, x0, y0, x1, y1, _p in words:
        cx, cy = (x0 + x1) / 2, height - (y0 + y1) / 2
        if any(r[0] <= cx <= r[2] and r[1] <= cy <= r[3] for r in rects):
            covered |= {text.strip(".\u200e\u200f"), text.strip(".\u200e\u200f")[::-1]}
    assert parts <= covered  # every word of the link text lies under its annotation
