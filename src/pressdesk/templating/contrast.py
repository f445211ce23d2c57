"""WCAG 2 colour contrast, and accent colours that pass it for text on white."""

from __future__ import annotations

from pressdesk.templating.schema import HEX_COLOR

WHITE = "#ffffff"
AA_NORMAL = 4.5  # WCAG 2.1 AA, normal text
AA_LARGE = 3.0  # WCAG 2.1 AA, large text (headings, 18 pt and more)

# Accent presets: each passes AA for normal text on white (tested).
ACCENT_PRESETS: dict[str, str] = {
    "navy": "#1f4e79",
    "teal": "#00695c",
    "green": "#2e7d32",
    "burgundy": "#8e1b3a",
    "red": "#b71c1c",
    "purple": "#5b2c83",
    "brown": "#6d4c41",
    "slate": "#37474f",
    "un-blue": "#00558c",
    "black": "#1a1a1a",
}


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(color: str) -> float:
    """Relative luminance of '#rrggbb' (0 black to 1 white)."""
    if not HEX_COLOR.match(color):
        raise ValueError(f"{color!r}: expected a colour like '#1f4e79'")
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(foreground: str, background: str = WHITE) -> float:
    """WCAG contrast ratio, 1 (none) to 21 (black on white)."""
    a, b = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def contrast_problem(color: str, background: str = WHITE, *, large: bool = False) -> str:
    """Why text in ``color`` is hard to read on ``background`` ("" when it passes AA)."""
    try:
        ratio = contrast_ratio(color, background)
    except ValueError as exc:
        return str(exc)
    need = AA_LARGE if large else AA_NORMAL
    if ratio >= need:
        return ""
    return (f"{color} on {background} has a contrast of {ratio:.1f}:1; text needs at least "
            f"{need:g}:1 to be readable (WCAG AA)")
