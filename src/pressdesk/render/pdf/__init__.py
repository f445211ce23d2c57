"""PDF export of a composed :class:`~pressdesk.compose.document.Document`.

``render_pdf(doc) -> bytes`` is the only entry point. ReportLab, python-bidi and
arabic-reshaper are imported on first use, so importing this package costs nothing.

How text is set: each block is shaped (arabic-reshaper, harakat kept, lam-alef
ligatures) and resolved for bidi levels (python-bidi) in logical order; lines are
broken on the logical text with the real widths of the shaped glyphs; each line is then
reordered (UAX #9 L1-L2 and L4: brackets mirrored in right-to-left runs) and drawn with
a font per character run from the role's per-script families and the shipped fallbacks.

Text extraction (copy/paste, search, pdftotext) gives real letters in reading order:
``ToUnicode`` maps send presentation forms back to letters (a ligature to its letters in
visual order, which every reader reverses back), mirrored brackets back to the
logical bracket, and carry invisible LRM/RLM hints at embedded-run edges (see
``visual.py``); harakat are outlines plus invisible text. The level runs of a line are
drawn in reading order (for MuPDF and pdf.js, which keep the drawing order), and a URL,
e-mail or phone number inside right-to-left text is drawn run by run from its right end
(for pdfium, which reverses such runs); the page looks the same. The header and footer
(organisation, page numbers) are real text too, so they can be searched and copied.
No ``/ActualText``: poppler and pdfium reverse it again in right-to-left lines.

Modules: ``bidi`` (levels, reordering, shaping), ``layout`` (runs -> shaped characters
with fonts and widths -> lines), ``visual`` (a line in visual order with extraction
hints), ``draw`` (PDF operators, links), ``outline`` (glyphs as paths), ``flowable``
(paragraph with line-by-line split, keep-with-next), ``flow`` (blocks down pages, no
platypus), ``page`` (header, footer, page count), ``fontcache`` (fonts, widths,
ToUnicode), ``rl`` (the only module using ReportLab internals), ``diskcache`` (parsed
fonts kept between runs), ``shapes`` (Arabic shaping, batched and kept between runs),
``build`` (the story).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pressdesk.compose.document import Document

__all__ = ["render_pdf"]


def render_pdf(doc: Document) -> bytes:
    """Render a composed document to PDF bytes (A4/Letter, fonts embedded and subset)."""
    from .build import build_pdf

    return build_pdf(doc)
