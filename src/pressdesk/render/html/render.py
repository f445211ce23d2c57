"""Render a Document to HTML with the template's (sandboxed) layout."""

from __future__ import annotations

import base64
import mimetypes
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from jinja2 import TemplateError
from markupsafe import Markup

from pressdesk.compose.digits import DIGITS
from pressdesk.compose.document import Block, Direction, Document, Role, RunKind
from pressdesk.render.errors import LayoutError
from pressdesk.render.html.css import font_faces, font_stack, role_css
from pressdesk.render.html.sandbox import LayoutProblem, compiled, render_layout, scan_html
from pressdesk.templating.layout import static_problems

LRI, RLI, PDI = "\u2066", "\u2067", "\u2069"
_TAGS = {Role.HEADLINE: "h1", **{r: "h2" for r in (
    Role.BACKGROUND_HEADING, Role.CONTACTS_HEADING, Role.BOILERPLATE_HEADING, Role.NOTES_HEADING
)}}  # fmt: skip
_COUNTER_STYLE = {"latn": "decimal", "arab": "arabic-indic", "arabext": "persian"}


@dataclass(frozen=True)
class RunView:
    text: str
    kind: str
    href: str | None
    dir: str | None
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class ImageView:
    src: str  # a data: URI (the HTML file is one file)
    alt: str
    width: int
    height: int


@dataclass(frozen=True)
class BlockView:
    """A block, or a group: ``figure`` (``image`` and its caption/credit ``children``),
    ``ul``/``ol`` (its items as ``children``)."""

    role: str
    tag: str
    dir: str
    lang: str
    runs: tuple[RunView, ...]
    image: ImageView | None = None
    children: tuple[BlockView, ...] = ()


@cache
def _default_layout() -> str:
    node = resources.files("pressdesk").joinpath("resources/html/release.html.j2")
    return node.read_text("utf-8")


def _run_view(run: Any, isolate_controls: bool) -> RunView:
    text = run.text
    href = run.href if run.kind in (RunKind.LINK, RunKind.EMAIL) else None
    if href and not href.lower().startswith(("http://", "https://", "mailto:")):
        href = None  # compose only makes these; anything else is never a link
    direction = run.direction.value if run.direction else None
    if isolate_controls and direction:
        text = (LRI if direction == "ltr" else RLI) + text + PDI
    return RunView(text=text, kind=run.kind.value, href=href, dir=direction,
                   bold=run.bold and run.kind is not RunKind.DATELINE, italic=run.italic)


def block_view(block: Block, isolate_controls: bool = False, tag: str | None = None) -> BlockView:
    return BlockView(
        role=block.role.value,
        tag=tag or _TAGS.get(block.role, "p"),
        dir=block.direction.value,
        lang=block.language,
        runs=tuple(_run_view(r, isolate_controls) for r in block.runs),
    )


def block_views(blocks: tuple[Block, ...], isolate_controls: bool = False) -> list[BlockView]:
    """Views in order, a figure with the caption and credit after it and a list's items
    grouped (see ``compose.document``)."""
    out: list[BlockView] = []
    k, n = 0, len(blocks)
    while k < n:
        b = blocks[k]
        j = k + 1
        if b.role is Role.FIGURE and b.image is not None:
            while j < n and blocks[j].role in (Role.CAPTION, Role.CREDIT):
                j += 1
            img = b.image
            src = f"data:{img.mime};base64,{base64.b64encode(img.data).decode()}"
            out.append(BlockView(
                role="figure", tag="figure", dir=b.direction.value, lang=b.language, runs=(),
                image=ImageView(src, img.alt, img.width, img.height),
                children=tuple(block_view(c, isolate_controls) for c in blocks[k + 1 : j])))
        elif b.role is Role.LIST_ITEM and b.list_item is not None:
            ident = b.list_item.list_id
            while (j < n and blocks[j].role is Role.LIST_ITEM and blocks[j].list_item is not None
                   and blocks[j].list_item.list_id == ident):  # type: ignore[union-attr]
                j += 1
            out.append(BlockView(
                role="list", tag="ol" if b.list_item.ordered else "ul", dir=b.direction.value,
                lang=b.language, runs=(),
                children=tuple(block_view(c, isolate_controls, "li") for c in blocks[k:j])))
        elif b.role is not Role.FIGURE:
            out.append(block_view(b, isolate_controls))
        k = j
    return out


def _logo_data_uri(doc: Document) -> str | None:
    logo = doc.identity.logo
    if not (doc.furniture.show_logo and logo):
        return None
    try:
        data = logo.read_bytes()
    except OSError:
        return None
    mime = mimetypes.guess_type(logo.name)[0] or "image/png"
    return f"data:{mime};base64,{base64.b64encode(data).decode()}"


def _page_counter(doc: Document) -> str:
    """CSS ``content`` for the printed page number, from the localised label."""
    label = doc.furniture.page_label
    if not label:
        return ""
    style = _COUNTER_STYLE.get(doc.furniture.digits, "decimal")
    parts = []
    rest = label
    while rest:
        i = min((rest.find(k) for k in ("{page}", "{pages}") if k in rest), default=-1)
        if i < 0:
            parts.append(_css_string(rest))
            break
        if i:
            parts.append(_css_string(rest[:i]))
        if rest.startswith("{pages}", i):
            parts.append(f"counter(pages, {style})")
            rest = rest[i + len("{pages}"):]
        else:
            parts.append(f"counter(page, {style})")
            rest = rest[i + len("{page}"):]
    return " ".join(parts)


def _css_string(text: str) -> str:
    return '"' + "".join(c if c.isalnum() or c == " " else f"\\{ord(c):x} " for c in text) + '"'


def context(doc: Document, *, embed_fonts: bool = False, isolate_controls: bool = False) -> dict[str, Any]:
    """Everything a layout template may use; all user text in it is plain (autoescaped)."""
    rtl = doc.direction is Direction.RTL
    faces, names = font_faces(doc, embed_fonts)
    css = [faces] if faces else []
    for role, style in doc.styles.items():
        key = (style.font.arabic, style.font.latin, style.font.hebrew)
        css.append(role_css(role, style, font_stack(style.font, names.get(key), rtl), rtl))
    body_style = doc.styles[Role.PARAGRAPH]
    return {
        "lang": doc.language,
        "dir": doc.direction.value,
        "title": doc.metadata.title,
        "author": doc.metadata.author,
        "subject": doc.metadata.subject,
        "keywords": ", ".join(doc.metadata.keywords),
        "date": doc.metadata.date,
        "blocks": block_views(doc.blocks, isolate_controls),
        "organisation": doc.identity.name,
        "header_text": doc.furniture.header_text,
        "footer_text": doc.furniture.footer_text,
        "logo": _logo_data_uri(doc),
        "accent": doc.identity.accent,
        "page_size": doc.page.size,
        "margins_mm": (
            doc.page.margin_top_mm,
            doc.page.margin_end_mm if rtl else doc.page.margin_start_mm,
            doc.page.margin_bottom_mm,
            doc.page.margin_start_mm if rtl else doc.page.margin_end_mm,
        ),
        "page_counter": Markup(_page_counter(doc)),
        # built only from validated template values (known fonts, #rrggbb colours, numbers)
        "role_css": Markup("\n".join(css)),
        "body_font": Markup(font_stack(body_style.font, None, rtl)),
        "text_color": body_style.color,
        "digits": DIGITS.get(doc.furniture.digits, DIGITS["latn"]),
        "list_style": _COUNTER_STYLE.get(doc.furniture.digits, "decimal"),
    }


def render_html(doc: Document, *, embed_fonts: bool = False, layout: str | None = None,
                warnings: list[str] | None = None, isolate_controls: bool = False) -> bytes:
    """The HTML file's bytes (UTF-8).

    ``layout`` is a template's own Jinja layout; one that fails its checks is reported in
    ``warnings`` (or raised as LayoutError when no list is given) and the default layout is
    used. ``isolate_controls`` adds LRI/RLI..PDI around embedded runs (the ``<bdi>`` and
    ``dir`` the HTML carries are enough for browsers).
    """
    ctx = context(doc, embed_fonts=embed_fonts, isolate_controls=isolate_controls)
    if layout:
        try:
            return _render_custom_layout(layout, ctx)
        except LayoutError as exc:
            if warnings is None:
                raise
            warnings.append(f"{exc}; the default HTML layout was used instead")
    return compiled(_default_layout()).render(ctx).encode("utf-8")


def _render_custom_layout(source: str, ctx: dict[str, Any]) -> bytes:
    """A template's own layout: checked, rendered with time and size limits, then scanned."""
    problems = static_problems(source, set(ctx))
    html = ""
    if not problems:
        try:
            html = render_layout(source, ctx)
        except LayoutProblem as exc:
            problems = [str(exc)]
        except TemplateError as exc:  # includes SecurityError from the sandbox
            problems = [str(exc)]
    problems = problems or scan_html(html)
    if problems:
        raise LayoutError("the template's HTML layout failed: " + "; ".join(problems))
    return html.encode("utf-8")
