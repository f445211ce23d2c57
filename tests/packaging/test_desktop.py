"""Desktop integration: the entry and MIME types in the repo, installed by scripts/install-desktop."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ARABIC_SAMPLE, ROOT
from tests.packaging import need

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG desktop files")
LINUX = ROOT / "packaging" / "linux"


def entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.RawConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_entry_speaks_english_arabic_and_french_and_opens_releases() -> None:
    desktop = entry(LINUX / "pressdesk.desktop")
    for key in ("Name", "GenericName", "Comment"):
        for lang in ("", "[ar]", "[fr]"):
            assert desktop[key + lang].strip()
    assert desktop["MimeType"] == "application/x-pressdesk-release;"
    assert desktop["Exec"] == "pressdesk %f" and desktop["Icon"] == "pressdesk"


def test_the_entry_is_valid() -> None:
    need(shutil.which("desktop-file-validate") is not None, "desktop-file-validate (desktop-file-utils)")
    result = subprocess.run(["desktop-file-validate", str(LINUX / "pressdesk.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_install_then_uninstall_for_the_current_user(tmp_path: Path) -> None:
    need(shutil.which("update-mime-database") is not None, "update-mime-database (shared-mime-info)")
    need(shutil.which("xdg-mime") is not None, "xdg-mime (xdg-utils)")
    home = tmp_path / "home"
    weird = tmp_path / 'My "Apps" $x' / "pressdesk"
    weird.parent.mkdir()
    weird.write_text("#!/bin/sh\n", encoding="utf-8")
    weird.chmod(0o755)
    data = home / ".local" / "share"
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home),
           "XDG_DATA_HOME": str(data), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_DIRS": f"{data}:/usr/share"}
    script = ROOT / "scripts" / "install-desktop"
    done = subprocess.run([str(script), "--exec", str(weird)], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    installed = data / "applications" / "pressdesk.desktop"
    quoted = str(weird).replace('"', r'\\"').replace("$", r"\\$")
    assert entry(installed)["Exec"] == f'"{quoted}" %f'
    for size in ("16x16", "48x48", "256x256", "scalable"):
        assert any((data / "icons" / "hicolor" / size / "apps").glob("pressdesk.*"))
        mimetypes = data / "icons" / "hicolor" / size / "mimetypes"
        assert any(mimetypes.glob("application-x-pressdesk-release.*"))
    assert (home / ".local" / "bin" / "pressdesk").resolve() == weird
    release = tmp_path / "news.pressrelease"
    shutil.copy(ARABIC_SAMPLE, release)
    kind = subprocess.run(["xdg-mime", "query", "filetype", str(release)], env=env,
                          capture_output=True, text=True)
    assert kind.stdout.strip() == "application/x-pressdesk-release", kind.stdout + kind.stderr
    default = subprocess.run(["xdg-mime", "query", "default", "application/x-pressdesk-release"],
                             env=env, capture_output=True, text=True)
    assert default.stdout.strip() == "pressdesk.desktop"
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout
    gone = subprocess.run([str(script), "--uninstall"], env=env, capture_output=True, text=True)
    assert gone.returncode == 0, gone.stderr
    assert not installed.exists() and not (home / ".local" / "bin" / "pressdesk").exists()
    assert not list((data / "icons").rglob("pressdesk.*"))
