"""Reading rendered PDFs back: text via poppler and pdfplumber, words, order."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import unicodedata
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path

import pytest

from pressdesk.compose.document import Document
from pressdesk.render.pdf import render_pdf

_PUNCT = "()[]{}«»\"'“”„‘’.,;:!?،؛؟…-–—/\\*•·"
HAS_POPPLER = shutil.which("pdftotext") is not None
needs_poppler = pytest.mark.skipif(not HAS_POPPLER, reason="poppler-utils (pdftotext) not installed")


def words(text: str) -> list[str]:
    """NFKC (presentation forms back to letters), no format controls or tatweel,
    outer punctuation stripped, case-folded."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf" and ch != "\u0640")
    return [t.strip(_PUNCT).casefold() for t in text.split() if t.strip(_PUNCT)]


def in_order(expected: str, actual: str) -> float:
    """Share of the expected words found in ``actual`` in the same order."""
    want, got = words(expected), words(actual)
    matcher = SequenceMatcher(None, want, got, autojunk=False)
    return sum(b.size for b in matcher.get_matching_blocks()) / max(1, len(want))


def doc_text(doc: Document) -> str:
    return "\n".join(b.text for b in doc.blocks)


def pdftotext(data: bytes, *args: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.pdf"
        path.write_bytes(data)
        out = subprocess.run(["pdftotext", *args, "-enc", "UTF-8", str(path), "-"],
                             capture_output=True, check=True, timeout=60)
    return out.stdout.decode("utf-8")


def pdfium_text(data: bytes) -> str:
    """Chrome's PDF reader (pdfium, through pypdfium2): the text of every page."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    try:
        return "\n".join(pdf[i].get_textpage().get_text_bounded() for i in range(len(pdf)))
    finally:
        pdf.close()


def mupdf_text(data: bytes) -> str:
    """MuPDF's text (pymupdf: SumatraPDF, zathura, mupdf-gl): the text of every page."""
    import pymupdf

    with pymupdf.open(stream=data, filetype="pdf") as pdf:
        return "\n".join(page.get_text() for page in pdf)


def plumber_text(data: bytes, rtl: bool = False) -> str:
    """pdfplumber's text. pdfplumber has no bidi: for right-to-left pages read lines
    right to left (``char_dir="rtl"``) and print them as read (``char_dir_render="ltr"``)."""
    import pdfplumber

    kw = {"char_dir": "rtl", "char_dir_render": "ltr"} if rtl else {}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text(**kw) or "" for page in pdf.pages)


@cache
def rendered(name: str) -> bytes:
    return render_pdf(fake(name))


@cache
def fake(name: str) -> Document:
    from tests import fakedocs

    return getattr(fakedocs, f"{name}_doc")()
