"""Renderers: each turns a composed Document into one file format, knowing nothing of the others.

The formats are listed once, in :mod:`pressdesk.render.registry`; renderers are imported on
first use, so an HTML export never loads ReportLab or python-docx.
"""

from __future__ import annotations

from pressdesk.render.registry import (
    FORMATS,
    Format,
    RendererUnavailable,
    defaults,
    get,
    names,
    problem,
    renderer,
    suffix,
)

__all__ = [
    "FORMATS", "Format", "RendererUnavailable", "defaults", "get", "names", "problem", "renderer", "suffix",
]
