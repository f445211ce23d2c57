"""A text field that shows inline markup as formatting: bold, italic and links.

The release keeps markup (``**bold**``, ``*italic*``, ``[text](url)``, see
``pressdesk.model.markup``); this field shows it formatted, never as raw asterisks.
Ctrl+B and Ctrl+I toggle bold and italic on the selection (or for what is typed next),
Ctrl+K makes the selection a link. Pasted text stays plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from pressdesk.gui.app_fonts import register_fonts
from pressdesk.gui.form.fields import TextField, bidi_warning, strong_direction
from pressdesk.model.markup import Span, parse, safe_href, to_markup


def spans_of(field: TextField, start: int = 0, end: int | None = None) -> list[Span]:
    """The formatted text of a field as markup spans (blocks joined by line breaks);
    ``start``/``end`` (document positions) keep only that part."""
    stop = end if end is not None else 1 << 62
    spans: list[Span] = []
    block = field.document().begin()
    first = True
    while block.isValid():
        if not first and start < block.position() <= stop:
            spans.append(Span("\n"))
        first = False
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            lo, hi = frag.position(), frag.position() + frag.length()
            if frag.isValid() and hi > start and lo < stop:
                fmt = frag.charFormat()
                href = safe_href(fmt.anchorHref()) if fmt.isAnchor() else None
                text = frag.text()[max(start - lo, 0): min(stop, hi) - lo]
                spans.append(Span(text.replace("\u2028", "\n"),
                                  bold=fmt.fontWeight() >= QFont.Weight.Bold,
                                  italic=fmt.fontItalic(), href=href))
            it += 1
        block = block.next()
    return spans


# Italic text is drawn from shipped faces: Qt takes a system face's italic for a script its
# upright face covers (DejaVu Sans Oblique for Arabic: empty boxes). Noto Sans Italic for
# Latin, then Amiri Italic for Arabic, Heebo (slanted by Qt) for Hebrew.
ITALIC_FAMILIES = ["Noto Sans", "Amiri", "Heebo"]


def _set_italic(fmt: QTextCharFormat, italic: bool, upright: str | None = None) -> None:
    """Italic on or off; ``upright``: the family to go back to (when merged over italic text)."""
    fmt.setFontItalic(italic)
    if italic:
        register_fonts()
        fmt.setFontFamilies(ITALIC_FAMILIES)
    elif upright:
        fmt.setFontFamilies([upright])


def _format(span: Span) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if span.bold else QFont.Weight.Normal)
    _set_italic(fmt, span.italic)
    if span.href:
        fmt.setAnchor(True)
        fmt.setAnchorHref(span.href)
        fmt.setForeground(Qt.GlobalColor.darkBlue)
        fmt.setFontUnderline(True)
        fmt.setToolTip(span.href)
    return fmt


class RichTextField(TextField):
    """A TextField whose value is markup, shown as formatted text."""

    def __init__(self, parent: QWidget | None = None, placeholder: str = "", min_lines: int = 2
                 ) -> None:
        super().__init__(parent, placeholder, min_lines)
        self._shown_value = ""  # the markup last shown or reported: an empty field's at first
        self.setToolTip(self.tr("Ctrl+B bold, Ctrl+I italic, Ctrl+K link"))

    def value(self) -> str:
        return to_markup(spans_of(self))

    def set_value(self, value: str | None) -> None:
        value = value or ""
        if value == self.value():
            return
        self._setting = True
        try:
            self.clear()
            cursor = QTextCursor(self.document())
            for span in parse(value):
                cursor.insertText(span.text, _format(span))
            self.setCurrentCharFormat(_format(Span("")))
        finally:
            self._setting = False

    def split_markup(self, start: int, end: int) -> tuple[str, str]:
        """Markup before ``start`` and after ``end`` (cursor positions): Enter splits here."""
        return to_markup(spans_of(self, 0, start)), to_markup(spans_of(self, end))

    def lines(self) -> list[str]:
        """One markup string per line (a list's items)."""
        out: list[list[Span]] = [[]]
        for span in spans_of(self):
            parts = span.text.split("\n")
            for k, part in enumerate(parts):
                if k:
                    out.append([])
                if part:
                    out[-1].append(Span(part, span.bold, span.italic, span.href))
        return [to_markup(line) for line in out]

    def set_lines(self, lines: list[str] | None) -> None:
        lines = list(lines or [])
        if lines == self.lines() or (not lines and not self.toPlainText()):
            return
        self._setting = True
        try:
            self.clear()
            cursor = QTextCursor(self.document())
            for k, line in enumerate(lines):
                if k:
                    cursor.insertBlock()
                for span in parse(line):
                    cursor.insertText(span.text.replace("\n", " "), _format(span))
            self.setCurrentCharFormat(_format(Span("")))
        finally:
            self._setting = False

    def _text_changed(self) -> None:
        value = self.value()
        if value == getattr(self, "_shown_value", ""):
            return  # nothing the release keeps changed (e.g. only the spelling underlines)
        self._shown_value = value
        text = self.toPlainText()
        self._shown_text = text
        self._apply_direction(strong_direction(text))
        self.set_warning(bidi_warning(text))
        if not self._setting:
            self.value_edited.emit(value)

    # --- formatting -------------------------------------------------------------------------
    @staticmethod
    def _is_format_key(event: QKeyEvent) -> bool:
        return (event.matches(QKeySequence.StandardKey.Bold)
                or event.matches(QKeySequence.StandardKey.Italic)
                or (event.key() == Qt.Key.Key_K
                    and event.modifiers() == Qt.KeyboardModifier.ControlModifier))

    def event(self, event: QEvent) -> bool:
        # Ctrl+B/I/K format the text here, as in Word, before any window shortcut on the
        # same keys (Ctrl+I is File > Import elsewhere) takes them
        if event.type() == QEvent.Type.ShortcutOverride and self._is_format_key(event):  # type: ignore[arg-type]
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Bold):
            self.toggle_bold()
            return
        if event.matches(QKeySequence.StandardKey.Italic):
            self.toggle_italic()
            return
        if event.key() == Qt.Key.Key_K and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.insert_link()
            return
        super().keyPressEvent(event)

    def toggle_bold(self) -> None:
        bold = self.currentCharFormat().fontWeight() >= QFont.Weight.Bold
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Normal if bold else QFont.Weight.Bold)
        self.mergeCurrentCharFormat(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        _set_italic(fmt, not self.currentCharFormat().fontItalic(), self.font().family())
        self.mergeCurrentCharFormat(fmt)

    def insert_link(self, url: str | None = None, text: str | None = None) -> bool:
        """Make the selection (or ``text``, inserted) a link; asks for the address."""
        cursor = self.textCursor()
        current = cursor.charFormat().anchorHref() if cursor.charFormat().isAnchor() else ""
        if url is None:
            url, ok = QInputDialog.getText(
                self, self.tr("Insert link"), self.tr("Web address (https://…) or mailto:"),
                QLineEdit.EchoMode.Normal, current or "https://")
            if not ok:
                return False
        href = safe_href(url or "")
        if url and not href:
            if text is None:
                QMessageBox.warning(self, self.tr("Insert link"), self.tr(
                    "Only web addresses (http:// or https://) and mailto: links can be used."))
            return False
        fmt = _format(Span("", href=href)) if href else _format(Span(""))
        if not href:  # an empty address removes the link
            fmt.setAnchor(False)
            fmt.setAnchorHref("")
        if text is not None:
            cursor.insertText(text, fmt)
        elif cursor.hasSelection():
            cursor.mergeCharFormat(fmt)
        else:
            cursor.insertText(url if href else "", fmt)
        cursor.setPosition(cursor.selectionEnd())  # what is typed next is not part of the link
        self.setTextCursor(cursor)
        self.setCurrentCharFormat(_format(Span("")))
        return True


__all__ = ["RichTextField", "spans_of"]
