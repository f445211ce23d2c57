"""Tests of the bundle and the desktop integration."""

from __future__ import annotations

import os

import pytest


def need(condition: bool, what: str) -> None:
    """Skip without a tool on a developer's machine; fail in CI (``CI`` set), which must have it."""
    if not condition:
        if os.environ.get("CI"):
            pytest.fail(f"{what} is missing (CI must have it: scripts/setup --test)")
        pytest.skip(f"{what} is missing")
