"""Property-based fuzzing of compose and every exporter.

Three runs share one check (``check_release``: every block's visible words come out, in
order, and only safe links are made):

- a fixed, repeatable sample (``PRESSDESK_FUZZ_EXAMPLES``, default 25, derandomised);
- an opt-in exploring run with new random cases for ``PRESSDESK_FUZZ_SECONDS`` seconds per
  format (0, the default, turns it off; CI leaves it off so that its runs are repeatable). A
  case it finds failing is written to ``corpus/found-<format>.json``: commit it;
- the regression corpus, ``corpus/*.json``, replayed on every run.

The large opt-in job: ``PRESSDESK_FUZZ_RANDOM=1 PRESSDESK_FUZZ_EXAMPLES=3000``.
"""

from __future__ import annotations

import json
import os
import time
import unicodedata
import warnings
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import NonInteractiveExampleWarning

from pressdesk.compose.inline import clean_text
from pressdesk.model import Release, dumps_release, loads_release, release_from_data
from pressdesk.pipeline import prepare, render
from pressdesk.render import RendererUnavailable, registry
from tests.conformance.readers import READERS, words
from tests.hardening.strategies import releases

EXAMPLES = int(os.environ.get("PRESSDESK_FUZZ_EXAMPLES", "25"))
# CI runs a fixed, repeatable sample; the opt-in job explores (PRESSDESK_FUZZ_RANDOM=1).
DERANDOMIZE = os.environ.get("PRESSDESK_FUZZ_RANDOM", "") != "1"
SECONDS = float(os.environ.get("PRESSDESK_FUZZ_SECONDS", "0"))
CORPUS = Path(__file__).parent / "corpus"
FORMATS = tuple(f for f in registry.names() if f in READERS)


def visible(text: str) -> str:
    """The words a reader can see: no controls, no characters without a glyph in our fonts."""
    text = clean_text(text)
    return "".join(
        " " if ch in "\n\t" else ch
        for ch in text
        if ch in "\n\t" or unicodedata.category(ch) not in ("Cf", "Cc", "Cs", "Co", "So", "Sk")
    )


def out_of_order(expected: str, actual: str) -> list[str]:
    """Expected words that do not come out in order: ``expected``'s words must be a
    subsequence of the output's.

    A word wrapped over two lines (a 300-character URL) still counts: it is looked up in
    the output with the line breaks taken out as well.
    """
    got = words(actual)
    joined = "".join(unicodedata.normalize("NFKC", actual).casefold().split())
    missing, at = [], 0
    for word in words(expected):
        try:
            at = got.index(word, at) + 1
        except ValueError:
            if word not in joined:
                missing.append(word)
    return missing


def missing_words(expected: str, actual: str) -> list[str]:
    """Expected words that the output does not contain at all."""
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
    # the file format round-trips whatever was typed
    assert loads_release(dumps_release(release)) == release
    prepared = prepare(release)
    try:
        data = render(prepared, fmt)
    except RendererUnavailable as exc:
        pytest.skip(str(exc))  # a failure in CI (strict mode)
    back = READERS[fmt](data)
    text = visible(back.text)
    lost = missing_words("\n".join(visible(b.text) for b in prepared.document.blocks), text)
    assert not lost, f"{fmt}: words missing from the output: {lost[:10]}"
    for i, block in enumerate(prepared.document.blocks):
        wrong = out_of_order(visible(block.text), text)
        assert not wrong, f"{fmt}: block {i} ({block.role}) out of order at {wrong[:5]}"
    for link in back.links:
        assert link.startswith(("http://", "https://", "mailto:")), link


@pytest.mark.parametrize("fmt", FORMATS)
@settings(max_examples=EXAMPLES, deadline=None, derandomize=DERANDOMIZE, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(release=releases())
def test_fuzz_exporters(fmt: str, release: Release) -> None:
    check_release(release, fmt)


if SECONDS > 0:  # collected only when asked for (never in CI: CI runs must be repeatable)
    @pytest.mark.parametrize("fmt", FORMATS)
    def test_fuzz_explore(fmt: str) -> None:
        """New random cases for ``SECONDS`` seconds; the first failing one is saved to the corpus.

        A plain loop over ``strategy.example()`` rather than ``@given``: Hypothesis keeps
        generating (and shrinking) after a test body returns early, so a time limit inside
        ``@given`` does not bound the run.
        """
        strategy = releases()
        until = time.monotonic() + SECONDS
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", NonInteractiveExampleWarning)
            while time.monotonic() < until:
                release = strategy.example()
                try:
                    check_release(release, fmt)
                except AssertionError:
                    CORPUS.mkdir(exist_ok=True)
                    (CORPUS / f"found-{fmt}.json").write_text(dumps_release(release), "utf-8")
                    raise


def _corpus() -> list[Path]:
    return sorted(CORPUS.glob("*.json"))


# Corpus cases known to fail in one format, and why (strict: a fix makes the test say so).
KNOWN = {
    ("rtl-paragraph-ending-in-a-hash-on-an-ltr-page", "pdf"):
        "poppler reads a left-to-right page's lines in sections, and starts a left-to-right one "
        "at any '#', '%' or '+': 'ا @#' copies as '#@ ا' (pdfium and MuPDF copy it right)",
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", _corpus(), ids=lambda p: p.stem)
def test_regression_corpus(fmt: str, case: Path, request: pytest.FixtureRequest) -> None:
    known = KNOWN.get((case.stem, fmt))
    if known:
        request.applymarker(pytest.mark.xfail(strict=True, reason=known))
    release = release_from_data(json.loads(case.read_text("utf-8")))
    check_release(release, fmt)
