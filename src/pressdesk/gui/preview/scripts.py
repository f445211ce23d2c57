"""Which script's font draws each piece of text, by the rules the PDF renderer uses.

A letter belongs to its script (Arabic, Hebrew, else Latin); digits, punctuation and
other neutral characters inside a word take the script of the nearest letter in that
word, and a word with no letter at all takes the run's script (so "2022" in an Arabic
paragraph is drawn in the Arabic face, as in the PDF). Spaces follow the text before
them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pressdesk.compose.direction import char_script

_WORDS = re.compile(r"\S+|\s+")


@lru_cache(maxsize=1 << 14)
def _word(word: str) -> tuple[tuple[str, str | None], ...]:
    """A word cut where its script changes; None for a word with no letter."""
    own = [char_script(c) for c in word]
    strong = [s for s in own if s is not None]
    if not strong:
        return ((word, None),)
    if all(s == strong[0] for s in strong):
        return ((word, strong[0]),)
    scripts: list[str | None] = []
    last: str | None = None
    for s in own:  # a neutral takes the letter before it, else the one after it
        last = s or last
        scripts.append(last)
    following: str | None = None
    for k in range(len(scripts) - 1, -1, -1):
        following = own[k] or following
        if scripts[k] is None:
            scripts[k] = following
    pieces: list[tuple[str, str | None]] = []
    start = 0
    for k in range(1, len(word) + 1):
        if k == len(word) or scripts[k] != scripts[start]:
            pieces.append((word[start:k], scripts[start]))
            start = k
    return tuple(pieces)


def script_spans(text: str, default: str) -> list[tuple[str, str]]:
    """``text`` as consecutive ``(piece, script)`` pairs, neighbours of one script merged."""
    out: list[tuple[str, str]] = []
    parts: list[str] = []
    current = default
    for match in _WORDS.finditer(text):
        chunk = match.group()
        pieces = ((chunk, current),) if chunk[0].isspace() else _word(chunk)
        for piece, script in pieces:
            script = script or default
            if script != current and parts:
                out.append(("".join(parts), current))
                parts = []
            current = script
            parts.append(piece)
    if parts:
        out.append(("".join(parts), current))
    return out
