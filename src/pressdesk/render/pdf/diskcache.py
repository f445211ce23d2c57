"""Parsed font data kept between runs in the user cache folder, keyed by file content.

Parsing the shipped TrueType files (ReportLab's face tables, fontTools' glyph outlines)
is most of a cold PDF export's time; the results depend only on the font file, so they
are pickled under ``paths.cache_dir() / "pdf"`` with the file's BLAKE2 hash in the name.
The cache is optional: anything unreadable is rebuilt, a write that fails is skipped.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

VERSION = 1  # bump when the shape of a cached object changes


@cache
def file_key(path: str) -> str:
    """A short hash of a file's content."""
    return hashlib.blake2b(Path(path).read_bytes(), digest_size=12).hexdigest()


def text_key(text: str) -> str:
    """A short hash of a string (for cache entries keyed by more than one file)."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def _path(kind: str, path: str) -> Path:
    from pressdesk.paths import cache_dir

    return cache_dir() / "pdf" / f"{kind}-v{VERSION}-{Path(path).stem}-{file_key(path)}.pickle"


def load(kind: str, path: str) -> Any | None:
    """The object cached for ``kind`` of font file ``path``, or ``None``."""
    try:
        with open(_path(kind, path), "rb") as fh:
            return pickle.load(fh)
    except Exception:  # missing, truncated, from another Python: rebuild
        return None


def store(kind: str, path: str, obj: Any) -> None:
    """Cache ``obj`` atomically (a temporary file renamed into place); errors are ignored."""
    try:
        target = _path(kind, path)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".pickle")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except Exception:
        pass
