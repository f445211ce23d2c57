"""Each language (ar, en, fr, fa, he) in each input kind (txt, md, docx, html) imports field by field."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressdesk.importers import import_path
from pressdesk.importers.cues import CONTACT_LABELS, SPEECH_VERBS
from pressdesk.model import release_from_data, release_to_data
from tests.importers.common import missing, words
from tests.importers.releases import SPECS, SUFFIX, WRITERS, Spec, write_docx, write_html

KINDS = sorted(WRITERS)


def _allowed(spec: Spec) -> set[str]:
    """Words the template writes itself: release line, headings, labels, dateline date, said-verbs."""
    texts = [spec.release_line, spec.background_heading, spec.contacts_heading, spec.about_heading,
             spec.end_mark, spec.lead.split("–")[0], *CONTACT_LABELS,
             *[v for verbs in SPEECH_VERBS.values() for v in verbs]]
    return set(words(" ".join(texts)))


def _check(spec: Spec, path: Path) -> None:
    result = import_path(path)
    r = result.release
    release_from_data(release_to_data(r))  # valid
    exp = spec.expected
    assert r.language == exp.get("language", spec.language)
    assert r.release.kind == "immediate"
    assert r.headline == spec.headline
    assert r.subheadline == spec.subheadline
    assert (r.dateline.city, r.dateline.date) == (exp["city"], exp["date"])
    assert r.digits == exp.get("digits")
    lead = r.body[0]
    assert lead.type == "paragraph" and spec.lead.endswith(lead.text)
    quotes = [(b.lead_in, b.speaker, b.role) for b in r.body if b.type == "quote"]
    assert quotes == exp["quotes"]
    paragraphs = [b.text for b in r.body if b.type == "paragraph"]
    assert paragraphs[1] == spec.paragraphs[0] and paragraphs[-1] == spec.paragraphs[-1]
    assert r.background == spec.background
    assert [(c.name, c.email, c.phone) for c in r.contacts] == [exp["contact"]]
    assert r.boilerplate == spec.about
    assert r.notes_to_editors == []
    lost = [w for w in missing([spec.headline, spec.subheadline, spec.lead, *spec.paragraphs,
                                *spec.background, *spec.contacts, spec.about], r)
            if w not in _allowed(spec)]
    assert lost == [], lost
    assert any("headline" in line for line in result.report.recognised)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("language", sorted(SPECS))
def test_release_in_each_language_and_kind(tmp_path: Path, language: str, kind: str) -> None:
    spec = SPECS[language]
    _check(spec, WRITERS[kind](spec, tmp_path / f"release{SUFFIX[kind]}"))


@pytest.mark.parametrize("language", sorted(SPECS))
def test_word_file_with_bold_large_first_line_instead_of_styles(tmp_path: Path, language: str) -> None:
    spec = SPECS[language]
    _check(spec, write_docx(spec, tmp_path / "plain.docx", headings=False))


@pytest.mark.parametrize("language", ["ar", "en"])
def test_page_without_article_element(tmp_path: Path, language: str) -> None:
    spec = SPECS[language]
    path = write_html(spec, tmp_path / "page.html", article=False)
    _check(spec, path)


@pytest.mark.parametrize("language", sorted(SPECS))
def test_page_furniture_is_left_out_and_reported(tmp_path: Path, language: str) -> None:
    spec = SPECS[language]
    result = import_path(write_html(spec, tmp_path / "page.htm"))
    text = " ".join(str(v) for v in release_to_data(result.release).values())
    for furniture in ("Donate now", "Share on Facebook", "Share on LinkedIn", "Refugees", "Cookie settings",
                      "Subscribe", "Related news",
                      "track(", "dataLayer", "© 2024"):
        assert furniture not in text
    assert any("page part" in line for line in result.report.dropped)
