"""Plain text (a file or pasted): decoding and paragraphs."""

from __future__ import annotations

import re
import unicodedata

from pressdesk.importers.limits import MAX_TEXT_BYTES, ImportFailure, check_size
from pressdesk.importers.paragraphs import Paragraph, Run, clean

_BOMS = (("\ufeff", "utf-8-sig", b"\xef\xbb\xbf"), ("", "utf-16", b"\xff\xfe"), ("", "utf-16", b"\xfe\xff"))


def decode(raw: bytes) -> str:
    """UTF-8, UTF-16 with a byte order mark, then Windows-1256; anything else is refused."""
    check_size(len(raw), MAX_TEXT_BYTES, "a text file")
    for _mark, codec, bom in _BOMS:
        if raw.startswith(bom):
            try:
                return _checked(raw.decode(codec))
            except UnicodeDecodeError:
                raise ImportFailure(f"the file says it is {codec.upper()} but is not valid {codec.upper()}") \
                    from None
    if b"\x00" in raw[:65536]:
        raise ImportFailure("this is a binary file, not text")
    try:
        return _checked(raw.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    if text and _plausible_1256(text):
        return _checked(text)
    raise ImportFailure("the text is in an unknown encoding (not UTF-8, UTF-16 or Windows-1256); "
                        "save it as UTF-8 and try again")


def _checked(text: str) -> str:
    controls = sum(1 for ch in text[:100000] if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f")
    if controls > max(8, len(text[:100000]) // 200):
        raise ImportFailure("this is a binary file, not text")
    return text


def _plausible_1256(text: str) -> bool:
    """Windows-1256 decodes almost any bytes: accept it only when the result reads as Arabic."""
    letters = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff")
    latin_marks = sum(1 for ch in text if "\u00c0" <= ch <= "\u024f" or ch in "\u0152\u0153\u0192\u2030")
    odd = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\t\n\r\f")
    return letters > 0 and letters >= 4 * (latin_marks + odd)


def paragraphs(text: str) -> list[Paragraph]:
    """One paragraph per line; hard-wrapped e-mail paragraphs (blank lines between) are joined."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n").replace("\u2028", "\n")
    lines = text.split("\n")
    widest = max((len(line.strip()) for line in lines), default=0)
    wrapped = 0 < widest <= 100 and re.search(r"\n\s*\n", text) is not None
    out: list[Paragraph] = []
    block: list[str] = []

    def flush() -> None:
        if not block:
            return
        if wrapped and len(block) > 1 and all(len(line) >= 0.6 * widest for line in block[:-1]):
            pieces = [" ".join(block)]
        else:
            pieces = block
        for piece in pieces:
            piece = clean(piece)
            if piece:
                out.append(Paragraph(text=piece, runs=[Run(piece)]))
        block.clear()

    for line in lines:
        if line.strip():
            block.append(line.strip())
        else:
            flush()
    flush()
    return out
