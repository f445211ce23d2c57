"""One laid-out line in visual order: drawable segments, with extraction hints.

After reordering (UAX #9 L1-L2, with L4 mirroring), each drawn character may be swapped
for an *alias* (see :mod:`.fontcache`) that draws the same glyph but extracts as other
text:

* a mirrored bracket extracts as the logical bracket;
* at the edges of embedded runs, an invisible LRM/RLM is added to a neutral character's
  text (inside the glyph's own mapping: a separate zero-width glyph made poppler split
  words), so PDF readers that rebuild reading order with a simple run reversal (poppler's
  ``pdftotext``, pdfium) put spaces, brackets and ``%`` on the right side of numbers and
  Latin words inside Arabic (and of Arabic inside English).

Right-to-left combining marks (harakat) are drawn twice: as an outline centred over
their letter (what is seen) and as invisible text just before it in visual order (what
extractors read, which is where they expect a mark in a right-to-left run).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from . import bidi
from .fontcache import alias, mark_offset
from .layout import Line, Prepared

LRM, RLM = "\u200e", "\u200f"
# Where a mark's (invisible) text sits, from its letter's left edge. poppler takes a
# glyph up to 0.1 em away for a duplicate or a new word, and orders glyphs by position:
# just left of the letter's edge keeps the mark in the word and after the letter.
MARK_TEXT_SHIFT = -0.02  # em


@dataclass(frozen=True, slots=True)
class Segment:
    """Consecutive characters of one font and one run, left to right.

    ``items`` holds text chunks (``str``), shifts in points (``float``, positive moves
    right, net zero over a segment), ``(char, "before"|"after")`` for a space drawn
    through an alias, which takes its justification space explicitly, and
    ``("outline", char, x, spaces_before)`` for a mark drawn as a path at ``x`` (from
    the line's left edge, plus the justification of ``spaces_before`` spaces)."""

    font: str
    items: tuple
    run: int
    x: float  # offset from the line's left edge, before justification
    width: float
    spaces: int  # justifiable spaces before this segment in the line
    nspaces: int  # justifiable spaces inside the segment


@lru_cache(maxsize=4096)
def _ptype(text: str) -> str:
    """How poppler's reading-order pass classes a character: ``R`` (right-to-left),
    ``L`` (left-to-right), ``D`` (digits and number punctuation: ``+ - % , . / :``,
    the Arabic comma...; treated as left-to-right) or ``N`` (neutral)."""
    for ch in text:
        b = unicodedata.bidirectional(ch)
        if b in ("R", "AL"):
            return "R"
        if b == "L":
            return "L"
        if b in ("EN", "AN", "ES", "ET", "CS"):
            return "D"
    return "N"


def _hints(levels: list[int], texts: list[str], page_rtl: bool) -> tuple[list[str], list[str]]:
    """Marks to put before/after each entry's extracted text (see module docstring).

    Readers like poppler rebuild reading order per line by splitting it, from the
    page's start side, into right-to-left sections (up to the next L or D character)
    and left-to-right ones (up to the next R character). The marks make those sections
    coincide with the bidi level runs.
    """
    n = len(levels)
    pre = [""] * n
    post = [""] * n
    k = 0
    while k < n:
        odd = levels[k] & 1
        j = k
        while j + 1 < n and (levels[j + 1] & 1) == odd:
            j += 1
        if page_rtl and odd:
            for m in range(k, j + 1):  # a digit-like char in RTL text: its own section
                if _ptype(texts[m]) == "D":
                    pre[m] = RLM
                    post[m] = RLM
        elif page_rtl:  # an LTR run on a right-to-left page
            if _ptype(texts[j]) == "N":
                post[j] += LRM
            if k > 0 and _ptype(texts[k - 1]) == "N":
                post[k - 1] += RLM
        elif odd:  # an RTL run on a left-to-right page (its marks go with their letter)
            first = k
            while first < j and unicodedata.combining(texts[first]):
                first += 1
            if _ptype(texts[first]) in ("N", "D"):
                pre[first] = RLM + pre[first]
            if j + 1 < n and _ptype(texts[j + 1]) == "N":
                pre[j + 1] = LRM + pre[j + 1]
        k = j + 1
    return pre, post


def _keep_spaces_between_letters(texts: list[str], post: list[str], base_level: int) -> None:
    """poppler takes a line whose words are all single letters ("ا ء", "a b") for
    letter-spaced text and drops the spaces; a two-character first word prevents it."""
    word_lengths = []
    run = 0
    for t in texts:
        if t.isspace():
            if run:
                word_lengths.append(run)
            run = 0
        elif not unicodedata.combining(t):
            run += 1
    if run:
        word_lengths.append(run)
    if len(word_lengths) > 1 and max(word_lengths) == 1:
        first = next(k for k, t in enumerate(texts) if not t.isspace() and not unicodedata.combining(t))
        kind = _ptype(texts[first])
        post[first] += RLM if kind == "R" or (kind == "N" and base_level & 1) else LRM


def visual_line(p: Prepared, line: Line) -> tuple[list[Segment], int]:
    """The line's drawable segments, left to right, and its count of justifiable spaces."""
    start = line.start
    chars = p.chars[start : line.end]
    order = bidi.visual_order(chars, p.levels[start : line.end], p.base_level)
    idx = [start + o for o in order if p.fonts[start + o]]
    if not idx:
        return [], 0
    levels = [p.levels[i] for i in idx]
    glyphs = []
    texts = []
    for i, lv in zip(idx, levels, strict=True):
        ch = p.chars[i]
        glyphs.append(bidi.mirror(ch) if lv & 1 else ch)
        texts.append(ch)
    page_rtl = p.style.page_rtl if p.style.page_rtl is not None else p.style.rtl
    pre, post = _hints(levels, texts, page_rtl)
    _keep_spaces_between_letters(texts, post, p.base_level)
    size = p.style.size
    segs: list[Segment] = []
    x = 0.0
    spaces = 0
    cur_font, cur_run = "", -1
    items: list = []
    seg_x = seg_w = 0.0
    seg_sp = seg_nsp = 0
    n = len(idx)
    pending: list[str] = []  # marks whose text goes with the next letter (LTR pages)
    for k in range(n):
        i = idx[k]
        font, run = p.fonts[i], p.runs[i]
        if font != cur_font or run != cur_run:
            if items:
                segs.append(Segment(cur_font, tuple(items), cur_run, seg_x, seg_w, seg_sp, seg_nsp))
            items, cur_font, cur_run = [], font, run
            seg_x, seg_w, seg_sp, seg_nsp = x, 0.0, spaces, 0
        glyph, text = glyphs[k], texts[k]
        marks = ""
        if pending and not unicodedata.combining(text):
            # extractors reverse a glyph's text in a right-to-left run: marks first,
            # after an RLM that keeps them in the run
            marks, pending = ("" if RLM in pre[k] else RLM) + "".join(reversed(pending)), []
        hinted = pre[k] or post[k] or glyph != text or marks
        out = alias(font, glyph, pre[k] + marks + text + post[k]) if hinted else glyph
        w = p.widths[i]
        if levels[k] & 1 and unicodedata.combining(text):
            m = k + 1
            while m < n and unicodedata.combining(texts[m]):
                m += 1
            base = idx[m] if m < n else None
            ideal = mark_offset(font, text, p.widths[base] / size) * size if base is not None else 0.0
            # what is seen: the mark as an outline, centred over its letter
            items.append(("outline", glyph, x + ideal, spaces))
            if not page_rtl:
                # on a left-to-right page poppler reads this run from its left end, where
                # a zero-width mark cannot be ordered: its text goes with the letter
                pending.append(text)
                seg_w += w
                x += w
                continue
            if m != k + 1:
                # one of several marks on a letter: its character is carried by the
                # text of the mark next to the letter (below)
                seg_w += w
                x += w
                continue
            stacked = [texts[j] for j in range(k - 1, -1, -1) if unicodedata.combining(texts[j])
                       and all(unicodedata.combining(texts[i2]) for i2 in range(j, k))]
            if stacked:
                out = alias(font, glyph, pre[k] + text + "".join(stacked) + post[k])
            # what is extracted: the mark as invisible text placed where poppler and
            # pdfium attach it to its letter and keep it after the letter
            shift = MARK_TEXT_SHIFT * size
            items.extend((shift, ("invisible", out), -shift) if shift else (("invisible", out),))
        elif text == " ":
            # a space drawn through an alias takes its justification explicitly (PDF
            # word spacing only applies to the plain space code), on the side away
            # from its hint mark
            items.append(out if out == " " else (out, "before" if post[k] else "after"))
            spaces += 1
            seg_nsp += 1
        else:
            items.append(out)
        seg_w += w
        x += w
    if items:
        segs.append(Segment(cur_font, tuple(items), cur_run, seg_x, seg_w, seg_sp, seg_nsp))
    return segs, spaces
