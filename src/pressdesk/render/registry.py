"""The one list of export formats: every other module (pipeline, CLI, settings, the export
dialog, the conformance suite) reads it from here.

A record names the module and function that render the format, loaded on first use so an
HTML export never imports ReportLab or python-docx, the options the function takes and what
the format can carry (capabilities as data, read by the shared tests).

Adding a format: a package ``pressdesk/render/<name>/`` with ``render_<name>(doc, **options)
-> bytes`` and one ``Format(...)`` record below.

Formats built from other formats' files. Renderers never import each other; a format that
carries other formats' output (the e-mail draft attaches the PDF and uses the plain text as
its body) names them in ``parts`` (always) and ``optional_parts`` (when the caller asks, e.g.
``--attach docx``) and takes the ``PARTS`` option: a dict of format name -> bytes, which
:func:`pressdesk.pipeline.render` fills by rendering those formats through this registry,
each once per export (an export that also writes the PDF reuses the same bytes). ``STEM``
gives such a renderer the export's file name stem, so an attachment is named as the export
would name its own file. A part may not need the format that needs it (checked below).
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
PARTS = "parts"  # dict[str, bytes]: the output of the formats named in Format.parts
STEM = "stem"  # str: the export's file name stem (for files named inside the output)
MAIL = "mail"  # dict[str, Any]: the template's [email] table (from, to, bcc)

# Capabilities: what a format's files can carry.
LINKS = "links"  # live links (URLs and e-mail addresses)
METADATA = "metadata"  # title, author, language and keywords in the file's properties
PAGE_NUMBERS = "page_numbers"  # numbered pages with the localised page label
FONTS_EMBEDDED = "fonts_embedded"  # the shipped fonts are always inside the file
STYLES = "styles"  # named styles per role (Word's styles, CSS classes)
DIRECTION = "direction"  # per-block direction and language markup
ATTACHMENTS = "attachments"  # other formats' files inside this one (the e-mail draft)
IMAGES = "images"  # photos from image blocks, with caption and credit
LISTS = "lists"  # bulleted and numbered lists as real list structure
EMPHASIS = "emphasis"  # bold and italic runs


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
    parts: tuple[str, ...] = ()  # formats whose bytes this one always needs (PARTS)
    optional_parts: tuple[str, ...] = ()  # formats it carries when asked (``--attach``)

    def parts_for(self, attach: Iterable[str] = ()) -> tuple[str, ...]:
        """The formats to render first and hand over as PARTS: required ones, then asked ones."""
        wanted = set(attach)
        return self.parts + tuple(p for p in self.optional_parts if p in wanted)

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
               capabilities=_caps(LINKS, METADATA, PAGE_NUMBERS, FONTS_EMBEDDED, DIRECTION,
                                  IMAGES, LISTS, EMPHASIS)),
        Format("docx", ".docx", "Word (DOCX)",
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               "pressdesk.render.docx", "render_docx", options=frozenset({EMBED_FONTS}),
               capabilities=_caps(LINKS, METADATA, PAGE_NUMBERS, STYLES, DIRECTION, IMAGES, LISTS,
                                  EMPHASIS)),
        Format("html", ".html", "HTML", "text/html", "pressdesk.render.html", "render_html",
               options=frozenset({EMBED_FONTS, LAYOUT, WARNINGS}),
               capabilities=_caps(LINKS, METADATA, PAGE_NUMBERS, STYLES, DIRECTION, IMAGES, LISTS,
                                  EMPHASIS)),
        # Not written by ``-f all`` (the three document formats): the plain text is a by-product
        # for wires, and a draft e-mail carries a second copy of the PDF.
        Format("txt", ".txt", "Plain text", "text/plain", "pressdesk.render.txt", "render_txt",
               default=False),
        Format("eml", ".eml", "E-mail draft (EML)", "message/rfc822", "pressdesk.render.eml",
               "render_eml", options=frozenset({PARTS, STEM, MAIL, WARNINGS}), default=False,
               parts=("txt", "pdf"), optional_parts=("docx",),
               capabilities=_caps(LINKS, METADATA, DIRECTION, ATTACHMENTS)),
    )
}


def _check(formats: dict[str, Format]) -> None:
    """Parts name known formats that need no parts themselves (no cycles, no chains)."""
    for f in formats.values():
        for part in f.parts + f.optional_parts:
            if part not in formats or formats[part].parts or formats[part].optional_parts:
                raise ValueError(f"format {f.name!r}: part {part!r} must be a plain format")
        if (f.parts or f.optional_parts) and PARTS not in f.options:
            raise ValueError(f"format {f.name!r} has parts but does not take the PARTS option")


_check(FORMATS)


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


def attachable() -> tuple[str, ...]:
    """Formats that some format can carry when asked (the choices of ``--attach``)."""
    return tuple(dict.fromkeys(p for f in FORMATS.values() for p in f.optional_parts))


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
