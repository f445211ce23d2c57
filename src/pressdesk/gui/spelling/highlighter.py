"""SpellHighlighter: the red wavy underline under misspelt words of one text field."""

from __future__ import annotations

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from pressdesk.gui.spelling.context import SpellContext, spell_context

UNDERLINE = QColor("#d11a2a")


def misspelt_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(UNDERLINE)
    return fmt


def utf16_offsets(text: str) -> list[int]:
    """Qt's position (UTF-16 units) of each Python index of ``text``, and of its end."""
    out, pos = [], 0
    for ch in text:
        out.append(pos)
        pos += 2 if ord(ch) > 0xFFFF else 1
    out.append(pos)
    return out


class SpellHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, context: SpellContext | None = None) -> None:
        super().__init__(document)
        self.context = context or spell_context()
        self._format = misspelt_format()
        self.context.changed.connect(self.rehighlight)

    def highlightBlock(self, text: str) -> None:
        found = self.context.misspellings(text)
        if not found:
            return
        offsets = utf16_offsets(text) if any(ord(ch) > 0xFFFF for ch in text) else None
        for miss in found:
            start, end = (offsets[miss.start], offsets[miss.end]) if offsets else (miss.start, miss.end)
            self.setFormat(start, end - start, self._format)
