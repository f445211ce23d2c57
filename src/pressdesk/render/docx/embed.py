"""Word's font embedding: obfuscated ``word/fonts/fontN.odttf`` parts.

ECMA-376 Part 1, 17.8.1: each face is stored with its first 32 bytes XORed with a key
made from a GUID (the ``w:fontKey`` of its ``w:embedRegular``/``w:embedBold``... element
in the font table): the GUID's 16 bytes, read from the end of its string form. Word and
LibreOffice load such fonts when the document is opened. All shipped fonts are under the
SIL Open Font License, which allows embedding.
"""

from __future__ import annotations

import hashlib
import uuid
from functools import lru_cache
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part

from pressdesk.compose.document import Document
from pressdesk.render.docx.template import font_table_part

OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
_FACES = (  # (font table element, bold, italic, face name in the manifest)
    ("embedRegular", False, False, "Regular"),
    ("embedBold", True, False, "Bold"),
    ("embedItalic", False, True, "Italic"),
    ("embedBoldItalic", True, True, "Bold Italic"),
)


def font_key(data: bytes) -> str:
    """A stable GUID for a font file (same file, same key, same bytes)."""
    return "{" + str(uuid.UUID(bytes=hashlib.sha256(data).digest()[:16])).upper() + "}"


def obfuscate(data: bytes, key: str) -> bytes:
    """XOR the first 32 bytes with the GUID's bytes in reverse string order."""
    guid = bytes.fromhex(key.strip("{}").replace("-", ""))[::-1]
    head = bytes(b ^ guid[i % 16] for i, b in enumerate(data[:32]))
    return head + data[32:]


@lru_cache(maxsize=32)
def _obfuscated(path: Path) -> tuple[str, bytes]:
    data = path.read_bytes()
    key = font_key(data)
    return key, obfuscate(data, key)


def _face(family: str, bold: bool, italic: bool, wanted: str) -> Path | None:
    try:
        from pressdesk.fonts import face_file
    except ImportError:
        return None
    try:
        style, path = face_file(family, bold, italic)
    except LookupError:
        return None  # not a shipped family: nothing to embed
    return path if style == wanted and path.exists() else None


def embed_fonts(
    d: DocxDocument, doc: Document, fonts: dict[str, str]
) -> dict[str, list[tuple[str, str, str]]]:
    """Add the faces the styles use; returns family -> [(element, rId, fontKey)]."""
    styles = list(doc.styles.values())
    need_bold = any(s.font.bold for s in styles) or any(
        r.bold or r.kind == "dateline" for b in doc.blocks for r in b.runs
    )
    need_italic = any(s.font.italic for s in styles) or any(r.italic for b in doc.blocks for r in b.runs)
    table = font_table_part(d)
    package = d.part.package
    out: dict[str, list[tuple[str, str, str]]] = {}
    n = 0
    for family in fonts:
        for element, bold, italic, wanted in _FACES:
            if (bold and not need_bold) or (italic and not need_italic):
                continue
            path = _face(family, bold, italic, wanted)
            if path is None:
                continue
            key, blob = _obfuscated(path)
            n += 1
            part = Part(PackURI(f"/word/fonts/font{n}.odttf"), OBFUSCATED_FONT, blob, package)
            rid = table.relate_to(part, RT.FONT)
            out.setdefault(family, []).append((element, rid, key))
    return out
