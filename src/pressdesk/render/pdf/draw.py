"""Drawing laid-out lines on a ReportLab canvas.

Text is written as raw PDF operators (one ``BT``...``ET`` per level run of a line, ``TJ``
arrays per font subset), which is faster than ReportLab's text objects and allows the small
shifts that centre harakat over their letters. The runs of a line are drawn in reading
order, each at its place (see :func:`_emit_runs`).

No ``/ActualText`` is written: poppler (pdftotext, Evince, Okular) and pdfium (Chrome,
the Qt preview) treat an ActualText string as visual-order text and reverse it again
in right-to-left lines, which scrambled every Arabic line in our measurements. Reading
order comes from the drawing order and the ``ToUnicode`` maps instead (see
:mod:`.fontcache` and :mod:`.visual`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.colors import HexColor

from . import rl
from .fontcache import vertical_metrics
from .layout import Line, Prepared
from .outline import fp, glyph_path
from .visual import Segment, visual_line

_bidi_class = lru_cache(maxsize=1 << 14)(unicodedata.bidirectional)


@dataclass(frozen=True, slots=True)
class LinkBox:
    href: str
    rect: tuple[float, float, float, float]


def line_balance(p: Prepared, line: Line) -> int:
    """Left-to-right minus right-to-left letters of a line (see ``Furniture.balance``)."""
    n = 0
    for ch in p.chars[line.start : line.end]:
        b = _bidi_class(ch)
        n += 1 if b == "L" else -1 if b in ("R", "AL") else 0
    return n


def _emit_text(canv, segs: list[Segment], size: float, x: float, y: float, tw: float) -> None:
    code: list[str] = []
    # Tw is graphics state and outlives ET: set it for every line
    code.append(f"BT 1 0 0 1 {fp(x)} {fp(y)} Tm {fp(tw)} Tw")
    cur = None
    tj: list[str] = []
    text: list[str] = []  # consecutive plain characters, shown as one string per subset
    unit = 1000.0 / size
    font = ""

    def flush():
        # a move before the first font is set waits for the first string
        if tj and (cur is not None or any(t[0] == "(" for t in tj)):
            code.append(f"({tj[0][1:-1]}) Tj" if len(tj) == 1 and tj[0][0] == "(" else f"[{' '.join(tj)}] TJ")
            tj.clear()

    def show():
        nonlocal cur
        if not text:
            return
        for name, raw in rl.show_runs(canv, font, "".join(text)):
            if name != cur:
                flush()
                code.append(f"{name} {fp(size)} Tf")
                cur = name
            tj.append(f"({raw})")
        text.clear()

    for seg in segs:
        show()
        font = seg.font
        for item in seg.items:
            if isinstance(item, str):
                text.append(item)
                continue
            show()
            if isinstance(item, float):
                tj.append(fp(-item * unit))
            elif item[0] == "outline":
                continue  # drawn by _emit_outlines
            elif item[0] == "jump":
                if item[1] or item[2]:
                    tj.append(fp(-(item[1] + item[2] * tw) * unit))
            elif item[0] == "inset":  # (blank glyph, points): drawn that far back, no advance
                tj.append(fp(item[2] * unit))
                text.append(item[1])
                show()
                tj.append(fp(-item[2] * unit))
            elif item[0] == "invisible":
                for name, raw in rl.show_runs(canv, font, item[1]):
                    flush()
                    if name != cur:
                        code.append(f"{name} {fp(size)} Tf")
                        cur = name
                    flush()  # a shift that waited for the font
                    code.append(f"3 Tr ({raw}) Tj 0 Tr")
            else:  # (space alias, side of its justification)
                if tw and item[1] == "before":
                    tj.append(fp(-tw * unit))
                text.append(item[0])
                show()
                if tw and item[1] == "after":
                    tj.append(fp(-tw * unit))
    show()
    flush()
    tj.clear()  # a last move: the next line or run sets its own position
    code.append("ET")
    for op in code:
        rl.emit(canv, op)


def draw_line(
    canv,
    p: Prepared,
    line: Line,
    left: float,
    baseline: float,
    avail: float,
    align: str,
    color: str,
    link_color: str | None = None,
) -> list[LinkBox]:
    """Draw one line inside ``[left, left + avail]``; return its link rectangles.

    ``align`` is physical: ``left``, ``right``, ``center`` or ``justify``.
    """
    segs, nspaces = visual_line(p, line)
    if not segs:
        return []
    canv._pd_lr = getattr(canv, "_pd_lr", 0) + line_balance(p, line)
    size = p.style.size
    natural = segs[-1].x + segs[-1].width
    tw = 0.0
    if align == "justify" and not line.last and nspaces and natural < avail:
        tw = (avail - natural) / nspaces
        if tw > size * 1.2:  # a very loose line reads worse than a ragged one
            tw = 0.0
        x0 = left if not p.style.rtl or tw else left + avail - natural
    elif align == "right" or (align == "justify" and p.style.rtl):
        x0 = left + avail - natural
    elif align == "center":
        x0 = left + (avail - natural) / 2
    else:
        x0 = left

    links = _links(p, segs, x0, baseline, size, tw)
    _emit_runs(canv, p, segs, size, x0, baseline, tw, color, link_color if links else None)
    _emit_outlines(canv, segs, size, x0, baseline, tw, color)
    return links


def _emit_outlines(canv, segs: list[Segment], size: float, x0: float, y: float, tw: float,
                   color: str) -> None:
    """Stacked harakat: the second and later marks on a letter, drawn as paths."""
    marks = [(seg.font, it) for seg in segs for it in seg.items
             if isinstance(it, tuple) and it[0] == "outline"]
    if not marks:
        return
    canv.setFillColor(HexColor(color))
    for font, (_kind, char, x, spaces) in marks:
        path, upem = glyph_path(font, char)
        if path:
            s = size / upem
            rl.emit(canv, f"q {fp(s)} 0 0 {fp(s)} {fp(x0 + x + tw * spaces)} {fp(y)} cm {path} f Q")


def _emit_runs(canv, p: Prepared, segs: list[Segment], size: float, x0: float, y: float,
               tw: float, color: str, link_color: str | None) -> None:
    """Draw the line's level runs in reading order, each placed where it belongs.

    Readers that keep the drawing order (MuPDF, pdf.js) then read the runs of a
    right-to-left line in order; pdfium and poppler order text by position, so for them
    nothing changes. Link runs (when ``link_color``) are coloured and underlined.
    """
    groups: list[tuple[int, bool, list[Segment]]] = []
    for seg in segs:
        is_link = link_color is not None and p.runs_info[seg.run].href is not None
        if groups and groups[-1][0] == seg.level and groups[-1][1] == is_link:
            groups[-1][2].append(seg)
        else:
            groups.append((seg.level, is_link, [seg]))
    groups.sort(key=lambda g: min(s.logical for s in g[2]))
    current = None
    for _level, is_link, group in groups:
        first = group[0]
        x = x0 + first.x + tw * first.spaces
        fill = link_color if is_link else color
        if fill != current:
            canv.setFillColor(HexColor(fill))
            current = fill
        _emit_text(canv, group, size, x, y, tw)
        if is_link:
            last = group[-1]
            x1 = x0 + last.x + last.width + tw * (last.spaces + last.nspaces)
            canv.saveState()
            canv.setStrokeColor(HexColor(fill))
            canv.setLineWidth(max(0.4, size * 0.05))
            canv.line(x, y - size * 0.14, x1, y - size * 0.14)
            canv.restoreState()


def _links(p: Prepared, segs: list[Segment], x0: float, baseline: float, size: float,
           tw: float) -> list[LinkBox]:
    boxes: list[LinkBox] = []
    for seg in segs:
        href = p.runs_info[seg.run].href
        if not href:
            continue
        asc, desc = vertical_metrics(seg.font)
        x = x0 + seg.x + tw * seg.spaces
        x1 = x + seg.width + tw * seg.nspaces
        y0 = baseline + max(desc, -0.35) * size
        y1 = baseline + min(asc, 1.0) * size
        if boxes and boxes[-1].href == href and abs(boxes[-1].rect[2] - x) < 0.5:
            r = boxes[-1].rect
            boxes[-1] = LinkBox(href, (r[0], min(r[1], y0), x1, max(r[3], y1)))
        else:
            boxes.append(LinkBox(href, (x, y0, x1, y1)))
    return boxes
