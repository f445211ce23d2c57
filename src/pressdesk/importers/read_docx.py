"""Word files (.docx): paragraphs with their real structure (styles, headings, bold runs, w:bidi)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from pressdesk.importers.limits import (
    MAX_DOCX_BYTES,
    MAX_DOCX_XML_BYTES,
    MAX_PARAGRAPHS,
    Deadline,
    ImportFailure,
    check_size,
)
from pressdesk.importers.paragraphs import Paragraph, Run, from_runs

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING = re.compile(r"(?:heading|titre|überschrift|título|عنوان|כותרת|سرفصل|سرعنوان)\s*(\d)", re.I)
_TITLE = re.compile(r"^(?:title|titre|العنوان|عنوان رئيسي|כותרת ראשית|כותרת|عنوان)$", re.I)
_SUBTITLE = re.compile(r"^(?:subtitle|sous-titre|عنوان فرعي|כותרת משנה|زیرعنوان)$", re.I)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_docx(path: Path, deadline: Deadline) -> list[Paragraph]:
    """The body's paragraphs in order (tables cell by cell); headers and footers are left out."""
    size = path.stat().st_size
    check_size(size, MAX_DOCX_BYTES, "a Word file")
    with path.open("rb") as fh:
        magic = fh.read(8)
    if magic == _OLE_MAGIC:
        raise ImportFailure("the Word file is password-protected or in the old .doc format; "
                            "remove the password or save it as .docx")
    if not zipfile.is_zipfile(path):
        raise ImportFailure("not a Word file (.docx): the file is damaged or of another kind")
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo("word/document.xml")
            if info.file_size > MAX_DOCX_XML_BYTES:
                raise ImportFailure("the Word file's text part is too large to be a press release")
        import docx

        document = docx.Document(str(path))
    except ImportFailure:
        raise
    except KeyError:
        raise ImportFailure("not a Word file (.docx): it has no document part") from None
    except Exception as exc:  # python-docx and lxml raise many kinds on damaged files
        raise ImportFailure(f"the Word file is damaged and cannot be read ({type(exc).__name__})") from None
    out: list[Paragraph] = []
    styles = _Styles(document)
    from docx.table import Table
    from docx.text.paragraph import Paragraph as DocxParagraph

    def walk(container: Any) -> None:
        for child in container.iter_inner_content():
            deadline.check()
            if len(out) > MAX_PARAGRAPHS:
                raise ImportFailure(f"the Word file has more than {MAX_PARAGRAPHS} paragraphs")
            if isinstance(child, DocxParagraph):
                out.extend(_paragraphs(child, styles))
            elif isinstance(child, Table):
                for row in child.rows:
                    seen: set[int] = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:  # merged cells repeat
                            continue
                        seen.add(id(cell._tc))
                        walk(cell)
    try:
        walk(document)
    except ImportFailure:
        raise
    except Exception as exc:
        raise ImportFailure(f"the Word file is damaged and cannot be read ({type(exc).__name__})") from None
    return out


class _Styles:
    """Styles by id, looked up once (python-docx searches every style on each ``.style``)."""

    def __init__(self, document: Any) -> None:
        from docx.enum.style import WD_STYLE_TYPE

        self.by_id = {s.style_id: s for s in document.styles}
        self.default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
        self.chains: dict[str, list[Any]] = {}

    def chain(self, style_id: str | None, *, paragraph: bool) -> list[Any]:
        key = f"{'p' if paragraph else 'r'}:{style_id}"
        if key not in self.chains:
            style = self.by_id.get(style_id) if style_id else None
            if style is None and paragraph:
                style = self.default
            self.chains[key] = _style_chain(style)
        return self.chains[key]


def _style_chain(style: Any) -> list[Any]:
    chain: list[Any] = []
    while style is not None and len(chain) < 10:
        chain.append(style)
        style = style.base_style
    return chain


def _heading_level(para: Any, chain: list[Any]) -> int:
    ppr = para._p.pPr
    if ppr is not None:
        outline = ppr.find(f"{_W}outlineLvl")
        if outline is not None and (val := outline.get(f"{_W}val", "")).isdigit() and int(val) < 9:
            return int(val) + 1
    for style in chain:
        name = (style.name or "").strip()
        if _TITLE.match(name):
            return 1
        if _SUBTITLE.match(name):
            return 2
        if m := _HEADING.search(name):
            return int(m.group(1))
        spr = style.element.pPr
        if spr is not None and (outline := spr.find(f"{_W}outlineLvl")) is not None:
            val = outline.get(f"{_W}val", "")
            if val.isdigit() and int(val) < 9:
                return int(val) + 1
    return 0


def _first(values: list[Any]) -> Any:
    return next((v for v in values if v is not None), None)


def _paragraphs(para: Any, styles: _Styles) -> list[Paragraph]:
    chain = styles.chain(para._p.style, paragraph=True)
    style_bold = _first([s.font.bold for s in chain])
    style_italic = _first([s.font.italic for s in chain])
    style_size = _first([s.font.size for s in chain])
    runs: list[Run] = []
    sizes: list[float] = []
    from docx.text.hyperlink import Hyperlink

    def add(run: Any, href: str = "") -> None:
        rchain = styles.chain(run._r.style, paragraph=False)
        bold = _first([run.bold, *[s.font.bold for s in rchain], style_bold])
        italic = _first([run.italic, *[s.font.italic for s in rchain], style_italic])
        size = _first([run.font.size, *[s.font.size for s in rchain], style_size])
        if run.text.strip() and size is not None:
            sizes.append(size.pt)
        runs.append(Run(run.text, bool(bold), bool(italic), href))

    for item in para.iter_inner_content():
        if isinstance(item, Hyperlink):
            address = item.address or (f"#{item.fragment}" if item.fragment else "")
            for run in item.runs:
                add(run, address)
        else:
            add(item)
    ppr = para._p.pPr
    bidi = ppr is not None and ppr.find(f"{_W}bidi") is not None
    if bidi:
        val = ppr.find(f"{_W}bidi").get(f"{_W}val", "1")
        bidi = val not in ("0", "false", "off")
    numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
    level = -1
    if numpr is not None:
        ilvl = numpr.find(f"{_W}ilvl")
        level = int(ilvl.get(f"{_W}val", "0")) if ilvl is not None else 0
    style_name = chain[0].name if chain else ""
    if level < 0 and re.match(r"list (bullet|number)", style_name or "", re.I):
        level = 0
    pictures = len(para._p.findall(f".//{_W}drawing")) + len(para._p.findall(f".//{_W}pict"))
    look = {
        "heading": _heading_level(para, chain),
        "size": max(sizes) if sizes else (style_size.pt if style_size is not None else None),
        "direction": "rtl" if bidi else "",
        "style": style_name or "",
        "list_level": level,
        "list_ordered": bool(re.match(r"list number", style_name or "", re.I)),
        "pictures": pictures,
    }
    # soft line breaks split a paragraph into lines (contact blocks are written that way)
    lines: list[list[Run]] = [[]]
    for ours in runs:
        for i, piece in enumerate(ours.text.split("\n")):
            if i:
                lines.append([])
            lines[-1].append(Run(piece, ours.bold, ours.italic, ours.href))
    out = [p for line in lines if (p := from_runs(line, **look)) is not None]
    if not out and pictures:  # a picture alone: kept so that a later step can place it
        out = [Paragraph(text="", **look)]  # type: ignore[arg-type]
    return out
