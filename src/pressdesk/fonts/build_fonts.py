"""Regenerate the fonts shipped in ``pressdesk/resources/fonts/`` (a developer tool).

The fonts come from the ``fontpkg-*`` pip packages (Google Fonts builds, all under the
SIL Open Font License 1.1), which are *build-time* dependencies only::

    pip install fontpkg-amiri fontpkg-ibm-plex-sans-arabic fontpkg-noto-kufi-arabic \\
        fontpkg-noto-sans-arabic fontpkg-noto-sans fontpkg-noto-serif fontpkg-heebo \\
        fontpkg-frank-ruhl-libre fonttools
    python -m pressdesk.fonts.build_fonts            # writes src/pressdesk/resources/fonts/

Static families are copied as they are. Variable ones are instanced with
``fontTools.varLib.instancer`` at ``wght`` 400 (Regular) and 700 (Bold), ``wdth`` 100,
and renamed so that the family name (name ID 1) is exactly the family name used by
templates and the style (name ID 2) is Regular / Bold / Italic / Bold Italic.
Noto Sans and Noto Serif are subset to the Latin, Greek and Cyrillic ranges plus
punctuation and symbols (Devanagari and other extra scripts are dropped; Vietnamese,
French, Turkish ... stay because all of Latin Extended is kept).

Each family gets a folder named after the family holding its faces and ``OFL.txt`` (the
licence text from the package); ``manifest.json`` lists families, faces and licences,
and ``coverage.json`` the characters each face has (so the app never parses a font to
choose a fallback). ``--coverage-only`` rewrites just ``coverage.json``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "resources" / "fonts"

FACES = {  # style name -> (file suffix, weight, italic)
    "Regular": ("Regular", 400, False),
    "Bold": ("Bold", 700, False),
    "Italic": ("Italic", 400, True),
    "Bold Italic": ("BoldItalic", 700, True),
}

# Unicode ranges kept when a Latin family is subset (everything Latin, Greek, Cyrillic,
# punctuation, currency, letterlike, arrows, math operators, the replacement char).
LATIN_KEEP = [
    (0x0000, 0x024F), (0x0250, 0x02FF), (0x0300, 0x036F), (0x0370, 0x03FF),
    (0x0400, 0x052F), (0x1AB0, 0x1AFF), (0x1D00, 0x1DFF), (0x1E00, 0x1EFF),
    (0x1F00, 0x1FFF), (0x2000, 0x206F), (0x2070, 0x209F), (0x20A0, 0x20CF),
    (0x20D0, 0x20FF), (0x2100, 0x214F), (0x2150, 0x218F), (0x2190, 0x21FF),
    (0x2200, 0x22FF), (0x2C60, 0x2C7F), (0x2DE0, 0x2DFF), (0x2E00, 0x2E7F),
    (0xA640, 0xA69F), (0xA700, 0xA7FF), (0xAB30, 0xAB6F), (0xFB00, 0xFB06),
    (0xFE20, 0xFE2F), (0xFFFC, 0xFFFD), (0x25CC, 0x25CC), (0x25A0, 0x25FF),
]


@dataclass(frozen=True)
class Source:
    family: str
    package: str  # importable fontpkg_* module
    files: dict[str, str]  # style -> file name inside the package's files/
    variable: bool
    subset_latin: bool = False


SOURCES = [
    Source("Amiri", "fontpkg_amiri", {
        "Regular": "Amiri-Regular.ttf", "Bold": "Amiri-Bold.ttf",
        "Italic": "Amiri-Italic.ttf", "Bold Italic": "Amiri-BoldItalic.ttf"}, False),
    Source("IBM Plex Sans Arabic", "fontpkg_ibm_plex_sans_arabic", {
        "Regular": "IBMPlexSansArabic-Regular.ttf",
        "Bold": "IBMPlexSansArabic-Bold.ttf"}, False),
    Source("Noto Kufi Arabic", "fontpkg_noto_kufi_arabic", {
        "Regular": "NotoKufiArabic[wght].ttf", "Bold": "NotoKufiArabic[wght].ttf"}, True),
    Source("Noto Sans Arabic", "fontpkg_noto_sans_arabic", {
        "Regular": "NotoSansArabic[wdth,wght].ttf",
        "Bold": "NotoSansArabic[wdth,wght].ttf"}, True),
    Source("Noto Sans", "fontpkg_noto_sans", {
        "Regular": "NotoSans[wdth,wght].ttf", "Bold": "NotoSans[wdth,wght].ttf",
        "Italic": "NotoSans-Italic[wdth,wght].ttf",
        "Bold Italic": "NotoSans-Italic[wdth,wght].ttf"}, True, subset_latin=True),
    Source("Noto Serif", "fontpkg_noto_serif", {
        "Regular": "NotoSerif[wdth,wght].ttf", "Bold": "NotoSerif[wdth,wght].ttf",
        "Italic": "NotoSerif-Italic[wdth,wght].ttf",
        "Bold Italic": "NotoSerif-Italic[wdth,wght].ttf"}, True, subset_latin=True),
    Source("Heebo", "fontpkg_heebo", {
        "Regular": "Heebo[wght].ttf", "Bold": "Heebo[wght].ttf"}, True),
    Source("Frank Ruhl Libre", "fontpkg_frank_ruhl_libre", {
        "Regular": "FrankRuhlLibre[wght].ttf", "Bold": "FrankRuhlLibre[wght].ttf"}, True),
]


def _file_stem(family: str) -> str:
    return family.replace(" ", "")


def _rename(font, family: str, style: str, weight: int, italic: bool) -> None:
    """Set name IDs 1/2/4/6 (+ drop 16/17/25), OS/2 weight and style bits."""
    stem = _file_stem(family)
    ps_style = FACES[style][0]
    name = font["name"]
    for rec in list(name.names):
        if rec.nameID in (16, 17, 21, 22, 25) or rec.nameID >= 256:
            name.removeNames(nameID=rec.nameID)
    version = name.getDebugName(5) or "Version 1.000"
    values = {1: family, 2: style, 3: f"{version};PressDesk;{stem}-{ps_style}",
              4: f"{family} {style}" if style != "Regular" else family,
              6: f"{stem}-{ps_style}"}
    for name_id, value in values.items():
        name.setName(value, name_id, 3, 1, 0x409)
        name.setName(value, name_id, 1, 0, 0)
    os2 = font["OS/2"]
    os2.usWeightClass = weight
    bold = weight >= 700
    sel = os2.fsSelection & ~0b1100001  # clear ITALIC(0), BOLD(5), REGULAR(6)
    if italic:
        sel |= 1
    if bold:
        sel |= 1 << 5
    if not italic and not bold:
        sel |= 1 << 6
    os2.fsSelection = sel
    font["head"].macStyle = (1 if bold else 0) | (2 if italic else 0)
    if "STAT" in font:
        del font["STAT"]


def _subset_latin(font) -> None:
    from fontTools import subset

    keep = [cp for lo, hi in LATIN_KEEP for cp in range(lo, hi + 1)]
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.hinting = True
    sub = subset.Subsetter(options=options)
    sub.populate(unicodes=keep)
    sub.subset(font)


def build_face(src: Source, style: str, src_path: Path, dest: Path) -> None:
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    _suffix, weight, italic = FACES[style]
    font = TTFont(src_path)
    if src.variable:
        axes = {a.axisTag for a in font["fvar"].axes}
        location: dict[str, float] = {"wght": weight}
        if "wdth" in axes:
            location["wdth"] = 100
        font = instancer.instantiateVariableFont(font, location)
    if src.subset_latin:
        _subset_latin(font)
    if src.variable or src.subset_latin:
        _rename(font, src.family, style, weight, italic)
    font.save(dest)


def _ranges(codepoints) -> list[list[int]]:
    """Compress a set of code points into sorted ``[first, last]`` pairs."""
    out: list[list[int]] = []
    for cp in sorted(codepoints):
        if out and cp == out[-1][1] + 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


def write_coverage(out: Path = DEFAULT_OUT) -> None:
    """Write ``coverage.json``: the cmap of every face as code point ranges.

    ``pressdesk.fonts.covers`` reads it so that the app needs no font parsing to pick
    fallback fonts.
    """
    import unicodedata

    from fontTools.ttLib import TTFont

    coverage: dict = {"marks": {}}
    for path in sorted(out.glob("*/*.ttf")):
        font = TTFont(path, lazy=True)
        key = f"{path.parent.name}/{path.name}"
        cmap = font.getBestCmap()
        coverage[key] = _ranges(cmap)
        # ink extent (xMin, xMax per 1000 units) of right-to-left combining marks, so the
        # renderer can centre a zero-width mark over its base without GPOS positioning
        upem = font["head"].unitsPerEm
        glyf = font["glyf"]
        marks = {}
        for cp, name in cmap.items():
            if (0x0591 <= cp <= 0x07FF or 0x08D3 <= cp <= 0x08FF) and unicodedata.combining(chr(cp)):
                g = glyf[name]
                if getattr(g, "numberOfContours", 0):
                    marks[cp] = [round(g.xMin * 1000 / upem), round(g.xMax * 1000 / upem)]
        coverage["marks"][key] = marks
        font.close()
    text = json.dumps(coverage, separators=(",", ":"))
    (out / "coverage.json").write_text(text + "\n", encoding="utf-8")


def build(out: Path = DEFAULT_OUT) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    manifest: dict = {"families": {}}
    for src in SOURCES:
        pkg = importlib.import_module(src.package)
        root = Path(str(pkg.__file__)).resolve().parent
        meta = json.loads((root / "metadata.json").read_text(encoding="utf-8"))
        fam_dir = out / src.family
        if fam_dir.exists():
            shutil.rmtree(fam_dir)
        fam_dir.mkdir()
        faces = {}
        for style, file_name in src.files.items():
            dest_name = f"{_file_stem(src.family)}-{FACES[style][0]}.ttf"
            build_face(src, style, root / "files" / file_name, fam_dir / dest_name)
            faces[style] = dest_name
            print(f"  {src.family} {style}: {(fam_dir / dest_name).stat().st_size:,} bytes")
        shutil.copyfile(root / "LICENSE", fam_dir / "OFL.txt")
        manifest["families"][src.family] = {
            "faces": faces,
            "licence": meta.get("license", "OFL-1.1"),
            "licence_file": "OFL.txt",
            "copyright": meta.get("copyright", ""),
            "version": meta.get("version", ""),
            "source": f"{src.package.replace('_', '-')} (Google Fonts {meta['source']['path']})",
        }
    (out / "manifest.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    write_coverage(out)
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    parser.add_argument("--coverage-only", action="store_true",
                        help="only rewrite coverage.json from the fonts already there")
    args = parser.parse_args(argv)
    if args.coverage_only:
        write_coverage(args.out)
    else:
        build(args.out)
    total = sum(p.stat().st_size for p in args.out.rglob("*.ttf"))
    print(f"wrote {args.out} ({total / 1e6:.1f} MB of fonts)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
