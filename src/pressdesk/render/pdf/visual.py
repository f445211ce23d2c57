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
from .fontcache import alias, blank_char, mark_offset
from .layout import Line, Prepared

LRM, RLM = "\u200e", "\u200f"
WJ = "\u2060"  # word joiner: a boundary-neutral format character (bidi class BN)
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
    the line's left edge, plus the justification of ``spaces_before`` spaces),
    ``("invisible", text)`` for hidden text, ``("jump", points, spaces)`` (see
    ``_pdfium_order``) and ``("inset", char, points)`` for a blank glyph drawn that far
    back from the pen, with no advance (see ``_pdfjs_tail``)."""

    font: str
    items: tuple
    run: int
    x: float  # offset from the line's left edge, before justification
    width: float
    spaces: int  # justifiable spaces before this segment in the line
    nspaces: int  # justifiable spaces inside the segment
    level: int = 0  # bidi embedding level: a segment never spans two level runs
    logical: int = 0  # index of its first character in reading order


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
        if odd:
            # number punctuation in right-to-left text (not part of a number: "،" after
            # "2022", "%" or "#" between words) is its own right-to-left section; else
            # pdfium glued it to the number beside it and MuPDF moved it to the run's end
            for m in range(k, j + 1):
                if _ptype(texts[m]) == "D":
                    pre[m] = RLM
                    post[m] = RLM
        if page_rtl and odd:
            if _ptype(texts[k]) == "N" and not unicodedata.combining(texts[k]):
                # MuPDF takes a neutral's direction from the text drawn before it, and
                # each run is drawn on its own (see draw._emit_runs): say it is RTL
                pre[k] = RLM + pre[k]
        elif page_rtl:  # an LTR run on a right-to-left page
            if _ptype(texts[j]) == "N":
                post[j] += LRM
            if k > 0 and _ptype(texts[k - 1]) == "N":
                post[k - 1] += RLM
        elif odd:  # an RTL run on a left-to-right page (its marks go with their letter)
            first = k
            while first < j and unicodedata.combining(texts[first]):
                first += 1
            if _ptype(texts[first]) in ("N", "D") and not pre[first].startswith(RLM):
                pre[first] = RLM + pre[first]
            if j + 1 < n and _ptype(texts[j + 1]) == "N":
                pre[j + 1] = LRM + pre[j + 1]
        k = j + 1
    return pre, post


def _keep_brackets_unmirrored(glyphs: list[str], texts: list[str], pre: list[str],
                              post: list[str]) -> None:
    """A mirrored bracket on a right-to-left page is followed by a left-to-right mark.

    pdfium (Chrome) mirrors every character of a right-to-left stretch it rebuilds, and a
    neutral takes the direction of the strong character read before it (the one to its
    right): a bracket whose text is the bracket typed copied mirrored, ")IMRF(", ")الثاني(".
    An LRM just right of it makes pdfium read the bracket left to right, unmirrored. The
    mark comes after a word joiner: MuPDF takes a glyph's direction from its first
    character, and a left-to-right one there split its right-to-left run (a boundary
    neutral, as the joiner is, keeps the run's). The RLM before the bracket keeps poppler
    from reading it with the left-to-right text beside it.
    """
    for k, (glyph, text) in enumerate(zip(glyphs, texts, strict=True)):
        if glyph != text:
            if not pre[k].startswith(RLM):
                pre[k] = RLM + pre[k]
            post[k] = WJ + LRM + post[k]


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


_PDFIUM_CLASS = {"L": "L", "R": "R", "AL": "R",
                 **dict.fromkeys(("AN", "EN", "NSM", "CS", "ES", "ET", "BN"), "W")}


@lru_cache(maxsize=4096)
def _pchar(ch: str) -> str:
    """pdfium's class of one character (it takes no-break spaces for neutrals)."""
    return "N" if ch.isspace() else _PDFIUM_CLASS.get(unicodedata.bidirectional(ch), "N")


@lru_cache(maxsize=4096)
def _pclass(text: str) -> str:
    """pdfium's class of a glyph's text: ``L``, ``W`` (weak left: digits, number
    punctuation, marks), ``R``, ``N`` (neutral), or ``X`` when it has several."""
    found = {_pchar(ch) for ch in text}
    return found.pop() if len(found) == 1 else "X"


def _pdfium_rtl(text: str) -> bool:
    """Whether pdfium reads a line of a left-to-right document right to left: it counts
    its runs of one class, and takes the line as right-to-left when R runs are at least
    as many as L runs (right-to-left documents: always, from ``/Direction /R2L``)."""
    runs = {"L": 0, "R": 0}
    last = ""
    for ch in text:
        c = _pchar(ch)
        if c != last and c in runs:
            runs[c] += 1
        last = c
    return runs["R"] > 0 and runs["R"] >= runs["L"]


def _keep_spaces_at_run_edges(levels: list[int], texts: list[str], pre: list[str],
                              post: list[str]) -> None:
    """A space next to a run of the other direction starts with its run's mark.

    pdf.js (Firefox) never copies a space glyph (text starting with whitespace): it puts a
    space back only between glyphs drawn one after the other with a gap, so a space at
    the end of a level run, drawn where that run's drawing ends, was lost and the words on
    both sides were copied as one ("1יוני", "IMRFالذي"). With a mark first, the space is
    text like any other; the mark is its own run's, so no reader moves it.
    """
    n = len(texts)
    for k in range(n):
        if texts[k] != " " or pre[k]:
            continue
        sides = [j for j in (k - 1, k + 1) if 0 <= j < n and levels[j] != levels[k]]
        # next to a mark (drawn before its letter) the mark's hidden text keeps its place
        # only without it: poppler then read "ءً" as "ًء"
        if sides and not any(unicodedata.combining(texts[j]) for j in sides):
            pre[k] = RLM if levels[k] & 1 else LRM


def _pdfjs_tail(text: str, post: str, font: str) -> tuple[str, str]:
    """``(text + post, "")``, or the glyph's text without the marks that end it and those
    marks, to draw on a blank zero-width glyph of their own right after it.

    pdf.js (Firefox) drops a glyph whose text ends with a format character (its test for
    invisible marks, ``/^(\\s)|(\\p{Mn})|(\\p{Cf})$/u``, binds the ``$`` to the last choice
    only): a comma extracting as "\\u200f,\\u200f" vanished. Drawn right after the glyph,
    at its right edge, the marks keep their place in drawing order, and poppler, which
    reads a right-to-left glyph's text backwards, still finds the RLM first. Fonts with
    no blank glyph keep the marks (``fontcache.blank_char``). The blank is drawn a hair
    (``BLANK_INSET``) inside the glyph: a zero-width word where the next word starts made
    poppler split that word off its line.
    """
    full = text + post
    cut = len(full)
    while cut > 0 and full[cut - 1] in _MARKS:
        cut -= 1
    if cut == len(full) or cut == 0 or cut < len(text) or full[0].isspace() \
            or any(unicodedata.combining(c) for c in full) or not blank_char(font):
        return full, ""
    return full[:cut], full[cut:]


_MARKS = frozenset((LRM, RLM, WJ))
BLANK_INSET = 0.3  # points


def _pdfium_order(items: list, meta: list, level: int, parity: int) -> tuple:
    """A segment's items in the order pdfium (Chrome) needs to read them in order.

    pdfium cuts a line into runs of one character class (letters, digits and number
    punctuation, right-to-left letters, neutrals) and, in a line it reads right to
    left, reverses the order of those runs. An embedded left-to-right stretch made of
    several of them (``https://example.org``, ``COVID-19``, ``+20 1234 5678``, a whole
    English line in an Arabic release) came out backwards, run by run. So the runs of
    such a segment are drawn right to left, each jumping back to its place: what is seen
    does not change, and poppler orders by position. MuPDF and pdf.js keep the drawing
    order and read such a stretch backwards: there the readers cannot all be served, and
    Chrome's is the one most journalists use. In a line pdfium reads left to right, the
    same holds for right-to-left stretches. ``parity``: the level parity to redo.
    """
    if level & 1 != parity or len(items) < 2 or any(m is None for m in meta):
        return tuple(items)  # (harakat and their hidden text are drawn as they are)
    chunks: list[tuple[str, list[int]]] = []
    for k, (_w, text, _space) in enumerate(meta):
        cls = _pclass(text)
        if chunks and cls != "X" and chunks[-1][0] == cls:
            chunks[-1][1].append(k)
        else:
            chunks.append((cls, [k]))
    if len(chunks) < 2:
        return tuple(items)
    starts: list[tuple[float, int]] = []
    ends: list[tuple[float, int]] = []
    pts, nsp = 0.0, 0
    for _c, ks in chunks:
        starts.append((pts, nsp))
        pts += sum(meta[k][0] for k in ks)
        nsp += sum(1 for k in ks if meta[k][2])
        ends.append((pts, nsp))
    out: list = []
    pen = (0.0, 0)
    for c in range(len(chunks) - 1, -1, -1):
        # ("jump", points, spaces): move by points plus the justification of spaces
        out.append(("jump", starts[c][0] - pen[0], starts[c][1] - pen[1]))
        out.extend(items[k] for k in chunks[c][1])
        pen = ends[c]
    out.append(("jump", pts - pen[0], nsp - pen[1]))
    return tuple(out)


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
    _keep_spaces_at_run_edges(levels, texts, pre, post)
    if page_rtl:
        _keep_brackets_unmirrored(glyphs, texts, pre, post)
    last = max(range(len(idx)), key=idx.__getitem__)
    if idx[last] == len(p.chars) - 1 and texts[last] == "-" and not post[last]:
        # pdfium (Chrome) takes a line that ends in "-" for a hyphenated word and joins it
        # to the next line's first word ("-ENDS-" + "Page 2 of 2": "-ENDSPage"); a
        # paragraph's last hyphen extracts with a no-break space after it (a plain space
        # there pdfium drops before it looks)
        post[last] = "\u00a0"
    size = p.style.size
    segs: list[Segment] = []
    x = 0.0
    spaces = 0
    cur_font, cur_run, cur_level, seg_lo = "", -1, -1, 0
    items: list = []
    meta: list = []  # per item: (width, extracted text, is a space), or None
    # the reading direction pdfium gives the whole line (see _pdfium_order)
    pdfium_rtl = page_rtl or _pdfium_rtl("".join(pre[k] + texts[k] + post[k] for k in range(len(idx))))
    parity = 0 if pdfium_rtl else 1
    seg_x = seg_w = 0.0
    seg_sp = seg_nsp = 0
    n = len(idx)
    pending: list[str] = []  # marks whose text goes with the next letter (LTR pages)
    for k in range(n):
        i = idx[k]
        font, run = p.fonts[i], p.runs[i]
        if font != cur_font or run != cur_run or levels[k] != cur_level:
            if items:
                segs.append(Segment(cur_font, _pdfium_order(items, meta, cur_level, parity), cur_run,
                                    seg_x, seg_w, seg_sp, seg_nsp, cur_level, seg_lo))
            items, meta, cur_font, cur_run, cur_level, seg_lo = [], [], font, run, levels[k], i
            seg_x, seg_w, seg_sp, seg_nsp = x, 0.0, spaces, 0
        seg_lo = min(seg_lo, i)
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
            meta.append(None)
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
            extra = (shift, ("invisible", out), -shift) if shift else (("invisible", out),)
            items.extend(extra)
            meta.extend([None] * len(extra))
        elif text == " ":
            # a space drawn through an alias takes its justification explicitly (PDF
            # word spacing only applies to the plain space code), on the side away
            # from its hint mark
            head, tail = _pdfjs_tail(pre[k] + marks + text, post[k], font)
            out = alias(font, glyph, head) if head != " " else " "
            items.append(out if out == " " else (out, "before" if post[k] else "after"))
            meta.append((w, head, True))
            if tail:
                items.append(("inset", alias(font, blank_char(font), tail), BLANK_INSET))
                meta.append((0.0, tail, False))
            spaces += 1
            seg_nsp += 1
        elif not hinted:  # a plain glyph: no marks, so nothing for _pdfjs_tail to move
            items.append(glyph)
            meta.append((w, text, False))
        else:
            head, tail = _pdfjs_tail(pre[k] + marks + text, post[k], font)
            items.append(alias(font, glyph, head) if tail else out)
            meta.append((w, head, False))
            if tail:
                items.append(("inset", alias(font, blank_char(font), tail), BLANK_INSET))
                meta.append((0.0, tail, False))
        seg_w += w
        x += w
    if items:
        segs.append(Segment(cur_font, _pdfium_order(items, meta, cur_level, parity), cur_run,
                            seg_x, seg_w, seg_sp, seg_nsp, cur_level, seg_lo))
    return segs, spaces
