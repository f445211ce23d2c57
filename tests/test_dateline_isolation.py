"""An English lead in an Arabic release: the Arabic dateline keeps its order in every format."""

from __future__ import annotations

import io
import re
import shutil
import zipfile

import pytest

from pressdesk.compose.document import Direction, RunKind
from pressdesk.model import BodyBlock, Release
from pressdesk.pipeline import prepare
from pressdesk.render import renderer

RLI, PDI = "\u2067", "\u2069"
DATELINE = "1 ديسمبر 2026، القاهرة"


def _doc():  # type: ignore[no-untyped-def]
    release = Release(language="ar", headline="عنوان", body=[BodyBlock(
        text="The International Organization for Migration said today that the meeting was held.")])
    release.dateline.city = "القاهرة"
    release.dateline.date = "2026-12-01"
    return prepare(release, "classic").document


def test_compose_isolates_the_dateline_in_the_release_direction() -> None:
    lead = next(b for b in _doc().blocks if b.role.value == "lead")
    assert lead.direction is Direction.LTR
    first, separator = lead.runs[0], lead.runs[1]
    assert (first.kind, first.text, first.direction) == (RunKind.DATELINE, DATELINE, Direction.RTL)
    assert separator.kind is RunKind.DATELINE and separator.direction is None
    assert separator.text.strip() in "-–"


def test_a_lead_in_the_release_direction_is_not_isolated() -> None:
    release = Release(language="ar", body=[BodyBlock(text="قالت المنظمة اليوم")])
    release.dateline.city, release.dateline.date = "القاهرة", "2026-12-01"
    lead = next(b for b in prepare(release, "classic").document.blocks if b.role.value == "lead")
    assert lead.runs[0].kind is RunKind.DATELINE and lead.runs[0].direction is None


def test_html_puts_the_dateline_in_an_rtl_bdi() -> None:
    html = renderer("html")(_doc()).decode()
    lead = re.search(r'<p class="pd-lead" dir="ltr"[^>]*>(.*?)</p>', html, re.S)
    assert lead is not None
    assert f'<strong class="pd-dateline"><bdi dir="rtl">{DATELINE}</bdi></strong>' in lead.group(1)


def test_docx_isolates_the_dateline_run() -> None:
    data = renderer("docx")(_doc())
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    run = re.search(r"<w:r><w:rPr>(<w:rStyle w:val=\"PDDateline\"/>.*?)</w:rPr><w:t[^>]*>([^<]*)</w:t>", xml)
    assert run is not None
    assert "<w:rtl/>" in run.group(1)
    assert run.group(2) == RLI + DATELINE + PDI


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils")
def test_pdf_prints_the_day_before_the_month_reading_right_to_left() -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    data = renderer("pdf")(_doc())
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        chars = pdf.pages[0].chars
    the = next(c for i, c in enumerate(chars) if c["text"] == "T" and chars[i + 1]["text"] == "h")
    line = [c for c in chars if abs(c["bottom"] - the["bottom"]) < 6]
    one = next(c for c in line if c["text"] == "1")
    dash = next(c for c in line if c["text"] in "-–")
    arabic = [c for c in line if "\u0600" <= c["text"] <= "\u06ff" or "\ufe70" <= c["text"] <= "\ufeff"]
    assert arabic
    # the day opens the dateline: in right-to-left order it is the rightmost, then the separator
    # and the English text ("1 2026 ديسمبر" had the day at the far left, after the city)
    assert all(one["x0"] > c["x0"] for c in arabic)
    assert one["x1"] <= dash["x0"] <= the["x0"]
