"""Blocks for :mod:`.flow`: a bidi paragraph that splits line by line, and a keep-with-next
group that never leaves a heading alone at the bottom of a page."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import HexColor

from .draw import draw_line
from .flow import Block
from .layout import Line, Prepared, break_lines

RULE_GAP = 5.0  # between a rule and the text
BAR_GAP = 9.0  # between a start-side bar and the text
BG_PAD = 5.0  # padding inside a background


@dataclass(frozen=True, slots=True)
class BoxStyle:
    color: str = "#000000"
    background: str | None = None
    space_before: float = 0.0
    space_after: float = 6.0
    align: str = "start"  # logical: start | center | end | justify
    rule_above: bool = False
    rule_below: bool = False
    rule_color: str = "#999999"
    indent: float = 0.0
    border_start: float = 0.0
    bar_color: str = "#999999"
    keep_with_next: bool = False
    link_color: str | None = None
    hang: float = 0.0  # extra start-side inset of the text (a list item's)
    marker_at: float = 0.0  # where a list marker starts, from the start edge


def _physical(align: str, rtl: bool) -> str:
    if align == "start":
        return "right" if rtl else "left"
    if align == "end":
        return "left" if rtl else "right"
    return align if align in ("center", "justify") else ("right" if rtl else "left")


class BidiParagraph(Block):
    """A paragraph laid out in logical order and drawn line by line in visual order."""

    def __init__(self, prepared: Prepared, box: BoxStyle, part: tuple[int, int] | None = None,
                 first: bool = True, last: bool = True, marker: Prepared | None = None):
        super().__init__()
        self.p = prepared
        self.marker = marker  # a list item's bullet or number, drawn on its first line
        self.box = box
        self.part = part  # (from char, to char) of a split part
        self.first, self.last = first, last
        self.spaceBefore = box.space_before if first else 0.0
        self.spaceAfter = box.space_after if last else 0.0
        self.keepWithNext = box.keep_with_next
        self._lines: list[Line] = []
        self._width = None
        self.links: list = []

    # geometry ---------------------------------------------------------------
    def _insets(self) -> tuple[float, float]:
        """(left, right) insets of the text inside the available width."""
        b = self.box
        start = b.indent + b.hang + (b.border_start + BAR_GAP if b.border_start else 0.0)
        end = b.indent
        if b.background:
            start += BG_PAD if not b.border_start else 0.0
            end += BG_PAD
        return (end, start) if self.p.style.rtl else (start, end)

    def _pads(self) -> tuple[float, float]:
        b = self.box
        top = (RULE_GAP if b.rule_above and self.first else 0.0) + (
            BG_PAD if b.background and self.first else 0.0)
        bottom = (RULE_GAP if b.rule_below and self.last else 0.0) + (
            BG_PAD if b.background and self.last else 0.0)
        return top, bottom

    def _compute_lines(self, width: float) -> list[Line]:
        key = round(width, 3)
        lines = self.p.line_cache.get(key)
        if lines is None:
            lines = self.p.line_cache[key] = break_lines(self.p, width)
        if self.part:
            lo, hi = self.part
            lines = [ln for ln in lines if lo <= ln.start < hi]
        return lines

    def wrap(self, availWidth, availHeight):
        left, right = self._insets()
        inner = max(10.0, availWidth - left - right)
        if self._width != (availWidth, inner):
            self._lines = self._compute_lines(inner)
            self._width = (availWidth, inner)
        top, bottom = self._pads()
        self.width = availWidth
        self.height = top + bottom + len(self._lines) * self.p.style.leading
        return self.width, self.height

    def split(self, availWidth, availHeight, at_top=False):
        self.wrap(availWidth, availHeight)
        lines = self._lines
        n = len(lines)
        top, _bottom = self._pads()
        fit = int((availHeight - top + 1e-6) // self.p.style.leading)
        if fit >= n:
            return [self]
        if n < 4 or fit < 2:  # no orphans: never a lone first line at a page bottom
            return []
        fit = min(fit, n - 2)  # no widows: at least two lines go over
        lo = self.part[0] if self.part else 0
        hi = self.part[1] if self.part else len(self.p.chars) + 1
        cut = lines[fit].start
        a = BidiParagraph(self.p, self.box, (lo, cut), first=self.first, last=False,
                          marker=self.marker)
        b = BidiParagraph(self.p, self.box, (cut, hi), first=False, last=self.last)
        return [a, b]

    # drawing ----------------------------------------------------------------
    def draw(self):
        canv = self.canv
        b = self.box
        st = self.p.style
        rtl = st.rtl
        top, _bottom = self._pads()
        h = self.height
        if b.background:
            canv.saveState()
            canv.setFillColor(HexColor(b.background))
            canv.rect(b.indent, 0, self.width - 2 * b.indent, h, stroke=0, fill=1)
            canv.restoreState()
        if b.border_start:
            canv.saveState()
            canv.setFillColor(HexColor(b.bar_color))
            x = self.width - b.indent - b.border_start if rtl else b.indent
            canv.rect(x, 0, b.border_start, h, stroke=0, fill=1)
            canv.restoreState()
        if (b.rule_above and self.first) or (b.rule_below and self.last):
            canv.saveState()
            canv.setStrokeColor(HexColor(b.rule_color))
            canv.setLineWidth(0.6)
            if b.rule_above and self.first:
                canv.line(b.indent, h - 0.3, self.width - b.indent, h - 0.3)
            if b.rule_below and self.last:
                canv.line(b.indent, 0.3, self.width - b.indent, 0.3)
            canv.restoreState()
        left, right = self._insets()
        avail = self.width - left - right
        align = _physical(b.align, rtl)
        lead = st.leading
        base_off = (lead - st.size) / 2 + st.size * 0.8
        self.links = []
        if self.marker is not None and self.first and self._lines:
            self._draw_marker(h - top - base_off)
        for i, line in enumerate(self._lines):
            y = h - top - i * lead - base_off
            self.links.extend(draw_line(canv, self.p, line, left, y, avail, align, b.color, b.link_color))
        for link in self.links:
            canv.linkURL(link.href, link.rect, relative=1, thickness=0)


    def _draw_marker(self, baseline: float) -> None:
        """The bullet or number in the hanging indent, on the start side of the first line."""
        m, b = self.marker, self.box
        assert m is not None
        lines = break_lines(m, 10_000.0)
        if not lines:
            return
        width = max(b.hang - b.marker_at, 1.0)
        rtl = self.p.style.rtl
        left = self.width - b.indent - b.marker_at - width if rtl else b.indent + b.marker_at
        draw_line(self.canv, m, lines[0], left, baseline, width, "right" if rtl else "left",
                  b.color)


class KeepWithNext(Block):
    """Headings plus the paragraph after them: the headings only go where at least the
    first two lines of that paragraph fit too (or all of it, if it is short)."""

    def __init__(self, items: list[Block]):
        super().__init__()
        self.items = items
        self.spaceBefore = getattr(items[0], "spaceBefore", 0.0)
        self.spaceAfter = getattr(items[-1], "spaceAfter", 0.0)

    def _gaps(self) -> list[float]:
        return [max(getattr(a, "spaceAfter", 0.0), getattr(b, "spaceBefore", 0.0))
                for a, b in zip(self.items, self.items[1:], strict=False)]

    def wrap(self, availWidth, availHeight):
        self._sizes = [f.wrap(availWidth, availHeight) for f in self.items]
        self.width = availWidth
        self.height = sum(h for _w, h in self._sizes) + sum(self._gaps())
        return self.width, self.height

    def split(self, availWidth, availHeight, at_top=False):
        self.wrap(availWidth, availHeight)
        heads, tail = self.items[:-1], self.items[-1]
        used = sum(h for _w, h in self._sizes[:-1]) + sum(self._gaps())
        parts = tail.split(availWidth, availHeight - used) if used < availHeight else []
        if not parts:
            return [*heads, tail] if at_top else []  # at the top of a page: let it flow
        return [*heads, *parts]

    def drawOn(self, canv, x, y):
        gaps = [*self._gaps(), 0.0]
        top = y + self.height
        for f, (_w, h), gap in zip(self.items, self._sizes, gaps, strict=True):
            top -= h
            f.drawOn(canv, x, top)
            top -= gap
