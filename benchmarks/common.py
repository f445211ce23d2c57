"""Shared helpers for the benchmarks: releases to measure and a median timer."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from pressdesk.model import Release, load_release

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.fakedocs import lengthened  # noqa: E402  (the one long-release factory)

ARABIC_SAMPLE = ROOT / "examples" / "iom-imrf-briefing-ar.pressrelease"


def sample() -> Release:
    return load_release(ARABIC_SAMPLE)


def long_release(words: int = 5000) -> Release:
    """The Arabic sample's body repeated until it holds about ``words`` words."""
    return lengthened(sample(), words)


def median_ms(func: Callable[[], object], repeat: int = 20, warmup: int = 2) -> float:
    for _ in range(warmup):
        func()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)
