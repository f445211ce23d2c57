"""Split user text into inline runs: links, e-mails, embedded opposite-direction text,
and the bold, italic and link-text spans of inline markup (``model/markup.py``)."""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from pressdesk.compose.direction import text_direction
from pressdesk.compose.document import Direction, Run, RunKind
from pressdesk.model.markup import parse, plain

# Embedding, override and isolate controls would reorder text beyond the field they were
# typed in; compose isolates every run itself, so these are removed. LRM, RLM and ALM stay.
BIDI_OVERRIDES = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
# what clean_text removes, in one pattern built from the two above (the GUI asks on every
# pause in typing)
_REMOVED = re.compile("[" + "".join(sorted(BIDI_OVERRIDES)) + _XML_FORBIDDEN.pattern[1:])
_URL = re.compile(r"https?://[^\s<>\"'«»()\[\]{}،؛]+", re.IGNORECASE)
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
# never the start or end of a longer number ("000000 1" of "000000 1,234.56")
_PHONE = re.compile(r"(?<![\d.,])\+?\(?\d[\d\u00a0 ().\-/]{6,}\d(?![\d]|[.,]\d)")
_TRAILING = ".,;:!?'\")»…"


def clean_text(text: str) -> str:
    """User text made safe for every renderer.

    Removes bidi overrides and isolates, characters XML 1.0 forbids, and lone surrogates;
    turns tabs and CR into spaces and line breaks, and normalises to NFC.
    """
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = "".join(ch for ch in text if ch not in BIDI_OVERRIDES)
    text = _XML_FORBIDDEN.sub("", text)
    return unicodedata.normalize("NFC", text)


def has_bidi_controls(text: str) -> bool:
    """True when the text holds controls that ``clean_text`` removes (the GUI warns)."""
    return _REMOVED.search(text) is not None


def split_runs(text: str, direction: Direction) -> list[Run]:
    """Runs for a block's text: links and e-mails, isolated opposite-direction spans."""
    runs: list[Run] = []
    for i, line in enumerate(text.split("\n")):
        if i:
            runs.append(Run("\n", RunKind.LINE_BREAK))
        runs.extend(_line_runs(line, direction))
    return _merge_plain(runs)


def markup_text(text: str) -> str:
    """The plain text a markup string shows (for direction and emptiness checks)."""
    return plain(clean_text(text))


def markup_runs(text: str, direction: Direction) -> list[Run]:
    """Runs for text with inline markup: each span split like plain text, its bold and
    italic kept; link text becomes one LINK (or EMAIL, for mailto) run."""
    runs: list[Run] = []
    for span in parse(clean_text(text)):
        if span.href:
            kind = RunKind.EMAIL if span.href.lower().startswith("mailto:") else RunKind.LINK
            own = text_direction(span.text, direction)
            iso = own if own is not direction else None
            for i, line in enumerate(span.text.split("\n")):
                if i:
                    runs.append(Run("\n", RunKind.LINE_BREAK))
                if line:
                    runs.append(Run(line, kind, href=span.href, direction=iso,
                                    bold=span.bold, italic=span.italic))
            continue
        for run in split_runs(span.text, direction):
            if span.bold or span.italic:
                run = dataclasses.replace(run, bold=run.bold or span.bold,
                                          italic=run.italic or span.italic)
            runs.append(run)
    return _merge_plain(runs)


def _line_runs(line: str, direction: Direction) -> list[Run]:
    out: list[Run] = []
    pos = 0
    for match in _links(line):
        start, end, kind, href = match
        out.extend(_direction_runs(line[pos:start], direction))
        iso = Direction.LTR if direction is Direction.RTL else None
        out.append(Run(line[start:end], kind, href=href, direction=iso))
        pos = end
    out.extend(_direction_runs(line[pos:], direction))
    return out


def _links(line: str) -> list[tuple[int, int, RunKind, str]]:
    found: list[tuple[int, int, RunKind, str]] = []
    for m in _URL.finditer(line):
        url = m.group(0).rstrip(_TRAILING)
        if len(url) > len("https://"):
            found.append((m.start(), m.start() + len(url), RunKind.LINK, url))
    for m in _EMAIL.finditer(line):
        if not any(s <= m.start() < e for s, e, _, _ in found):
            found.append((m.start(), m.end(), RunKind.EMAIL, "mailto:" + m.group(0)))
    return sorted(found)


def _direction_runs(text: str, direction: Direction) -> list[Run]:
    """Plain text with embedded opposite-direction spans (and phone numbers in RTL) isolated."""
    if not text:
        return []
    spans = _opposite_spans(text, direction)
    phones = _phone_spans(text, spans) if direction is Direction.RTL else []
    out: list[Run] = []
    pos = 0
    iso = Direction.LTR if direction is Direction.RTL else Direction.RTL
    for start, end in sorted(spans + phones):
        if start > pos:
            out.append(Run(text[pos:start]))
        piece = text[start:end]
        if (start, end) in phones:  # one unit: never wrapped over two lines
            piece = piece.replace(" ", "\u00a0")
        out.append(Run(piece, direction=iso))
        pos = end
    if pos < len(text):
        out.append(Run(text[pos:]))
    return out


def _opposite_spans(text: str, direction: Direction) -> list[tuple[int, int]]:
    want = {"L"} if direction is Direction.RTL else {"R", "AL"}
    stop = {"R", "AL"} if direction is Direction.RTL else {"L"}
    # a Latin span may end on a digit (COVID-19, Windows 10); an Arabic one on Arabic digits
    end_ok = want | ({"EN"} if direction is Direction.RTL else {"AN"})
    spans = []
    i, n = 0, len(text)
    while i < n:
        if unicodedata.bidirectional(text[i]) not in want:
            i += 1
            continue
        j = i
        last = i
        while j < n and unicodedata.bidirectional(text[j]) not in stop:
            cls = unicodedata.bidirectional(text[j])
            if cls in end_ok or cls == "NSM":
                last = j
            j += 1
        spans.append((i, last + 1))
        i = last + 1
    return spans


def _phone_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Phone-like digit groups ("+20 2 1234 5678") must read left to right inside RTL text."""
    found = []
    for m in _PHONE.finditer(text):
        digits = sum(ch.isdigit() for ch in m.group(0))
        if digits < 7 or not (m.group(0).startswith("+") or " " in m.group(0)):
            continue
        if not any(s < m.end() and m.start() < e for s, e in spans):
            found.append((m.start(), m.end()))
    return found


def _merge_plain(runs: list[Run]) -> list[Run]:
    out: list[Run] = []
    for run in runs:
        if (
            out
            and run.kind is RunKind.TEXT
            and out[-1].kind is RunKind.TEXT
            and run.direction is None
            and out[-1].direction is None
            and run.bold == out[-1].bold
            and run.italic == out[-1].italic
        ):
            out[-1] = Run(out[-1].text + run.text, bold=run.bold, italic=run.italic)
        else:
            out.append(run)
    return out
