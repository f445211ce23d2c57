"""The bundle (scripts/build-app): built once, moved, run with an empty environment and home.

Slow (about a minute to build). Without PyInstaller or poppler these tests skip on a
developer's machine and fail in CI (``CI=true``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ARABIC_SAMPLE, ROOT
from pressdesk import __version__
from pressdesk.gui.platform_check import DEBIAN_PACKAGES, WAYLAND_PACKAGES
from tests.packaging import need

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not sys.platform.startswith("linux"),
                                                   reason="the tested bundle is the Linux one")]
SHIPPED_ARABIC_FONTS = ("Amiri", "NotoKufiArabic", "NotoSansArabic", "IBMPlexSansArabic")
# Libraries every Debian system has (dpkg, apt and util-linux, which are essential, need them).
DEBIAN_BASE = ("libc6", "libgcc-s1", "libstdc++6", "libuuid1", "zlib1g")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/PressDesk built into a temp folder, then moved to another one."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        need(False, "PyInstaller")
    base = tmp_path_factory.mktemp("bundle")
    env = {**os.environ, "PRESSDESK_DIST": str(base / "dist"), "PRESSDESK_WORK": str(base / "work"),
           "PRESSDESK_PYTHON": sys.executable}
    build = subprocess.run([str(ROOT / "scripts" / "build-app")], env=env, capture_output=True,
                           text=True, timeout=1200)
    assert build.returncode == 0, build.stdout + build.stderr
    moved = base / "moved elsewhere" / "PressDesk"
    moved.parent.mkdir()
    shutil.move(str(base / "dist" / "PressDesk"), moved)
    shutil.rmtree(base / "work", ignore_errors=True)
    return moved


def run_bare(bundle: Path, home: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    """Like ``env -i PATH=/usr/bin:/bin HOME=$(mktemp -d) pressdesk ARGS``."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), **extra}
    return subprocess.run([str(bundle / "pressdesk"), *args], env=env, cwd=home,
                          capture_output=True, text=True, timeout=180)


def test_prints_its_version(bundle: Path, tmp_path: Path) -> None:
    result = run_bare(bundle, tmp_path, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"PressDesk {__version__}"


def test_exports_the_arabic_sample_to_every_format_with_its_fonts_embedded(bundle, tmp_path) -> None:
    need(shutil.which("pdffonts") is not None, "pdffonts (poppler-utils)")
    sample = tmp_path / "بيان.pressrelease"
    shutil.copy(ARABIC_SAMPLE, sample)
    result = run_bare(bundle, tmp_path, "export", str(sample), "-f", "all", "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    files = {p.suffix: p for p in (tmp_path / "out").iterdir()}
    assert sorted(files) == [".docx", ".html", ".pdf"]
    fonts = subprocess.run(["pdffonts", str(files[".pdf"])], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # emb column
    assert any(name in line for line in fonts for name in SHIPPED_ARABIC_FONTS), fonts
    text = subprocess.run(["pdftotext", str(files[".pdf"]), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "المنتدى الدولي" in text
    import zipfile

    with zipfile.ZipFile(files[".docx"]) as docx:
        assert "المنتدى" in docx.read("word/document.xml").decode("utf-8")
    assert 'dir="rtl"' in files[".html"].read_text("utf-8")


def test_every_cli_command_runs(bundle: Path, tmp_path: Path) -> None:
    new = run_bare(bundle, tmp_path, "new", "-o", "n.pressrelease", "--language", "fr")
    assert new.returncode == 0, new.stderr
    assert run_bare(bundle, tmp_path, "validate", "n.pressrelease").returncode == 0
    assert '"$schema"' in run_bare(bundle, tmp_path, "schema").stdout
    listed = run_bare(bundle, tmp_path, "templates", "list")
    assert listed.returncode == 0 and "classic" in listed.stdout, listed.stderr


def test_starts_its_window_offscreen(bundle: Path, tmp_path: Path) -> None:
    result = run_bare(bundle, tmp_path, str(ARABIC_SAMPLE), QT_QPA_PLATFORM="offscreen",
                      PRESSDESK_QUIT_AFTER_SHOW="1")
    assert result.returncode == 0, result.stderr
    assert "window shown" in result.stdout
    assert "Traceback" not in result.stderr


def test_starts_its_window_on_x11(bundle: Path, tmp_path: Path) -> None:
    """The xcb plugin loads with the system's libraries (under Xvfb)."""
    need(shutil.which("xvfb-run") is not None, "xvfb-run (xvfb)")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PRESSDESK_QUIT_AFTER_SHOW": "1"}
    result = subprocess.run(["xvfb-run", "-a", str(bundle / "pressdesk"), str(ARABIC_SAMPLE)],
                            env=env, cwd=tmp_path, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    assert "window shown" in result.stdout


def _debian_closure(packages: list[str]) -> set[str]:
    """The packages and everything they depend on, from dpkg's status (no network)."""
    out = subprocess.run(["dpkg-query", "-W", "-f", "${Package}\t${Depends}, ${Pre-Depends}\n"],
                         capture_output=True, text=True, check=True).stdout
    depends = {}
    for line in out.splitlines():
        name, _, deps = line.partition("\t")
        depends[name] = {re.split(r"[ :(]", alt.strip())[0] for dep in deps.split(",")
                         for alt in dep.split("|") if alt.strip()}
    seen: set[str] = set()
    stack = list(packages)
    while stack:
        name = stack.pop()
        if name not in seen:
            seen.add(name)
            stack.extend(depends.get(name, set()) - seen)
    return seen


def test_needs_only_the_documented_debian_packages(bundle: Path) -> None:
    """Every library the bundle does not carry comes from the packages the README lists."""
    need(shutil.which("ldd") is not None and shutil.which("dpkg") is not None, "ldd and dpkg")
    internal = bundle / "_internal"
    elves = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()
             and p.open("rb").read(4) == b"\x7fELF"]
    env = {"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": str(internal)}
    outside: set[str] = set()
    for elf in elves:
        out = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, env=env).stdout
        assert "not found" not in out, f"{elf}:\n{out}"
        for path in re.findall(r"=> (/.+?) \(0x", out):
            if not Path(path).resolve().is_relative_to(bundle.resolve()):
                outside.add(path)
    owners: dict[str, str] = {}
    for path in sorted(outside):
        candidates = {path, str(Path(path).resolve()), path.removeprefix("/usr"), "/usr" + path}
        found = subprocess.run(["dpkg", "-S", *sorted(candidates)], capture_output=True, text=True).stdout
        assert found, f"{path}: no Debian package owns it"
        owners[path] = found.split(":")[0].split(",")[0].strip()
    allowed = _debian_closure([*DEBIAN_PACKAGES.split(), *WAYLAND_PACKAGES.split(), *DEBIAN_BASE])
    extra = {path: pkg for path, pkg in owners.items() if pkg not in allowed}
    assert not extra, f"system libraries outside the documented packages: {extra}"
