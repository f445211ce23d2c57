"""Property-based fuzzing of compose and every exporter.

A bounded budget runs in CI; set PRESSDESK_FUZZ_EXAMPLES (e.g. 2000) for the larger, opt-in
job: ``PRESSDESK_FUZZ_RANDOM=1 PRESSDESK_FUZZ_EXAMPLES=2000 .venv/bin/python -m pytest
tests/hardening -k fuzz``. Order is checked on real releases by the conformance suite; here
every visible word must come out.
Failures found are kept in ``corpus/`` and replayed on every run.
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from pressdesk.compose.inline import clean_text
from pressdesk.model import Release, dumps_release, loads_release, release_from_data
from pressdesk.pipeline import prepare
from pressdesk.render import RendererUnavailable, renderer
from tests.conformance.readers import READERS, words
from tests.hardening.strategies import releases

EXAMPLES = int(os.environ.get("PRESSDESK_FUZZ_EXAMPLES", "25"))
# CI runs a fixed, repeatable sample; the opt-in job explores (PRESSDESK_FUZZ_RANDOM=1).
DERANDOMIZE = os.environ.get("PRESSDESK_FUZZ_RANDOM", "") != "1"
CORPUS = Path(__file__).parent / "corpus"
FORMATS = ("html", "docx", "pdf")


def visible(text: str) -> str:
    """The words a reader can see: no controls, no characters without a glyph in our fonts."""
    text = clean_text(text)
    return "".join(
        " " if ch in "\n\t" else ch
        for ch in text
        if ch in "\n\t" or unicodedata.category(ch) not in ("Cf", "Cc", "Cs", "Co", "So", "Sk")
    )


def missing_words(expected: str, actual: str) -> list[str]:
    """Expected words that the extracted text does not contain.

    A word wrapped over two lines (a 300-character URL) still counts: it is looked up in
    the extracted text with the line breaks taken out as well.
    """
    have = Counter(words(actual))
    joined = "".join(unicodedata.normalize("NFKC", actual).casefold().split())
    missing = []
    for word in words(expected):
        if have[word] > 0:
            have[word] -= 1
        elif word not in joined:
            missing.append(word)
    return missing


def check_release(release: Release, fmt: str) -> None:
    try:
        render = renderer(fmt)
    except RendererUnavailable as exc:
        pytest.skip(str(exc))
    # the file format round-trips whatever was typed
    assert loads_release(dumps_release(release)) == release
    doc = prepare(release).document
    expected = "\n".join(visible(b.text) for b in doc.blocks)
    data = render(doc)
    back = READERS[fmt](data)
    lost = missing_words(expected, visible(back.text))
    assert not lost, f"{fmt}: words missing from the output: {lost[:10]}"
    for link in back.links:
        assert link.startswith(("http://", "https://", "mailto:")), link


@pytest.mark.parametrize("fmt", FORMATS)
@settings(max_examples=EXAMPLES, deadline=None, derandomize=DERANDOMIZE, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(release=releases())
def test_fuzz_exporters(fmt: str, release: Release) -> None:
    check_release(release, fmt)


def _corpus() -> list[Path]:
    return sorted(CORPUS.glob("*.json"))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", _corpus(), ids=lambda p: p.stem)
def test_regression_corpus(fmt: str, case: Path) -> None:
    release = release_from_data(json.loads(case.read_text("utf-8")))
    check_release(release, fmt)
