"""One style specification feeds every renderer, and the built-in templates are valid and distinct."""

from __future__ import annotations

import io
import re
from itertools import combinations

import pytest

from conftest import ARABIC_SAMPLE, ENGLISH_SAMPLE
from pressdesk.compose.document import Role
from pressdesk.model import load_release
from pressdesk.pipeline import prepare
from pressdesk.render import RendererUnavailable, renderer
from pressdesk.render.html import render_html
from pressdesk.templating import builtin_template, load_template
from pressdesk.templating.library import builtin_dir

from .conftest import copy_builtin

BUILTINS = ("classic", "modern", "minimal")
NEW_ACCENT = "#8a1538"
NEW_SIZE = 30


def restyled(tmp_path):
    """'classic' with another accent colour, another Latin body font and a bigger headline."""
    folder = copy_builtin("classic", tmp_path / "restyled")
    text = (folder / "template.toml").read_text("utf-8")
    text = text.replace('accent = "#1f4e79"', f'accent = "{NEW_ACCENT}"')
    text = text.replace("[styles.headline]\nsize = 19", f"[styles.headline]\nsize = {NEW_SIZE}")
    text += '\n[fonts.body]\nlatin = "Noto Sans"\n'
    (folder / "template.toml").write_text(text, "utf-8")
    return load_template(folder)


@pytest.fixture
def documents(tmp_path):
    release = load_release(ENGLISH_SAMPLE)
    before = prepare(release, builtin_template("classic")).document
    return before, prepare(release, restyled(tmp_path)).document


def render_or_skip(fmt: str, doc) -> bytes:
    try:
        render = renderer(fmt)
    except RendererUnavailable as exc:
        pytest.skip(str(exc))
    return render(doc)


def test_composed_styles_follow_the_template(documents):
    before, after = documents
    assert before.identity.accent == "#1f4e79" and after.identity.accent == NEW_ACCENT
    assert after.style(Role.HEADLINE).font.size == NEW_SIZE
    assert after.style(Role.HEADLINE).color == NEW_ACCENT  # headline colour is "accent"
    assert after.style(Role.PARAGRAPH).font.latin == "Noto Sans"
    assert before.style(Role.PARAGRAPH).font.latin == "Noto Serif"


def test_html_css_follows_the_template(documents):
    before, after = (render_html(d).decode() for d in documents)
    headline = re.search(r"\.pd-headline\s*\{([^}]*)\}", after).group(1)
    assert f"font-size: {NEW_SIZE}pt" in headline and NEW_ACCENT in headline
    assert NEW_ACCENT not in before
    body = re.search(r"\.pd-paragraph\s*\{([^}]*)\}", after).group(1)
    assert '"Noto Sans"' in body and '"Noto Serif"' not in body
    assert '"Noto Serif"' in re.search(r"\.pd-paragraph\s*\{([^}]*)\}", before).group(1)


def test_docx_styles_follow_the_template(documents):
    import docx

    before, after = (docx.Document(io.BytesIO(render_or_skip("docx", d))) for d in documents)
    head = after.styles["PD Headline"].font
    assert head.size.pt == NEW_SIZE and str(head.color.rgb) == NEW_ACCENT[1:].upper()
    assert before.styles["PD Headline"].font.size.pt == 19
    assert after.styles["PD Body"].font.name == "Noto Sans"
    assert before.styles["PD Body"].font.name == "Noto Serif"


def _pdf_facts(data: bytes) -> tuple[set[str], list[tuple[float, ...]], set[float]]:
    import pdfplumber
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    fonts, colours = set(), []
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            fonts.add(str(ref.get_object()["/BaseFont"]).split("+")[-1])
        stream = page.get_contents().get_data().decode("latin-1")
        colours += [tuple(map(float, m)) for m in re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) rg", stream)]
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        sizes = {round(c["size"], 1) for c in pdf.pages[0].chars}
    return fonts, colours, sizes


def test_pdf_follows_the_template(documents):
    before, after = (_pdf_facts(render_or_skip("pdf", d)) for d in documents)
    fonts, colours, sizes = after
    assert "NotoSerif-Regular" in before[0] and "NotoSerif-Regular" not in fonts
    want = tuple(int(NEW_ACCENT[i:i + 2], 16) / 255 for i in (1, 3, 5))
    assert any(all(abs(a - b) < 0.002 for a, b in zip(c, want, strict=True)) for c in colours)
    assert float(NEW_SIZE) in sizes and float(NEW_SIZE) not in before[2]


# --- the built-in templates ---------------------------------------------------------------------
@pytest.mark.parametrize("template_id", BUILTINS)
def test_builtin_is_valid_and_complete(template_id):
    tpl = load_template(builtin_dir() / template_id, origin="built-in")
    assert tpl.id == template_id and tpl.version == "1.0.0"
    assert set(tpl.languages) == {"ar", "en", "fr", "fa", "he"}
    logo = tpl.logo_path()
    assert logo is not None and logo.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    for lang in tpl.languages:
        assert tpl.text_for("identity", "name", lang)
        assert tpl.text_for("identity", "boilerplate", lang)
    doc = prepare(load_release(ARABIC_SAMPLE), tpl).document
    assert {Role.HEADLINE, Role.LEAD, Role.QUOTE, Role.CONTACT, Role.BOILERPLATE} <= {
        b.role for b in doc.blocks}


def test_builtins_are_distinct():
    looks = {}
    for template_id in BUILTINS:
        tpl = builtin_template(template_id)
        s = tpl.settings
        looks[template_id] = (s["fonts"], s["colors"], s["quote"], s["page"], tpl.role_styles())
    for a, b in combinations(BUILTINS, 2):
        la, lb = looks[a], looks[b]
        assert la[4] != lb[4], f"{a} and {b} style every role the same"
        assert (la[0], la[1]) != (lb[0], lb[1]), f"{a} and {b} share fonts and colours"
    html = {t: render_html(prepare(load_release(ENGLISH_SAMPLE), t).document) for t in BUILTINS}
    assert len(set(html.values())) == 3
