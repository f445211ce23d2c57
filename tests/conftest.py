"""Test set-up: no real display, and no test ever touches the user's settings or data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DATA = Path(__file__).resolve().parent / "data"
ARABIC_SAMPLE = EXAMPLES / "iom-imrf-briefing-ar.pressrelease"
ENGLISH_SAMPLE = EXAMPLES / "water-resilience-en.pressrelease"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    home = tmp_path_factory.mktemp("pressdesk-home")
    monkeypatch.setenv("PRESSDESK_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("PRESSDESK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("PRESSDESK_CACHE_DIR", str(home / "cache"))
    monkeypatch.delenv("PRESSDESK_TEMPLATE_PATH", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    yield home
