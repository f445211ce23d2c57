"""Plain text (-f txt): every word in order, one line per paragraph, marks only where needed."""

from __future__ import annotations

import json
import unicodedata

import pytest
from bidi import get_display
from hypothesis import HealthCheck, given, settings

from conftest import ARABIC_SAMPLE, DATA, ENGLISH_SAMPLE
from pressdesk.compose.document import Block, Direction, Run
from pressdesk.compose.inline import clean_text
from pressdesk.model import load_release
from pressdesk.pipeline import prepare, render
from pressdesk.render.marks import LRM, RLM, first_strong
from pressdesk.render.txt import plain_text, render_txt
from pressdesk.render.txt.text import block_text
from tests.conformance.readers import in_order_ratio
from tests.hardening.strategies import releases

RELEASES = [ARABIC_SAMPLE, ENGLISH_SAMPLE, DATA / "fa.pressrelease", DATA / "fr.pressrelease",
            DATA / "he.pressrelease", DATA / "stress-ar.pressrelease", DATA / "hostile-en.pressrelease"]
# Embedding, override and isolate controls and the Arabic letter mark: never in our text.
FORBIDDEN = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")


def text_of(path):
    return render(prepare(load_release(path)), "txt").decode("utf-8")


def release_text(path) -> str:
    """The words the user typed, in the file's order (what the wire must receive)."""
    data = json.loads(path.read_text("utf-8"))
    parts = [data.get("headline", ""), data.get("subheadline", "")]
    parts += [b.get("text", "") for b in data.get("body", [])]
    parts += data.get("background", [])
    for c in data.get("contacts", []):
        parts += [c.get("name", ""), c.get("role", ""), c.get("email", ""), c.get("phone", "")]
    parts.append(data.get("boilerplate") or "")
    parts += data.get("notes_to_editors", [])
    return clean_text("\n".join(parts))  # less the controls every export removes (hostile file)


@pytest.mark.parametrize("path", RELEASES, ids=lambda p: p.stem)
def test_every_word_of_the_release_in_order(path):
    text = text_of(path)
    assert in_order_ratio(release_text(path), text) == 1.0
    doc = prepare(load_release(path)).document  # and every label compose added
    assert in_order_ratio("\n".join(b.text for b in doc.blocks), text) == 1.0


@pytest.mark.parametrize("path", RELEASES, ids=lambda p: p.stem)
def test_utf8_one_line_per_paragraph_blank_line_between_blocks(path):
    data = render(prepare(load_release(path)), "txt")
    assert not data.startswith(b"\xef\xbb\xbf") and data.endswith(b"\n")
    text = data.decode("utf-8")
    assert "\r" not in text and "\n\n\n" not in text
    lines = set(text.split("\n"))
    for block in json.loads(path.read_text("utf-8")).get("body", []):
        if block["type"] == "paragraph" and "\n" not in block["text"].strip():
            words = block["text"].split()
            assert any(words[0] in line and words[-1] in line for line in lines)
    assert not set(text) & FORBIDDEN


def test_the_parts_of_a_release_in_their_order():
    text = text_of(ENGLISH_SAMPLE)
    release = load_release(ENGLISH_SAMPLE)
    order = ["EMBARGOED UNTIL", release.headline, release.subheadline, "TUNIS, 3 December 2026",
             "said Leila Haddad, Regional Director", "Background", "For more information",
             "Sami Ben Salah", "Email: media@example.org", "About Regional Office",
             "Notes to editors", "-ENDS-"]
    positions = [text.find(p) for p in order]
    assert -1 not in positions and positions == sorted(positions)


def test_pure_arabic_has_no_control_character_at_all():
    text = text_of(ARABIC_SAMPLE)
    assert LRM not in text and RLM not in text
    assert "للنشر الفوري" in text and "-انتهى-" in text
    assert unicodedata.is_normalized("NFC", text)


def test_marks_only_where_a_neutral_would_flip():
    lines = text_of(DATA / "stress-ar.pressrelease").split("\n")
    phone = next(line for line in lines if "+962" in line).replace("\xa0", " ")
    assert f"{LRM}+962 6 123 4567{LRM}" in phone
    # a plain-text viewer shows it in order; without the marks it would read "4567 123 6 962+"
    assert "+962 6 123 4567" in get_display(phone)
    assert "+962 6 123 4567" not in get_display(phone.replace(LRM, ""))
    latin_first = next(line for line in lines if "IOM تبدأ" in line)
    assert latin_first.startswith(RLM)  # else the viewer would lay this Arabic line out LTR
    assert get_display(latin_first).endswith("IOM" + RLM)
    plain = [line for line in lines if line and LRM not in line and RLM not in line]
    assert len(plain) > len([line for line in lines if line]) * 2 // 3  # most lines carry none


def test_unknown_block_roles_come_out_as_their_text():
    doc = prepare(load_release(ENGLISH_SAMPLE)).document
    extra = Block("list-item", (Run("A list item from a newer release format"),),  # type: ignore[arg-type]
                  Direction.LTR, "en")
    from dataclasses import replace

    text = plain_text(replace(doc, blocks=(*doc.blocks[:3], extra, *doc.blocks[3:])))
    assert "\n\nA list item from a newer release format\n\n" in text
    assert render_txt(doc) == plain_text(doc).encode("utf-8")


@settings(max_examples=40, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(release=releases())
def test_fuzzed_releases_keep_every_word_and_only_lrm_rlm(release):
    from pressdesk.templating import builtin_template

    doc = prepare(release, builtin_template("classic")).document
    text = plain_text(doc)
    assert not set(text) & FORBIDDEN
    assert in_order_ratio("\n".join(b.text for b in doc.blocks), text) == 1.0
    for block in doc.blocks:  # each line opens in its block's direction for a plain viewer
        for line in block_text(block, doc).split("\n"):
            assert first_strong(line) in (block.direction, None) or line.startswith((LRM, RLM))
