"""Document -> blocks (the story) -> pages (:mod:`.flow`) -> PDF bytes."""

from __future__ import annotations

import dataclasses
import io

from pressdesk.compose.direction import language_script
from pressdesk.compose.document import Block, Direction, Document, FontSpec, Role, RoleStyle, Run

from . import rl, shapes
from .figure import FigureImage
from .flow import Frame, flow
from .flowable import BidiParagraph, BoxStyle, KeepWithNext
from .fontcache import rl_font
from .layout import TextStyle, prepare
from .page import Furniture, Geometry, numbered_canvas

LIST_HANG = 18.0  # points between a list's bullet or number and its text
_DEFAULT_STYLE = RoleStyle(font=FontSpec("Noto Sans Arabic", "Noto Sans", "Heebo", 11.0))


def _style(doc: Document, role: Role) -> RoleStyle:
    return doc.styles.get(role) or doc.styles.get(Role.PARAGRAPH) or _DEFAULT_STYLE


def story(doc: Document, text_height: float = 700.0) -> list:
    """The flowables for the document's blocks, headings kept with what follows."""
    flows: list = []
    for block in doc.blocks:
        rs = _style(doc, block.role)
        rtl = block.direction == Direction.RTL
        if block.image is not None:
            flows.append(FigureImage(block.image, rtl=rtl, max_height=text_height,
                                     space_before=rs.space_before, space_after=rs.space_after,
                                     keep_with_next=block.keep_with_next))
            continue
        size = rs.font.size
        ts = TextStyle(font=rs.font, size=size, leading=size * rs.line_height, rtl=rtl,
                       script=language_script(block.language), uppercase=rs.uppercase,
                       page_rtl=doc.direction == Direction.RTL)
        listed = block.list_item is not None
        box = BoxStyle(
            color=rs.color, background=rs.background, space_before=rs.space_before,
            space_after=rs.space_after, align=rs.align, rule_above=rs.rule_above,
            rule_below=rs.rule_below, rule_color=rs.rule_color, indent=rs.indent,
            border_start=rs.border_start if not listed else 0.0,
            bar_color=rs.rule_color if rs.rule_color != "#999999" else (doc.identity.accent or rs.rule_color),
            keep_with_next=block.keep_with_next,
            link_color=doc.identity.accent or "#1f4e79",
        )
        if not block.runs or not block.text.strip():
            continue
        marker = None
        if block.list_item is not None:
            # the indent is on the start side only, the marker hangs in it
            box = dataclasses.replace(box, indent=0.0, hang=rs.indent + LIST_HANG,
                                      marker_at=rs.indent)
            marker = prepare(Block(block.role, (Run(block.list_item.marker),), block.direction,
                                   block.language), ts)
        flows.append(BidiParagraph(prepare(block, ts), box, marker=marker))
    out: list = []
    group: list = []
    for f in flows:
        group.append(f)
        if not f.keepWithNext:
            out.append(KeepWithNext(group) if len(group) > 1 else group[0])
            group = []
    out.extend(group)
    return out


def build_pdf(doc: Document) -> bytes:
    rl.configure()
    geo = Geometry.of(doc)
    furniture = Furniture(doc)
    body = _style(doc, Role.PARAGRAPH)
    script = language_script(doc.language)
    initial_font = rl_font(body.font.family_for(script), False)
    buf = io.BytesIO()
    meta = doc.metadata
    canv = rl.new_canvas(
        buf, numbered_canvas(furniture), pagesize=(geo.width, geo.height),
        title=meta.title or "", author=meta.author or doc.identity.name or "",
        subject=meta.subject or "", keywords=list(meta.keywords), lang=doc.language or None,
        initial_font=initial_font, initial_size=body.font.size, rtl=geo.rtl,
    )
    frame = Frame(geo.left, geo.bottom, geo.text_width, geo.height - geo.top)
    flow(canv, story(doc, geo.height - geo.top - geo.bottom), frame,
         begin_page=furniture.header, end_page=lambda c: c.showPage())
    canv.save()
    shapes.save()
    return buf.getvalue()
