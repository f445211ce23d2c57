"""The e-mail draft (-f eml): a parseable unsent draft, plain + HTML bodies, logo inline, PDF attached."""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import replace
from email.message import EmailMessage
from functools import cache

import html5lib
import pytest

from conftest import ARABIC_SAMPLE, DATA, ENGLISH_SAMPLE
from pressdesk.model import load_release
from pressdesk.pipeline import ExportError, prepare, render, slug
from pressdesk.render import registry
from pressdesk.render.eml import build_message
from pressdesk.templating.validate import check_template_data

RELEASES = {"ar": ARABIC_SAMPLE, "fa": DATA / "fa.pressrelease", "en": ENGLISH_SAMPLE}
BLOCK_TAGS = ("p", "h1", "h2", "td")


@cache
def raw(lang: str, attach: tuple[str, ...] = ()) -> bytes:
    return render(prepare(load_release(RELEASES[lang])), "eml", attach=attach)


def parsed(lang: str, attach: tuple[str, ...] = ()) -> EmailMessage:
    msg = email.message_from_bytes(raw(lang, attach), policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def html_of(lang: str) -> str:
    part = parsed(lang).get_body(("html",))
    assert part is not None
    return part.get_content()


@pytest.mark.parametrize("lang", RELEASES)
def test_a_draft_with_the_headline_as_subject(lang):
    msg, release = parsed(lang), load_release(RELEASES[lang])
    assert not msg.defects and all(not p.defects for p in msg.walk())
    assert msg["X-Unsent"] == "1"
    assert msg["Subject"] == " ".join(release.headline.split())
    assert msg["Content-Language"] == release.language
    assert msg["Date"].datetime is not None
    assert b"\r\n" in raw(lang)
    if not release.headline.isascii():
        assert b"Subject: =?utf-8?" in raw(lang)  # RFC 2047 on the wire
    assert msg["To"] is None and msg["From"] is None  # nothing set in the built-in templates


@pytest.mark.parametrize("lang", RELEASES)
def test_plain_and_html_bodies_logo_inline_pdf_attached(lang):
    msg = parsed(lang)
    assert msg.get_content_type() == "multipart/mixed"
    alternative = msg.get_payload()[0]
    assert alternative.get_content_type() == "multipart/alternative"
    plain = msg.get_body(("plain",))
    expected = render(prepare(load_release(RELEASES[lang])), "txt").decode()
    assert plain.get_content().replace("\r\n", "\n") == expected
    related = alternative.get_payload()[1]
    assert related.get_content_type() == "multipart/related"
    html_part, logo = related.get_payload()
    assert html_part.get_content_type() == "text/html"
    assert logo.get_content_type() == "image/png" and logo.get_content_disposition() == "inline"
    cid = logo["Content-ID"].strip("<>")
    assert f'src="cid:{cid}"' in html_part.get_content()
    attachments = list(msg.iter_attachments())
    assert [a.get_content_type() for a in attachments] == ["application/pdf"]
    name = slug(load_release(RELEASES[lang])) + ".pdf"
    assert attachments[0].get_filename() == name
    assert attachments[0].get_content().startswith(b"%PDF")
    if not name.isascii():
        assert b"filename*0*=utf-8''" in raw(lang) or b"filename*=utf-8''" in raw(lang)  # RFC 2231


def test_the_docx_is_attached_when_asked():
    msg = parsed("ar", ("docx",))
    types = [a.get_content_type() for a in msg.iter_attachments()]
    assert types == ["application/pdf", registry.get("docx").mime]
    docx = list(msg.iter_attachments())[1]
    assert docx.get_filename().endswith(".docx") and docx.get_content().startswith(b"PK")


@pytest.mark.parametrize("lang", RELEASES)
def test_html_is_built_for_mail_clients(lang):
    html = html_of(lang)
    root = html5lib.parse(html, namespaceHTMLElements=False)
    rtl = lang in ("ar", "fa")
    assert root.get("dir") == ("rtl" if rtl else "ltr")
    assert root.find("body").findall(".//table")  # table layout
    assert "<script" not in html.lower()
    for el in root.iter():
        for attr in ("src", "href", "background"):
            value = (el.get(attr) or "").lower()
            if attr == "src":
                assert not value or value.startswith("cid:"), value  # no remote resources
            elif value:
                assert el.tag == "a" and value.startswith(("https://", "http://", "mailto:"))
    for img in root.iter("img"):
        assert img.get("width", "").isdigit() and img.get("height", "").isdigit()
    blocks = [el for el in root.find("body").iter() if el.tag in BLOCK_TAGS]
    assert len(blocks) > 10
    for el in blocks:  # direction and alignment survive a client that drops every style
        assert el.get("dir") in ("rtl", "ltr") and el.get("align") in ("right", "left", "center")
        if el.tag != "td":
            style = el.get("style", "")
            assert "font-family" in style and "Tahoma" in style and "Geeza Pro" in style
    if rtl:
        paragraphs = [el for el in blocks if el.tag == "p" and "pd-paragraph" in el.get("class", "")]
        assert paragraphs and all(p.get("dir") == "rtl" and p.get("align") == "right" for p in paragraphs)
    style_tags = re.findall(r"<style>(.*?)</style>", html, re.S)
    assert all(s.strip().startswith("@media") for s in style_tags)  # all else inlined


def test_every_word_of_the_release_in_the_html():
    from tests.conformance.readers import in_order_ratio

    doc = prepare(load_release(ARABIC_SAMPLE)).document
    body = html5lib.parse(html_of("ar"), namespaceHTMLElements=False).find("body")
    assert in_order_ratio("\n".join(b.text for b in doc.blocks), " ".join(body.itertext())) == 1.0


def test_addresses_come_from_the_template():
    assert check_template_data({"email": {"bcc": ["press-list@example.org", "Desk <d@example.org>"],
                                          "from": "media@example.org"}}) == []
    problems = check_template_data({"email": {"to": "x@example.org\r\nBcc: all@example.org"}})
    assert problems and "email.to" in problems[0]
    doc = prepare(load_release(ENGLISH_SAMPLE)).document
    mail = {"from": "Media <media@example.org>", "bcc": ["a@example.org", "b@example.org"]}
    msg = build_message(doc, {"txt": b"text"}, "x", mail)
    assert str(msg["From"]) == "Media <media@example.org>"
    assert [a.addr_spec for a in msg["Bcc"].addresses] == ["a@example.org", "b@example.org"]


def test_hostile_text_stays_text():
    msg = email.message_from_bytes(render(prepare(load_release(DATA / "hostile-en.pressrelease")),
                                          "eml"), policy=email.policy.default)
    assert "\n" not in msg["Subject"] and "<script>" in msg["Subject"]
    html = msg.get_body(("html",)).get_content()
    assert "<script" not in html and "&lt;script&gt;" in html
    links = [a.get("href") for a in html5lib.parse(html, namespaceHTMLElements=False).iter("a")]
    assert links and all(h.startswith(("http://", "https://", "mailto:")) for h in links)


def test_without_its_parts_the_draft_says_why():
    doc = prepare(load_release(ENGLISH_SAMPLE)).document
    with pytest.raises(ValueError, match="plain text"):
        registry.get("eml").render(doc)
    assert registry.get("eml").parts_for(["docx", "html"]) == ("txt", "pdf", "docx")


def test_an_export_renders_each_part_once(monkeypatch):
    prepared = prepare(load_release(ENGLISH_SAMPLE))
    calls = []
    real = registry.Format.render
    monkeypatch.setattr(registry.Format, "render",
                        lambda self, doc, **kw: calls.append(self.name) or real(self, doc, **kw))
    rendered: dict[str, bytes] = {}
    for fmt in ("pdf", "txt", "eml"):
        render(prepared, fmt, rendered=rendered)
    assert sorted(calls) == ["eml", "pdf", "txt"]


def test_registry_refuses_parts_that_need_parts():
    bad = {"a": registry.Format("a", ".a", "A", "x/a", "m", "f", options=frozenset({registry.PARTS}),
                                parts=("b",)),
           "b": registry.Format("b", ".b", "B", "x/b", "m", "f", options=frozenset({registry.PARTS}),
                                parts=("a",))}
    with pytest.raises(ValueError, match="plain format"):
        registry._check(bad)


def broken_renderer(doc, **_options):
    raise RuntimeError("no fonts")


def test_a_failing_part_fails_the_draft_in_words(monkeypatch):
    prepared = prepare(load_release(ENGLISH_SAMPLE))
    spec = registry.get("pdf")
    monkeypatch.setitem(registry.FORMATS, "pdf", replace(spec, module=__name__, function="broken_renderer"))
    with pytest.raises(ExportError, match="PDF export failed: no fonts"):
        render(prepared, "eml")
    monkeypatch.setitem(registry.FORMATS, "pdf", replace(spec, function="missing"))
    with pytest.raises(registry.RendererUnavailable):
        render(prepared, "eml")
