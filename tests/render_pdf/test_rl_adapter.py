"""ReportLab's private attributes and python-bidi's debug output, as PressDesk uses them.

``render/pdf/rl.py`` (and ``bidi.rust_levels``) are the only places that rely on them;
each test here fails loudly when an upgrade renames or changes one.
"""

from __future__ import annotations

import io

import pytest

from pressdesk.render.pdf import bidi, rl
from pressdesk.render.pdf.fontcache import alias, rl_font, to_unicode_cmap


@pytest.fixture
def canv():
    return rl.new_canvas(io.BytesIO(), rl.Canvas, pagesize=(200, 200), title="t", author="a",
                         subject="s", keywords=["k"], lang="ar", initial_font="Helvetica",
                         initial_size=10, rtl=True)


def test_configure_turns_ascii85_off():
    from reportlab import rl_config

    rl.configure()
    assert rl_config.useA85 == 0


def test_raw_operators_land_in_the_page_stream(canv):
    assert isinstance(canv._code, list)
    rl.emit(canv, "0 0 m 1 1 l S")
    assert canv._code[-1] == "0 0 m 1 1 l S"


def test_show_runs_uses_the_canvas_document_subsets(canv):
    name = rl_font("Noto Sans")
    runs = list(rl.show_runs(canv, name, "Hello (world)"))
    assert runs and all(font.startswith("/F") for font, _raw in runs)
    assert "\\(" in "".join(raw for _f, raw in runs)  # escaped for a PDF string
    font = rl.get_font(name)
    assert canv._doc in font.state  # the per-document subset state ReportLab keeps


def test_page_snapshot_and_start_page(canv):
    rl.emit(canv, "% page one")
    state = rl.snapshot_page(canv)
    assert "_code" in state and "_pageNumber" in state
    rl.start_page(canv)
    assert canv._code == [] and canv._pageNumber == state["_pageNumber"] + 1
    rl.restore_page(canv, state)
    assert canv._code[-1] == "% page one"


def test_glyph_alias_tables():
    name = rl_font("Noto Sans")
    face = rl.font_face(name)
    for table in ("charToGlyph", "charWidths"):
        assert isinstance(getattr(face, table), dict)
    assert isinstance(face.defaultWidth, (int, float))
    assert face.ascent > 0 > face.descent
    ch = alias(name, ")", "(")
    assert face.charToGlyph[ord(ch)] == face.charToGlyph[ord(")")]
    assert face.charWidths[ord(ch)] == face.charWidths[ord(")")]


def test_blank_glyphs_are_told_from_zero_width_boxes():
    name = rl_font("Noto Sans")
    assert rl.blank_glyph(name, 0x200B)  # zero-width space: no outline, no advance
    assert not rl.blank_glyph(name, 0x200F)  # RLM: no advance, but Noto draws a box
    assert not rl.blank_glyph(name, ord("a")) and not rl.blank_glyph(name, 0x10FFFF)
    assert isinstance(rl.font_face(name).glyphPos, list)


def test_to_unicode_cmap_replaces_reportlabs(canv):
    from pypdf import PdfReader

    name = rl_font("Noto Sans Arabic")
    lam_alef = "\ufefb"
    code = [f"BT {font} 12 Tf 10 10 Td ({raw}) Tj ET"
            for font, raw in rl.show_runs(canv, name, lam_alef)]
    for op in code:
        rl.emit(canv, op)
    canv.showPage()
    buf = io.BytesIO()
    canv._filename = buf
    canv.save()
    reader = PdfReader(io.BytesIO(buf.getvalue()))
    cmaps = []
    for font in reader.pages[0]["/Resources"]["/Font"].values():
        cmap = font.get_object().get("/ToUnicode")
        if cmap is not None:
            cmaps.append(cmap.get_object().get_data().decode("latin-1"))
    assert any("<06270644>" in c for c in cmaps), cmaps  # alef, lam: our map, not ReportLab's
    assert "06270644" in to_unicode_cmap("X", [0xFEFB]).replace("<", "").replace(">", "")


def test_python_bidi_debug_dump_gives_levels():
    text = "abc \u0627\u0644\u0633\u0644\u0627\u0645 123"
    levels = bidi.rust_levels(text, rtl=False)
    assert levels is not None, "python-bidi's debug dump changed: update bidi.rust_levels"
    assert levels == [0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2]  # W2: digits after Arabic are AN
    rtl = bidi.rust_levels("\u0627 abc \u2066x\u2069", rtl=True)
    assert rtl == [1, 1, 2, 2, 2, 1, 1, 2, 1]


def test_no_other_module_touches_the_internals():
    import re
    from pathlib import Path

    pdf = Path(rl.__file__).parent
    private = re.compile(r"\._(code|doc|startPage|atTop)\b|rl_config|charToGlyph|charWidths|"
                         r"glyphToChar|glyphPos|idToObject|SUBSETN|__dict__|get_display_inner")
    offenders = []
    for path in sorted(pdf.glob("*.py")):
        if path.name == "rl.py":
            continue
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if private.search(line) and not (path.name == "bidi.py" and "get_display_inner" in line):
                offenders.append(f"{path.name}:{n}: {line.strip()}")
    assert not offenders, "ReportLab internals belong in render/pdf/rl.py:\n" + "\n".join(offenders)


def test_a_cached_face_is_the_parsed_face(tmp_path, monkeypatch):
    from reportlab.pdfbase.ttfonts import TTFont

    from pressdesk import fonts
    from pressdesk.render.pdf import diskcache

    monkeypatch.setenv("PRESSDESK_CACHE_DIR", str(tmp_path))
    path = str(fonts.font_file("Heebo"))
    fresh = rl.parsed_face(path)  # parses and stores
    assert list((tmp_path / "pdf").glob("face-*Heebo*.pickle"))
    cached = rl.parsed_face(path)  # loads
    assert cached is not fresh
    reference = TTFont("ref", path).face
    assert set(cached.__dict__) == set(reference.__dict__)  # ReportLab added a field?
    for key, value in reference.__dict__.items():
        if key != "_pdfScale":
            assert cached.__dict__[key] == value, key
    assert cached._pdfScale(500) == reference._pdfScale(500)
    font = rl.ToUnicodeTTFont("cached-heebo", path)
    assert set(font.__dict__) == set(TTFont("ref2", path).__dict__)  # TTFont.__init__ changed?
    # a broken cache file is rebuilt, not trusted
    for f in (tmp_path / "pdf").glob("face-*"):
        f.write_bytes(b"not a pickle")
    assert diskcache.load("face", path) is None
    assert rl.parsed_face(path).unitsPerEm == reference.unitsPerEm


def test_glyph_outlines_come_from_the_cache(tmp_path, monkeypatch):
    from pressdesk.render.pdf import outline
    from pressdesk.render.pdf.fontcache import rl_font

    monkeypatch.setenv("PRESSDESK_CACHE_DIR", str(tmp_path))
    for f in (outline._known, outline._source, outline.glyph_path):
        f.cache_clear()
    name = rl_font("Noto Sans Arabic")
    first = outline.glyph_path(name, "\u0651")
    assert first[0] and " c" in first[0]
    for f in (outline._known, outline._source, outline.glyph_path):
        f.cache_clear()
    monkeypatch.setattr(outline, "_source", lambda path: pytest.fail("parsed the font again"))
    assert outline.glyph_path(name, "\u0651") == first
    outline.glyph_path.cache_clear()
    outline._known.cache_clear()


def test_an_image_file_is_registered_once_per_document_with_its_alpha(canv, tmp_path):
    from PIL import Image

    path = tmp_path / "a.png"
    Image.new("RGBA", (8, 4), (0, 0, 0, 128)).save(path)
    image = rl.load_image(str(path))
    for _ in range(2):
        rl.draw_image(canv, image, 10, 10, 8, 4)
    assert (image.width, image.height) == (8, 4)
    assert len(canv._formsinuse) == 2 and canv._currentPageHasImages
    images = [o for o in canv._doc.idToObject.values() if type(o).__name__ == "PDFImageXObject"]
    assert len(images) == 2  # the image and its soft mask (the alpha channel), each once
    assert sum(hasattr(o, "smask") for o in images) == 1
    assert not any(hasattr(o, "_smask") for o in images)
    assert rl.load_image(str(tmp_path / "missing.png")) is None


def test_font_programs_are_deflated_at_the_fast_level(canv):
    name = rl_font("Noto Sans")
    list(rl.show_runs(canv, name, "Fast"))
    font = rl.get_font(name)
    doc = canv._doc
    font.addObjects(doc)
    programs = [o for k, o in doc.idToObject.items() if k.startswith("fontFile:")]
    assert programs and all(o.filters == [rl.FAST_FLATE] for o in programs)
    assert rl.FAST_FLATE.decode(rl.FAST_FLATE.encode(programs[0].content)) == programs[0].content


@pytest.mark.parametrize("count", [0, 1, 10, 11, 256])
def test_width_arrays_are_written_as_reportlab_writes_them(canv, count):
    from reportlab.pdfbase.pdfdoc import PDFArray

    numbers = [(k * 37) % 1000 + (0.5 if k % 7 == 0 else 0) for k in range(count)]
    assert rl._Numbers(numbers).format(canv._doc) == PDFArray(numbers).format(canv._doc)
