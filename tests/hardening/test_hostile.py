"""The hostile set: what users paste, run through compose and every exporter."""

from __future__ import annotations

import copy
import os
from functools import cache

import pytest

from conftest import ARABIC_SAMPLE, DATA
from pressdesk.cli.main import main
from pressdesk.model import BodyBlock, Contact, Release, load_release
from pressdesk.pipeline import prepare, render
from pressdesk.render import RendererUnavailable, registry
from tests.conformance.readers import READERS, in_order_ratio
from tests.hardening.test_fuzz import missing_words, visible

LONG_URL = "https://example.org/" + "/".join(["segment"] * 60) + "?q=" + "x" * 40
SCRIPT = "<script>alert('x')</script>"


def _release(**fields) -> Release:
    base = Release(language=fields.pop("language", "ar"), headline="عنوان")
    for key, value in fields.items():
        setattr(base, key, value)
    return base


@cache
def hostile_releases() -> dict[str, Release]:
    sample = load_release(ARABIC_SAMPLE)
    fifty_pages = copy.deepcopy(sample)
    fifty_pages.body = [copy.deepcopy(b) for _ in range(40) for b in sample.body]
    return {
        "markup-everywhere": load_release(DATA / "hostile-en.pressrelease"),
        "markup-in-arabic": _release(
            headline=f"عنوان {SCRIPT}", subheadline='"><svg onload=alert(1)>',
            body=[BodyBlock(text="انقر javascript:alert(1) أو data:text/html,<b>x</b> الآن </style>")],
            contacts=[Contact(name="<img src=x onerror=alert(1)>", email="a@example.org")],
        ),
        "bidi-controls": _release(
            headline="\u202eعنوان معكوس\u202c IMRF \u2066نص\u2069",
            body=[BodyBlock(text="قبل \u202dLTR override بدون إغلاق"),
                  BodyBlock(text="\u2067 isolate مفتوح \u200f\u200e\u061c بلا إغلاق")],
        ),
        "xml-forbidden": _release(
            headline="عنوان\x00 مع\x01 محارف\x0b ممنوعة\x0c\x1f\ufffe",
            body=[BodyBlock(text="نص \ud800 مع نصف زوج بديل \x08 و\x7f")],
        ),
        "emoji-combining-tatweel": _release(
            headline="مرحبـــــا 😀 بالعالم 🌍",
            body=[BodyBlock(text="كَتَبَ الطَّالِبُ الدَّرْسَ ـــ e\u0301te\u0301 👍🏽 🇪🇬")],
        ),
        "long-url-and-word": _release(
            body=[BodyBlock(text=f"الرابط {LONG_URL} ثم كلمة {'x' * 300} طويلة جدا")]
        ),
        "ten-thousand-characters": _release(body=[BodyBlock(text=("كلمة عربية طويلة " * 600)[:10000])]),
        "empty-everything": Release(),
        "fifty-pages": fifty_pages,
        "english-long-paragraphs": _release(
            language="en", headline="Headline",
            body=[BodyBlock(text="word " * 3000), BodyBlock(type="quote", text="q " * 500,
                                                              speaker="S", role="R")],
        ),
    }


@pytest.mark.parametrize("fmt", [f for f in registry.names() if f in READERS])
@pytest.mark.parametrize("name", list(hostile_releases()))
def test_hostile_release_exports(fmt: str, name: str) -> None:
    prepared = prepare(hostile_releases()[name])
    doc = prepared.document
    try:
        data = render(prepared, fmt)
    except RendererUnavailable as exc:
        pytest.skip(str(exc))
    back = READERS[fmt](data)
    expected = "\n".join(visible(b.text) for b in doc.blocks)
    assert not missing_words(expected, visible(back.text))
    if name != "long-url-and-word":  # a 700-character URL wraps over lines in a PDF
        floor = 0.98 if fmt == "pdf" else 1.0
        assert in_order_ratio(expected, visible(back.text)) >= floor
    for link in back.links:
        assert link.startswith(("http://", "https://", "mailto:"))


def test_html_never_turns_fields_into_markup() -> None:
    import html5lib

    from pressdesk.render.html import render_html

    for name, release in hostile_releases().items():
        html = render_html(prepare(release).document)
        root = html5lib.parse(html, namespaceHTMLElements=False)
        assert not list(root.iter("script")), name
        assert not list(root.iter("svg")) and not list(root.iter("iframe")), name
        for el in root.iter():
            assert not any(a.lower().startswith("on") for a in el.attrib), name
            href = el.get("href") or ""
            assert not href or href.startswith(("http", "mailto:")), (name, href)


def test_bidi_controls_cannot_leak_out_of_fields() -> None:
    doc = prepare(hostile_releases()["bidi-controls"]).document
    for block in doc.blocks:
        for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069":
            assert ch not in block.text


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into read-only folders")
def test_read_only_folder_gives_exit_2(tmp_path, capsys) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert main(["export", str(ARABIC_SAMPLE), "-f", "html", "-o", str(folder / "a.html")]) == 2
    finally:
        folder.chmod(0o700)
    assert "cannot write" in capsys.readouterr().err


def test_full_disk_gives_exit_2_and_keeps_the_old_file(tmp_path, capsys, monkeypatch) -> None:
    out = tmp_path / "a.html"
    out.write_bytes(b"previous")

    def no_space(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("pressdesk.util.atomic.os.fsync", no_space)
    assert main(["export", str(ARABIC_SAMPLE), "-f", "html", "-o", str(out)]) == 2
    assert "No space left on device" in capsys.readouterr().err
    assert out.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.html"]


def test_missing_template_still_exports(tmp_path, capsys) -> None:
    release = tmp_path / "r.pressrelease"
    release.write_text(
        ARABIC_SAMPLE.read_text("utf-8").replace('"template": "classic"', '"template": "gone"'),
        "utf-8",
    )
    assert main(["export", str(release), "-f", "html", "-o", str(tmp_path / "a.html")]) == 0
    assert "not found" in capsys.readouterr().err
    assert "تنظيم جلسة" in (tmp_path / "a.html").read_text("utf-8")


def test_permission_denied_gives_exit_2(tmp_path, capsys, monkeypatch) -> None:
    def denied(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("pressdesk.util.atomic.tempfile.mkstemp", denied)
    out = tmp_path / "a.html"
    assert main(["export", str(ARABIC_SAMPLE), "-f", "html", "-o", str(out)]) == 2
    assert "Permission denied" in capsys.readouterr().err
    assert not out.exists()
