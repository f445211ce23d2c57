"""Adjust the preview HTML for Qt's rich text, which reads a smaller CSS than browsers.

- ``line-height: 1.55`` means 155% of the *font's own* line spacing to Qt, not of the font
  size (and Amiri's own spacing is tall), so it becomes the percentage that gives the
  printed leading: factor × size ÷ the font's line spacing.
- Qt sizes images only from ``width``/``height`` attributes, so the logo gets a height.
- Qt knows ``left``/``right`` but not the logical ``start``/``end`` alignments.
- Qt reads margins in pixels only (``8pt`` is dropped), so points become pixels.
- Qt treats ``<header>``/``<main>`` as unknown tags, so they become ``<div>`` with the
  document's direction (the logo then sits on the start side).

(These belong in ``render_html(..., qt=True)``; until then the app adapts its copy.)
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtGui import QFont, QFontMetricsF

LOGO_HEIGHT_PX = 48
_RULE = re.compile(r"(\.pd-[\w-]+\s*\{)([^}]*)(\})")
_FAMILY = re.compile(r'font-family:\s*"([^"]+)"')
_SIZE = re.compile(r"font-size:\s*([\d.]+)pt")
_LINE = re.compile(r"line-height:\s*([\d.]+)\s*;")
_IMG = re.compile(r"<img (?![^>]*\bheight=)")
_MARGIN = re.compile(r"(margin[\w-]*:\s*)([^;]+);")
_PT = re.compile(r"([\d.]+)pt\b")


def _px(match: re.Match[str]) -> str:
    return f"{round(float(match.group(1)) * 96 / 72)}px"


@cache
def _line_spacing_px(family: str, size_pt: float) -> float:
    font = QFont(family)
    font.setPointSizeF(size_pt)
    return QFontMetricsF(font).lineSpacing()


def _fix_rule(body: str, rtl: bool) -> str:
    family, size, line = _FAMILY.search(body), _SIZE.search(body), _LINE.search(body)
    if family and size and line:
        size_pt = float(size.group(1))
        wanted_px = float(line.group(1)) * size_pt * 96 / 72
        natural = _line_spacing_px(family.group(1), size_pt) or wanted_px
        percent = max(60, round(100 * wanted_px / natural))
        body = body[: line.start()] + f"line-height: {percent}%;" + body[line.end():]
    body = _MARGIN.sub(lambda m: m.group(1) + _PT.sub(_px, m.group(2)) + ";", body)
    body = body.replace("text-align: start;", "")
    body = body.replace("text-align: end;", f"text-align: {'left' if rtl else 'right'};")
    return body


def adapt_for_qt(html: str, rtl: bool) -> str:
    head, sep, rest = html.partition("</style>")
    if sep:
        head = _RULE.sub(lambda m: m.group(1) + _fix_rule(m.group(2), rtl) + m.group(3), head)
    rest = _IMG.sub(f'<img height="{LOGO_HEIGHT_PX}" ', rest)
    direction = f' dir="{"rtl" if rtl else "ltr"}"'
    for tag in ("header", "main", "footer"):
        rest = re.sub(rf"<{tag}\b([^>]*)>", lambda m: "<div" + m.group(1) + (
            "" if "dir=" in m.group(1) else direction) + ">", rest)
        rest = rest.replace(f"</{tag}>", "</div>")
    return head + sep + rest
