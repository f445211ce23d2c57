"""SpellChecker: which words of a text are misspelt, and what to write instead.

One checker serves the whole app (and a ``pressdesk check`` run): it loads each dictionary
once, when a word first needs it, remembers every answer, and knows the personal word
list and the words the user chose to ignore. It is safe to use from several threads.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pressdesk.spelling import personal
from pressdesk.spelling.dictionaries import Engine, EngineMissing, engine_available, load_engine
from pressdesk.spelling.words import Word, dictionary_for, words

MAX_SUGGESTIONS = 6


@dataclass(frozen=True)
class Misspelling:
    start: int
    end: int
    word: str
    dictionary: str  # "ar", "en_GB", ...


# Loaded dictionaries and their answers, shared by every checker of the process (a
# dictionary takes up to a second to load; the answers do not depend on the user).
_ENGINES: dict[str, Engine | None] = {}
_CACHE: dict[tuple[str, str], bool] = {}
_ENGINE_LOCK = threading.RLock()
MEMO_SIZE = 20_000  # fields' texts whose misspellings are kept (a 50-page release has ~2,000)


class SpellChecker:
    def __init__(self, personal_path: Path | None = None) -> None:
        self._lock = _ENGINE_LOCK
        self._engines = _ENGINES
        self._cache = _CACHE
        self._personal_path = personal_path or personal.personal_file()
        self._personal = personal.load_words(personal_path)
        self._ignored: set[str] = set()
        self._memo: dict[tuple[str, str, str], tuple[Misspelling, ...]] = {}
        self.engine_missing = not engine_available()

    @property
    def personal_path(self) -> Path:
        return self._personal_path

    # --- dictionaries -------------------------------------------------------------------
    def engine(self, name: str) -> Engine | None:
        """The loaded dictionary ``name`` (loading it the first time), or None."""
        with self._lock:
            if name not in self._engines:
                try:
                    self._engines[name] = None if self.engine_missing else load_engine(name)
                except EngineMissing:
                    self.engine_missing = True
                    self._engines[name] = None
            return self._engines[name]

    def has(self, name: str) -> bool:
        return self.engine(name) is not None

    def is_loaded(self, name: str) -> bool:
        return name in self._engines  # a dict look-up: no lock needed

    def missing(self) -> list[str]:
        """Dictionaries that were asked for and are not there."""
        with self._lock:
            return sorted(n for n, e in self._engines.items() if e is None)

    def preload(self, names: Iterable[str]) -> None:
        for name in names:
            self.engine(name)

    # --- words --------------------------------------------------------------------------
    def is_correct(self, word: str, name: str) -> bool:
        """True for a word the dictionary knows, the user added or ignores, or when there is
        no such dictionary (nothing is flagged that cannot be checked)."""
        if word in self._personal or word in self._ignored:
            return True
        key = (name, word)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        with self._lock:
            engine = self.engine(name)
            ok = True if engine is None else bool(engine.spell(word))
            self._cache[key] = ok
        return ok

    def check_word(self, word: Word, language: str, english: str = "en_GB", *,
                   pending: set[str] | None = None) -> str | None:
        """The dictionary that flags ``word``, or None when it is fine or cannot be checked.

        With ``pending``, a dictionary that is not loaded yet is not loaded now: its name is
        added to ``pending`` and the word counts as fine (the GUI loads it later).
        """
        name = dictionary_for(word.script, language, english)
        if name is None:
            return None
        if pending is not None and not self.is_loaded(name):
            pending.add(name)
            return None
        plain = word.plain
        if word.text in self._personal or word.text in self._ignored:
            return None
        return None if self.is_correct(plain, name) else name

    def misspellings(self, text: str, language: str, english: str = "en_GB", *,
                     pending: set[str] | None = None) -> list[Misspelling]:
        """The misspelt words of ``text`` (a field of a release in ``language``).

        Kept per text until the user's words change: the Check panel and the fields ask
        again for every unchanged field after each keystroke (5,000 words: 45 ms a time).
        """
        key = (text, language, english)
        found = self._memo.get(key)
        if found is not None:
            return list(found)
        out = []
        asked = len(pending) if pending is not None else 0
        for word in words(text):
            name = self.check_word(word, language, english, pending=pending)
            if name is not None:
                out.append(Misspelling(word.start, word.end, word.text, name))
        if pending is None or len(pending) == asked:  # complete: no dictionary still to load
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            self._memo[key] = tuple(out)
        return out

    def suggestions(self, word: str, name: str, limit: int = MAX_SUGGESTIONS) -> list[str]:
        """What the dictionary ``name`` proposes instead of ``word`` (best first)."""
        plain = Word(0, len(word), word, "arabic" if name == "ar" else "latin").plain
        with self._lock:
            engine = self.engine(name)
            if engine is None:
                return []
            found = list(engine.suggest(plain))
        return list(dict.fromkeys(found))[:limit]

    # --- the user's choices -------------------------------------------------------------
    def ignore(self, word: str) -> None:
        """Accept ``word`` everywhere until the app closes (Word's "Ignore All")."""
        self._ignored.add(word)
        self._ignored.add(Word(0, len(word), word, "arabic").plain)
        self._memo.clear()

    def add_to_personal(self, word: str) -> bool:
        """Accept ``word`` from now on (saved in the personal word list)."""
        with self._lock:
            self._personal.add(word)
            self._personal.add(Word(0, len(word), word, "arabic").plain)
            self._memo.clear()
        return personal.add_word(word, self._personal_path)


_shared: SpellChecker | None = None
_shared_lock = threading.Lock()


def shared_checker() -> SpellChecker:
    """The process's checker (created on first use, and anew when the data folder moves)."""
    global _shared
    with _shared_lock:
        if _shared is None or _shared.personal_path != personal.personal_file():
            _shared = SpellChecker()
        return _shared


def reset_shared_checker() -> None:
    """Forget the process's checker (tests point the data folder elsewhere)."""
    global _shared
    with _shared_lock:
        _shared = None
