"""Spell checking with Hunspell (chunspell) and dictionaries shipped with PressDesk (no Qt)."""

from pressdesk.spelling.checker import Misspelling, SpellChecker, reset_shared_checker, shared_checker
from pressdesk.spelling.words import Word, dictionary_for, english_variant, words

__all__ = [
    "Misspelling",
    "SpellChecker",
    "Word",
    "dictionary_for",
    "english_variant",
    "reset_shared_checker",
    "shared_checker",
    "words",
]
