"""Bidi levels, per-line visual reordering and mirroring, and Arabic shaping.

The Unicode bidi algorithm is run once per paragraph (python-bidi's Rust engine) to get
the embedding level of every character; lines are then reordered one by one (rules
L1-L4) on those levels, as UAX #9 prescribes for wrapped paragraphs. Shaping maps Arabic
letters to their contextual presentation forms with arabic-reshaper (harakat kept,
lam-alef ligatures), keeping track of which logical character each shaped one came from.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bidi.mirror import MIRRORED

from . import shapes

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

# Characters with a strong right-to-left bidi class (R, AL) or RTL-producing controls.
_RTL_RE = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202b\u202e\u2067\U00010800-\U00010fff"
    "\U0001e800-\U0001efff]"
)
_LEVEL_RE = re.compile(r"Level\(\s*(\d+),")


def has_rtl(text: str) -> bool:
    return _RTL_RE.search(text) is not None


def rust_levels(text: str, rtl: bool) -> list[int] | None:
    """Resolved levels from python-bidi's Rust engine, or ``None`` if unreadable.

    The one place that parses python-bidi's debug output: ``get_display_inner(text,
    base, debug=True)`` returns the Rust ``BidiInfo`` dump, whose ``levels: [Level(n),
    ...]`` (one per UTF-8 byte) is the only way it exposes levels.
    ``tests/render_pdf/test_rl_adapter.py`` fails if an upgrade changes that dump.
    """
    from bidi.bidi import get_display_inner

    try:
        dump = get_display_inner(text, "R" if rtl else "L", True)
        start = dump.index("levels: [")
        end = dump.index("paragraphs:", start)
    except Exception:  # pragma: no cover - a python-bidi version with another dump
        return None
    byte_levels = [int(x) for x in _LEVEL_RE.findall(dump, start, end)]
    out = []
    pos = 0
    try:
        for ch in text:
            out.append(byte_levels[pos])
            pos += len(ch.encode("utf-8"))
    except IndexError:  # pragma: no cover
        return None
    return out if pos == len(byte_levels) else None


def _levels_python(text: str, rtl: bool) -> list[int]:
    """Fallback: python-bidi's pure-Python engine (no isolates: mapped to embeddings)."""
    from bidi import algorithm as alg

    table = {ord(LRI): "\u202a", ord(RLI): "\u202b", ord(PDI): "\u202c"}
    # FSI: direction of the first strong character after it; approximate as LRE/RLE.
    src = []
    for i, ch in enumerate(text):
        if ch == FSI:
            end = text.find(PDI, i)
            ch = "\u202b" if has_rtl(text[i + 1 : end if end >= 0 else None]) else "\u202a"
        src.append(ch)
    mapped = "".join(src).translate(table)
    st = alg.get_empty_storage()
    st["base_level"] = 1 if rtl else 0
    st["base_dir"] = "R" if rtl else "L"
    alg.get_embedding_levels(mapped, st)
    alg.explicit_embed_and_overrides(st)
    alg.resolve_weak_types(st)
    alg.resolve_neutral_types(st, False)
    alg.resolve_implicit_levels(st, False)
    levels = [c["level"] for c in st["chars"]]
    if len(levels) != len(text):  # X9 removed the embedding controls: put them back
        it = iter(levels)
        base = st["base_level"]
        levels = [base if c in "\u202a\u202b\u202c" else next(it, base) for c in mapped]
    return levels


def paragraph_levels(text: str, rtl: bool) -> list[int]:
    """Resolved embedding level of every character of a paragraph (rules P-I)."""
    if not rtl and not has_rtl(text):
        return [0] * len(text)
    levels = rust_levels(text, rtl)
    if levels is None:
        levels = _levels_python(text, rtl)
    return levels


def visual_order(chars: list[str], levels: list[int], base_level: int) -> list[int]:
    """Indices of one line's characters in visual (left-to-right) order.

    Applies L1 (trailing whitespace and isolate controls take the base level) and L2
    (reverse runs from the highest level down to the lowest odd one). Combining marks
    are reversed with everything else (no L3): in a right-to-left run a mark comes
    before its base, which is where PDF text extractors expect it.
    """
    n = len(chars)
    lv = list(levels)
    i = n - 1
    while i >= 0 and (chars[i].isspace() or chars[i] in BIDI_CONTROLS):
        lv[i] = base_level
        i -= 1
    order = list(range(n))
    if not n:
        return order
    highest = max(lv)
    lowest_odd = min(lv) | 1
    level = highest
    while level >= lowest_odd:
        j = 0
        while j < n:
            if lv[order[j]] >= level:
                k = j
                while k < n and lv[order[k]] >= level:
                    k += 1
                order[j:k] = order[j:k][::-1]
                j = k
            else:
                j += 1
        level -= 1
    return order


def mirror(char: str) -> str:
    """The mirrored glyph of a bracket-like character (rule L4), else the character."""
    return MIRRORED.get(char, char)


@lru_cache(maxsize=1 << 16)
def _ligature_len(char: str) -> int:
    """How many logical characters a shaped character stands for (lam-alef: 2)."""
    if "\ufb50" <= char <= "\ufdff" or "\ufe70" <= char <= "\ufeff":
        return max(1, len(unicodedata.normalize("NFKC", char)))
    return 1


_ARABIC_RE = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


def prefetch_shapes(words: list[str]) -> None:
    """Shape the Arabic ones of ``words`` together (see :mod:`.shapes`)."""
    shapes.prefetch(w for w in words if _ARABIC_RE.search(w))


@lru_cache(maxsize=1 << 14)
def shape_word(word: str) -> tuple[str, tuple[int, ...]]:
    """Shape one word (no spaces). Returns the shaped text and, for every shaped
    character, the offset of the logical character it starts at."""
    if not _ARABIC_RE.search(word):
        return word, tuple(range(len(word)))
    shaped = shapes.shaped(word)
    offsets = []
    pos = 0
    for ch in shaped:
        offsets.append(pos)
        pos += _ligature_len(ch)
    if pos != len(word):  # unexpected substitution: map proportionally
        n = max(1, len(shaped))
        offsets = [min(len(word) - 1, i * len(word) // n) for i in range(len(shaped))]
    return shaped, tuple(offsets)
