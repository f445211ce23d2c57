"""Template ids from any name: a transliterated slug, or a short unique id when none is left."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Container

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
MAX_ID = 64
_MIN_SLUG = 3  # shorter slugs say nothing ("l", "al"): use a short unique id instead


def slug(name: str) -> str:
    """Lowercase ASCII words joined by '-': 'المكتب الإقليمي' -> 'lmktb-lqlymy'."""
    from anyascii import anyascii

    text = unicodedata.normalize("NFC", name)
    ascii_text = anyascii(text).lower().replace("'", "")
    words = re.findall(r"[a-z0-9]+", ascii_text)
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > MAX_ID - 5:  # room for a "-2" style suffix
            break
        out = candidate
    return out


def short_id(name: str) -> str:
    """A stable short id for a name that has no usable letters: 'tpl-3f2a9c1b'."""
    digest = hashlib.sha1(unicodedata.normalize("NFC", name).encode("utf-8")).hexdigest()
    return f"tpl-{digest[:8]}"


def id_from_name(name: str, taken: Container[str] = ()) -> str:
    """A usable template id for a name in any script, not among ``taken``."""
    base = slug(name)
    if len(base) < _MIN_SLUG:
        base = short_id(name or "template")
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base}-{n}"
        n += 1
    return candidate


def is_valid_id(text: str) -> bool:
    return bool(ID_PATTERN.match(text))
