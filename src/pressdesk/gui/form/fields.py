"""Text fields for release text: direction follows what is typed, undo goes to the window.

The window's undo stack owns undo and redo, so the fields hand those keys on instead of
keeping their own history. Dropped files go to the window (it opens them) instead of
being pasted as text. A field warns when its text holds bidi controls or other invisible
characters that export removes.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QDateTimeEdit, QFrame, QLineEdit, QSizePolicy, QTextEdit, QWidget

from pressdesk.compose.inline import has_bidi_controls
from pressdesk.gui.spelling import SpellHighlighter, spelling_actions
from pressdesk.gui.spelling.line_underline import LineUnderline

_HISTORY_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
WARN_STYLE = "border: 1px solid #d9822b; border-radius: 3px; background: #fff8ec;"
ERROR_STYLE = "border: 1px solid #c0392b; border-radius: 3px; background: #fff3f2;"


def strong_direction(text: str) -> Qt.LayoutDirection | None:
    """Direction of the first strong character (as the Unicode algorithm's P2 rule)."""
    for ch in text:
        bidi = unicodedata.bidirectional(ch)
        if bidi == "L":
            return Qt.LayoutDirection.LeftToRight
        if bidi in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return None


def numeric_date_format(edit: QDateTimeEdit, display_format: str) -> None:
    """Show a date (and time) as numbers read left to right, in any UI direction.

    QDateTimeEdit reverses the order of its sections when it is right to left, which
    turns "yyyy-MM-dd HH:mm" into minutes before hours; so the field stays left to right
    (as digits are written in Arabic too) and gets its format after that.
    """
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    for line in edit.findChildren(QLineEdit):
        line.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setDisplayFormat(display_format)


def is_history_key(event: QKeyEvent) -> bool:
    return any(event.matches(k) for k in _HISTORY_KEYS)


def hands_on_history(event: QEvent) -> bool:
    """True for a ShortcutOverride of undo/redo, which the field must not claim."""
    return event.type() == QEvent.Type.ShortcutOverride and is_history_key(event)  # type: ignore[arg-type]


def is_file_drop(event: QEvent) -> bool:
    mime = event.mimeData()  # type: ignore[attr-defined]
    return bool(mime.hasUrls() and any(u.isLocalFile() for u in mime.urls()))


class _Feedback:
    """Shared look of a field that warns (bidi controls) or is invalid (a bad e-mail)."""

    _base_tip = ""
    _warning = ""
    _error = ""

    def set_warning(self, message: str) -> None:
        if message != self._warning:
            self._warning = message
            self._show_feedback()

    def set_error(self, message: str) -> None:
        if message != self._error:
            self._error = message
            self._show_feedback()

    def set_hint(self, tip: str) -> None:
        self._base_tip = tip
        self._show_feedback()

    def problem(self) -> str:
        """What is wrong with the text, in words ('' when nothing is)."""
        return "\n".join(m for m in (self._error, self._warning) if m)

    def _show_feedback(self) -> None:
        widget: QWidget = self  # type: ignore[assignment]
        style = ERROR_STYLE if self._error else WARN_STYLE if self._warning else ""
        if style:
            kind = "QTextEdit" if isinstance(widget, QTextEdit) else "QLineEdit"
            style = f"{kind} {{ {style} }}"
        if widget.styleSheet() != style:
            widget.setStyleSheet(style)
        widget.setToolTip(self.problem() or self._base_tip)


def bidi_warning(text: str) -> str:
    if not has_bidi_controls(text):
        return ""
    return QCoreApplication.translate(
        "Fields",
        "This text holds invisible direction controls or control characters; "
        "they are removed when the release is exported.",
    )


class _FieldEvents:
    """Events both kinds of field handle alike: undo/redo keys belong to the window's
    history, leaving the field is announced (a new undo step), dropped files go to the window."""

    left: Any  # each field class defines its own ``left = Signal()``

    def event(self, event: QEvent) -> bool:
        if hands_on_history(event):
            event.ignore()
            return False
        return super().event(event)  # type: ignore[misc]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_history_key(event):
            event.ignore()
            return
        super().keyPressEvent(event)  # type: ignore[misc]

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)  # type: ignore[misc]
        self.left.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if is_file_drop(event):
            event.ignore()
            return
        super().dragEnterEvent(event)  # type: ignore[misc]


class LineField(_FieldEvents, _Feedback, QLineEdit):
    """One-line release text."""

    value_edited = Signal(str)
    left = Signal()  # focus left the field: the next keystroke is a new undo step

    def __init__(self, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.textEdited.connect(self.value_edited)
        self.textChanged.connect(self._text_changed)
        self.spelling = LineUnderline(self)

    def value(self) -> str:
        return self.text()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        position = self.cursorPositionAt(event.pos())

        def replace(start: int, end: int, new: str) -> None:
            self.setSelection(start, end - start)
            self.insert(new)  # an edit like typing: textEdited reaches the undo history

        spelling_actions(menu, self.text(), position, replace)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def set_value(self, value: str | None) -> None:
        value = value or ""
        if value != self.text():
            self.setText(value)

    def _text_changed(self, text: str) -> None:
        direction = strong_direction(text)
        if direction is None:
            self.unsetLayoutDirection()
        elif direction != self.layoutDirection() or not self.testAttribute(
            Qt.WidgetAttribute.WA_SetLayoutDirection
        ):
            self.setLayoutDirection(direction)
        self.set_warning(bidi_warning(text))



class TextField(_FieldEvents, _Feedback, QTextEdit):
    """Several lines of release text (paragraphs, quotes); grows with its text."""

    value_edited = Signal(str)
    left = Signal()

    def __init__(self, parent: QWidget | None = None, placeholder: str = "", min_lines: int = 2,
                 *, single_line: bool = False) -> None:
        super().__init__(parent)
        self.single_line = single_line  # a headline: wraps, but Enter adds no line break
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)  # the window's undo stack has the history
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._min_lines = min_lines
        self.paste_hook: Callable[[str], bool] | None = None  # may take a paste over (split it)
        self._setting = False
        self._shown_text = ""
        self._direction: Qt.LayoutDirection | None = None
        self.document().setDocumentMargin(4)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self.textChanged.connect(self._text_changed)
        self.spelling = SpellHighlighter(self.document())
        self._fit_height()

    def value(self) -> str:
        return self.toPlainText()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        at = self.cursorForPosition(event.pos())
        block = at.block()

        def replace(start: int, end: int, new: str) -> None:
            cursor = QTextCursor(block)
            cursor.setPosition(block.position() + start)
            cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(new)

        spelling_actions(menu, block.text(), at.positionInBlock(), replace)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def set_value(self, value: str | None) -> None:
        value = value or ""
        if value != self.toPlainText():
            self._setting = True
            try:
                self.setPlainText(value)
            finally:
                self._setting = False

    def _text_changed(self) -> None:
        text = self.toPlainText()
        if text == self._shown_text:
            return  # only formats changed (the spelling underlines): no edit
        self._shown_text = text
        self._apply_direction(strong_direction(text))
        self.set_warning(bidi_warning(text))
        if not self._setting:
            self.value_edited.emit(text)

    def _apply_direction(self, direction: Qt.LayoutDirection | None) -> None:
        if direction is None:
            self.unsetLayoutDirection()
        elif direction != self.layoutDirection() or not self.testAttribute(
            Qt.WidgetAttribute.WA_SetLayoutDirection
        ):
            self.setLayoutDirection(direction)
        self._direction = direction
        self._sync_option()

    def _sync_option(self) -> None:
        option = self.document().defaultTextOption()
        want = self.layoutDirection()
        if option.textDirection() != want:
            option.setTextDirection(want)
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            self.document().setDefaultTextOption(option)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._sync_option()

    def _fit_height(self, *_: object) -> None:
        line = self.fontMetrics().lineSpacing()
        width = self.viewport().width()
        if width > 0 and self.document().textWidth() != width:
            self.document().setTextWidth(width)
        doc_h = self.document().size().height()
        frame = 2 * self.frameWidth()
        height = max(int(doc_h), self._min_lines * line + 8) + frame + 2
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.single_line and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if self.single_line and source.hasText():
            self.insertPlainText(" ".join(source.text().split()))
            return
        if self.paste_hook is not None and source.hasText() and self.paste_hook(source.text()):
            return
        super().insertFromMimeData(source)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        if source.hasUrls() and any(u.isLocalFile() for u in source.urls()):
            return False
        return super().canInsertFromMimeData(source)

