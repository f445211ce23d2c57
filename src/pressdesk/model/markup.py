"""Inline markup of release text (format version 2): ``**bold**``, ``*italic*``,
``[link text](https://…)`` and backslash escapes.

Parsed into :class:`Span` values (text with bold/italic/link attributes), never into
HTML. Anything that does not form a complete construct stays literal text: an
unbalanced ``**``, a ``[text]`` without ``(url)``, a link to anything but ``http:``,
``https:`` or ``mailto:`` (``javascript:`` is shown as the characters typed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

ESCAPABLE = frozenset("\\*[]()")
LINK_SCHEMES = ("http://", "https://", "mailto:")
_LINK_TAIL = re.compile(r"\(([^\s()<>\"]+)\)")
_TO_ESCAPE = re.compile(r"([\\*\[\]])")
_MARKUP_CHAR = re.compile(r"[\\*\[]")  # what every construct and escape starts with


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of text with its inline formatting; ``href`` is set for link text."""

    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None


def escape(text: str) -> str:
    """Plain text as markup that reads back as the same text (``*`` -> ``\\*``...)."""
    return _TO_ESCAPE.sub(r"\\\1", text) if text else ""


def safe_href(url: str) -> str | None:
    """The URL when it is an http(s) or mailto link, else ``None``."""
    url = url.strip()
    low = url.lower()
    if low.startswith(LINK_SCHEMES) and len(url) > len("mailto:") and not any(
        ord(c) < 32 for c in url
    ):
        return url
    return None


def parse(text: str) -> list[Span]:
    """The spans of a markup string, adjacent spans of equal formatting merged."""
    return list(_spans(text))


@lru_cache(maxsize=8192)
def _spans(text: str) -> tuple[Span, ...]:
    if not text:
        return ()
    if _MARKUP_CHAR.search(text) is None:  # nothing can start a construct or an escape
        return (Span(text),)
    out: list[Span] = []
    _parse(text, 0, len(text), False, False, None, out)
    return tuple(out)


@lru_cache(maxsize=8192)
def plain(text: str) -> str:
    """What a reader sees: markup removed, escapes resolved (word counts, search, titles)."""
    return "".join(s.text for s in _spans(text))


def has_markup(text: str) -> bool:
    """True when parsing changes the text (formatting, links or escapes are present)."""
    spans = parse(text)
    return any(s.bold or s.italic or s.href for s in spans) or plain(text) != text


def to_markup(spans: list[Span]) -> str:
    """Markup for spans (the editor's formatted text back to the file)."""
    out: list[str] = []
    merged = [s for s in _merge(list(spans)) if s.text]
    k = 0
    while k < len(merged):
        href = merged[k].href
        j = k
        while j < len(merged) and merged[j].href == href:
            j += 1
        inner = "".join(_emphasis(s) for s in merged[k:j])
        out.append(f"[{inner}]({href})" if href else inner)
        k = j
    return "".join(out)


def _emphasis(span: Span) -> str:
    body = escape(span.text)
    core = body.strip()
    if not core or not (span.bold or span.italic):
        return body
    # markers go inside surrounding spaces so ``** word**`` never appears
    lead = body[: len(body) - len(body.lstrip())]
    trail = body[len(body.rstrip()):]
    if span.italic:
        core = f"*{core}*"
    if span.bold:
        core = f"**{core}**"
    return lead + core + trail


# --- parsing ------------------------------------------------------------------------------
def _parse(s: str, i: int, end: int, bold: bool, italic: bool, href: str | None,
           out: list[Span]) -> None:
    buf: list[str] = []

    def flush() -> None:
        if buf:
            _add(out, Span("".join(buf), bold, italic, href))
            buf.clear()

    while i < end:
        ch = s[i]
        if ch == "\\" and i + 1 < end and s[i + 1] in ESCAPABLE:
            buf.append(s[i + 1])
            i += 2
            continue
        if ch == "*":
            double = s.startswith("**", i) and i + 1 < end
            if double and not bold:
                close = _find(s, i + 2, end, "**")
                if close > i + 2 and _flanked(s, i + 2, close):
                    flush()
                    _parse(s, i + 2, close, True, italic, href, out)
                    i = close + 2
                    continue
            elif not double and not italic:
                close = _find(s, i + 1, end, "*")
                if close > i + 1 and _flanked(s, i + 1, close):
                    flush()
                    _parse(s, i + 1, close, bold, True, href, out)
                    i = close + 1
                    continue
            buf.append("**" if double else "*")
            i += 2 if double else 1
            continue
        if ch == "[" and href is None:
            close = _find(s, i + 1, end, "]")
            tail = _LINK_TAIL.match(s, close + 1, end) if close > i + 1 else None
            url = safe_href(tail.group(1)) if tail else None
            if tail and url:
                flush()
                _parse(s, i + 1, close, bold, italic, url, out)
                i = tail.end()
                continue
        buf.append(ch)
        i += 1
    flush()


def _find(s: str, i: int, end: int, delim: str, inner: bool = False) -> int:
    """Index of the closing ``delim`` in ``s[i:end]`` (escapes skipped), or -1.

    For ``*`` a ``**`` pair inside is stepped over, so ``*a **b** c*`` closes at the end.
    A ``***`` closes bold after italic (``***both***``) unless the bold is ``inner``.
    """
    while i < end:
        ch = s[i]
        if ch == "\\" and i + 1 < end and s[i + 1] in ESCAPABLE:
            i += 2
            continue
        if delim == "*" and s.startswith("**", i) and i + 2 <= end:
            close = _find(s, i + 2, end, "**", inner=True)
            i = close + 2 if close > i + 2 else i + 2
            continue
        if s.startswith(delim, i) and i + len(delim) <= end:
            if delim == "**" and not inner and s.startswith("***", i) and i + 3 <= end:
                return i + 1
            return i
        i += 1
    return -1


def _flanked(s: str, start: int, close: int) -> bool:
    """Emphasis hugs its text: ``*word*``, never ``5 * 3 * 2``."""
    return not s[start].isspace() and not s[close - 1].isspace()


def _add(out: list[Span], span: Span) -> None:
    if out and (out[-1].bold, out[-1].italic, out[-1].href) == (span.bold, span.italic, span.href):
        out[-1] = Span(out[-1].text + span.text, span.bold, span.italic, span.href)
    else:
        out.append(span)


def _merge(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in spans:
        _add(out, span)
    return out
