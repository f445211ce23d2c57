"""Paragraph layout: runs -> shaped characters with fonts and widths -> lines.

Everything here works in *logical* order: a paragraph is shaped word by word, every
character gets its bidi level, font and advance width, and lines are broken on the
logical text with those real widths. Only then is each line reordered for display
(:func:`visual_line`), so wrapping never depends on a visually reversed string.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

from pressdesk import fonts
from pressdesk.compose.direction import char_script
from pressdesk.compose.document import Block, FontSpec, Run, RunKind

from . import bidi
from .fontcache import char_width, rl_font

LINE_SEP = "\u2028"  # stands for a LINE_BREAK run inside the logical text
_BREAK_SPACES = frozenset(" \u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000")
_WORD_SPLIT = re.compile("[" + "".join(sorted(_BREAK_SPACES)) + LINE_SEP + "\t]+")


@lru_cache(maxsize=1 << 14)
@lru_cache(maxsize=1 << 16)
def pick_font(ch: str, script: str, spec: FontSpec, bold: bool, italic: bool) -> tuple[str, str]:
    """``(reportlab font name, char to draw)`` for one character of ``script``."""
    chain = list(dict.fromkeys([spec.family_for(script), spec.arabic, spec.latin, spec.hebrew]))
    primary = chain[0]
    # a real italic face only (Amiri's slanted one for Arabic), never a faux slant
    italic = italic and (script == "latin" or "Italic" in fonts.face_file(primary, bold, True)[0])
    if not fonts.covers(primary, ch, bold, italic):
        # An isolated presentation form the primary font lacks (IBM Plex Sans Arabic has
        # no isolated Persian yeh/tcheh/jeh): its base letter shows the isolated glyph.
        decomp = unicodedata.decomposition(ch)
        if decomp.startswith("<isolated>"):
            base = chr(int(decomp.split()[1], 16))
            if fonts.covers(primary, base, bold, italic):
                return rl_font(primary, bold, italic), base
        full = [*chain, *fonts.FALLBACK_FAMILIES]
        fam = next((f for f in full if fonts.covers(f, ch, bold, italic)), None)
        if fam is None:
            if unicodedata.category(ch) == "Zs":
                return rl_font(primary, bold, italic), " "
            # no shipped font has it (emoji, rare symbols): not drawn, rather than a
            # replacement box in a release sent to journalists
            return "", ch
        return rl_font(fam, bold, italic), ch
    return rl_font(primary, bold, italic), ch


@dataclass(frozen=True, slots=True)
class TextStyle:
    """What layout needs of a role style."""

    font: FontSpec
    size: float
    leading: float
    rtl: bool
    script: str  # default script of the block's language
    uppercase: bool = False
    page_rtl: bool | None = None  # the document's direction, if not the block's


@dataclass(slots=True)
class Prepared:
    """A shaped paragraph; parallel lists, one entry per shaped character."""

    style: TextStyle
    runs_info: tuple[Run, ...]
    logical_text: str
    chars: list[str] = field(default_factory=list)  # as drawn (before mirroring)
    levels: list[int] = field(default_factory=list)
    runs: list[int] = field(default_factory=list)
    fonts: list[str] = field(default_factory=list)  # "" = not drawn (controls)
    widths: list[float] = field(default_factory=list)
    logical: list[int] = field(default_factory=list)  # index into logical_text
    # words: (start, end, width, space_end, space_width, hard_break_after)
    words: list[tuple[int, int, float, int, float, bool]] = field(default_factory=list)
    line_cache: dict[float, list] = field(default_factory=dict)  # width -> lines

    @property
    def base_level(self) -> int:
        return 1 if self.style.rtl else 0


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int  # exclusive, trailing spaces excluded
    width: float  # natural width
    last: bool  # last line of the paragraph or before a hard break (never justified)


def _logical(block_runs: tuple[Run, ...], rtl: bool, uppercase: bool) -> tuple[str, list[int]]:
    parts: list[str] = []
    owner: list[int] = []
    for ri, run in enumerate(block_runs):
        if run.kind == RunKind.LINE_BREAK:
            parts.append(LINE_SEP)
            owner.append(ri)
            continue
        text = run.text.replace("\r\n", "\n").replace("\n", LINE_SEP)
        if uppercase:
            text = "".join(
                c.upper() if char_script(c) == "latin" and len(c.upper()) == 1 else c for c in text
            )
        if run.direction is not None and text:
            opener = bidi.LRI if run.direction == "ltr" else bidi.RLI
            text = opener + text + bidi.PDI
        parts.append(text)
        owner.extend([ri] * len(text))
    return "".join(parts), owner


def prepare(block: Block, style: TextStyle) -> Prepared:
    """Shape a block's runs, resolve bidi levels, fonts and widths (logical order)."""
    text, owner = _logical(block.runs, style.rtl, style.uppercase)
    levels = bidi.paragraph_levels(text, style.rtl)
    p = Prepared(style=style, runs_info=block.runs, logical_text=text)
    run_bold = [r.bold or r.kind == RunKind.DATELINE or style.font.bold for r in block.runs]
    run_italic = [r.italic or style.font.italic for r in block.runs]
    run_script = [
        ("latin" if r.direction == "ltr" else style.script if style.script != "latin" else "arabic")
        if r.direction is not None else style.script
        for r in block.runs
    ]
    size = style.size
    bidi.prefetch_shapes(_WORD_SPLIT.split(text))
    i, n = 0, len(text)
    prev_font = rl_font(style.font.family_for(style.script), style.font.bold)
    while i < n:
        ch = text[i]
        if ch in _BREAK_SPACES or ch == LINE_SEP or ch == "\t":
            j = i
            while j < n and (text[j] in _BREAK_SPACES or text[j] == "\t"):
                j += 1
            if j == i:  # a hard line break
                _append(p, LINE_SEP, levels[i], owner[i], "", 0.0, i)
                i += 1
                continue
            for k in range(i, j):
                _append(p, " ", levels[k], owner[k], prev_font, char_width(prev_font, " ") * size, k)
            i = j
            continue
        j = i
        while j < n and text[j] not in _BREAK_SPACES and text[j] != LINE_SEP and text[j] != "\t":
            j += 1
        prev_font = _add_word(p, text, i, j, levels, owner, run_bold, run_italic, run_script)
        i = j
    _find_words(p)
    return p


def _append(p: Prepared, ch: str, level: int, run: int, font: str, width: float, logical: int) -> None:
    p.chars.append(ch)
    p.levels.append(level)
    p.runs.append(run)
    p.fonts.append(font)
    p.widths.append(width)
    p.logical.append(logical)


def _add_word(p, text, i, j, levels, owner, run_bold, run_italic, run_script) -> str:
    first = owner[i]
    if all(owner[k] == first for k in range(i + 1, j)):
        attrs: tuple = ((run_bold[first], run_italic[first], run_script[first]),)
    else:
        attrs = tuple((run_bold[owner[k]], run_italic[owner[k]], run_script[owner[k]]) for k in range(i, j))
    (draws, fnts, widths, offs), font = _word_plan(text[i:j], p.style.font, attrs)
    size = p.style.size
    where = [i + off for off in offs]
    p.chars.extend(draws)
    p.levels.extend([levels[li] for li in where])
    p.runs.extend([owner[li] for li in where])
    p.fonts.extend(fnts)
    p.widths.extend([w * size for w in widths])
    p.logical.extend(where)
    return font or rl_font(p.style.font.family_for(p.style.script), p.style.font.bold)


@lru_cache(maxsize=1 << 15)
def _word_plan(word: str, spec: FontSpec, attrs: tuple) -> tuple[tuple, str]:
    """How a word is drawn: the chars to draw, their fonts, widths at 1 pt and logical
    offsets (one tuple each, an entry per shaped character), and the last font used
    (``""``: none). ``attrs`` holds ``(bold, italic, script)`` per logical character, or
    once for a word inside one run. Words recur (in a release, across a batch): cached."""
    shaped, offsets = bidi.shape_word(word)
    # script of each shaped char: its own, else the nearest strong one in the word
    scripts = [char_script(c) for c in shaped]
    last = None
    for k, s in enumerate(scripts):
        if s is None:
            scripts[k] = last
        else:
            last = s
    nxt = None
    for k in range(len(scripts) - 1, -1, -1):
        own = char_script(shaped[k])
        if own is not None:
            nxt = own
        if scripts[k] is None:
            scripts[k] = nxt
    plan = []
    font = ""
    cur = None
    for k, ch in enumerate(shaped):
        off = offsets[k]
        bold, italic, run_script = attrs[off if len(attrs) > 1 else 0]
        if ch in bidi.BIDI_CONTROLS or unicodedata.category(ch) == "Cf":
            plan.append((ch, "", 0.0, off))
            continue
        script = scripts[k] or run_script
        if cur is not None and unicodedata.combining(ch):
            fam, b, it = cur
            if fonts.covers(fam, ch, b, it):
                plan.append((ch, font, char_width(font, ch), off))
                continue
        picked, draw = pick_font(ch, script, spec, bold, italic)
        if not picked:
            plan.append((draw, "", 0.0, off))
            continue
        font = picked
        cur = _face_key(font)
        plan.append((draw, font, char_width(font, draw), off))
    columns = tuple(tuple(c) for c in zip(*plan, strict=True)) if plan else ((), (), (), ())
    return columns, font


@cache
def _face_key(fontname: str) -> tuple[str, bool, bool]:
    from .fontcache import face_of

    return face_of(fontname)


def _find_words(p: Prepared) -> None:
    chars, widths = p.chars, p.widths
    n = len(chars)
    i = 0
    words = p.words
    while i < n:
        if chars[i] == LINE_SEP:
            if words:
                s, e, w, se, sw, _ = words[-1]
                words[-1] = (s, e, w, se, sw, True)
            else:
                words.append((i, i, 0.0, i + 1, 0.0, True))
            i += 1
            continue
        if chars[i] == " ":
            i += 1
            continue
        j = i
        w = 0.0
        while j < n and chars[j] != " " and chars[j] != LINE_SEP:
            w += widths[j]
            j += 1
        k = j
        sw = 0.0
        while k < n and chars[k] == " ":
            sw += widths[k]
            k += 1
        words.append((i, j, w, k, sw, False))
        i = k


def _split_long(p: Prepared, start: int, end: int, avail: float) -> list[tuple[int, int, float]]:
    """Cut a word wider than the line into pieces, preferring to cut after / - . ? & =."""
    pieces = []
    i = start
    while i < end:
        w = 0.0
        j = i
        last_good = None
        while j < end and (w + p.widths[j] <= avail or j == i):
            w += p.widths[j]
            if p.chars[j] in "/-.?&=_,;:":
                last_good = j + 1
            j += 1
        if j < end and last_good and last_good > i + (j - i) // 3:
            j = last_good
        pieces.append((i, j, sum(p.widths[i:j])))
        i = j
    return pieces


def break_lines(p: Prepared, avail: float) -> list[Line]:
    """Greedy line breaking on logical words with their shaped widths."""
    lines: list[Line] = []
    start = None
    end = 0
    width = 0.0
    pending = 0.0  # width of the spaces after the last word on the line
    for s, e, w, _se, sw, hard in p.words:
        if start is not None and width + pending + w > avail + 0.01:
            lines.append(Line(start, end, width, False))
            start = None
        if start is None and w > avail + 0.01:
            pieces = _split_long(p, s, e, avail)
            for ps, pe, pw in pieces[:-1]:
                lines.append(Line(ps, pe, pw, False))
            s, e, w = pieces[-1]
        if start is None:
            start, width = s, w
        else:
            width += pending + w
        end = e
        pending = sw
        if hard:
            lines.append(Line(start, end, width, True))
            start = None
    if start is not None:
        lines.append(Line(start, end, width, True))
    return lines
