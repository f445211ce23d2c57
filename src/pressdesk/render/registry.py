"""The one list of export formats: every other module (pipeline, CLI, settings, the export
dialog, the conformance suite) reads it from here.

A record names the module and function that render the format, loaded on first use so an
HTML export never imports ReportLab or python-docx, the options the function takes and what
the format can carry (capabilities as data, read by the shared tests).

Adding a format: a package ``pressdesk/render/<name>/`` with ``render_<name>(doc, **options)
-> bytes`` and one ``Format(...)`` record below.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import import_module
from typing import Any


class RendererUnavailable(RuntimeError):
    """A format whose renderer is not installed or not built yet."""


# Options a renderer may take; the pipeline offers all of them and each format gets its own.
EMBED_FONTS = "embed_fonts"  # bool: embed the shipped fonts in the file
LAYOUT = "layout"  # str | None: the template's own (sandboxed) layout source
WARNINGS = "warnings"  # list[str]: the renderer appends what it had to work around

# Capabilities: what a format's files can carry.
LINKS = "links"  # live links (URLs and e-mail addresses)
METADATA = "metadata"  # title, author, language and keywords in the file's properties
PAGE_NUMBERS = "page_numbers"  # numbered pages with the localised page label
FONTS_EMBEDDED = "fonts_embedded"  # the shipped fonts are always inside the file
STYLES = "styles"  # named styles per role (Word's styles, CSS classes)
DIRECTION = "direction"  # per-block direction and language markup


@dataclass(frozen=True, slots=True)
class Format:
    """One export format."""

    name: str  # the id used on the command line and in settings: "pdf"
    suffix: str  # ".pdf"
    label: str  # shown in the UI (the GUI translates it)
    mime: str
    module: str
    function: str
    options: frozenset[str] = frozenset()
    capabilities: frozenset[str] = frozenset()
    default: bool = True  # ticked in the export dialog and written by ``-f all``

    def load(self) -> Callable[..., bytes]:
        """The render function, imported on first use."""
        try:
            return getattr(import_module(self.module), self.function)
        except (ImportError, AttributeError) as exc:
            raise RendererUnavailable(f"{self.label} export is not available: {exc}") from None

    def render(self, doc: Any, **options: Any) -> bytes:
        """Render ``doc``, passing only the options this format takes (``None`` ones dropped)."""
        mine = {k: v for k, v in options.items() if k in self.options and v is not None}
        return self.load()(doc, **mine)

    def supports(self, capability: str) -> bool:
        return capability in self.capabilities


def _caps(*names: str) -> frozenset[str]:
    return frozenset(names)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("pdf", ".pdf", "PDF", "application/pdf", "pressdesk.render.pdf", "render_pdf",
               capabilities=_caps(LINKS, METADATA, PAGE_NUMBERS, FONTS_EMBEDDED, DIRECTION)),
        Format("docx", ".docx", "Word (DOCX)",
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               "pressdesk.render.docx", "render_docx", options=frozenset({EMBED_FONTS}),
               capabilities=_caps(LINKS, METADATA, PAGE_NUMBERS, STYLES, DIRECTION)),
        Format("html", ".html", "HTML", "text/html", "pressdesk.render.html", "render_html",
               options=frozenset({EMBED_FONTS, LAYOUT, WARNINGS}),
               capabilities=_caps(LINKS, METADATA, PAGE_NUMBERS, STYLES, DIRECTION)),
    )
}


def names() -> tuple[str, ...]:
    """Every format name, in the order the UI lists them."""
    return tuple(FORMATS)


def defaults() -> tuple[str, ...]:
    """The formats an export writes when the user did not choose (``-f all``, a new profile)."""
    return tuple(n for n, f in FORMATS.items() if f.default)


def get(name: str) -> Format:
    try:
        return FORMATS[name]
    except KeyError:
        raise RendererUnavailable(f"unknown format {name!r}") from None


def with_capability(capability: str, among: Iterable[str] | None = None) -> tuple[str, ...]:
    """The formats (of ``among``, default all) that can carry ``capability``."""
    return tuple(n for n in (among or FORMATS) if FORMATS[n].supports(capability))


def renderer(name: str) -> Callable[..., bytes]:
    """The render function for a format name."""
    return get(name).load()


def suffix(name: str) -> str:
    return get(name).suffix


def problem(name: str) -> str:
    """Why a format cannot export here, or ``""`` when it can."""
    try:
        renderer(name)
    except RendererUnavailable as exc:
        return str(exc)
    return ""
