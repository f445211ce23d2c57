"""The spelling part of a text field's right-click menu: suggestions, Add, Ignore."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QMenu

from pressdesk.gui.spelling.context import SpellContext, spell_context
from pressdesk.spelling import words


def _tr(text: str) -> str:
    return QCoreApplication.translate("Spelling", text)


def word_at(text: str, position: int) -> tuple[int, int, str] | None:
    """(start, end, word) of the word at a Python index of ``text``, or None."""
    for word in words(text):
        if word.start <= position <= word.end:
            return word.start, word.end, word.text
    return None


def spelling_actions(menu: QMenu, text: str, position: int, replace: Callable[[int, int, str], None],
                     context: SpellContext | None = None) -> bool:
    """Put suggestions, "Add to dictionary" and "Ignore" at the top of ``menu`` when the word
    at ``position`` is misspelt; ``replace(start, end, new)`` puts a suggestion in. True when added."""
    context = context or spell_context()
    found = word_at(text, position)
    if found is None:
        return False
    start, end, word = found
    misses = [m for m in context.misspellings(text) if m.start == start and m.end == end]
    if not misses:
        return False
    first = menu.actions()[0] if menu.actions() else None
    suggestions = context.checker.suggestions(word, misses[0].dictionary)
    added: list[QAction] = []
    bold = QFont(menu.font())
    bold.setBold(True)
    for suggestion in suggestions:
        action = QAction(suggestion, menu)
        action.setFont(bold)
        action.triggered.connect(lambda _=False, s=suggestion: replace(start, end, s))
        added.append(action)
    if not suggestions:
        none = QAction(_tr("(no suggestions)"), menu)
        none.setEnabled(False)
        added.append(none)
    add = QAction(_tr("Add to dictionary"), menu)
    add.setObjectName("spellAdd")
    add.triggered.connect(lambda: context.add_word(word))
    ignore = QAction(_tr("Ignore"), menu)
    ignore.setObjectName("spellIgnore")
    ignore.triggered.connect(lambda: context.ignore(word))
    gap = QAction(menu)
    gap.setSeparator(True)
    added += [gap, add, ignore]
    menu.insertActions(first, added)  # type: ignore[arg-type]
    if first is not None:
        menu.insertSeparator(first)
    return True
