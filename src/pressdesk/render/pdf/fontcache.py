"""Shipped fonts registered with ReportLab once per process, cached glyph widths, and the
``ToUnicode`` maps that make the text of a PDF extract as real letters.

Two things differ from ReportLab's own ``ToUnicode``:

* Arabic presentation forms (what arabic-reshaper produces) map back to the letters
  they show (U+FEE3 -> U+0645), so copy/paste and search give ordinary Arabic text.
  Ligatures (lam-alef, Allah) map to their letters in visual order, because readers
  reverse the text inside a glyph of a right-to-left run.
* *Aliases*: private-use code points that draw an existing glyph but extract as other
  text. They carry mirrored brackets (a ``)`` glyph that is a logical ``(``) and the
  invisible bidi marks that tell text extractors where embedded runs begin and end.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import cache, lru_cache

from pressdesk import fonts

from . import rl

_lock = threading.Lock()
_widths: dict[str, dict[str, float]] = {}  # font name -> char -> width per 1 pt
_ALIAS_BASE = 0xF0000  # Supplementary Private Use Area-A
_alias_of: dict[tuple[str, str], str] = {}  # (glyph char, text) -> alias char
_alias_text: dict[int, str] = {}  # alias code point -> text it extracts as
_alias_glyph: dict[int, str] = {}  # alias code point -> char whose glyph it draws


@lru_cache(maxsize=1 << 14)
def _unicode_text(cp: int) -> str:
    """The text a code point drawn by us stands for (see module docstring)."""
    text = _alias_text.get(cp)
    if text is not None:
        return text
    return _letter(cp)


@lru_cache(maxsize=1 << 14)
def _letter(cp: int) -> str:
    """The letters a presentation form shows; anything else as it is.

    A ligature's letters are given in visual order (lam-alef as alef, lam): poppler,
    pdfium and MuPDF all reverse the text of a glyph in a right-to-left run, so the
    copied text reads lam, alef, as typed.
    """
    ch = chr(cp)
    if 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
        letters = unicodedata.normalize("NFKC", ch)
        if letters and all(not 0xFB50 <= ord(c) <= 0xFEFF for c in letters):
            return letters[::-1]
    return ch


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    def hexs(text: str) -> str:
        return text.encode("utf-16-be").hex().upper() or "FFFD"

    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        f"/CIDSystemInfo << /Registry ({fontname}) /Ordering ({fontname}) /Supplement 0 >> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{hexs(_unicode_text(v))}>" for i, v in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


class PDTTFont(rl.ToUnicodeTTFont):
    """A TTFont whose ``ToUnicode`` maps go through :func:`to_unicode_cmap`."""

    cmap_for = staticmethod(to_unicode_cmap)


_faces: dict[str, tuple[str, bool, bool]] = {}  # ReportLab name -> first (family, bold, italic)


@cache
def rl_font(family: str, bold: bool = False, italic: bool = False) -> str:
    """Register (once) the face for ``family``/style and return its ReportLab name."""
    _style, path = fonts.face_file(family, bold, italic)
    name = f"PD-{path.stem}"
    with _lock:
        if not rl.is_registered(name):
            rl.register_font(PDTTFont(name, str(path), asciiReadable=True))
        _faces.setdefault(name, (family, bold, italic))
    return name


def alias(fontname: str, glyph_char: str, text: str) -> str:
    """A private-use character drawing ``glyph_char``'s glyph in ``fontname`` but
    extracting as ``text``."""
    key = (glyph_char, text)
    ch = _alias_of.get(key)
    if ch is None:
        with _lock:
            ch = _alias_of.get(key)
            if ch is None:
                ch = chr(_ALIAS_BASE + len(_alias_of))
                _alias_text[ord(ch)] = "".join(_letter(ord(c)) for c in text)
                _alias_glyph[ord(ch)] = glyph_char
                _alias_of[key] = ch
                _unicode_text.cache_clear()
    rl.add_glyph_alias(fontname, ord(ch), ord(glyph_char))
    return ch


def face_of(fontname: str) -> tuple[str, bool, bool]:
    """Inverse of :func:`rl_font` for registered names: ``(family, bold, italic)``."""
    return _faces[fontname]


@lru_cache(maxsize=64)
def blank_char(fontname: str) -> str:
    """A character the font draws as nothing, with no advance (a zero-width space or a
    byte-order mark), to carry invisible text of its own; ``""`` when it has none."""
    return next((ch for ch in "\u200b\ufeff" if rl.blank_glyph(fontname, ord(ch))), "")


def char_width(fontname: str, char: str) -> float:
    """Advance width of ``char`` at 1 pt (cached)."""
    table = _widths.get(fontname)
    if table is None:
        table = _widths.setdefault(fontname, {})
    w = table.get(char)
    if w is None:
        w = table[char] = rl.get_font(fontname).stringWidth(char, 1.0)
    return w


@cache
def vertical_metrics(fontname: str) -> tuple[float, float]:
    """``(ascent, descent)`` per 1 pt of size (descent negative)."""
    face = rl.font_face(fontname)
    return face.ascent / 1000.0, face.descent / 1000.0


@lru_cache(maxsize=1 << 14)
def mark_offset(fontname: str, mark: str, base_width: float) -> float:
    """How far (per 1 pt) to move a zero-width right-to-left mark drawn at its base's
    left edge so that its ink is centred over a base ``base_width`` wide (per 1 pt)."""
    family, bold, italic = face_of(fontname)
    ext = fonts.mark_extent(family, mark, bold, italic)
    if ext is None:
        return 0.0
    ink_centre = (ext[0] + ext[1]) / 2000.0
    return max(0.0, base_width / 2 - ink_centre)
