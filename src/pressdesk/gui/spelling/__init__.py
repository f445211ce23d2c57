"""Spell checking in the text fields: red wavy underlines and the right-click menu."""

from pressdesk.gui.spelling.context import SpellContext, spell_context
from pressdesk.gui.spelling.highlighter import SpellHighlighter
from pressdesk.gui.spelling.menu import spelling_actions

__all__ = ["SpellContext", "SpellHighlighter", "spell_context", "spelling_actions"]
