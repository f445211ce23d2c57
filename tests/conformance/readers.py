"""Read exported files back into plain facts, one reader per format, for the shared suite."""

from __future__ import annotations

import bisect
import io
import shutil
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

_PUNCT = "()[]{}«»\"'“”„‘’.,;:!?،؛؟…-–—/\\*•·%٪+"


@dataclass
class BlockBack:
    """One paragraph as a reader sees it: its text, direction and language (None: not marked)."""

    text: str
    dir: str | None = None
    lang: str | None = None
    # DOCX: right-to-left text that sits in runs without w:rtl (Word would set it left to right)
    unmarked_rtl: str = ""


@dataclass
class Readback:
    text: str  # all visible text in reading order
    blocks: list[BlockBack] = field(default_factory=list)
    links: set[str] = field(default_factory=set)
    link_texts: dict[str, str] = field(default_factory=dict)  # target -> the text it is on
    lang: str | None = None
    direction: str | None = None


def words(text: str) -> list[str]:
    """Comparable words: NFKC, no format controls or tatweel, outer punctuation stripped."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(" " if ch.isspace() else ch for ch in text
                   if ch.isspace() or (unicodedata.category(ch) not in ("Cf", "Cc", "Cs")
                                       and ch not in "\u0640\ufffe\uffff"))
    out = []
    for token in text.split():
        token = token.strip(_PUNCT)
        if token:
            out.append(token.casefold())
    return out


def in_order_ratio(expected: str, actual: str) -> float:
    """Share of the expected words found in the actual text in the same order.

    The longest common subsequence of the two word lists (Hunt-Szymanski), so text that a
    reader adds (page headers, footers) between the words does not count against it.
    """
    want, got = words(expected), words(actual)
    if not want:
        return 1.0
    positions: dict[str, list[int]] = {}
    for j, word in enumerate(got):
        positions.setdefault(word, []).append(j)
    tails: list[int] = []
    for word in want:
        for j in reversed(positions.get(word, ())):
            k = bisect.bisect_left(tails, j)
            if k == len(tails):
                tails.append(j)
            else:
                tails[k] = j
    return len(tails) / len(want)


# --- HTML -------------------------------------------------------------------------------------
def read_html(data: bytes) -> Readback:
    import html5lib

    doc = html5lib.parse(data, treebuilder="etree", namespaceHTMLElements=False)
    root = doc
    body = root.find("body")
    blocks = []
    for el in body.iter():
        cls = el.get("class") or ""
        if cls.startswith("pd-") and el.tag in ("p", "h1", "h2", "blockquote", "li", "figcaption"):
            blocks.append(BlockBack(_el_text(el), el.get("dir"), el.get("lang")))
    anchors = [a for a in body.iter("a") if a.get("href")]
    return Readback(
        text="\n".join(b.text for b in blocks),
        blocks=blocks,
        links={a.get("href") for a in anchors},
        link_texts={a.get("href"): _el_text(a) for a in anchors},
        lang=root.get("lang"),
        direction=root.get("dir"),
    )


def _el_text(el) -> str:  # type: ignore[no-untyped-def]
    parts = []
    if el.text:
        parts.append(el.text)
    for child in el:
        parts.append("\n" if child.tag == "br" else _el_text(child))
        if child.tail:
            parts.append(child.tail)
    return "".join(parts)


# --- DOCX -------------------------------------------------------------------------------------
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(data: bytes) -> Readback:
    import docx

    document = docx.Document(io.BytesIO(data))
    defaults = list(document.styles.element.iter(f"{W}docDefaults"))
    default_langs = [el for d in defaults for el in d.iter(f"{W}lang")]
    blocks = []
    for p in document.paragraphs:
        text = p.text
        if not text.strip():
            continue
        blocks.append(BlockBack(text, "rtl" if _docx_bidi(p) else "ltr", _docx_lang(p, default_langs),
                                _docx_unmarked_rtl(p)))
    targets = {rel.rId: rel.target_ref for rel in document.part.rels.values()
               if rel.reltype.endswith("/hyperlink")}
    link_texts = {}
    for h in document.element.body.iter(f"{W}hyperlink"):
        rid = h.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
        if rid in targets:
            link_texts[targets[rid]] = "".join(t.text or "" for t in h.iter(f"{W}t"))
    return Readback(
        text="\n".join(b.text for b in blocks),
        blocks=blocks,
        links=set(targets.values()),
        link_texts=link_texts,
        lang=document.core_properties.language or None,
    )


def _style_chain(paragraph):  # type: ignore[no-untyped-def]
    style = paragraph.style
    while style is not None:
        yield style.element
        style = style.base_style


def _docx_lang(paragraph, defaults) -> str | None:  # type: ignore[no-untyped-def]
    """The language Word gives the paragraph's right-to-left text (``w:lang w:bidi``), else
    its Latin text (``w:val``): from the runs, the paragraph mark, the style chain, then the
    document defaults."""
    found = [el for r in paragraph._p.iter(f"{W}r") for el in r.iter(f"{W}lang")]
    mark = paragraph._p.pPr.find(f"{W}rPr") if paragraph._p.pPr is not None else None
    if mark is not None:
        found += list(mark.iter(f"{W}lang"))
    for style in _style_chain(paragraph):
        found += list(style.iter(f"{W}lang"))
    found += defaults
    rtl = _docx_bidi(paragraph)
    for el in found:
        value = el.get(f"{W}bidi") if rtl else el.get(f"{W}val")
        if value:
            return value
    return None


def _docx_unmarked_rtl(paragraph) -> str:  # type: ignore[no-untyped-def]
    """Arabic or Hebrew letters in runs that neither they nor their style mark ``w:rtl``."""
    style_rtl = any(st.find(f"{W}rPr/{W}rtl") is not None for st in _style_chain(paragraph))
    out = []
    for r in paragraph._p.iter(f"{W}r"):
        text = "".join(t.text or "" for t in r.iter(f"{W}t"))
        if not any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
            continue
        rtl = r.find(f"{W}rPr/{W}rtl")
        marked = rtl is not None and rtl.get(f"{W}val", "1") not in ("0", "false")
        if not (marked or (style_rtl and rtl is None)):
            out.append(text)
    return "".join(out)


def _docx_bidi(paragraph) -> bool:  # type: ignore[no-untyped-def]
    """The paragraph's direction: its own w:bidi, else the one its style chain sets."""
    own = _bidi_flag(paragraph._p.pPr)
    if own is not None:
        return own
    style = paragraph.style
    while style is not None:
        flag = _bidi_flag(style.element.pPr)
        if flag is not None:
            return flag
        style = style.base_style
    return False


def _bidi_flag(ppr) -> bool | None:  # type: ignore[no-untyped-def]
    if ppr is None:
        return None
    el = ppr.find(f"{W}bidi")
    if el is None:
        return None
    return el.get(f"{W}val", "1") not in ("0", "false", "off")


# --- PDF --------------------------------------------------------------------------------------
def read_pdf(data: bytes) -> Readback:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    links = set()
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            obj = annot.get_object()
            action = obj.get("/A")
            if action is not None and "/URI" in action:
                links.add(str(action["/URI"]))
    root = reader.trailer["/Root"]
    lang = root.get("/Lang")
    prefs = root.get("/ViewerPreferences")
    direction = prefs.get_object().get("/Direction") if prefs is not None else None
    return Readback(text=pdf_text(data), links=links, lang=str(lang) if lang else None,
                    direction={"/R2L": "rtl", "/L2R": "ltr"}.get(str(direction)) if direction else None)


def read_pdf_pdfium(data: bytes) -> Readback:
    """The text as Chrome's PDF reader (pdfium) gives it, page by page."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        pages = []
        for page in pdf:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_bounded())
            textpage.close()
            page.close()
    finally:
        pdf.close()
    return Readback(text="\n".join(pages))


@dataclass(frozen=True)
class PdfLine:
    page: int
    x_min: float
    x_max: float
    text: str


def _logical(visual: list[str]) -> str:
    """A line's words in reading order. ``-bbox-layout`` lists glyphs left to right, so a
    right-to-left line comes with its words and letters reversed: turned back here (letters
    first, then NFKC, so a lam-alef ligature becomes lam then alef)."""
    text = " ".join(visual)
    rtl = sum(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)
    ltr = sum(unicodedata.bidirectional(ch) == "L" for ch in text)
    if rtl <= ltr:
        return text
    return " ".join(unicodedata.normalize("NFKC", w[::-1]) for w in reversed(visual))


def pdf_lines(data: bytes) -> tuple[float, list[PdfLine]]:
    """(page width, every text line with its horizontal extent) from ``pdftotext -bbox-layout``."""
    import xml.etree.ElementTree as ET

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.pdf"
        path.write_bytes(data)
        out = subprocess.run(["pdftotext", "-bbox-layout", "-enc", "UTF-8", str(path), "-"],
                             capture_output=True, check=True, timeout=60).stdout
    root = ET.fromstring(out)
    ns = "{http://www.w3.org/1999/xhtml}"
    width, lines = 0.0, []
    for n, page in enumerate(root.iter(f"{ns}page")):
        width = float(page.get("width", 0))
        for line in page.iter(f"{ns}line"):
            words_ = [w.text or "" for w in line.iter(f"{ns}word")]
            lines.append(PdfLine(n, float(line.get("xMin")), float(line.get("xMax")), _logical(words_)))
    return width, lines


def pdf_text(data: bytes) -> str:
    """Text as a journalist's PDF reader gives it: poppler's pdftotext, else pdfplumber."""
    if shutil.which("pdftotext"):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "in.pdf"
            path.write_bytes(data)
            out = subprocess.run(
                ["pdftotext", "-enc", "UTF-8", str(path), "-"],
                capture_output=True, check=True, timeout=60,
            )
            return out.stdout.decode("utf-8")
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


# --- plain text and e-mail -------------------------------------------------------------------------
def read_txt(data: bytes) -> Readback:
    text = data.decode("utf-8")
    return Readback(text=text, blocks=[BlockBack(line) for line in text.splitlines() if line.strip()])


def read_eml(data: bytes) -> Readback:
    """A draft as a mail client shows it: the HTML body (its blocks, links and language)."""
    from email import message_from_bytes, policy

    message = message_from_bytes(data, policy=policy.default)
    html = message.get_body(preferencelist=("html",))
    back = _read_mail_html(html.get_content().encode("utf-8")) if html is not None else Readback("")
    back.lang = message.get("Content-Language") or back.lang
    return back


def _read_mail_html(data: bytes) -> Readback:
    """E-mail HTML is laid out in tables: every element with ``dir`` and text of its own is a block."""
    import html5lib

    root = html5lib.parse(data, treebuilder="etree", namespaceHTMLElements=False)
    body = root.find("body")
    blocks = []
    kinds = ("p", "h1", "h2", "div", "li", "blockquote")
    for el in body.iter():
        if not (el.get("dir") and el.tag in kinds and _el_text(el).strip()):
            continue
        if not any(c is not el and c.get("dir") and c.tag in kinds for c in el.iter()):  # innermost
            blocks.append(BlockBack(_el_text(el), el.get("dir"), el.get("lang")))
    anchors = [a for a in body.iter("a") if a.get("href")]
    return Readback(text="\n".join(b.text for b in blocks), blocks=blocks,
                    links={a.get("href") for a in anchors},
                    link_texts={a.get("href"): _el_text(a) for a in anchors},
                    lang=root.get("lang"), direction=root.get("dir") or body.get("dir"))


READERS = {"html": read_html, "docx": read_docx, "pdf": read_pdf, "txt": read_txt, "eml": read_eml}
# Every reader of each format whose read-back the suite checks (PDF: poppler and pdfium).
ALL_READERS = {"html": {"html5lib": read_html}, "docx": {"python-docx": read_docx},
               "pdf": {"poppler": read_pdf, "pdfium": read_pdf_pdfium},
               "txt": {"utf-8": read_txt}, "eml": {"email": read_eml}}
