"""Shared helpers for the benchmarks: releases to measure and a median timer."""

from __future__ import annotations

import copy
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from pressdesk.model import BodyBlock, Release, load_release

ROOT = Path(__file__).resolve().parent.parent
ARABIC_SAMPLE = ROOT / "examples" / "iom-imrf-briefing-ar.pressrelease"


def sample() -> Release:
    return load_release(ARABIC_SAMPLE)


def long_release(words: int = 5000) -> Release:
    """The Arabic sample's body repeated until it holds about ``words`` words."""
    base = sample()
    release = copy.deepcopy(base)
    release.body = []
    while release.word_count() < words:
        for block in base.body:
            release.body.append(BodyBlock(**{**block.__dict__}))
            if release.word_count() >= words:
                break
    return release


def median_ms(func: Callable[[], object], repeat: int = 20, warmup: int = 2) -> float:
    for _ in range(warmup):
        func()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)
