"""Find and replace in plain text, Arabic-aware (no Qt).

Matching runs on a folded copy of the text (case folded, and optionally without harakat,
tatweel and with the alef forms made one), and every match is mapped back to a span of the
original text, so a replacement never loses the marks outside the match.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

TATWEEL = "\u0640"
_ALEFS = str.maketrans({"\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627"})


@dataclass(frozen=True)
class SearchOptions:
    case_sensitive: bool = False
    whole_words: bool = False
    ignore_marks: bool = True  # harakat, Quranic marks and tatweel do not count
    fold_alef: bool = False  # أ إ آ ٱ match ا


def is_mark(ch: str) -> bool:
    """A haraka (or other combining mark) or the tatweel: invisible to a search that ignores them."""
    return ch == TATWEEL or unicodedata.category(ch) == "Mn"


def is_word_char(ch: str) -> bool:
    """Letters, digits, marks and the underscore: what a whole-word match may not touch."""
    return ch == "_" or ch == TATWEEL or unicodedata.category(ch)[0] in "LNM"


@lru_cache(maxsize=4096)  # the fields do not change between two keystrokes in the find bar
def fold(text: str, options: SearchOptions) -> tuple[str, tuple[int, ...]]:
    """The text as the search sees it, and for each of its characters the index it came from."""
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if options.ignore_marks and is_mark(ch):
            continue
        if options.fold_alef:
            ch = ch.translate(_ALEFS)
        piece = ch if options.case_sensitive else ch.casefold()
        out.append(piece)
        origin.extend([i] * len(piece))
    return "".join(out), tuple(origin)


def find_all(text: str, query: str, options: SearchOptions | None = None) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of ``text`` that match ``query``, in order, never overlapping."""
    options = options or SearchOptions()
    needle, _ = fold(query, options)
    if not needle or not text:
        return []
    haystack, origin = fold(text, options)
    spans: list[tuple[int, int]] = []
    at = haystack.find(needle)
    while at >= 0:
        start, end = origin[at], origin[at + len(needle) - 1] + 1
        while options.ignore_marks and end < len(text) and is_mark(text[end]):
            end += 1  # the marks on the last letter belong to the match
        if _first_piece(haystack, origin, at) and _last_piece(origin, at + len(needle)) and (
                not options.whole_words or _whole_word(text, start, end)):
            spans.append((start, end))
            at = haystack.find(needle, at + len(needle))
        else:
            at = haystack.find(needle, at + 1)
    return spans


def _first_piece(haystack: str, origin: tuple[int, ...], at: int) -> bool:
    """The match starts at the start of a character's folded form (not inside "ss" from "ß")."""
    return at == 0 or origin[at - 1] != origin[at]


def _last_piece(origin: tuple[int, ...], end: int) -> bool:
    return end >= len(origin) or origin[end] != origin[end - 1]


def _whole_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return not (before and is_word_char(before)) and not (after and is_word_char(after))


def replace_all(text: str, query: str, replacement: str,
                options: SearchOptions | None = None) -> tuple[str, int]:
    """The text with every match replaced, and how many there were."""
    spans = find_all(text, query, options)
    return replace_spans(text, spans, replacement), len(spans)


def replace_spans(text: str, spans: list[tuple[int, int]], replacement: str) -> str:
    """Replace the given (ordered, non-overlapping) spans."""
    parts: list[str] = []
    last = 0
    for start, end in spans:
        parts.append(text[last:start])
        parts.append(replacement)
        last = end
    parts.append(text[last:])
    return "".join(parts)


def to_utf16(text: str, index: int) -> int:
    """A Python string index as Qt counts positions (UTF-16 code units)."""
    return len(text[:index].encode("utf-16-le")) // 2


def from_utf16(text: str, position: int) -> int:
    """A Qt position (UTF-16 code units) as a Python string index."""
    count = 0
    for i, ch in enumerate(text):
        if count >= position:
            return i
        count += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def squeeze(text: str) -> str:
    """Text reduced for locating it in a rendered copy: NFKC (Arabic presentation forms back to
    letters), no spaces, no format characters (bidi marks, isolates), case folded."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if not ch.isspace() and unicodedata.category(ch) != "Cf").casefold()


class PageWords:
    """A rendered page's words as :func:`locate_words` compares them, indexed once."""

    __slots__ = ("count", "first")

    def __init__(self, text: str) -> None:
        found = [_word_key(w) for w in text.split()]
        self.count = len(found)
        self.first = {w: i for i, w in reversed(list(enumerate(found)))}


def locate_words(pages: Sequence[str | PageWords], text: str,
                 words: int = 8) -> tuple[int, float] | None:
    """Which page of a rendered copy holds ``text``, and how far down (0..1), by its words.

    Words, not the string, because text read back from a PDF may have an embedded
    left-to-right line in reversed word order; the page holding most of the text's first
    words wins (at least two thirds of them). None when no page does. Pages may be given
    as :class:`PageWords`, built once per copy (the preview asks on every pause in typing).
    """
    wanted = [w for w in map(_word_key, text.split()) if len(w) >= 3][:words]
    if not wanted:
        return None
    best: tuple[int, int, float] | None = None
    for number, page in enumerate(pages):
        indexed = page if isinstance(page, PageWords) else PageWords(page)
        hits = [indexed.first[w] for w in wanted if w in indexed.first]
        if len(hits) * 3 >= len(wanted) * 2 and (best is None or len(hits) > best[1]):
            best = (number, len(hits), min(hits) / max(1, indexed.count))
    return (best[0], best[2]) if best else None


@lru_cache(maxsize=1 << 16)  # a release's words come back in every refreshed PDF
def _word_key(word: str) -> str:
    return "".join(ch for ch in squeeze(word) if is_word_char(ch))
