"""Glyph outlines as PDF paths: what ``draw`` uses for marks (harakat) it draws as shapes,
with the letters themselves as invisible text for extraction.
"""

from __future__ import annotations

from functools import cache, lru_cache

from pressdesk import fonts

from . import diskcache
from .fontcache import face_of


def fp(x: float) -> str:
    """A number as PDF writes it: three decimals at most, no trailing zeros."""
    s = f"{x:.3f}".rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def _path_ops(glyph_set, name: str) -> str:
    """A glyph outline as PDF path operators (font units). fontTools is imported here:
    only outlines missing from the disk cache need it."""
    from fontTools.pens.basePen import BasePen

    ops: list[str] = []

    class PathPen(BasePen):
        def _moveTo(self, pt):
            ops.append(f"{fp(pt[0])} {fp(pt[1])} m")

        def _lineTo(self, pt):
            ops.append(f"{fp(pt[0])} {fp(pt[1])} l")

        def _curveToOne(self, p1, p2, p3):
            ops.append(" ".join(f"{fp(a)} {fp(b)}" for a, b in (p1, p2, p3)) + " c")

        def _closePath(self):
            ops.append("h")

    glyph_set[name].draw(PathPen(glyph_set))
    return " ".join(ops)


@cache
def _source(path: str):
    from fontTools.ttLib import TTFont

    font = TTFont(path, lazy=True)
    return font.getGlyphSet(), font.getBestCmap(), font["head"].unitsPerEm


@cache
def _known(path: str) -> dict[str, tuple[str, float]]:
    """Outlines drawn before (any run), from the disk cache: no font parsing for them."""
    cached = diskcache.load("outlines", path)
    return cached if isinstance(cached, dict) else {}


@lru_cache(maxsize=4096)
def glyph_path(fontname: str, char: str) -> tuple[str, float]:
    """``(PDF path operators in font units, units per em)`` of a character's glyph."""
    path = str(fonts.font_file(*face_of(fontname)))
    known = _known(path)
    if char in known:
        return known[char]
    glyph_set, cmap, upem = _source(path)
    name = cmap.get(ord(char))
    if name is None:
        known[char] = ("", upem)
    else:
        known[char] = (_path_ops(glyph_set, name), upem)
    diskcache.store("outlines", path, known)
    return known[char]
