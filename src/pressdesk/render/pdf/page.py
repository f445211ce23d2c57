"""Page furniture: header (logo, organisation, accent rule) and footer (footer text,
localised "page N of M"), drawn with the same bidi line engine as the body."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm

from pressdesk.compose.digits import page_label
from pressdesk.compose.direction import language_script
from pressdesk.compose.document import Block, Direction, Document, FontSpec, Role, Run

from . import rl
from .draw import draw_line
from .layout import TextStyle, break_lines, prepare


@dataclass(frozen=True, slots=True)
class Geometry:
    width: float
    height: float
    left: float
    right: float
    top: float
    bottom: float
    rtl: bool

    @classmethod
    def of(cls, doc: Document) -> Geometry:
        w, h = doc.page.size_mm
        rtl = doc.direction == Direction.RTL
        start, end = doc.page.margin_start_mm * mm, doc.page.margin_end_mm * mm
        return cls(w * mm, h * mm, end if rtl else start, start if rtl else end,
                   doc.page.margin_top_mm * mm, doc.page.margin_bottom_mm * mm, rtl)

    @property
    def text_width(self) -> float:
        return self.width - self.left - self.right


@lru_cache(maxsize=64)
def _prepared_line(text: str, font: FontSpec, size: float, rtl: bool, language: str, bold: bool):
    spec = FontSpec(font.arabic, font.latin, font.hebrew, size, bold=bold)
    style = TextStyle(font=spec, size=size, leading=size * 1.3, rtl=rtl, script=language_script(language))
    block = Block(Role.PARAGRAPH, (Run(text),), Direction.RTL if rtl else Direction.LTR, language)
    p = prepare(block, style)
    return p, break_lines(p, 1e6)


def draw_text(canv, text: str, font: FontSpec, size: float, rtl: bool, language: str,
              left: float, width: float, baseline: float, align: str, color: str,
              bold: bool = False) -> None:
    """Draw one line of furniture text inside ``[left, left + width]``.

    It is real text, so page numbers and the organisation name can be searched and copied.
    """
    if not text.strip():
        return
    p, lines = _prepared_line(text, font, size, rtl, language, bold)
    for i, line in enumerate(lines[:2]):
        draw_line(canv, p, line, left, baseline - i * size * 1.25, width, align, color)


class Furniture:
    """Draws the header on every page and, once the page count is known, the footer."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.geo = Geometry.of(doc)
        style = doc.styles.get(Role.PARAGRAPH) or next(iter(doc.styles.values()), None)
        self.font = style.font if style else FontSpec("Noto Sans Arabic", "Noto Sans", "Heebo", 10)
        self.rtl = self.geo.rtl
        self.accent = doc.identity.accent or "#1f4e79"

    # header ----------------------------------------------------------------
    def header(self, canv, _doc=None) -> None:
        g, d = self.geo, self.doc
        start_edge = g.width - g.right if self.rtl else g.left
        rule_y = g.height - g.top + 4 * mm
        band_top = g.height - max(8 * mm, g.top - 16 * mm)
        x = start_edge
        logo = d.identity.logo if d.furniture.show_logo else None
        if logo is not None:
            drawn = self._logo(canv, logo, start_edge, rule_y + 2.5 * mm, band_top)
            x = start_edge - drawn - 4 * mm if self.rtl else start_edge + drawn + 4 * mm
        name = d.identity.name.strip()
        extra = d.furniture.header_text.strip()
        avail = (x - g.left) if self.rtl else (g.width - g.right - x)
        left = g.left if self.rtl else x
        align = "right" if self.rtl else "left"
        lines = list(dict.fromkeys(t for t in (name, extra) if t))  # no name printed twice
        y = rule_y + 3 * mm + (9.5 if len(lines) > 1 else 0)
        for k, text in enumerate(lines):
            size, color = (10.5, self.accent) if k == 0 and name else (8.5, "#555555")
            draw_text(canv, text, self.font, size, self.rtl, d.language, left, avail, y,
                      align, color, bold=k == 0 and bool(name))
            y -= 11
        canv.saveState()
        canv.setStrokeColor(HexColor(self.accent))
        canv.setLineWidth(0.8)
        canv.line(g.left, rule_y, g.width - g.right, rule_y)
        canv.restoreState()

    def _logo(self, canv, path, start_edge: float, bottom: float, top: float) -> float:
        """Draw the logo at the start side; return its drawn width (0 if unreadable)."""
        image = rl.load_image(str(path))
        if image is None:
            return 0.0
        iw, ih = image.width, image.height
        h = max(6 * mm, min(14 * mm, top - bottom))
        w = h * iw / ih if ih else h
        x = start_edge - w if self.rtl else start_edge
        # embedded once per document, read and compressed once per file version
        rl.draw_image(canv, image, x, bottom, w, h)
        return w

    # reading direction ------------------------------------------------------
    def balance(self, canv) -> None:
        """Keep the page's majority of letters in the document's direction.

        poppler (pdftotext, Evince, Okular) picks one reading direction per page by
        counting left-to-right against right-to-left letters, and reads every line of the
        page that way: an Arabic page full of URLs would be read left to right, scrambling
        its Arabic lines. A few invisible RLMs (LRMs for left-to-right documents) in the
        page corner settle the count; extractors return them as invisible marks.
        """
        lr = getattr(canv, "_pd_lr", 0)
        canv._pd_lr = 0
        need = lr + 1 if self.rtl and lr >= 0 else -lr if not self.rtl and lr < 0 else 0
        if need <= 0:
            return
        from .fontcache import alias, rl_font

        name = rl_font(self.font.family_for("arabic" if self.rtl else "latin"))
        mark = alias(name, " ", "\u200f" if self.rtl else "\u200e")
        code = [f"BT 3 Tr 1 0 0 1 {self.geo.left:.2f} 2 Tm"]
        for font, raw in rl.show_runs(canv, name, mark * need):
            code.append(f"{font} 1 Tf ({raw}) Tj")
        code.append("0 Tr ET")
        rl.emit(canv, " ".join(code))

    # footer ----------------------------------------------------------------
    def footer(self, canv, page: int, pages: int) -> None:
        g, f = self.geo, self.doc.furniture
        y = max(8 * mm, g.bottom - 12 * mm)
        label = page_label(f.page_label, page, pages, f.digits) if f.page_label else ""
        text = f.footer_text.strip()
        size = 8.5
        if text:
            draw_text(canv, text, self.font, size, self.rtl, self.doc.language, g.left,
                      g.text_width * 0.7, y, "right" if self.rtl else "left", "#555555")
            if label:
                draw_text(canv, label, self.font, size, self.rtl, self.doc.language, g.left,
                          g.text_width, y, "left" if self.rtl else "right", "#555555")
        elif label:
            draw_text(canv, label, self.font, size, self.rtl, self.doc.language, g.left,
                      g.text_width, y, "center", "#555555")


def numbered_canvas(furniture: Furniture):
    """A canvas class that holds pages back until ``save`` to draw "page N of M"."""

    class NumberedCanvas(rl.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pd_pages: list[dict] = []

        def showPage(self):
            furniture.balance(self)
            self._pd_pages.append(rl.snapshot_page(self))
            rl.start_page(self)

        def save(self):
            total = len(self._pd_pages)
            for number, state in enumerate(self._pd_pages, start=1):
                rl.restore_page(self, state)
                furniture.footer(self, number, total)
                rl.Canvas.showPage(self)
            rl.Canvas.save(self)

    return NumberedCanvas
