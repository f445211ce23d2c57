"""Custom HTML layouts: a good one is used; a hostile one fails at load time, harmlessly."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import pytest

from conftest import ENGLISH_SAMPLE
from pressdesk.model import load_release
from pressdesk.pipeline import prepare
from pressdesk.render.html import render_html
from pressdesk.render.html import sandbox as sandbox_mod
from pressdesk.render.html.check import check_layout
from pressdesk.render.html.render import LayoutError, context
from pressdesk.render.html.sandbox import LayoutProblem, render_layout, scan_html
from pressdesk.templating import TemplateError, load_template
from pressdesk.templating.layout import static_problems

from .conftest import write_template

DEFAULT_LAYOUT = resources.files("pressdesk").joinpath("resources/html/release.html.j2").read_text("utf-8")
SENTINEL = "PWNED-" + "X" * 8


def template_with_layout(folder, source: str):
    write_template(folder, extra='\n[html]\nlayout = "layout.html.j2"\n')
    (folder / "layout.html.j2").write_text(source, "utf-8")
    return folder


def layout_problems(folder) -> list[str]:
    with pytest.raises(TemplateError) as info:
        load_template(folder)
    assert info.value.source == str(folder / "template.toml")
    assert all(p.startswith("html.layout: ") for p in info.value.problems), info.value.problems
    return info.value.problems


def test_a_custom_layout_is_used_for_html(tmp_path):
    source = DEFAULT_LAYOUT.replace("<main>", '<main class="office-layout">')
    tpl = load_template(template_with_layout(tmp_path / "custom", source))
    html = render_html(prepare(load_release(ENGLISH_SAMPLE), tpl).document, layout=tpl.layout_source).decode()
    assert 'class="office-layout"' in html


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ("{{ ''.__class__.__mro__ }}", "access to '__class__' is not allowed"),
        ("{{ lipsum.__globals__ }}", "'lipsum' is not available in a layout"),
        ("{{ cycler.__init__.__globals__.os }}", "'cycler' is not available in a layout"),
        ("{{ blocks[0]['__class__'] }}", "access to '__class__' is not allowed"),
        ("{{ range(10) }}", "'range' is not available in a layout"),
        ("{{ title|attr('__class__') }}", "the filter 'attr' is not allowed"),
        ("{{ title|safe }}", "the filter 'safe' is not allowed"),
        ("{{ '%099999999d'|format(1) }}", "the filter 'format' is not allowed"),
        ("{{ title.format(1) }}", "a layout may only call its own macros"),
        ("{{ title * 999999999 }}", "the operator '*' is not allowed"),
        ("{{ 9 ** 9 ** 9 }}", "the operator '**' is not allowed"),
        ("{% autoescape false %}{{ title }}{% endautoescape %}", "cannot turn off escaping"),
        ("{% include 'layout.html.j2' %}", "cannot load other files"),
        ("{% macro m(n) %}{{ m(n) }}{{ m(n) }}{% endmacro %}{{ m(1) }}", "the macro 'm' calls itself"),
        ("<p>{{ nothing_here }}</p>", "'nothing_here' is not available in a layout"),
        ("{% for b in blocks %}", "line 1: Unexpected end of template"),
        ("<script>alert(1)</script>", "the <script> tag is not allowed"),
        ('<body onload="steal()">', "event handler attributes (on...=) are not allowed"),
        ('<a href="javascript:steal()">x</a>', "script URLs are not allowed"),
        ('<a href="java&#x73;cript:steal()">x</a>', "script URLs are not allowed"),
        ('<img src="https://tracker.example/p.gif">', "cannot load files from the internet"),
        ("<style>p { background: url('//tracker.example/p.gif') }</style>",
         "cannot load files from the internet"),
        ("<style>@import 'https://evil.example/x.css';</style>", "@import is not allowed"),
        ('<meta http-equiv="refresh" content="0;url=https://evil.example">', "http-equiv is not allowed"),
        ("<iframe src=x></iframe>", "the <iframe> tag is not allowed"),
    ],
)
def test_hostile_or_broken_layouts_are_refused_at_load_time(tmp_path, payload, expected):
    problems = layout_problems(template_with_layout(tmp_path / "bad", payload))
    assert any(expected in p for p in problems), problems


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ("{{ blocks[0].no_such_field }}", "fails to render"),
        ("{{ 1 / 0 }}", "fails to render (division by zero)"),
        ("<scr{{ 'ipt' }}>alert(1)", "the <script> tag is not allowed"),
    ],
)
def test_layouts_that_only_fail_when_rendered_are_found_by_the_check(tmp_path, payload, expected):
    tpl = load_template(template_with_layout(tmp_path / "bad", payload))  # reading finds nothing
    problems = check_layout(tpl)
    assert problems and all(p.startswith("html.layout: ") for p in problems), problems
    assert any(expected in p for p in problems), problems


def test_a_slow_layout_is_stopped(tmp_path, monkeypatch):
    monkeypatch.setattr(sandbox_mod, "RENDER_SECONDS", 0.3)
    loops = "{% for a in title %}" * 6 + "{% endfor %}" * 6
    tpl = load_template(template_with_layout(tmp_path / "slow", loops))
    assert check_layout(tpl) == ["html.layout: takes longer than 0.3 s to render"]


def test_a_huge_output_is_stopped(tmp_path):
    source = "{% for a in title %}{% for b in title %}{% for c in title %}{{ title }}" \
             "{% endfor %}{% endfor %}{% endfor %}"
    ctx = {"title": "x" * 400}
    with pytest.raises(LayoutProblem, match="more than 1 MB of HTML"):
        render_layout(source, ctx, max_chars=1024 * 1024)


def test_the_default_layout_passes_every_check():
    doc = prepare(load_release(ENGLISH_SAMPLE), "classic").document
    ctx = context(doc, embed_fonts=True)
    assert static_problems(DEFAULT_LAYOUT, set(ctx)) == []
    assert scan_html(render_layout(DEFAULT_LAYOUT, ctx)) == []
    assert scan_html(render_html(doc, embed_fonts=True).decode()) == []


def test_the_renderer_sandbox_also_refuses_payloads():
    """Even a layout that skipped the load-time check cannot escape the renderer's sandbox."""
    doc = prepare(load_release(ENGLISH_SAMPLE), "classic").document
    for payload in ("{{ ''.__class__.__mro__[1].__subclasses__() }}",
                    "{{ lipsum.__globals__['os'].system('echo " + SENTINEL + "') }}",
                    "{{ cycler.__init__.__globals__.os.popen('id').read() }}"):
        with pytest.raises(LayoutError):
            render_html(doc, layout=payload)


def test_payload_never_runs(tmp_path, capfd):
    marker = tmp_path / "ran"
    payload = "{{ cycler.__init__.__globals__.os.system('touch " + str(marker) + "') }}"
    layout_problems(template_with_layout(tmp_path / "bad", payload))
    assert not marker.exists()
    assert SENTINEL not in capfd.readouterr().out


@pytest.mark.skipif(os.name != "posix", reason="symlinks need POSIX here")
def test_symlinked_layout(tmp_path):
    folder = write_template(tmp_path / "bad", extra='\n[html]\nlayout = "layout.html.j2"\n')
    (tmp_path / "outside.html.j2").write_text(DEFAULT_LAYOUT)
    (folder / "layout.html.j2").symlink_to(tmp_path / "outside.html.j2")
    assert layout_problems(folder) == [
        "html.layout: 'layout.html.j2': links are not allowed in a template"]


def test_a_layout_compiled_from_the_disk_cache_is_still_stopped(monkeypatch):
    """The generated code is kept on disk; loaded from there it renders alike, a slow layout
    is still stopped and a damaged cache file is compiled again."""
    loops = "{% for a in title %}" * 6 + "{{ a }}" + "{% endfor %}" * 6
    ctx = {"title": "x" * 40}
    sandbox_mod.compiled.cache_clear()
    with pytest.raises(LayoutProblem, match=r"takes longer than 0\.3 s"):
        render_layout(loops, ctx, seconds=0.3)
    cached = list(Path(os.environ["PRESSDESK_CACHE_DIR"], "html").rglob("*.cache"))
    assert cached, "nothing written to the cache folder"
    sandbox_mod.compiled.cache_clear()

    def no_compile(*_args, **_kwargs):
        raise AssertionError("compiled again although the cache holds it")

    with monkeypatch.context() as m:
        m.setattr(sandbox_mod.environment(), "compile", no_compile)
        with pytest.raises(LayoutProblem, match=r"takes longer than 0\.3 s"):
            render_layout(loops, ctx, seconds=0.3)
    for path in cached:
        path.write_bytes(b"\x00garbage")
    sandbox_mod.compiled.cache_clear()
    assert render_layout("{% for a in title[:2] %}{{ a }}{% endfor %}", ctx) == "xx"
    with pytest.raises(LayoutProblem, match=r"takes longer than 0\.3 s"):
        render_layout(loops, ctx, seconds=0.3)
