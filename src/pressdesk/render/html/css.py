"""CSS for a Document's role styles: the same values the DOCX and PDF renderers use."""

from __future__ import annotations

import base64
from functools import cache

from pressdesk.compose.document import Document, FontSpec, Role, RoleStyle

ARABIC_RANGE = "U+0600-06FF, U+0750-077F, U+0870-08FF, U+FB50-FDFF, U+FE70-FEFF, U+1EE00-1EEFF"
HEBREW_RANGE = "U+0590-05FF, U+FB1D-FB4F"
LATIN_RANGE = (
    "U+0000-058F, U+0700-074F, U+0780-086F, U+0900-FAFF, U+FB00-FB1C, U+FE00-FE6F, U+FF00-10FFFF"
)
_RANGES = (("arabic", ARABIC_RANGE), ("hebrew", HEBREW_RANGE), ("latin", LATIN_RANGE))
_FAMILY_KIND = {"Amiri": "serif", "Noto Serif": "serif", "Frank Ruhl Libre": "serif"}
_ALIGN = {"start": "start", "end": "end", "center": "center", "justify": "justify"}


def font_stack(font: FontSpec, name: str | None, rtl: bool) -> str:
    """A font-family list: our composite face first, then the real families by script."""
    order = (font.arabic, font.hebrew, font.latin) if rtl else (font.latin, font.arabic, font.hebrew)
    families = [name] if name else []
    families += list(dict.fromkeys(order))
    generic = _FAMILY_KIND.get(font.latin, "sans-serif")
    return ", ".join(f'"{f}"' for f in families) + f", {generic}"


def _triples(doc: Document) -> dict[tuple[str, str, str], str]:
    names: dict[tuple[str, str, str], str] = {}
    for style in doc.styles.values():
        key = (style.font.arabic, style.font.latin, style.font.hebrew)
        names.setdefault(key, f"pd-font-{len(names)}")
    return names


def font_faces(doc: Document, embed: bool) -> tuple[str, dict[tuple[str, str, str], str]]:
    """@font-face rules mapping each script to its family through unicode-range."""
    names = _triples(doc)
    rules = []
    used = {(s.font.bold, s.font.italic) for s in doc.styles.values()} | {(True, False)}
    for (arabic, latin, hebrew), name in names.items():
        families = {"arabic": arabic, "latin": latin, "hebrew": hebrew}
        for script, urange in _RANGES:
            family = families[script]
            for bold, italic in sorted(used):
                src = _src(family, bold, italic, embed)
                rules.append(
                    f'@font-face {{ font-family: "{name}"; src: {src}; '
                    f"font-weight: {700 if bold else 400}; "
                    f"font-style: {'italic' if italic else 'normal'}; unicode-range: {urange}; }}"
                )
    return "\n".join(rules), names


def _src(family: str, bold: bool, italic: bool, embed: bool) -> str:
    face = ("Bold " if bold else "") + ("Italic" if italic else "")
    face = face.strip() or "Regular"
    local = f'local("{family} {face}"), local("{family}")'
    if not embed:
        return local
    data = _font_data(family, bold, italic)
    return f'{local}, url(data:font/ttf;base64,{data}) format("truetype")' if data else local


@cache
def _font_data(family: str, bold: bool, italic: bool) -> str:
    try:
        from pressdesk.fonts import font_file

        return base64.b64encode(font_file(family, bold=bold, italic=italic).read_bytes()).decode()
    except Exception:
        return ""


def role_css(role: Role, style: RoleStyle, family: str, rtl: bool) -> str:
    f = style.font
    lines = [
        f"font-family: {family}",
        f"font-size: {f.size:g}pt",
        f"font-weight: {700 if f.bold else 400}",
        f"font-style: {'italic' if f.italic else 'normal'}",
        f"color: {style.color}",
        # a list item's indent is on its start side only: the bullet hangs in it
        (f"margin: {style.space_before:g}pt 0 {style.space_after:g}pt; "
         f"margin-inline-start: {style.indent:g}pt" if role is Role.LIST_ITEM else
         f"margin: {style.space_before:g}pt {style.indent:g}pt {style.space_after:g}pt"),
        f"line-height: {style.line_height:g}",
        f"text-align: {_ALIGN.get(style.align, 'start')}",
    ]
    if style.background:
        lines.append(f"background: {style.background}")
        lines.append("padding: 6pt 10pt")
    if style.border_start:
        lines.append(f"border-inline-start: {style.border_start:g}pt solid {style.rule_color}")
        lines.append("padding-inline-start: 10pt")
    if style.rule_above:
        lines.append(f"border-top: 0.75pt solid {style.rule_color}")
        lines.append("padding-top: 4pt")
    if style.rule_below:
        lines.append(f"border-bottom: 0.75pt solid {style.rule_color}")
        lines.append("padding-bottom: 4pt")
    if style.keep_with_next:
        lines.append("break-after: avoid-page")
    if style.uppercase:
        lines.append("text-transform: uppercase")
    body = "; ".join(lines)
    return f".pd-{role.value} {{ {body}; }}"
