"""The personal word list: one word a line, UTF-8, in the data folder."""

from __future__ import annotations

import contextlib
from pathlib import Path

from pressdesk import paths
from pressdesk.util.atomic import write_atomic


def personal_file() -> Path:
    return paths.data_dir() / "spelling" / "personal.txt"


def load_words(path: Path | None = None) -> set[str]:
    """The words in the list (none when there is no list or it cannot be read)."""
    path = path or personal_file()
    with contextlib.suppress(OSError, UnicodeDecodeError):
        return {line.strip() for line in path.read_text("utf-8").splitlines() if line.strip()}
    return set()


def add_word(word: str, path: Path | None = None) -> bool:
    """Add a word to the list (atomically); False when it cannot be written."""
    path = path or personal_file()
    words = load_words(path)
    if word in words:
        return True
    words.add(word)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, ("\n".join(sorted(words)) + "\n").encode("utf-8"))
    except OSError:
        return False
    return True
