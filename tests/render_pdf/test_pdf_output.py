"""The PDF as a journalist's reader sees it: text order, fonts, metadata, links."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from pressdesk.compose.document import RunKind

from .pdf_helpers import (
    doc_text,
    fake,
    in_order,
    needs_poppler,
    pdfium_text,
    pdftotext,
    plumber_text,
    rendered,
)

NAMES = ["arabic", "english", "persian", "hebrew", "stress"]


@needs_poppler
@pytest.mark.parametrize("name", NAMES)
def test_pdftotext_gives_words_in_reading_order(name):
    ratio = in_order(doc_text(fake(name)), pdftotext(rendered(name)))
    assert ratio >= 0.98, f"{name}: {ratio:.1%} of the words in order"


@pytest.mark.parametrize("name", NAMES)
def test_pdfplumber_gives_words_in_reading_order(name):
    doc = fake(name)
    ratio = in_order(doc_text(doc), plumber_text(rendered(name), rtl=doc.direction == "rtl"))
    # pdfplumber has no bidi: embedded numbers and Latin come out reversed in RTL lines
    assert ratio >= (0.98 if name == "english" else 0.6), f"{name}: {ratio:.1%}"


def _odd(text: str) -> list[str]:
    """Presentation forms and private-use characters: never in copied text."""
    return [c for c in text if "\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufeff"
            or "\ue000" <= c <= "\uf8ff" or ord(c) >= 0xF0000]


@needs_poppler
@pytest.mark.parametrize("name", ["arabic", "stress"])
def test_copied_arabic_is_the_letters_typed(name):
    expected = unicodedata.normalize("NFC", doc_text(fake(name)))
    lam_alef = expected.count("\u0644\u0627")
    assert lam_alef  # the fake documents have lam-alef ligatures to check
    for reader, text in (("poppler", pdftotext(rendered(name))), ("pdfium", pdfium_text(rendered(name)))):
        assert not _odd(text), f"{reader}: {sorted(set(_odd(text)))}"
        # a ligature comes back as lam then alef, so a search for "لا" finds it
        assert text.count("\u0644\u0627") >= lam_alef, reader
        assert any(w in text for w in ("المنظمة", "الهجرة", "الاتجاهات")), reader


@needs_poppler
def test_brackets_and_embedded_runs_keep_their_place():
    text = plain(pdftotext(rendered("stress")))
    assert "(IMRF)" in text
    assert ")IMRF(" not in text
    assert "(UNHCR)" in text
    assert "https://example.org/a/b?c=1" in text
    assert "press@example.org" in text
    assert "+20 2 1234 5678" in text
    assert "2021-11-30" in text and "1,234.56" in text


def _fonts(data: bytes) -> list[dict]:
    reader = PdfReader(io.BytesIO(data))
    out = {}
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            out[font["/BaseFont"]] = font
    return list(out.values())


@pytest.mark.parametrize("name", NAMES)
def test_every_font_is_embedded_and_subset(name):
    fonts = _fonts(rendered(name))
    assert fonts
    for font in fonts:
        base = str(font["/BaseFont"])
        assert re.match(r"/?[A-Z]{6}\+", base), f"{base} is not a subset"
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{base} is not embedded"
        assert "/ToUnicode" in font
    assert not any("Helvetica" in str(f["/BaseFont"]) for f in fonts)


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_lists_only_embedded_fonts():
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "a.pdf"
        path.write_bytes(rendered("arabic"))
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows
    for row in rows:
        cols = row.split()
        assert cols[-5:-2] == ["yes", "yes", "yes"], row  # emb sub uni


def test_metadata():
    doc = fake("arabic")
    reader = PdfReader(io.BytesIO(rendered("arabic")))
    info = reader.metadata
    assert info.title == doc.metadata.title
    assert info.author == doc.metadata.author
    assert info.subject == doc.metadata.subject
    assert "migration" in (info.get("/Keywords") or "")
    assert info.get("/Creator") == "PressDesk"
    assert str(info.get("/CreationDate", "")).startswith("D:")
    root = reader.trailer["/Root"]
    assert str(root["/Lang"]) == "ar"
    assert str(root["/ViewerPreferences"]["/Direction"]) == "/R2L"


@pytest.mark.parametrize("name", ["arabic", "english", "stress", "hebrew"])
def test_links_are_annotations_with_the_right_uri(name):
    doc = fake(name)
    want = {r.href for b in doc.blocks for r in b.runs if r.kind in (RunKind.LINK, RunKind.EMAIL)}
    assert want
    reader = PdfReader(io.BytesIO(rendered(name)))
    got = set()
    for page in reader.pages:
        width = float(page.mediabox.width)
        for annot in page.get("/Annots") or []:
            obj = annot.get_object()
            assert obj["/Subtype"] == "/Link"
            x0, y0, x1, y1 = (float(v) for v in obj["/Rect"])
            assert 0 <= x0 < x1 <= width and y0 < y1
            got.add(str(obj["/A"]["/URI"]))
    assert got == want


def test_link_rectangle_covers_the_drawn_url():
    import pdfplumber

    url = "https://example.org/a/b?c=1"
    with pdfplumber.open(io.BytesIO(rendered("stress"))) as pdf:
        page = pdf.pages[0]
        link = next(a for a in page.hyperlinks if a["uri"] == url)
        inside = [c for c in page.chars
                  if c["x0"] >= link["x0"] - 0.5 and c["x1"] <= link["x1"] + 0.5
                  and c["top"] >= link["top"] - 1 and c["bottom"] <= link["bottom"] + 1
                  and unicodedata.category(c["text"]) != "Cf"]  # a neighbour's invisible mark
    text = "".join(c["text"] for c in sorted(inside, key=lambda c: c["x0"]))
    assert text == url
    assert abs(min(c["x0"] for c in inside) - link["x0"]) < 0.5
    assert abs(max(c["x1"] for c in inside) - link["x1"]) < 0.5


def plain(text: str) -> str:
    """NFKC, without format controls (the bidi marks readers add or keep)."""
    return "".join(c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c) != "Cf")


def test_localised_page_labels():
    from pressdesk.compose.digits import page_label

    assert page_label("صفحة {page} من {pages}", 1, 12, "arab") == "صفحة ١ من ١٢"
    assert page_label("صفحه {page} از {pages}", 3, 4, "arabext") == "صفحه ۳ از ۴"
    assert page_label("Page {page} of {pages}", 2, 5, "latn") == "Page 2 of 5"


@needs_poppler
def test_page_furniture_is_real_text():
    """Header and footer are text a reader can search: the organisation and "صفحة 1 من 2"."""
    doc = fake("arabic")
    text = plain(pdftotext(rendered("arabic")))
    assert re.search("صفحة [1١] من [2٢]", text) and re.search("صفحة [2٢] من [2٢]", text)
    assert text.count(doc.identity.name) >= 2  # once per page, never twice on one page
    assert "تنظيم جلسة تعريفية" in text


def _visual_lines(data: bytes, page_no: int = 0) -> list[tuple[float, str, float, float]]:
    """(top, text left to right, x0, x1) of each line of drawn characters."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        chars = [c for c in pdf.pages[page_no].chars if plain(c["text"]).strip()]
    lines: dict[int, list] = {}
    for c in chars:
        lines.setdefault(round(c["bottom"]), []).append(c)
    out = []
    for key in sorted(lines):
        row = sorted(lines[key], key=lambda c: c["x0"])
        out.append((min(c["top"] for c in row), "".join(plain(c["text"]) for c in row),
                    row[0]["x0"], row[-1]["x1"]))
    return out


def test_rtl_paragraph_lines_read_top_to_bottom_right_to_left():
    """The lead starts ("30 نوفمبر 2021") at the right end of its top line and ends
    ("... 2022.") on a lower line: lines are in order and each reads right to left."""
    doc = fake("arabic")
    right_margin = 210 * 72 / 25.4 - doc.page.margin_start_mm * 72 / 25.4
    lines = _visual_lines(rendered("arabic"))
    start = next(i for i, ln in enumerate(lines) if ln[1].endswith("نوفمبر"[::-1] + "30"))
    top, text, _x0, x1 = lines[start]
    assert abs(x1 - right_margin) < 1.0
    assert text.index("2021") < text.index("نوفمبر"[::-1])  # 2021 is left of (after) نوفمبر
    end = next(i for i, ln in enumerate(lines) if i > start and "2022" in ln[1])
    assert lines[end][0] > top + 5


def test_english_lines_start_at_the_left_margin():
    import pdfplumber

    with pdfplumber.open(io.BytesIO(rendered("english"))) as pdf:
        page = pdf.pages[0]
        ws = page.extract_words()
    cairo = next(w for w in ws if w["text"].startswith("CAIRO"))
    assert abs(cairo["x0"] - 22 * 72 / 25.4) < 1


@needs_poppler
def test_persian_and_hebrew_text_is_there():
    fa = plain(pdftotext(rendered("persian")))
    assert "چ ژ ی پ گ" in fa
    he = pdftotext(rendered("hebrew"))
    assert "הארגון הבינלאומי להגירה" in he
