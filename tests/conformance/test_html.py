"""HTML-only checks: valid HTML5, escaping, sandboxed layouts."""

from __future__ import annotations

import html5lib
import pytest

from tests.conformance.test_conformance import composed, exported


def test_html_is_valid_html5_with_lang_and_dir():
    data = exported("html", "arabic-sample")
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    root = parser.parse(data)
    assert root.get("lang") == "ar"
    assert root.get("dir") == "rtl"
    assert not parser.errors


def test_html_has_no_markup_from_fields():
    data = exported("html", "hostile").decode("utf-8")
    root = html5lib.parse(data, namespaceHTMLElements=False)
    assert [s for s in root.iter("script")] == []
    assert [e for e in root.iter("iframe")] == []
    for el in root.iter():
        for attr in el.attrib:
            assert not attr.lower().startswith("on"), (el.tag, attr)
    assert "&lt;script&gt;" in data


def test_embedded_runs_are_isolated():
    data = exported("html", "arabic-sample").decode("utf-8")
    assert '<bdi dir="ltr">IMRF</bdi>' in data
    assert 'href="mailto:telyan@iom.int" dir="ltr"' in data


def test_layout_override_runs_in_sandbox():
    from pressdesk.render.html.render import LayoutError, render_html

    doc = composed("english")
    with pytest.raises(LayoutError):
        render_html(doc, layout="{{ ''.__class__.__mro__[1].__subclasses__() }}")
    with pytest.raises(LayoutError):
        render_html(doc, layout="{{ lipsum.__globals__['os'].popen('id').read() }}")
    fine = "<p>{{ title }}</p>{% for b in blocks %}{{ b.role }}{% endfor %}"
    assert b"Regional Network" in render_html(doc, layout=fine)


def test_a_failing_layout_falls_back_to_the_default_inside_the_renderer():
    from pressdesk.render.html.render import render_html

    doc = composed("english")
    warnings: list[str] = []
    html = render_html(doc, layout="{{ 1 / 0 }}", warnings=warnings)
    assert b"Regional Network" in html and b"<main" in html
    assert len(warnings) == 1 and "division by zero" in warnings[0], warnings


def test_the_layout_names_list_is_what_the_renderer_provides():
    from pressdesk.render.html.render import context
    from pressdesk.templating.layout import layout_names

    assert set(context(composed("english"))) - {"qt"} == set(layout_names())
