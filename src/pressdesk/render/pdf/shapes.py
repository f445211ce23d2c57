"""Arabic words shaped by arabic-reshaper: batched per paragraph and kept between runs.

arabic-reshaper reads its settings from a ``ConfigParser`` on every call (most of its
time for one word) and imports fontTools. So the words of a paragraph are shaped in one
call, joined by newlines (no joining or ligature crosses a newline), and every shaped
word is kept in the user cache folder (:mod:`.diskcache`), keyed by the reshaper's own
source files: an export of known words does not import arabic-reshaper at all.
"""

from __future__ import annotations

import importlib.util
import threading
import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from . import diskcache

CONFIG = {
    "delete_harakat": False,
    "shift_harakat_position": False,
    "delete_tatweel": False,
    "support_zwj": True,
    "support_ligatures": True,  # lam-alef and the word Allah
    "use_unshaped_instead_of_isolated": False,
}
ZWJ = "\u200d"
_LIMIT = 200_000  # words kept on disk; a bigger table starts again empty
_lock = threading.Lock()
_new: dict[str, str] = {}  # shaped in this process, not yet stored


@cache
def reshaper():
    import arabic_reshaper

    return arabic_reshaper.ArabicReshaper(configuration=CONFIG)


@cache
def _source() -> str | None:
    """The reshaper's main source file (the cache key), found without importing it; None
    where its sources are not files (a frozen app bundle): then nothing is cached."""
    spec = importlib.util.find_spec("arabic_reshaper")
    if not (spec and spec.origin):
        return None
    main = Path(spec.origin).with_name("arabic_reshaper.py")
    tables = [main.with_name(f) for f in ("letters.py", "ligatures.py")]
    return str(main) if all(p.is_file() for p in (main, *tables)) else None


@cache
def _kind() -> str:
    """The cache entry's name: the letter and ligature tables and our settings."""
    src = _source()
    parts = [diskcache.file_key(str(Path(src).with_name(f)))
             for f in ("letters.py", "ligatures.py")] if src else []
    return "shapes-" + diskcache.text_key(repr(sorted(CONFIG.items())) + "".join(parts))


@cache
def _known() -> dict[str, str]:
    src = _source()
    found = diskcache.load(_kind(), src) if src else None
    return found if isinstance(found, dict) else {}


def _shape_many(words: list[str]) -> list[str]:
    joined = reshaper().reshape("\n".join(words)).split("\n")
    if len(joined) != len(words):  # cannot happen with the shipped reshaper; be safe
        return [reshaper().reshape(w) for w in words]
    return joined


def _alone(word: str) -> bool:
    """Words shaped by themselves: a leading mark would go to the previous word, and a
    ZWJ (which the reshaper drops) shifts its ligature positions in all later words."""
    return unicodedata.combining(word[0]) > 0 or ZWJ in word


def prefetch(words: Iterable[str]) -> None:
    """Shape the words not known yet, in one reshaper call."""
    known = _known()
    todo = sorted({w for w in words if w not in known})
    if not todo:
        return
    alone = [w for w in todo if _alone(w)]
    batch = [w for w in todo if not _alone(w)]
    shaped = dict(zip(batch, _shape_many(batch), strict=True)) if batch else {}
    shaped.update((w, reshaper().reshape(w)) for w in alone)
    with _lock:
        known.update(shaped)
        _new.update(shaped)


def shaped(word: str) -> str:
    """The presentation forms of an Arabic ``word`` (no spaces)."""
    known = _known()
    out = known.get(word)
    if out is None:
        prefetch([word])
        out = known[word]
    return out


def save() -> None:
    """Store the words shaped since the last save (nothing when there are none)."""
    src = _source()
    with _lock:
        if not _new or not src:
            return
        known = _known()
        if len(known) > _LIMIT:
            known.clear()
            known.update(_new)
        _new.clear()
        table = dict(known)
    diskcache.store(_kind(), src, table)
