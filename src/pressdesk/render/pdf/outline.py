"""Page furniture drawn as glyph outlines (vector paths), not as text.

Headers and footers repeat on every page; as text they land in the middle of the body
whenever a reader copies or extracts it ("... صفحة 2 من 5 المكتب الإقليمي ..."). Tagging
them as ``/Artifact`` does not help: poppler, pdfium and pdfplumber extract artifacts
too. Drawn as paths they look identical (same font, shaping and bidi) but are not text.
The organisation name is still in the document's metadata (Author).
"""

from __future__ import annotations

from functools import cache, lru_cache

from fontTools.pens.basePen import BasePen
from reportlab.lib.colors import HexColor

from pressdesk import fonts

from .draw import fp
from .fontcache import _alias_glyph, char_width, face_of
from .layout import Line, Prepared
from .visual import visual_line


class _PathPen(BasePen):
    """Collects a glyph outline as PDF path operators (font units)."""

    def __init__(self, glyph_set):
        super().__init__(glyph_set)
        self.ops: list[str] = []

    def _moveTo(self, pt):
        self.ops.append(f"{fp(pt[0])} {fp(pt[1])} m")

    def _lineTo(self, pt):
        self.ops.append(f"{fp(pt[0])} {fp(pt[1])} l")

    def _curveToOne(self, p1, p2, p3):
        self.ops.append(" ".join(f"{fp(a)} {fp(b)}" for a, b in (p1, p2, p3)) + " c")

    def _closePath(self):
        self.ops.append("h")


@cache
def _source(fontname: str):
    from fontTools.ttLib import TTFont

    family, bold, italic = face_of(fontname)
    font = TTFont(fonts.font_file(family, bold, italic), lazy=True)
    return font.getGlyphSet(), font.getBestCmap(), font["head"].unitsPerEm


@lru_cache(maxsize=4096)
def glyph_path(fontname: str, char: str) -> tuple[str, float]:
    """``(PDF path operators in font units, units per em)`` of a character's glyph."""
    glyph_set, cmap, upem = _source(fontname)
    name = cmap.get(ord(char))
    if name is None:
        return "", upem
    pen = _PathPen(glyph_set)
    glyph_set[name].draw(pen)
    return " ".join(pen.ops), upem


def draw_outlined_line(canv, p: Prepared, line: Line, left: float, baseline: float, avail: float,
                       align: str, color: str) -> None:
    """Draw one line like :func:`.draw.draw_line` (no justification), as paths."""
    segs, _spaces = visual_line(p, line)
    if not segs:
        return
    size = p.style.size
    natural = segs[-1].x + segs[-1].width
    if align == "right":
        x = left + avail - natural
    elif align == "center":
        x = left + (avail - natural) / 2
    else:
        x = left
    x0 = x
    code = canv._code
    canv.setFillColor(HexColor(color))
    for seg in segs:
        for item in seg.items:
            if isinstance(item, float):
                x += item
                continue
            if isinstance(item, tuple) and item[0] == "invisible":
                continue
            if isinstance(item, tuple) and item[0] == "outline":
                path, upem = glyph_path(seg.font, item[1])
                if path:
                    s = size / upem
                    code.append(f"q {fp(s)} 0 0 {fp(s)} {fp(x0 + item[2])} {fp(baseline)} cm {path} f Q")
                continue
            for ch in item[0] if isinstance(item, tuple) else item:
                real = _alias_glyph.get(ord(ch), ch)
                path, upem = glyph_path(seg.font, real)
                if path:
                    s = size / upem
                    code.append(f"q {fp(s)} 0 0 {fp(s)} {fp(x)} {fp(baseline)} cm {path} f Q")
                x += char_width(seg.font, real) * size
