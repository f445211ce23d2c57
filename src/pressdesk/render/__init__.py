"""Renderers: each turns a composed Document into one file format, knowing nothing of the others.

Renderers are looked up by name and imported on first use, so an HTML export never loads
ReportLab or python-docx.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

FORMATS: dict[str, tuple[str, str, str]] = {
    # name: (module, function, file suffix)
    "html": ("pressdesk.render.html", "render_html", ".html"),
    "pdf": ("pressdesk.render.pdf", "render_pdf", ".pdf"),
    "docx": ("pressdesk.render.docx", "render_docx", ".docx"),
}


class RendererUnavailable(RuntimeError):
    """A format whose renderer is not installed or not built yet."""


def renderer(name: str) -> Callable[..., bytes]:
    """The render function for a format name (html, pdf, docx)."""
    try:
        module_name, func, _ = FORMATS[name]
    except KeyError:
        raise RendererUnavailable(f"unknown format {name!r}") from None
    try:
        module = import_module(module_name)
        return getattr(module, func)
    except (ImportError, AttributeError) as exc:
        raise RendererUnavailable(f"{name.upper()} export is not available: {exc}") from None


def suffix(name: str) -> str:
    return FORMATS[name][2]
