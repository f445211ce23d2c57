"""Red wavy underlines in a one-line field (QLineEdit has no QTextDocument to highlight).

QLineEdit draws the formats an input method asks for; an input-method event with no
text and only format attributes underlines words without changing the text or the undo
history (the technique other Qt apps use for spell checking in line edits).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QLineEdit

from pressdesk.gui.spelling.context import spell_context
from pressdesk.gui.spelling.highlighter import misspelt_format


class LineUnderline(QObject):
    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field)
        self.field = field
        self.context = spell_context()
        self.ranges: list[tuple[int, int]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.update)
        # ``start()`` with no argument: connected directly, a signal's arguments would become
        # ``start(msec)`` (cursorPositionChanged's old position: -1 at first, a warning)
        field.textChanged.connect(self._soon)
        field.cursorPositionChanged.connect(self._soon)  # the formats are cursor-relative
        self.context.changed.connect(self._soon)

    def _soon(self, *_args: object) -> None:
        self._timer.start()

    def update(self) -> None:
        field = self.field
        text = field.text()
        misses = self.context.misspellings(text) if field.echoMode() == QLineEdit.EchoMode.Normal else []
        ranges = [(m.start, m.end) for m in misses]
        if not ranges and not self.ranges:
            return
        self.ranges = ranges
        fmt = misspelt_format()
        cursor = field.cursorPosition()
        kind = QInputMethodEvent.AttributeType.TextFormat
        attributes = [QInputMethodEvent.Attribute(kind, start - cursor, end - start, fmt)
                      for start, end in ranges]
        QCoreApplication.sendEvent(field, QInputMethodEvent("", attributes))
