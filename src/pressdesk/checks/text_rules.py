"""Checks of a single text: links, digit systems, brackets and quotation marks, bidi controls."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from pressdesk.compose.inline import has_bidi_controls

_LINK = re.compile(r"(?<![\w/@.])https?(?=[:;/])[^\s<>\"«»]*", re.IGNORECASE)
_TRAILING = ".,;:!?،؛)]}»”'\""
_HOST_LABEL = re.compile(r"^(?!-)[^\W_](?:[\w-]{0,61}[^\W_])?$")
_LABEL = r"[^\W_](?:[\w-]*[^\W_])?"
_EMAIL = re.compile(rf"^[A-Za-z0-9._%+\-']+@{_LABEL}(?:\.{_LABEL})*\.[^\W\d_]{{2,}}$")
_NUMBER = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*")
_PAIRS = {")": "(", "]": "[", "}": "{", "»": "«", "”": "“", "›": "‹"}
_OPENERS = set(_PAIRS.values())
_MARKS = re.compile("[" + re.escape("".join([*_PAIRS, *_OPENERS, "\""])) + "]")


def valid_email(value: str) -> bool:
    value = value.strip()
    return bool(_EMAIL.match(value)) and ".." not in value and not value.startswith(".") \
        and ".@" not in value


def valid_url(value: str) -> bool:
    """An http(s) address with a real host name (``https://iom.int/news``)."""
    try:
        parts = urlsplit(value)
        host = parts.hostname or ""
        parts.port  # noqa: B018  (raises for a bad port)
    except ValueError:
        return False
    if parts.scheme.lower() not in ("http", "https") or not value.lower().startswith(parts.scheme.lower() + "://"):
        return False
    if host == "localhost":
        return True
    labels = host.split(".")
    if _is_ipv4(host):
        return True
    return len(labels) >= 2 and all(_HOST_LABEL.match(label) for label in labels) \
        and not labels[-1].isdigit()


def _is_ipv4(host: str) -> bool:
    parts = host.split(".")
    return len(parts) == 4 and all(p.isdigit() and int(p) < 256 for p in parts)


def bad_links(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, link) of every http(s) link in ``text`` that is not a valid URL."""
    for match in _LINK.finditer(text):
        link = match.group().rstrip(_TRAILING)
        if link.lower() in ("http", "https") or not link:
            continue
        if not valid_url(link):
            yield match.start(), match.start() + len(link), link


def digit_system(ch: str) -> str:
    code = ord(ch)
    if 0x0660 <= code <= 0x0669:
        return "arab"
    if 0x06F0 <= code <= 0x06F9:
        return "arabext"
    return "latn"


def mixed_numbers(text: str) -> Iterator[tuple[int, int, str]]:
    """Numbers written with two digit systems at once (``20٢2``)."""
    for match in _NUMBER.finditer(text):
        systems = {digit_system(ch) for ch in match.group() if ch.isdigit()}
        if len(systems) > 1:
            yield match.start(), match.end(), match.group()


def unbalanced(text: str) -> Iterator[tuple[int, str]]:
    """(offset, mark) of every bracket or quotation mark that is not matched."""
    stack: list[tuple[int, str]] = []
    straight = []
    for found in _MARKS.finditer(text):  # only the marks: a long field is mostly words
        i, ch = found.start(), found.group()
        if ch == '"':
            straight.append(i)
        elif ch in _OPENERS:
            stack.append((i, ch))
        elif ch in _PAIRS:
            if stack and stack[-1][1] == _PAIRS[ch]:
                stack.pop()
            else:
                yield i, ch
    yield from stack
    if len(straight) % 2:
        yield straight[-1], '"'


def has_controls(text: str) -> bool:
    return has_bidi_controls(text)
