"""Helpers for template tests: small template folders and a second, clean profile."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pressdesk.templating.library import builtin_dir

LOGO = builtin_dir() / "classic" / "logo.png"

BASIC = """\
[template]
id = "{id}"
name = "{name}"
version = "{version}"
description = "A test template"
languages = ["ar", "en"]

[identity]
logo = "logo.png"
name = {{ ar = "مكتب الاختبار", en = "Test Office" }}
boilerplate = {{ ar = "نبذة.", en = "About us." }}
"""


def write_template(folder: Path, toml: str | None = None, *, tid: str | None = None,
                   name: str = "Test", version: str = "1.0.0", extra: str = "",
                   logo: bool = True) -> Path:
    """A template folder: ``toml`` as given, or a small valid one (plus ``extra`` lines)."""
    folder.mkdir(parents=True, exist_ok=True)
    text = toml if toml is not None else BASIC.format(id=tid or folder.name, name=name,
                                                      version=version)
    (folder / "template.toml").write_text(text + extra, "utf-8")
    if logo:
        shutil.copyfile(LOGO, folder / "logo.png")
    return folder


def copy_builtin(template_id: str, folder: Path) -> Path:
    shutil.copytree(builtin_dir() / template_id, folder)
    return folder


@pytest.fixture
def user_library(_isolated_dirs: Path) -> Path:
    return _isolated_dirs / "data" / "templates"


@pytest.fixture
def clean_profile(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Call it to switch to a fresh profile (another machine): new settings and data folders."""

    def switch() -> Path:
        home = tmp_path_factory.mktemp("other-profile")
        monkeypatch.setenv("PRESSDESK_CONFIG_DIR", str(home / "config"))
        monkeypatch.setenv("PRESSDESK_DATA_DIR", str(home / "data"))
        monkeypatch.delenv("PRESSDESK_TEMPLATE_PATH", raising=False)
        return home

    return switch
