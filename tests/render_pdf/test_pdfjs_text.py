"""Firefox (pdf.js) keeps every character of the copied text.

pdf.js skips a glyph whose text ends with a format character (its test for invisible marks
is ``/^(\\s)|(\\p{Mn})|(\\p{Cf})$/u``, the ``$`` binding to the last choice only): a comma
that extracted as "\\u200f,\\u200f" (the RLMs guide poppler's reading order) vanished, and
with it every comma, full stop and colon of an Arabic release. No glyph's ``ToUnicode``
text may end with a format character unless it is only format characters.
"""

from __future__ import annotations

import io
import re
import unicodedata

import pytest
from pypdf import PdfReader

from conftest import ARABIC_SAMPLE, DATA
from pressdesk.model import load_release
from pressdesk.pipeline import prepare
from pressdesk.render.pdf import render_pdf

_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")


def to_unicode_texts(data: bytes) -> list[str]:
    """Every text a glyph code maps to, in every font's ToUnicode CMap."""
    out: list[str] = []
    reader = PdfReader(io.BytesIO(data))
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            cmap = ref.get_object().get("/ToUnicode")
            if cmap is None:
                continue
            stream = cmap.get_object().get_data()
            for block in re.findall(rb"beginbfchar(.*?)endbfchar", stream, re.S):
                codes = _HEX.findall(block)
                for dst in codes[1::2]:
                    out.append(bytes.fromhex(dst.decode()).decode("utf-16-be"))
    return out


def pdfjs_drops(text: str) -> bool:
    """pdf.js's rule: the text ends with Cf (and starts with no space, holds no Mn), while
    something in it is visible."""
    if not text or text[0].isspace() or any(unicodedata.category(c) == "Mn" for c in text):
        return False
    return unicodedata.category(text[-1]) == "Cf" and any(
        unicodedata.category(c) != "Cf" for c in text)


def test_the_rule_as_pdfjs_applies_it() -> None:
    assert pdfjs_drops("\u200f,\u200f") and pdfjs_drops("a\u200e")
    assert not pdfjs_drops("\u200f,") and not pdfjs_drops("\u200f") and not pdfjs_drops(" \u200f")


@pytest.mark.parametrize("release", [ARABIC_SAMPLE, DATA / "stress-ar.pressrelease",
                                     DATA / "fa.pressrelease", DATA / "rich-ar.pressrelease"],
                         ids=lambda p: p.stem)
def test_no_glyph_text_ends_with_a_mark(release) -> None:
    data = render_pdf(prepare(load_release(release)).document)
    texts = to_unicode_texts(data)
    assert texts, "no ToUnicode CMap found"
    dropped = sorted({t for t in texts if pdfjs_drops(t)})
    assert dropped == [], dropped
