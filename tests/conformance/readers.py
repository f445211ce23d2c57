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
class Readback:
    text: str  # all visible text in reading order
    blocks: list[tuple[str, str | None]] = field(default_factory=list)  # (text, direction)
    links: set[str] = field(default_factory=set)
    lang: str | None = None
    direction: str | None = None


def words(text: str) -> list[str]:
    """Comparable words: NFKC, no format controls or tatweel, outer punctuation stripped."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf" and ch != "\u0640")
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
        if cls.startswith("pd-") and el.tag in ("p", "h1", "h2", "blockquote"):
            blocks.append((_el_text(el), el.get("dir")))
    links = {a.get("href") for a in body.iter("a") if a.get("href")}
    return Readback(
        text="\n".join(t for t, _ in blocks),
        blocks=blocks,
        links=links,
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
    blocks = []
    for p in document.paragraphs:
        text = p.text
        if not text.strip():
            continue
        blocks.append((text, "rtl" if _docx_bidi(p) else "ltr"))
    links = set()
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/hyperlink"):
            links.add(rel.target_ref)
    return Readback(
        text="\n".join(t for t, _ in blocks),
        blocks=blocks,
        links=links,
        lang=document.core_properties.language or None,
    )


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
    lang = reader.trailer["/Root"].get("/Lang")
    return Readback(text=pdf_text(data), links=links, lang=str(lang) if lang else None)


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


READERS = {"html": read_html, "docx": read_docx, "pdf": read_pdf}
