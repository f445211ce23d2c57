"""Release format 2: inline markup, image and list blocks, version-1 files kept literal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pressdesk.model import ReleaseError, load_release
from pressdesk.model.codec import release_from_data, release_to_data
from pressdesk.model.markup import Span, escape, parse, plain, to_markup

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(("text", "spans"), [
    ("a **b** c", [Span("a "), Span("b", bold=True), Span(" c")]),
    ("*it*", [Span("it", italic=True)]),
    ("***both***", [Span("both", bold=True, italic=True)]),
    ("[site](https://e.org) x", [Span("site", href="https://e.org"), Span(" x")]),
    ("un **balanced", [Span("un **balanced")]),
    ("5 * 3 * 2", [Span("5 * 3 * 2")]),
    ("[js](javascript:alert(1))", [Span("[js](javascript:alert(1))")]),
    ("[x](data:text/html,hi)", [Span("[x](data:text/html,hi)")]),
    ("\\*lit\\* \\[a\\] \\\\", [Span("*lit* [a] \\")]),
    ("ذهب **عمل** و*مائل*", [Span("ذهب "), Span("عمل", bold=True), Span(" و"),
                            Span("مائل", italic=True)]),
])
def test_parse(text, spans):
    assert parse(text) == spans


@pytest.mark.parametrize("text", ["a *b* **c** [d](https://e.org) \\* x", "2 * 3 [x] \\ y",
                                  "***a*** [**b** c](mailto:a@b.org)"])
def test_markup_round_trip(text):
    assert parse(to_markup(parse(text))) == parse(text)
    assert plain(escape(text)) == text


def _v1(**fields):
    return {"format": "pressdesk.release", "version": 1, "language": "en", **fields}


def test_version_1_keeps_markup_characters_literal():
    data = _v1(body=[{"type": "paragraph", "text": "5 * 3 **not bold** [x](https://e.org) \\"}],
               background=["*a*"], notes_to_editors=["[b]"])
    release = release_from_data(data)
    assert plain(release.body[0].text) == "5 * 3 **not bold** [x](https://e.org) \\"
    assert plain(release.background[0]) == "*a*"
    assert plain(release.notes_to_editors[0]) == "[b]"
    saved = release_to_data(release)
    assert saved["version"] == 2
    again = release_from_data(json.loads(json.dumps(saved)))
    assert plain(again.body[0].text) == "5 * 3 **not bold** [x](https://e.org) \\"


def test_newer_version_refused_with_message():
    with pytest.raises(ReleaseError, match="newer PressDesk"):
        release_from_data({"format": "pressdesk.release", "version": 3})


def test_rich_release_loads_and_round_trips():
    release = load_release(DATA / "rich-en.pressrelease")
    kinds = [b.type for b in release.body]
    assert kinds == ["paragraph", "image", "list", "list", "quote"]
    image = release.body[1]
    assert (image.src, image.alt) == ("rich-photo.jpg", release.body[1].alt)
    assert release.body[2].items[1] == "**12,000** people served"
    assert release.body[3].ordered is True
    assert release.base_dir == DATA.resolve()
    data = release_to_data(release)
    assert release_from_data(data) == release


@pytest.mark.parametrize(("block", "problem"), [
    ({"type": "list", "items": "abc"}, "body[0].items: expected a list"),
    ({"type": "list", "items": [1]}, "body[0].items[0]: expected text"),
    ({"type": "list", "ordered": "yes", "items": []}, "body[0].ordered: expected true/false"),
    ({"type": "image", "src": 5}, "body[0].src: expected text"),
    ({"type": "video"}, "body[0].type: expected one of"),
])
def test_bad_blocks_named(block, problem):
    with pytest.raises(ReleaseError) as err:
        release_from_data({"format": "pressdesk.release", "version": 2, "body": [block]})
    assert any(p.startswith(problem) for p in err.value.problems), err.value.problems


def test_unknown_block_fields_kept():
    data = {"format": "pressdesk.release", "version": 2,
            "body": [{"type": "image", "src": "a.jpg", "focus": [1, 2]},
                     {"type": "list", "items": ["a"], "style": "dash"}]}
    out = release_to_data(release_from_data(data))
    assert out["body"][0]["focus"] == [1, 2]
    assert out["body"][1]["style"] == "dash"


def test_version_1_release_keeps_its_asterisks_in_every_export():
    from pressdesk.pipeline import prepare, render

    release = release_from_data(_v1(headline="h", body=[
        {"type": "paragraph", "text": "Growth of 5 * 3 **percent** [sic] \\o/"}]))
    prepared = prepare(release)
    assert "Growth of 5 * 3 **percent** [sic] \\o/" in [b.text for b in prepared.document.blocks]
    html = render(prepared, "html").decode()
    assert "5 * 3 **percent** [sic] \\o/" in html and "<strong>percent" not in html
    assert "5 * 3 **percent** [sic]" in render(prepared, "txt").decode()


def test_parse_results_are_cached_but_never_shared() -> None:
    """parse() is cached (the GUI counts words on every pause): a caller's list is its own."""
    first = parse("a **b** c")
    first.append(Span("changed"))
    assert parse("a **b** c") == [Span("a "), Span("b", bold=True), Span(" c")]
    assert parse("no markup here") == [Span("no markup here")]
    assert plain("a \\*b\\* [c](https://x.org)") == "a *b* c"
