"""Real releases through compose, font embedding, and the speed budget."""

from __future__ import annotations

import io
import statistics
import timeit
import zipfile
from pathlib import Path

import pytest

from pressdesk.render.docx import STYLE_NAMES, render_docx
from pressdesk.render.docx.embed import OBFUSCATED_FONT, obfuscate
from tests.fakedocs import arabic_document
from tests.render_docx.docx_helpers import NS, open_docx, order_problems, part_xml, q, visible

ROOT = Path(__file__).resolve().parents[2]
RELEASES = sorted((ROOT / "examples").glob("*.pressrelease")) + sorted(
    (ROOT / "tests" / "data").glob("*.pressrelease")
)


def _compose(path: Path, template: str):
    compose = pytest.importorskip("pressdesk.compose.compose")
    io_mod = pytest.importorskip("pressdesk.model.io")
    library = pytest.importorskip("pressdesk.templating.library")
    release = io_mod.load_release(path)
    return compose.compose(release, library.builtin_template(template))


@pytest.mark.parametrize("template", ["classic", "minimal", "modern"])
@pytest.mark.parametrize("path", RELEASES, ids=lambda p: p.stem)
def test_composed_release(path: Path, template: str):
    doc = _compose(path, template)
    data = render_docx(doc)
    d = open_docx(data)
    assert [visible(p.text) for p in d.paragraphs] == [b.text for b in doc.blocks]
    assert [p.style.name for p in d.paragraphs] == [STYLE_NAMES[b.role] for b in doc.blocks]
    rtl = doc.direction == "rtl"
    root = part_xml(data, "word/document.xml")
    assert (root.find("w:body/w:sectPr/w:bidi", NS) is not None) == rtl
    for part in ("word/document.xml", "word/styles.xml"):
        assert order_problems(part_xml(data, part)) == []
    cp = d.core_properties
    assert cp.title == doc.metadata.title[:255] and cp.language == doc.language
    header = "".join(d.sections[0].header._element.itertext())
    assert doc.identity.name in header


def test_embedded_fonts_are_obfuscated_ttf():
    pytest.importorskip("pressdesk.fonts")
    doc = arabic_document()
    data = render_docx(doc, embed_fonts=True)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        types = z.read("[Content_Types].xml").decode()
        fonts = [n for n in z.namelist() if n.endswith(".odttf")]
        table = part_xml(data, "word/fontTable.xml")
        rels = z.read("word/_rels/fontTable.xml.rels").decode()
        assert fonts and OBFUSCATED_FONT in types
        embeds = [e for f in table for e in f if e.tag.startswith(q("embed"))]
        assert len(embeds) == len(fonts)
        names = {f.get(q("name")) for f in table if len(f.findall("w:embedRegular", NS))}
        assert {"Amiri", "Noto Kufi Arabic", "Noto Serif"} <= names
        for e in embeds:
            rid, key = e.get(f"{{{NS['r']}}}id"), e.get(q("fontKey"))
            target = rels.split(f'Id="{rid}"')[1].split('Target="')[1].split('"')[0]
            raw = obfuscate(z.read(f"word/{target}"), key)  # XOR twice = the original
            assert raw[:4] in (b"\x00\x01\x00\x00", b"true", b"OTTO")
    settings = part_xml(data, "word/settings.xml")
    assert settings.find("w:embedTrueTypeFonts", NS) is not None


def test_fonts_are_not_embedded_by_default():
    data = render_docx(arabic_document())
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert not [n for n in z.namelist() if n.endswith(".odttf")]
    assert len(data) < 100_000


def test_speed_budget():
    """The ~600-word Arabic sample renders in well under 60 ms (warm, median of 20)."""
    doc = arabic_document(logo=ROOT / "src" / "pressdesk" / "templates" / "classic" / "logo.png")
    render_docx(doc)
    times = timeit.repeat(lambda: render_docx(doc), number=1, repeat=20)
    assert statistics.median(times) < 0.060
