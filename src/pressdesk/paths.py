"""Where PressDesk keeps settings and data; environment variables override for tests."""

from __future__ import annotations

import os
from pathlib import Path

APP = "PressDesk"


def config_dir() -> Path:
    """Settings folder (``PRESSDESK_CONFIG_DIR`` overrides)."""
    env = os.environ.get("PRESSDESK_CONFIG_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP, appauthor=False))


def data_dir() -> Path:
    """User data folder: templates, recovery files (``PRESSDESK_DATA_DIR`` overrides)."""
    env = os.environ.get("PRESSDESK_DATA_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def cache_dir() -> Path:
    """Cache folder: data that can be rebuilt: parsed fonts, template thumbnails
    (``PRESSDESK_CACHE_DIR`` overrides)."""
    env = os.environ.get("PRESSDESK_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP, appauthor=False))


def user_templates_dir() -> Path:
    return data_dir() / "templates"


def recovery_dir() -> Path:
    return data_dir() / "recovery"


def shared_template_dirs() -> list[Path]:
    """Shared libraries from ``PRESSDESK_TEMPLATE_PATH`` (``os.pathsep``-separated)."""
    env = os.environ.get("PRESSDESK_TEMPLATE_PATH", "")
    return [Path(p) for p in env.split(os.pathsep) if p.strip()]
