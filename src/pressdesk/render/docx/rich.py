"""Figures and lists in DOCX: inline pictures and real Word numbering.

* A FIGURE block becomes a paragraph in the "PD Figure" style holding one inline
  picture (``w:drawing``/``wp:inline``), at its natural size at 96 dpi but never wider
  than the text; its alt text goes into ``wp:docPr/@descr``. Caption and credit follow
  as ordinary paragraphs in "PD Caption" and "PD Credit".
* LIST_ITEM blocks get ``w:numPr``. ``word/numbering.xml`` holds four abstract
  definitions (bullet and decimal, each left-to-right and right-to-left: the RTL ones
  carry ``w:bidi`` so their indent and hanging number sit on the right) and one
  ``w:num`` per list, so every numbered list starts again at 1.
"""

from __future__ import annotations

import io
from typing import Any

from docx.oxml.parser import parse_xml
from docx.shared import Emu, Twips
from lxml import etree

from pressdesk.compose.document import Block, Document, Image, Role
from pressdesk.render.docx.oxml import W_NS, sub, twips, w
from pressdesk.render.docx.styles import role_style

HANG = 18.0  # points between the bullet or number and the text
_EMU_PER_PX = 9525  # at 96 dpi
# abstractNumId by (ordered, rtl)
_ABSTRACT = {(False, False): 0, (True, False): 1, (False, True): 2, (True, True): 3}


def list_num_ids(doc: Document) -> dict[int, tuple[int, bool, bool]]:
    """list_id -> (w:numId, ordered, rtl), in document order."""
    out: dict[int, tuple[int, bool, bool]] = {}
    for block in doc.blocks:
        item = block.list_item
        if block.role is Role.LIST_ITEM and item is not None and item.list_id not in out:
            out[item.list_id] = (len(out) + 1, item.ordered, block.direction == "rtl")
    return out


def write_numbering(d: Any, doc: Document) -> dict[int, int]:
    """Replace ``numbering.xml`` with the lists' definitions; list_id -> numId."""
    lists = list_num_ids(doc)
    if not lists:
        return {}
    rs = role_style(doc, Role.LIST_ITEM)
    start = rs.indent + HANG
    root = parse_xml(f'<w:numbering xmlns:w="{W_NS}"/>')
    for (ordered, rtl), abstract_id in _ABSTRACT.items():
        _abstract(root, abstract_id, ordered, rtl, start, rs.font.latin)
    for num_id, ordered, rtl in lists.values():
        num = sub(root, "num", numId=str(num_id))
        sub(num, "abstractNumId", val=str(_ABSTRACT[(ordered, rtl)]))
        over = sub(num, "lvlOverride", ilvl="0")
        sub(over, "startOverride", val="1")
    d.part.numbering_part._element = root
    return {list_id: num_id for list_id, (num_id, _o, _r) in lists.items()}


def _abstract(root: etree._Element, abstract_id: int, ordered: bool, rtl: bool,
              start: float, bullet_font: str) -> None:
    ab = sub(root, "abstractNum", abstractNumId=str(abstract_id))
    sub(ab, "multiLevelType", val="singleLevel")
    lvl = sub(ab, "lvl", ilvl="0")
    sub(lvl, "start", val="1")
    sub(lvl, "numFmt", val="decimal" if ordered else "bullet")
    sub(lvl, "lvlText", val="%1." if ordered else "•")
    sub(lvl, "lvlJc", val="left")  # the start side of the paragraph's direction
    ppr = sub(lvl, "pPr")
    if rtl:
        sub(ppr, "bidi")
    # in a w:bidi paragraph Word and LibreOffice apply "left" to the right-hand side
    sub(ppr, "ind", left=twips(start), hanging=twips(HANG))
    if not ordered:
        rpr = sub(lvl, "rPr")
        sub(rpr, "rFonts", ascii=bullet_font, hAnsi=bullet_font, cs=bullet_font, hint="default")


def add_num_pr(ppr: etree._Element, num_id: int) -> None:
    """``w:numPr`` right after the paragraph's ``w:pStyle`` (schema order)."""
    num_pr = etree.Element(w("numPr"))
    sub(num_pr, "ilvl", val="0")
    sub(num_pr, "numId", val=str(num_id))
    ppr.insert(1, num_pr)


def figure_run(p: etree._Element, block: Block, part: Any, text_width_twips: int) -> None:
    """Append a run holding the figure's inline picture to paragraph ``p``."""
    image: Image | None = block.image
    if image is None:
        return
    natural = image.width * _EMU_PER_PX
    widest = int(Twips(text_width_twips).emu)
    width = min(natural, widest)
    height = round(width * image.aspect)
    inline = part.new_pic_inline(io.BytesIO(image.data), width=Emu(width), height=Emu(height))
    inline.docPr.set("descr", image.alt)
    inline.docPr.set("name", "Photo")
    r = sub(p, "r")
    sub(r, "drawing").append(inline)
