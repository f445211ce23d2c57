"""SpellContext: the release language the fields are checked in, and loading dictionaries.

The window tells it the release's language and the template's English variant; every
field's highlighter asks it for misspellings and re-checks when it says ``changed``.
A dictionary is loaded (up to a second for Arabic) from the event loop, never in the
middle of a keystroke: until then its words are not underlined.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from pressdesk.spelling import Misspelling, SpellChecker, shared_checker


class SpellContext(QObject):
    changed = Signal()  # language, dictionaries or the user's words changed: re-check
    note = Signal(str)  # something the user should know (a missing dictionary)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = "ar"
        self.english = "en_GB"
        self.enabled = True
        self._pending: set[str] = set()
        self._noted: set[str] = set()
        self._load_timer = QTimer(self)
        self._load_timer.setSingleShot(True)
        self._load_timer.setInterval(0)
        self._load_timer.timeout.connect(self.load_pending)

    @property
    def checker(self) -> SpellChecker:
        return shared_checker()

    def set_language(self, language: str, english: str = "en_GB") -> None:
        if (language, english) != (self.language, self.english):
            self.language, self.english = language, english
            self.changed.emit()

    def set_enabled(self, enabled: bool) -> None:
        if enabled != self.enabled:
            self.enabled = enabled
            self.changed.emit()

    def misspellings(self, text: str) -> list[Misspelling]:
        """The misspelt words of a field's text (dictionaries not loaded yet: none)."""
        if not self.enabled or not text.strip():
            return []
        pending: set[str] = set()
        found = self.checker.misspellings(text, self.language, self.english, pending=pending)
        if pending - self._pending:
            self._pending |= pending
            self._load_timer.start()
        return found

    def load_pending(self) -> None:
        """Load the dictionaries fields asked for, then have every field re-check."""
        names, self._pending = sorted(self._pending), set()
        if not names:
            return
        checker = self.checker
        checker.preload(names)
        missing = [n for n in names if not checker.has(n) and n not in self._noted]
        self._noted.update(missing)
        if checker.engine_missing:
            self.note.emit(self.tr("Spell check is off: the spelling engine (chunspell) is not installed."))
        elif missing:
            self.note.emit(self.tr("No spelling dictionary for %1: its words are not checked.")
                           .replace("%1", ", ".join(missing)))
        self.changed.emit()

    def add_word(self, word: str) -> None:
        self.checker.add_to_personal(word)
        self.changed.emit()

    def ignore(self, word: str) -> None:
        self.checker.ignore(word)
        self.changed.emit()


_context: SpellContext | None = None


def spell_context() -> SpellContext:
    """The application's spelling context (one per QApplication)."""
    global _context
    if _context is None:
        _context = SpellContext(QCoreApplication.instance())
        _context.destroyed.connect(_forget)
    return _context


def _forget(*_: object) -> None:
    global _context
    _context = None
