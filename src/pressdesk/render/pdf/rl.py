"""The one module that touches ReportLab's private attributes (and its process settings).

Every use below names the attribute, why PressDesk needs it, and is checked by
``tests/render_pdf/test_rl_adapter.py``, which fails loudly when a ReportLab upgrade
renames or changes one of them. Nothing else in ``render/pdf`` may use an underscore
attribute of a ReportLab object.
"""

from __future__ import annotations

import copy
import io
import os
import zlib
from collections.abc import Callable, Iterator
from functools import lru_cache

from reportlab import rl_config
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTEncoding, TTFont, TTFontFace
from reportlab.pdfgen.canvas import Canvas

from . import diskcache

__all__ = [
    "FAST_FLATE",
    "Canvas",
    "ToUnicodeTTFont",
    "add_glyph_alias",
    "configure",
    "draw_image",
    "emit",
    "font_face",
    "get_font",
    "is_registered",
    "load_image",
    "new_canvas",
    "parsed_face",
    "register_font",
    "restore_page",
    "show_runs",
    "snapshot_page",
    "start_page",
]


def configure() -> None:
    """Process-wide: ``rl_config.useA85 = 0``.

    Reason: binary (not ASCII85) image and font streams are smaller and skip a slow
    pass; ReportLab only offers this as a global setting.
    """
    rl_config.useA85 = 0


def new_canvas(buf: io.BytesIO, canvas_class: type[Canvas], *, pagesize: tuple[float, float],
               title: str, author: str, subject: str, keywords: list[str], lang: str | None,
               initial_font: str, initial_size: float, rtl: bool) -> Canvas:
    """A canvas with the document information and viewer preferences set (public API)."""
    canv = canvas_class(buf, pagesize=pagesize, pageCompression=1, initialFontName=initial_font,
                        initialFontSize=initial_size, lang=lang)
    canv.setAuthor(author)
    canv.setTitle(title)
    canv.setSubject(subject)
    canv.setCreator("PressDesk")
    canv.setProducer(None)
    canv.setKeywords(keywords)
    canv.setViewerPreference("DisplayDocTitle", "true")
    if rtl:
        canv.setViewerPreference("Direction", "R2L")
    return canv


def emit(canv: Canvas, operators: str) -> None:
    """Append raw PDF content operators to the current page (``canv._code``).

    Reason: text is drawn as ``TJ`` arrays with per-glyph shifts (harakat, extraction
    hints) and glyph outlines as paths; ReportLab's text objects can do neither, and
    building them is slower.
    """
    canv._code.append(operators)


def show_runs(canv: Canvas, fontname: str, text: str) -> Iterator[tuple[str, str]]:
    """``(font resource name, escaped PDF string)`` per font subset of ``text``.

    Reason: a TrueType font's subsets live per document, keyed by ``canv._doc``
    (ReportLab's ``PDFDocument``), which only ReportLab's own text objects pass.
    """
    font = pdfmetrics.getFont(fontname)
    doc = canv._doc
    for subset, raw in font.splitString(text, doc):
        yield font.getSubsetInternalName(subset, doc), escapePDF(raw)


def snapshot_page(canv: Canvas) -> dict:
    """The finished page's canvas state (``canv.__dict__``), to draw "page N of M" later.

    Reason: ReportLab's documented two-pass page-count recipe keeps the page state and
    starts a new page with ``Canvas._startPage``.
    """
    return dict(canv.__dict__)


def start_page(canv: Canvas) -> None:
    """Begin a new page without emitting the current one (``Canvas._startPage``)."""
    canv._startPage()


def restore_page(canv: Canvas, state: dict) -> None:
    canv.__dict__.update(state)


# --- images -----------------------------------------------------------------------------------
def load_image(path: str) -> pdfdoc.PDFImageXObject | None:
    """The parsed image of a file (decoded and compressed once per file version, for
    :func:`draw_image`), or ``None`` if it cannot be read as an image."""
    try:
        st = os.stat(path)
        return _image_xobject(path, st.st_mtime_ns, st.st_size)
    except Exception:
        return None


def draw_image(canv: Canvas, image: pdfdoc.PDFImageXObject, x: float, y: float,
               width: float, height: float) -> None:
    """``canv.drawImage(path, x, y, width, height, mask="auto")`` for an image from
    :func:`load_image`.

    Reason: a batch export draws the template's logo on every release, and ReportLab
    reads, decodes and deflates an image file anew for each document. The parsed image
    (``pdfdoc.PDFImageXObject``, its alpha channel left in ``_smask``) is kept per file
    version; each document registers a copy as ``drawImage`` does (``canv._doc``'s
    ``getXObjectName``, ``idToObject``, ``Reference`` and ``addForm``,
    ``canv._setXObjects``, ``canv._formsinuse``, ``canv._currentPageHasImages``).
    """
    doc = canv._doc
    reg_name = doc.getXObjectName(image.name)
    if doc.idToObject.get(reg_name) is None:
        img = copy.copy(image)
        canv._setXObjects(img)
        doc.Reference(img, reg_name)
        doc.addForm(img.name, img)
        smask = img.__dict__.pop("_smask", None)
        if smask is not None:
            mask_name = doc.getXObjectName(smask.name)
            if doc.idToObject.get(mask_name) is None:
                smask = copy.copy(smask)
                canv._setXObjects(smask)
                img.smask = doc.Reference(smask, mask_name)
            else:
                img.smask = pdfdoc.PDFObjectReference(mask_name)
    canv._currentPageHasImages = 1
    canv.saveState()
    canv.translate(x, y)
    canv.scale(width, height)
    canv._code.append(f"/{reg_name} Do")
    canv.restoreState()
    canv._formsinuse.append(image.name)


@lru_cache(maxsize=16)
def _image_xobject(path: str, mtime_ns: int, size: int) -> pdfdoc.PDFImageXObject:
    """The parsed image of one version of a file (never registered in a document itself)."""
    from hashlib import md5

    name = md5(f"{path}{mtime_ns}{size}auto".encode()).hexdigest()
    img = pdfdoc.PDFImageXObject(name, path, mask="auto")
    img.name = name
    return img


# --- fonts ------------------------------------------------------------------------------------
def get_font(fontname: str):
    return pdfmetrics.getFont(fontname)


def is_registered(fontname: str) -> bool:
    """Whether a font is registered (``pdfmetrics.getFont`` on an unknown name parses every
    AFM file it can find)."""
    return fontname in pdfmetrics.getRegisteredFontNames()


def register_font(font: TTFont) -> None:
    pdfmetrics.registerFont(font)


def font_face(fontname: str):
    """The parsed TrueType face (``.ascent``, ``.descent`` in 1/1000 em)."""
    return pdfmetrics.getFont(fontname).face


def blank_glyph(fontname: str, cp: int) -> bool:
    """Whether the font maps ``cp`` to a glyph with no outline and no advance.

    Reason: a zero-width *format* glyph is not always blank (Noto draws U+200F as a
    dotted box); the face's ``charToGlyph``, ``charWidths`` and ``glyphPos`` (offsets into
    ``glyf``: an empty glyph has no data) tell.
    """
    face = pdfmetrics.getFont(fontname).face
    gid = face.charToGlyph.get(cp)
    if gid is None or face.charWidths.get(cp, face.defaultWidth) != 0:
        return False
    pos = face.glyphPos
    return gid + 1 < len(pos) and pos[gid + 1] == pos[gid]


def add_glyph_alias(fontname: str, alias_cp: int, source_cp: int) -> None:
    """Make code point ``alias_cp`` draw ``source_cp``'s glyph with its width.

    Reason: aliases (private-use code points with their own ``ToUnicode`` text) need
    entries in the face's ``charToGlyph``, ``charWidths`` and ``glyphToChar`` tables,
    which ReportLab fills from the font's cmap only.
    """
    face = pdfmetrics.getFont(fontname).face
    if alias_cp in face.charToGlyph:
        return
    gid = face.charToGlyph.get(source_cp, 0)
    face.charToGlyph[alias_cp] = gid
    face.charWidths[alias_cp] = face.charWidths.get(source_cp, face.defaultWidth)
    if hasattr(face, "glyphToChar"):
        face.glyphToChar.setdefault(gid, []).append(alias_cp)


def _pdf_scale(units_per_em: int) -> Callable[[float], float]:
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def parsed_face(filename: str) -> TTFontFace:
    """ReportLab's parsed face of a TrueType file, from the disk cache when possible.

    Reason: parsing is most of a cold export. A face is its ``__dict__`` (the font data
    and tables) plus ``_pdfScale``, a lambda (not picklable) rebuilt from ``unitsPerEm``.
    """
    state = diskcache.load("face", filename)
    if isinstance(state, dict) and "unitsPerEm" in state:
        face = TTFontFace.__new__(TTFontFace)
        face.__dict__.update(state)
        face._pdfScale = _pdf_scale(face.unitsPerEm)
        return face
    face = TTFontFace(filename)
    diskcache.store("face", filename, {k: v for k, v in face.__dict__.items() if k != "_pdfScale"})
    return face


class _FastFlate:
    """ReportLab's Flate filter at zlib level 1 (ReportLab's is level 6).

    Reason: deflating the embedded font programs was a sixth of a PDF's time; at level 1 a
    TrueType subset takes under half the time and comes out about 2 % larger (a
    ``ToUnicode`` CMap: a third of the time and no larger). A stream's ``filters`` are
    objects with ``pdfname`` and ``encode``.
    """

    pdfname = "FlateDecode"

    def encode(self, data: bytes | str) -> bytes:
        return zlib.compress(data.encode("utf-8") if isinstance(data, str) else data, 1)

    def decode(self, encoded: bytes) -> bytes:
        return zlib.decompress(encoded)


FAST_FLATE = _FastFlate()


class _Numbers(pdfdoc.PDFArray):
    """A PDF array of numbers, written in one pass: the same bytes as ``PDFArray``.

    Reason: a subset's ``Widths`` (up to 256 numbers) went through ReportLab's ``format``
    one number at a time, a tenth of writing a PDF. ``fp_str`` of many numbers joins
    them with spaces; ``PDFArray`` breaks its line after every ten.
    """

    def format(self, document):
        seq = self.sequence
        lines = [fp_str(*seq[i:i + 10]) for i in range(0, len(seq), 10)]
        return b"[ " + " \n  ".join(lines).encode("ascii") + b" ]"


class ToUnicodeTTFont(TTFont):
    """A TTFont whose ``ToUnicode`` CMaps come from ``cmap_for(name, subset code points)``.

    Reason: ReportLab writes the CMap from the subset's code points; PressDesk's map
    presentation forms and aliases to the letters typed. It needs the per-document
    subsets (``self.state[doc].subsets``), the subset font name (``SUBSETN``,
    ``face.name``, ``face.subfontNameX``) and the CMap stream ReportLab registered
    (``doc.idToObject["toUnicodeCMap:" + name]``), whose ``content`` it replaces.
    """

    cmap_for: Callable[[str, list[int]], str] | None = None

    def __init__(self, name: str, filename: str, asciiReadable: bool = True):
        # TTFont.__init__ minus the parsing (the face may come from the cache)
        from weakref import WeakKeyDictionary

        self.fontName = name
        self.face = parsed_face(filename)
        self.encoding = TTEncoding()
        self.state: WeakKeyDictionary = WeakKeyDictionary()
        self._asciiReadable = asciiReadable
        self.shapable = True

    def addObjects(self, doc):
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        names = [self.getSubsetInternalName(n, doc)[1:] for n in range(len(subsets))]
        super().addObjects(doc)
        if self.cmap_for is None:
            return
        for n, subset in enumerate(subsets):
            base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is not None:
                stream.content = self.cmap_for(base, subset)
                if stream.filters:
                    stream.filters = [FAST_FLATE]
            font = doc.idToObject["BasicFonts"].dict.get(names[n])
            if font is not None and isinstance(font.Widths, pdfdoc.PDFArray):
                font.Widths = _Numbers(font.Widths.sequence)
            program = doc.idToObject.get(f"fontFile:{self.face.filename}({base})")
            if program is not None and program.filters:
                program.filters = [FAST_FLATE]
