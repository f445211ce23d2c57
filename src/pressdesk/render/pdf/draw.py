"""Drawing laid-out lines on a ReportLab canvas.

Text is written as raw PDF operators (one ``BT``...``ET`` per line, ``TJ`` arrays per
font subset), which is faster than ReportLab's text objects and allows the small shifts
that centre harakat over their letters.

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
        if tj:
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
            elif item[0] == "invisible":
                for name, raw in rl.show_runs(canv, font, item[1]):
                    flush()
                    if name != cur:
                        code.append(f"{name} {fp(size)} Tf")
                        cur = name
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
    canv.setFillColor(HexColor(color))
    if links and link_color:
        _emit_colored(canv, segs, size, x0, baseline, tw, color, link_color, p)
    else:
        _emit_text(canv, segs, size, x0, baseline, tw)
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


def _emit_colored(canv, segs, size, x0, baseline, tw, color, link_color, p) -> None:
    """Like :func:`_emit_text` but link runs in ``link_color``, underlined."""
    groups: list[tuple[bool, list[Segment]]] = []
    for seg in segs:
        is_link = p.runs_info[seg.run].href is not None
        if groups and groups[-1][0] == is_link:
            groups[-1][1].append(seg)
        else:
            groups.append((is_link, [seg]))
    for is_link, group in groups:
        first = group[0]
        x = x0 + first.x + tw * first.spaces
        canv.setFillColor(HexColor(link_color if is_link else color))
        _emit_text(canv, group, size, x, baseline, tw)
        if is_link:
            last = group[-1]
            x1 = x0 + last.x + last.width + tw * (last.spaces + last.nspaces)
            canv.saveState()
            canv.setStrokeColor(HexColor(link_color))
            canv.setLineWidth(max(0.4, size * 0.05))
            canv.line(x, baseline - size * 0.14, x1, baseline - size * 0.14)
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
