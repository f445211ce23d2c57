"""The DOCX as LibreOffice lays it out: converted to PDF, read back with pdftotext -bbox
(line geometry) and pdfplumber (glyph positions, for reading order)."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from pressdesk.compose.document import Document, Role
from pressdesk.render.docx import render_docx
from tests.fakedocs import arabic_document, english_document

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (shutil.which("soffice") and shutil.which("pdftotext")),
        reason="needs LibreOffice (soffice) and poppler (pdftotext)",
    ),
]

PT_PER_MM = 72 / 25.4
ARABIC_LETTER = re.compile("[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06fc]")
TOLERANCE = 2.5  # points


@dataclass
class Word:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


@dataclass
class Converted:
    doc: Document
    pdf: Path
    pages: list[tuple[float, float, list[Word]]]  # (width, height, words) per page


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Converted]:
    tmp = tmp_path_factory.mktemp("lo")
    docs = {"ar": arabic_document(), "en": english_document()}
    sources = []
    for name, doc in docs.items():
        path = tmp / f"{name}.docx"
        # the fonts travel inside the file, so the layout does not depend on what this
        # machine has installed (a fresh CI machine has no Arabic fonts of ours)
        path.write_bytes(render_docx(doc, embed_fonts=True))
        sources.append(str(path))
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp),
            *sources,
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return {
        name: Converted(doc, tmp / f"{name}.pdf", _bbox(tmp / f"{name}.pdf")) for name, doc in docs.items()
    }


def _bbox(pdf: Path) -> list[tuple[float, float, list[Word]]]:
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = []
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', out, re.S):
        words = [
            Word(float(m[1]), float(m[2]), float(m[3]), float(m[4]), m[5])
            for m in re.finditer(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                r"(.*?)</word>",
                page[3],
            )
        ]
        pages.append((float(page[1]), float(page[2]), words))
    return pages


def _body_lines(c: Converted) -> list[tuple[float, list[Word]]]:
    """Visual lines of the body area (header and footer excluded), top to bottom."""
    top = c.doc.page.margin_top_mm * PT_PER_MM
    bottom_margin = c.doc.page.margin_bottom_mm * PT_PER_MM
    lines: list[tuple[float, list[Word]]] = []
    for _, height, words in c.pages:
        page_lines: dict[float, list[Word]] = {}
        for word in words:
            if not word.text.strip("\u2066\u2067\u2068\u2069"):
                continue  # isolate controls are reported as zero-width words
            if word.y0 < top - 1 or word.y1 > height - bottom_margin + 1:
                continue
            key = next((k for k in page_lines if abs(k - word.y1) < 3), word.y1)
            page_lines.setdefault(key, []).append(word)
        lines.extend(sorted(page_lines.items()))
    return lines


def _margins(c: Converted) -> tuple[float, float, float]:
    """(page width, left text edge, right text edge) in points."""
    width = c.pages[0][0]
    start, end = c.doc.page.margin_start_mm, c.doc.page.margin_end_mm
    left, right = (end, start) if c.doc.direction == "rtl" else (start, end)
    return width, left * PT_PER_MM, width - right * PT_PER_MM


def test_page_size(converted):
    ar, en = converted["ar"], converted["en"]
    assert ar.pages[0][:2] == pytest.approx((595.3, 841.9), abs=1)  # A4
    assert en.pages[0][:2] == pytest.approx((612, 792), abs=1)  # Letter


def test_rtl_lines_start_at_the_right_margin(converted):
    c = converted["ar"]
    _, left, right = _margins(c)
    lines = [ws for _, ws in _body_lines(c) if any(ARABIC_LETTER.search(w.text) for w in ws)]
    assert len(lines) > 30
    at_right = [ws for ws in lines if abs(max(w.x1 for w in ws) - right) < TOLERANCE]
    assert len(at_right) >= 0.85 * len(lines), (right, [max(w.x1 for w in ws) for ws in lines])
    # justified paragraphs also reach the left edge on all but their last lines
    at_left = [ws for ws in lines if abs(min(w.x0 for w in ws) - left) < TOLERANCE]
    assert len(at_left) >= 0.4 * len(lines)
    assert all(min(w.x0 for w in ws) > left - TOLERANCE for ws in lines)


def test_ltr_lines_start_at_the_left_margin(converted):
    c = converted["en"]
    _, left, right = _margins(c)
    lines = [ws for _, ws in _body_lines(c)]
    assert len(lines) > 15
    at_left = [ws for ws in lines if abs(min(w.x0 for w in ws) - left) < TOLERANCE]
    assert len(at_left) >= 0.85 * len(lines), (left, [min(w.x0 for w in ws) for ws in lines])
    assert all(max(w.x1 for w in ws) < right + TOLERANCE for ws in lines)


# -- glyph-level checks (pdfplumber) ----------------------------------------------------------


def _glyph_lines(c: Converted) -> list[list[dict]]:
    pdfplumber = pytest.importorskip("pdfplumber")
    top = c.doc.page.margin_top_mm * PT_PER_MM
    bottom_margin = c.doc.page.margin_bottom_mm * PT_PER_MM
    out = []
    with pdfplumber.open(c.pdf) as pdf:
        for page in pdf.pages:
            lines: dict[float, list[dict]] = {}
            for ch in page.chars:
                if ch["top"] < top - 1 or ch["bottom"] > page.height - bottom_margin + 1:
                    continue
                key = next((k for k in lines if abs(k - ch["bottom"]) < 3), ch["bottom"])
                lines.setdefault(key, []).append(ch)
            out.extend(chars for _, chars in sorted(lines.items()))
    return out


def _rtl_letters(chars: list[dict]) -> str:
    """The Arabic letters of glyphs read right to left (logical order for RTL text)."""
    text = "".join(ch["text"] for ch in sorted(chars, key=lambda ch: -ch["x0"]))
    return "".join(ARABIC_LETTER.findall(text))


def test_arabic_text_extracts_in_reading_order(converted):
    """Every Arabic letter of the body-font blocks, in logical order, page after page.

    Headings are left out: Noto Kufi Arabic shares dotless glyph bodies between letters,
    so its PDF text does not map back to the letters one by one.
    """
    c = converted["ar"]
    body_font = c.doc.styles[Role.PARAGRAPH].font.arabic
    blocks = [b for b in c.doc.blocks if c.doc.styles[b.role].font.arabic == body_font]
    assert len(blocks) > 10
    expected = "".join(ARABIC_LETTER.findall("".join(b.text for b in blocks)))
    lines = [[ch for ch in line if body_font.replace(" ", "") in ch["fontname"]] for line in _glyph_lines(c)]
    got = "".join(_rtl_letters(line) for line in lines)
    assert got == expected


def test_latin_acronym_keeps_its_place(converted):
    c = converted["ar"]
    for line in _glyph_lines(c):
        latin = sorted((ch for ch in line if ch["text"] in "IMRF"), key=lambda ch: ch["x0"])
        if "".join(ch["text"] for ch in latin) == "IMRF":
            break
    else:
        pytest.fail("IMRF not found")
    lo, hi = latin[0]["x0"], latin[-1]["x1"]
    before = _rtl_letters([ch for ch in line if ch["x0"] >= hi])
    after = _rtl_letters([ch for ch in line if ch["x1"] <= lo])
    assert before.endswith("لاستعراضالهجرة")
    assert after.startswith("الذيسيعقد")
    brackets = sorted((ch for ch in line if ch["text"] in "()"), key=lambda ch: ch["x0"])
    assert len(brackets) == 2 and brackets[0]["x1"] <= lo + 1 and brackets[1]["x0"] >= hi - 1


def test_email_and_brackets_inside_arabic(converted):
    c = converted["ar"]
    line = next(line for line in _glyph_lines(c) if "@" in "".join(ch["text"] for ch in line))
    latin = sorted(
        (ch for ch in line if re.fullmatch(r"[A-Za-z0-9@._-]", ch["text"])), key=lambda ch: ch["x0"]
    )
    assert "".join(ch["text"] for ch in latin) == "telyan@iom.int"
    lo, hi = latin[0]["x0"], latin[-1]["x1"]
    opening = next(ch for ch in line if ch["text"] == "(")
    closing = next(ch for ch in line if ch["text"] == ")")
    # Both brackets belong to the Arabic text (UBA N0/N1 around an isolate): the opening
    # one is at the start (right) side, drawn mirrored, so the pair encloses the address.
    assert opening["x0"] >= hi - 1 and closing["x1"] <= lo + 1
    label = _rtl_letters([ch for ch in line if ch["x0"] >= hi])
    assert label.endswith("البريدالإلكتروني")


def test_phone_number_reads_left_to_right(converted):
    c = converted["ar"]
    line = next(line for line in _glyph_lines(c) if "+" in "".join(ch["text"] for ch in line))
    digits = sorted((ch for ch in line if ch["text"] in "+0123456789"), key=lambda ch: ch["x0"])
    text = "".join(ch["text"] for ch in digits)
    assert "+20212345678" in text


def test_footer_page_label(converted):
    c = converted["ar"]
    pages = len(c.pages)
    assert pages >= 2
    for number, (_, height, words) in enumerate(c.pages, start=1):
        footer = [w for w in words if w.y0 > height - c.doc.page.margin_bottom_mm * PT_PER_MM]
        texts = [w.text for w in footer]
        assert str(number) in texts and str(pages) in texts
        letters = Counter("".join(ARABIC_LETTER.findall("".join(texts))))
        assert Counter("صفحةمن") <= letters


def test_header_on_every_page(converted):
    c = converted["en"]
    name = c.doc.identity.name.split()[0]
    for _, _, words in c.pages:
        top = [w.text for w in words if w.y1 < c.doc.page.margin_top_mm * PT_PER_MM]
        assert name in top


def test_rtl_body_lines_are_not_left_aligned(converted):
    """Regression guard: RIGHT on a bidi paragraph means its end, i.e. the left side."""
    c = converted["ar"]
    _, _left, right = _margins(c)
    contact = next(b for b in c.doc.blocks if b.role is Role.CONTACTS_HEADING)
    for _, words in _body_lines(c):
        text = " ".join(w.text for w in words)
        if "تامولعملا" in text:  # visual order of "المعلومات"
            assert abs(max(w.x1 for w in words) - right) < TOLERANCE, contact.text
            return
    pytest.fail("contacts heading not found")
