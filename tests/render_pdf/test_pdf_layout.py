"""Layout internals: shaping, bidi per line, mirroring, fonts per character, page breaks."""

from __future__ import annotations

import io
import os
from dataclasses import replace

import pytest
from bidi import get_display
from pypdf import PdfReader

from pressdesk import fonts
from pressdesk.compose.document import Block, Direction, FontSpec, Role
from pressdesk.render.pdf import bidi as pbidi
from pressdesk.render.pdf import render_pdf
from pressdesk.render.pdf.flowable import BidiParagraph, BoxStyle, KeepWithNext
from pressdesk.render.pdf.fontcache import _unicode_text, face_of
from pressdesk.render.pdf.layout import TextStyle, break_lines, prepare
from pressdesk.render.pdf.visual import visual_line
from tests.fakedocs import LONG_WORD, arabic_doc, runs_for

from .pdf_helpers import fake, needs_poppler, pdftotext

SPEC = FontSpec("IBM Plex Sans Arabic", "Noto Sans", "Heebo", 11)


def _prep(text: str, rtl: bool = True, lang: str = "ar", spec: FontSpec = SPEC):
    direction = Direction.RTL if rtl else Direction.LTR
    block = Block(Role.PARAGRAPH, runs_for(text, direction), direction, lang)
    script = {"ar": "arabic", "fa": "arabic", "he": "hebrew"}.get(lang, "latin")
    return prepare(block, TextStyle(font=spec, size=11, leading=16, rtl=rtl, script=script))


BLANKS = "\u200b\ufeff"  # blank zero-width glyphs that carry a mark (fontcache.blank_char)


def _pairs(p, line) -> list[tuple[str, str]]:
    """(glyph char, extracted text) of each drawn character, left to right."""
    from pressdesk.render.pdf.fontcache import _alias_glyph

    out = []
    for seg in visual_line(p, line)[0]:
        for item in seg.items:
            if isinstance(item, tuple) and item[0] in ("outline", "jump"):
                continue
            if not isinstance(item, float):
                chars = item[1] if isinstance(item, tuple) and item[0] in ("inset", "invisible") \
                    else item[0] if isinstance(item, tuple) else item
                for ch in chars:
                    glyph, text = _alias_glyph.get(ord(ch), ch), _unicode_text(ord(ch))
                    if glyph in BLANKS and out:  # a mark's blank carrier: text only
                        out[-1] = (out[-1][0], out[-1][1] + text)
                    else:
                        out.append((glyph, text))
    return out


def _drawn(p, line):
    """Glyphs left to right, and the text they extract as, for one line."""
    pairs = _pairs(p, line)
    return "".join(g for g, _t in pairs), "".join(t for _g, t in pairs)


def test_python_bidi_does_not_mirror_brackets():
    # python-bidi 0.6 (Rust) reorders but leaves brackets as they are: we mirror (L4)
    assert get_display("منظمة (IMRF) في", base_dir="R") == "يف )IMRF( ةمظنم"


@pytest.mark.parametrize("text", [
    "منظمة (IMRF) في [2021] «اقتباس» 1,234.56 و 45% 2021-11-30",
    "قال \u2066John (UN) said\u2069 اليوم",
    "call +20 2 1234 5678 الآن https://example.org/a/b?c=1",
])
def test_visual_order_matches_python_bidi(text):
    for rtl in (True, False):
        levels = pbidi.paragraph_levels(text, rtl)
        order = pbidi.visual_order(list(text), levels, 1 if rtl else 0)
        assert "".join(text[i] for i in order) == get_display(text, base_dir="R" if rtl else "L")


def test_brackets_are_mirrored_in_rtl_and_read_back_logically():
    p = _prep("للمنتدى (IMRF) الذي")
    (line,) = break_lines(p, 1000)
    pairs = _pairs(p, line)
    glyphs = "".join(g for g, _t in pairs)
    assert "(IMRF)" in glyphs  # drawn left to right as a reader sees it
    assert ")IMRF(" not in glyphs
    # the glyph right of IMRF is ")" but extracts as the logical "(", and vice versa
    right = pairs[glyphs.index(")")][1]
    left = pairs[glyphs.index("(")][1]
    assert "(" in right and ")" in left


@pytest.mark.parametrize(("text", "lang"), [("عقدت في 30 نوفمبر 2021 جلسة IMRF الذي", "ar"),
                                             ("ירושלים, 1 יוני 2026 הרשת", "he")])
def test_a_space_next_to_a_run_of_the_other_direction_is_text(text, lang):
    """pdf.js (Firefox) never copies a space glyph's text (it only puts spaces back between
    adjacent glyphs), so a space at a level run's edge must not start with whitespace: it
    starts with its run's mark. Else Firefox copied "1יוני" and "IMRFالذي"."""
    p = _prep(text, lang=lang)
    (line,) = break_lines(p, 1000)
    pairs = _pairs(p, line)
    glyphs = "".join(g for g, _t in pairs)
    edges = [k for k, (g, _t) in enumerate(pairs) if g == " " and any(
        0 <= j < len(glyphs) and (glyphs[j].isdigit() or (glyphs[j].isascii() and glyphs[j].isalpha()))
        for j in (k - 1, k + 1))]
    assert len(edges) >= 4
    for k in edges:
        assert not pairs[k][1][0].isspace(), (k, pairs[k])


def test_lines_are_broken_in_logical_order_then_reordered():
    text = "الكلمة الأولى ثم كلام كثير يملأ السطر الأول والثاني والثالث حتى تنتهي الفقرة بالكلمة النهائية"
    p = _prep(text)
    lines = break_lines(p, 150)
    assert len(lines) >= 3
    _g, first_text = _drawn(p, lines[0])
    _g, last_text = _drawn(p, lines[-1])
    import unicodedata

    first_text = unicodedata.normalize("NFKC", first_text)
    last_text = unicodedata.normalize("NFKC", last_text)
    # visual order: the first logical word is at the right end of the top line
    assert first_text.rstrip().endswith("الكلمة"[::-1])
    assert last_text.lstrip().startswith("النهائية"[::-1])


def test_arabic_is_shaped_with_harakat_and_lam_alef():
    p = _prep("لَا أيضًا الإقليمية")
    assert "\ufefb" in p.chars  # lam-alef isolated ligature
    assert "\u064e" in p.chars and "\u064b" in p.chars  # fatha, fathatan kept
    assert not any("\u0627" <= c <= "\u064a" for c in p.chars)  # no unshaped letters left


def test_every_character_has_a_font_that_covers_it():
    for text, lang, rtl in [
        ("سازمان بین‌المللی (IOM) وی چ ژ ی پ گ ۱۴۰۱", "fa", True),
        ("הארגון הבינלאומי (IOM) 2026", "he", True),
        ("منظمة IMRF و 45% من «الدول» ﷲ", "ar", True),
        ("Régional : l'OIM « migration » — 2030", "fr", False),
    ]:
        p = _prep(text, rtl, lang)
        for ch, font in zip(p.chars, p.fonts, strict=True):
            if not font:
                continue  # bidi controls, ZWNJ: not drawn
            family, bold, italic = face_of(font)
            assert fonts.covers(family, ch, bold, italic), (text, ch, family)


def test_persian_isolated_forms_are_drawn_with_a_real_glyph():
    p = _prep("وی چ ژ", lang="fa")
    drawn = {unicodedata_name(c): face_of(f)[0] for c, f in zip(p.chars, p.fonts, strict=True) if f}
    # IBM Plex Sans Arabic has no isolated Persian yeh/tcheh/jeh: the base letter
    # (whose default glyph is the isolated form) or a fallback font draws them
    for name in ("FARSI YEH", "TCHEH", "JEH"):
        assert any(name in k for k in drawn), drawn


def unicodedata_name(ch: str) -> str:
    import unicodedata

    return unicodedata.name(ch, "")


def test_latin_inside_arabic_gets_a_latin_capable_font():
    p = _prep("منظمة IMRF", spec=FontSpec("Noto Sans Arabic", "Noto Serif", "Heebo", 11))
    latin = [face_of(f)[0] for c, f in zip(p.chars, p.fonts, strict=True) if c in "IMRF"]
    assert set(latin) == {"Noto Serif"}


def test_long_latin_word_is_cut_to_fit():
    p = _prep(f"كلمة {LONG_WORD} {LONG_WORD}{LONG_WORD} نهاية")
    lines = break_lines(p, 120)
    for line in lines:
        assert line.width <= 120 + 0.01


def test_paragraph_splits_line_by_line_without_orphans():
    doc = arabic_doc()
    block = max(doc.blocks, key=lambda b: len(b.text))
    p = prepare(block, TextStyle(font=SPEC, size=11, leading=17, rtl=True, script="arabic"))
    para = BidiParagraph(p, BoxStyle())
    _w, h = para.wrap(300, 10_000)
    n = round(h / 17)
    assert n >= 5
    a, b = para.split(300, 17 * 3 + 1)
    assert round(a.wrap(300, 1000)[1] / 17) == 3
    assert round(b.wrap(300, 1000)[1] / 17) == n - 3
    assert para.split(300, 17 * 1 + 1) == []  # one line alone would be an orphan


def test_heading_never_left_alone_at_a_page_bottom():
    doc = fake("arabic")
    head = prepare(doc.blocks[1], TextStyle(font=SPEC, size=20, leading=27, rtl=True, script="arabic"))
    body = prepare(doc.blocks[3], TextStyle(font=SPEC, size=11, leading=17, rtl=True, script="arabic"))
    group = KeepWithNext([BidiParagraph(head, BoxStyle(keep_with_next=True)),
                          BidiParagraph(body, BoxStyle())])
    group.wrap(400, 10_000)
    heading_h = group.items[0].wrap(400, 1000)[1]
    assert group.split(400, heading_h + 20) == []  # no room for two lines after it: move all
    parts = group.split(400, heading_h + 17 * 2 + 20)
    assert len(parts) >= 3 and parts[0] is group.items[0]


@needs_poppler
def test_long_release_paginates_with_page_labels():
    """Every page carries its own label, "صفحة ٣ من ٥", in the document's digits."""
    from pressdesk.compose.digits import to_digits

    doc = fake("arabic")
    long_doc = replace(doc, blocks=doc.blocks[:3] + doc.blocks[3:-1] * 4 + doc.blocks[-1:])
    data = render_pdf(long_doc)
    pages = len(PdfReader(io.BytesIO(data)).pages)
    assert pages >= 4
    digits = long_doc.furniture.digits
    for n in range(1, pages + 1):
        text = "".join(c for c in pdftotext(data, "-f", str(n), "-l", str(n)) if c.isprintable() or c == "\n")
        label = f"صفحة {to_digits(str(n), digits)} من {to_digits(str(pages), digits)}"
        assert label in text, (n, label)


def test_the_logo_is_drawn_on_every_page_and_only_when_there_is_one():
    doc = fake("arabic")
    assert doc.identity.logo is not None
    with_logo = PdfReader(io.BytesIO(render_pdf(doc)))
    assert all(len(page.images) == 1 for page in with_logo.pages)
    image = with_logo.pages[0].images[0].image
    assert image.size[0] > 10 and image.size[1] > 10
    without = PdfReader(io.BytesIO(render_pdf(replace(doc, identity=replace(doc.identity, logo=None)))))
    assert all(len(page.images) == 0 for page in without.pages)



def test_a_logo_read_once_per_process_still_follows_its_file(tmp_path):
    """The parsed logo is kept between documents (a batch draws it on every release), but a
    file changed in place is read again, and every document embeds the image itself."""
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGBA", (40, 20), (200, 0, 0, 255)).save(logo)
    doc = fake("arabic")
    doc = replace(doc, identity=replace(doc.identity, logo=logo))

    def first_image(data: bytes):
        return PdfReader(io.BytesIO(data)).pages[0].images[0].image.convert("RGB")

    red = [first_image(render_pdf(doc)) for _ in range(2)]
    assert all(img.size == (40, 20) and img.getpixel((5, 5)) == (200, 0, 0) for img in red)
    Image.new("RGBA", (30, 30), (0, 0, 200, 255)).save(logo)
    os.utime(logo, ns=(1, 1))  # a new version even where the clock does not move
    blue = first_image(render_pdf(doc))
    assert blue.size == (30, 30) and blue.getpixel((5, 5)) == (0, 0, 200)
