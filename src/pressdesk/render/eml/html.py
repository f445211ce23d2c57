"""The e-mail's HTML body: table layout, every style inline, direction on every block.

Mail clients are hostile to web pages: Gmail drops ``<style>`` in many views and Outlook on
Windows renders with Word's engine (no flexbox, no logical CSS properties, little of CSS on
``<p>``). So the body is a table of one cell per block; each cell and each paragraph carries
``dir``, ``lang`` and a physical ``align`` attribute (right for Arabic), and css-inline turns
the small style sheet into ``style`` attributes. Only web-safe fonts that carry Arabic on
Windows and macOS are named; there are no remote resources and no script.

The template is PressDesk's own (trusted, built in), so it runs in a plain autoescaping Jinja
environment of its own, not in the HTML renderer's sandbox that exists for users' layouts.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import css_inline
from jinja2 import Environment, select_autoescape
from markupsafe import Markup

from pressdesk.compose.document import (
    HEADING_ROLES,
    Block,
    Direction,
    Document,
    Role,
    RoleStyle,
    RunKind,
)
from pressdesk.render.marks import line_mark, run_text

WIDTH = 640  # px: the usual e-mail body width
LOGO_HEIGHT = 56  # px: the logo row's height
# Fonts every Windows and macOS mail client has, with Arabic and Hebrew glyphs.
SANS = "Arial, Tahoma, 'Segoe UI', 'Geeza Pro', 'Arial Hebrew', Helvetica, sans-serif"
SERIF = "Georgia, 'Times New Roman', Tahoma, 'Segoe UI', 'Geeza Pro', 'Arial Hebrew', serif"
_SERIF_FAMILIES = ("serif", "Amiri", "Frank Ruhl", "Times", "Georgia", "Garamond")
_SAFE_SCHEMES = ("http://", "https://", "mailto:")


@dataclass(frozen=True)
class Logo:
    cid: str  # the Content-ID of the inline image part, without <>
    width: int
    height: int


@dataclass(frozen=True)
class _RunView:
    text: str
    kind: str
    href: str | None
    dir: str | None
    bold: bool
    italic: bool


def _tag(role: Role) -> str:
    return "h1" if role is Role.HEADLINE else "h2" if role in HEADING_ROLES else "p"


def physical_align(align: str, direction: Direction) -> str:
    """The HTML ``align`` value for a logical alignment (justified text stays flush start)."""
    start, end = ("right", "left") if direction is Direction.RTL else ("left", "right")
    return {"center": "center", "end": end}.get(align, start)


def _font_stack(style: RoleStyle, rtl: bool) -> str:
    """Arabic and Hebrew text in Arial/Tahoma (Word's engine takes the first family for the
    whole run); Latin text serif or sans as the template's font is."""
    family = style.font.latin
    serif = any(k in family for k in _SERIF_FAMILIES) and "Sans" not in family
    return SERIF if serif and not rtl else SANS


def _px(points: float) -> str:
    return f"{round(points * 4 / 3)}px"


def role_css(role: str, style: RoleStyle, rtl: bool) -> str:
    """One role's rule with physical properties only (Outlook knows no logical ones)."""
    f = style.font
    start = "right" if rtl else "left"
    decl = [
        f"font-family: {_font_stack(style, rtl)}",
        f"font-size: {_px(f.size)}",
        f"line-height: {_px(f.size * style.line_height)}",
        f"font-weight: {'bold' if f.bold else 'normal'}",
        f"font-style: {'italic' if f.italic else 'normal'}",
        f"color: {style.color}",
        f"margin: {_px(style.space_before)} 0 {_px(style.space_after)} 0",
        "text-align: " + ("justify" if style.align == "justify" else physical_align(style.align,
                          Direction.RTL if rtl else Direction.LTR)),
        f"direction: {'rtl' if rtl else 'ltr'}",
        "mso-line-height-rule: exactly",
    ]
    pad = [0.0, style.indent, 0.0, style.indent]  # top, right, bottom, left
    if style.background:
        decl.append(f"background-color: {style.background}")
        pad = [6.0, max(pad[1], 10.0), 6.0, max(pad[3], 10.0)]
    if style.border_start:
        decl.append(f"border-{start}: {_px(style.border_start)} solid {style.rule_color}")
        pad[1 if rtl else 3] += 10.0
    if style.rule_above:
        decl.append(f"border-top: 1px solid {style.rule_color}")
        pad[0] += 4.0
    if style.rule_below:
        decl.append(f"border-bottom: 1px solid {style.rule_color}")
        pad[2] += 4.0
    if any(pad):
        decl.append("padding: " + " ".join(_px(p) for p in pad))
    if style.uppercase and not rtl:
        decl.append("text-transform: uppercase")
    return f".pd-{role} {{ " + "; ".join(decl) + "; }"


def _css(doc: Document) -> str:
    rtl = doc.direction is Direction.RTL
    body = doc.styles.get(Role.PARAGRAPH)
    color = body.color if body else "#1a1a1a"
    family = _font_stack(body, rtl) if body else SANS
    rules = [
        f".pd-body {{ margin: 0; padding: 0; background-color: #ffffff; color: {color}; "
        f"font-family: {family}; }}",
        ".pd-outer { width: 100%; background-color: #ffffff; }",
        ".pd-outer-cell { padding: 16px 8px; }",
        f".pd-sheet {{ width: 100%; max-width: {WIDTH}px; }}",
        ".pd-cell { padding: 0 16px; }",
        f".pd-logo {{ padding: 0 16px 12px 16px; border-bottom: 1px solid {doc.identity.accent}; }}",
        f".pd-link {{ color: {doc.identity.accent}; text-decoration: underline; }}",
        ".pd-logo img { display: block; border: 0; outline: none; }",
    ]
    seen: set[str] = set()
    for block in doc.blocks:
        role = block.role.value
        style = doc.styles.get(block.role)
        if role in seen or style is None:
            continue
        seen.add(role)
        rules.append(role_css(role, style, block.direction is Direction.RTL))
    rules.append(f"@media only screen and (max-width: {WIDTH + 20}px) "
                 "{ .pd-sheet { width: 100% !important; } }")
    return "\n".join(rules)


def _runs(block: Block) -> tuple[_RunView, ...]:
    views = []
    for i, run in enumerate(block.runs):
        text = "\n" if run.kind is RunKind.LINE_BREAK else run_text(run.text, run.direction,
                                                                       block.direction)
        if i == 0:
            text = line_mark(block.text, block.direction) + text
        href = run.href if run.href and run.href.lower().startswith(_SAFE_SCHEMES) else None
        views.append(_RunView(text, run.kind.value, href,
                              run.direction.value if run.direction else None, run.bold, run.italic))
    return tuple(views)


def _block(block: Block, doc: Document) -> dict[str, Any]:
    style = doc.styles.get(block.role)
    return {
        "role": block.role.value,
        "tag": _tag(block.role),
        "dir": block.direction.value,
        "lang": block.language,
        "align": physical_align(style.align if style else "start", block.direction),
        "runs": _runs(block),
    }


@cache
def _template() -> Any:
    source = resources.files("pressdesk.render.eml").joinpath("mail.html.j2").read_text("utf-8")
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=False, lstrip_blocks=False)
    return env.from_string(source)


def mail_html(doc: Document, logo: Logo | None = None) -> str:
    """The e-mail's HTML with every style inline (only a media query stays in ``<style>``)."""
    rtl = doc.direction is Direction.RTL
    html = _template().render(
        lang=doc.language,
        dir=doc.direction.value,
        start="right" if rtl else "left",
        title=doc.metadata.title,
        organisation=doc.identity.name,
        width=WIDTH,
        css=Markup(_css(doc)),  # built from validated values: #rrggbb colours, numbers, our fonts
        logo=logo,
        blocks=[_block(b, doc) for b in doc.blocks if b.text.strip()],
    )
    return css_inline.inline(html, keep_at_rules=True, load_remote_stylesheets=False)
