"""Property-based fuzzing of compose and every exporter.

Three runs share one check (``check_release``: every block's visible words come out, in
order, and only safe links are made):

- a fixed, repeatable sample (``PRESSDESK_FUZZ_EXAMPLES``, default 25, derandomised);
- an exploring run with new random cases for ``PRESSDESK_FUZZ_SECONDS`` seconds per format
  (``.ci/run`` gives it a few minutes; 0, the default elsewhere, turns it off). A case it
  finds failing is written, shrunk, to ``corpus/found-<format>.json``: commit it;
- the regression corpus, ``corpus/*.json``, replayed on every run.

The large opt-in job: ``PRESSDESK_FUZZ_RANDOM=1 PRESSDESK_FUZZ_EXAMPLES=3000``.
"""

from __future__ import annotations

import json
import os
import time
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

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


_explore_until: dict[str, float] = {}


if SECONDS > 0:  # collected only when asked for: .ci/run asks
    @pytest.mark.parametrize("fmt", FORMATS)
    @settings(max_examples=max(1, int(SECONDS * 40)), deadline=None, derandomize=False, database=None,
              suppress_health_check=list(HealthCheck))
    @given(release=releases())
    def test_fuzz_explore(fmt: str, release: Release) -> None:
        """New random cases until the time is up; a failure is saved (shrunk) to the corpus."""
        until = _explore_until.setdefault(fmt, time.monotonic() + SECONDS)
        if time.monotonic() > until:
            return
        try:
            check_release(release, fmt)
        except AssertionError:
            CORPUS.mkdir(exist_ok=True)
            # Hypothesis replays the shrunk example last, so the file ends up holding that one.
            (CORPUS / f"found-{fmt}.json").write_text(dumps_release(release), "utf-8")
            raise


def _corpus() -> list[Path]:
    return sorted(CORPUS.glob("*.json"))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", _corpus(), ids=lambda p: p.stem)
def test_regression_corpus(fmt: str, case: Path) -> None:
    release = release_from_data(json.loads(case.read_text("utf-8")))
    check_release(release, fmt)
