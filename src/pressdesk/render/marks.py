"""Bidi marks for outputs without direction markup (plain text, e-mail clients that drop it).

Such a viewer takes each line's direction from its first strong letter and resolves neutral
characters (spaces, punctuation, digits after Arabic letters) from their neighbours. Text
stays in logical order with no control characters, except that

- a line whose first strong letter has the wrong direction (or, in a right-to-left block,
  that has none) starts with an RLM (U+200F) or LRM (U+200E), so it keeps its block's
  direction;
- an embedded opposite-direction run (compose marks Latin names, e-mails, URLs and phone
  numbers in Arabic, Arabic in English) gets its own mark just inside an end that is a
  neutral or a digit, so "+20 2 3456" or "C++" is not reversed.

A line of pure Arabic carries no control character at all. Shared by the plain-text and
e-mail renderers (which never import each other); it knows only directions and strings.
"""

from __future__ import annotations

import unicodedata

from pressdesk.doctypes import Direction

LRM, RLM = "\u200e", "\u200f"
_STRONG = {"L": Direction.LTR, "R": Direction.RTL, "AL": Direction.RTL}


def strong_direction(ch: str) -> Direction | None:
    """The direction a character forces (L, R, AL), or None for neutral and weak ones."""
    return _STRONG.get(unicodedata.bidirectional(ch))


def first_strong(text: str) -> Direction | None:
    return next((d for d in map(strong_direction, text) if d is not None), None)


def mark(direction: Direction) -> str:
    return LRM if direction is Direction.LTR else RLM


def run_text(text: str, run_direction: Direction | None, block_direction: Direction) -> str:
    """An embedded run's text, with a mark on each end that would otherwise take the block's
    direction (runs of the block's own direction come back as they are)."""
    if not text or run_direction is None or run_direction is block_direction:
        return text
    m = mark(run_direction)
    if strong_direction(text[0]) is not run_direction:
        text = m + text
    if strong_direction(text[-1]) is not run_direction:
        text = text + m
    return text


def line_mark(line: str, direction: Direction) -> str:
    """The mark a line needs at its start to keep ``direction`` (``""`` when none)."""
    strong = first_strong(line)
    if not line or strong is direction or (strong is None and direction is Direction.LTR):
        return ""
    return mark(direction)
