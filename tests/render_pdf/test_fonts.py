"""The shipped font registry (pressdesk.fonts): families, faces, coverage, fallback."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pressdesk import fonts

FAMILIES = ["Amiri", "IBM Plex Sans Arabic", "Noto Kufi Arabic", "Noto Sans Arabic", "Noto Sans",
            "Noto Serif", "Heebo", "Frank Ruhl Libre"]


def test_families_are_the_template_names():
    assert sorted(fonts.families()) == sorted(FAMILIES)


@pytest.mark.parametrize("family", FAMILIES)
def test_faces_exist_with_their_family_name(family):
    from fontTools.ttLib import TTFont

    for bold in (False, True):
        path = fonts.font_file(family, bold=bold)
        assert path.is_file() and path.suffix == ".ttf"
        font = TTFont(path, lazy=True)
        assert font["name"].getDebugName(1) == family
        assert "fvar" not in font  # static instances only
        assert font["OS/2"].usWeightClass == (700 if bold else 400)
    assert (fonts.FONTS_DIR / family / "OFL.txt").is_file()


def test_style_fallbacks():
    assert fonts.font_file("Heebo", bold=True, italic=True).name == "Heebo-Bold.ttf"
    assert fonts.font_file("Heebo", italic=True).name == "Heebo-Regular.ttf"
    assert fonts.font_file("Noto Sans", bold=True, italic=True).name == "NotoSans-BoldItalic.ttf"
    assert fonts.font_file("Amiri", italic=True).name == "Amiri-Italic.ttf"
    with pytest.raises(fonts.FontNotFound):
        fonts.font_file("Comic Sans")


def test_covers():
    assert fonts.covers("Noto Sans Arabic", "\ufbfc")  # isolated farsi yeh
    assert not fonts.covers("IBM Plex Sans Arabic", "\ufbfc")
    assert fonts.covers("IBM Plex Sans Arabic", "\u06cc")
    assert fonts.covers("Heebo", "א") and not fonts.covers("Amiri", "א")
    assert fonts.covers("Noto Sans", "é") and fonts.covers("Noto Serif", "\u202f")


def test_licences():
    lic = {entry.family: entry for entry in fonts.licences()}
    assert set(lic) == set(FAMILIES)
    for entry in lic.values():
        assert entry.licence == "OFL-1.1"
        assert entry.licence_file.is_file()
        assert "Open Font License" in entry.licence_file.read_text(encoding="utf-8")


def test_importing_fonts_loads_no_heavy_modules():
    code = ("import sys, pressdesk.fonts as f; f.covers('Amiri', 'a'); "
            "print(any(m.split('.')[0] in ('reportlab', 'fontTools', 'PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
