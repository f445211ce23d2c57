"""Render a Document as plain text.

Blocks come out in the Document's order (compose has resolved the labels, the dateline and
the quote attributions), one paragraph per line and a blank line between blocks; lines are
never hard-wrapped, so a wire editor or a mail client reflows them. Text is in logical order
with bidi marks only where a neutral would otherwise flip (see :mod:`pressdesk.render.marks`).
Blocks of roles this renderer does not know (newer release formats) come out as their text.
"""

from __future__ import annotations

from pressdesk.compose.document import Block, Direction, Document, Run, RunKind
from pressdesk.render.marks import line_mark, run_text


def _upper(text: str, block: Block, doc: Document) -> str:
    """Upper case where the template asks for it, for Latin-script text only (as elsewhere)."""
    style = doc.styles.get(block.role)
    if style is not None and style.uppercase and block.direction is Direction.LTR:
        return text.upper()
    return text


def _run(run: Run, block: Block) -> str:
    if run.kind is RunKind.LINE_BREAK:
        return "\n"
    text = run_text(run.text, run.direction, block.direction)
    if run.kind is RunKind.LINK and run.href and run.text.strip() != run.href:
        # link text: the address follows it, since plain text cannot link
        text += " " + run_text(f"({run.href})", Direction.LTR, block.direction)
    return text


def block_text(block: Block, doc: Document) -> str:
    """A block as plain-text lines (a contact's lines stay lines), each marked as it needs."""
    text = _upper("".join(_run(r, block) for r in block.runs), block, doc)
    if block.list_item is not None:
        text = block.list_item.marker + " " + text
    lines = [line.strip() for line in text.split("\n")]
    return "\n".join(line_mark(line, block.direction) + line for line in lines if line)


def plain_text(doc: Document) -> str:
    """The whole release as text: blocks in order, a blank line between them."""
    parts = [block_text(b, doc) for b in doc.blocks]
    return "\n\n".join(p for p in parts if p) + "\n"


def render_txt(doc: Document) -> bytes:
    """The plain-text file's bytes: UTF-8 without a byte-order mark, LF line ends."""
    return plain_text(doc).encode("utf-8")
