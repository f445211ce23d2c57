"""The e-mail HTML with ``<style>`` removed (as Gmail does), laid out by real engines:
Arabic and Persian stay right-to-left and flush right in LibreOffice's HTML import and in
Chromium (when installed)."""

from __future__ import annotations

import email
import email.policy
import re
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path

import pdfplumber
import pytest

from conftest import ARABIC_SAMPLE, DATA
from pressdesk.model import load_release
from pressdesk.pipeline import prepare, render

pytestmark = pytest.mark.slow
ARABIC_LETTER = re.compile("[\u0621-\u064a\u067e-\u06cc]")


def stripped_html(path: Path, folder: Path) -> Path:
    msg = email.message_from_bytes(render(prepare(load_release(path)), "eml"),
                                   policy=email.policy.default)
    html = msg.get_body(("html",)).get_content()
    out = folder / f"{path.stem}.html"
    out.write_text(re.sub(r"<style>.*?</style>", "", html, flags=re.S), "utf-8")
    return out


def line_edges(pdf: Path) -> list[tuple[float, float, str]]:
    """(left, right, text in visual order) of every line with Arabic letters on page 1."""
    with pdfplumber.open(pdf) as doc:
        page = doc.pages[0]
        rows: dict[int, list[dict]] = defaultdict(list)
        for word in page.extract_words():
            rows[round(word["bottom"])].append(word)
    lines = []
    for words in rows.values():
        text = " ".join(w["text"] for w in sorted(words, key=lambda w: w["x0"]))
        if ARABIC_LETTER.search(text):
            lines.append((min(w["x0"] for w in words), max(w["x1"] for w in words), text))
    return lines


def assert_flush_right(pdf: Path) -> None:
    lines = line_edges(pdf)
    assert len(lines) > 8, lines
    right = max(r for _, r, _ in lines)
    flush = [r for _, r, _ in lines if right - r < 3]
    assert len(flush) >= len(lines) * 0.8  # headings, paragraphs and last lines end at the right
    lefts = sorted(left for left, _, _ in lines)
    assert lefts[-1] - lefts[0] > 100  # and the ragged side is the left


@pytest.mark.parametrize("path", [ARABIC_SAMPLE, DATA / "fa.pressrelease"], ids=lambda p: p.stem)
@pytest.mark.skipif(not shutil.which("soffice"), reason="needs LibreOffice (soffice)")
def test_libreoffice_html_import_keeps_rtl_flush_right(path, tmp_path):
    html = stripped_html(path, tmp_path)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(html)],
                   check=True, capture_output=True, timeout=180)
    assert_flush_right(html.with_suffix(".pdf"))


@pytest.mark.parametrize("path", [ARABIC_SAMPLE, DATA / "fa.pressrelease"], ids=lambda p: p.stem)
@pytest.mark.skipif(not shutil.which("chromium"), reason="needs Chromium")
def test_chromium_keeps_rtl_flush_right(path, tmp_path):
    html = stripped_html(path, tmp_path)
    pdf = tmp_path / "out.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    f"--user-data-dir={tmp_path}/chr", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", html.as_uri()], capture_output=True, timeout=180)
    assert_flush_right(pdf)
    if path.stem == "fa":  # the phone number reads left to right, in its place
        with pdfplumber.open(pdf) as doc:
            words = doc.pages[0].extract_words()
        x = {key: next(w["x0"] for w in words if key in w["text"]) for key in ("+98", "1234", "5678")}
        assert x["+98"] < x["1234"] < x["5678"]
