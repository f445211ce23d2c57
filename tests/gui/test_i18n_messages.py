"""Arabic UI: the release file's problems and the built-in templates' names are in Arabic."""

from __future__ import annotations

import json
import re

import pytest

from pressdesk.gui.i18n import install_translations
from pressdesk.gui.release_messages import translate_problem
from pressdesk.model import ReleaseError, loads_release

pytestmark = pytest.mark.gui
ARABIC = re.compile("[\u0600-\u06ff]")


@pytest.fixture
def arabic(qapp):  # type: ignore[no-untyped-def]
    install_translations(qapp, "ar")
    yield
    install_translations(qapp, "en")


BROKEN = [
    b"",
    b"{not json",
    b"[1, 2]",
    json.dumps({"format": "pressdesk.release", "version": 99}).encode(),
    json.dumps({"format": "pressdesk.release", "version": 1, "language": "??", "headline": 5,
                "dateline": {"date": "30/11"}, "body": [{"type": "poem"}], "digits": "roman",
                "release": {"kind": "embargoed"}, "contacts": "x", "boilerplate": 3}).encode(),
]


def _problems(raw: bytes) -> list[str]:
    try:
        loads_release(raw, "x.pressrelease")
    except ReleaseError as exc:
        return exc.problems
    raise AssertionError("no error")


def test_every_release_problem_is_translated(arabic) -> None:  # type: ignore[no-untyped-def]
    seen = 0
    for raw in BROKEN:
        for problem in _problems(raw):
            shown = translate_problem(problem)
            assert ARABIC.search(shown), problem
            assert shown != problem
            seen += 1
    assert seen >= 10
    # values stay, isolated so that paths and tags read left to right in Arabic
    shown = translate_problem("headline: expected text, got a number")
    assert shown == "\u2066headline\u2069: المتوقع نص، والموجود رقم"


def test_unknown_problems_pass_through_and_english_stays_english(qapp) -> None:  # type: ignore[no-untyped-def]
    install_translations(qapp, "en")
    problem = "headline: expected text, got a number"
    assert translate_problem(problem) == problem
    assert translate_problem("something new") == "something new"


def test_template_names_follow_the_ui_language(arabic, qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pressdesk.gui.template_cache import TemplateCache

    names = {c.id: c.name for c in TemplateCache().choices()}
    assert names["classic"] == "ترويسة كلاسيكية"
    assert names["minimal"] == "بسيط"
    install_translations(qapp, "en")
    names = {c.id: c.name for c in TemplateCache().choices()}
    assert names["classic"] == "Classic letterhead"


def test_template_descriptions_per_language() -> None:
    from pressdesk.templating.library import list_templates

    info = next(i for i in list_templates() if i.id == "modern")
    assert info.name == "Modern sans" and info.name_in("fr") == "Moderne sans empattement"
    assert ARABIC.search(info.description_in("ar-EG"))
    assert info.description.startswith("Clean sans-serif")
    assert info.name_in("he") == "Modern sans"  # no Hebrew name: the English one
