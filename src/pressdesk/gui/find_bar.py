"""The find bar under the form: Find (Ctrl+F) and Find & Replace (Ctrl+H) across every field.

Matching is ``pressdesk.util.textsearch`` (no Qt); this widget walks the release's text
fields in reading order, selects each match in its field and edits through the editor, so a
replacement is an undo step and Replace All is one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QWidget,
)

from pressdesk.gui.editor import Path, ReleaseEditor
from pressdesk.gui.editor.paths import text_paths
from pressdesk.gui.form.form import ReleaseForm
from pressdesk.gui.icons import icon
from pressdesk.util.textsearch import SearchOptions, find_all, from_utf16, replace_spans, to_utf16


@dataclass(frozen=True)
class Match:
    path: Path
    start: int  # in Python characters of the field's text
    end: int


class FindBar(QFrame):
    """Search field, match count, options, and (in replace mode) the replacement."""

    match_shown = Signal(object)  # the path of the field showing the current match

    def __init__(self, editor: ReleaseEditor, form: ReleaseForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.editor = editor
        self.form = form
        self.matches: list[Match] = []
        self.current = -1
        self._origin: tuple[Path, int] | None = None  # where the cursor was when the bar opened
        self._selected: QWidget | None = None  # the field showing the current match
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)

        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("findEdit")
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setPlaceholderText(self.tr("Find in the release"))
        self.find_edit.textChanged.connect(self._query_changed)
        self.find_edit.installEventFilter(self)
        self.count = QLabel(self)
        self.count.setObjectName("findCount")
        self.count.setMinimumWidth(90)
        self.previous_button = self._tool("up", self.tr("Previous match (Shift+F3)"), self.find_previous)
        self.next_button = self._tool("down", self.tr("Next match (F3)"), self.find_next)
        self.close_button = self._tool("close", self.tr("Close (Esc)"), self.close_bar)
        self.case = QCheckBox(self.tr("Match &case"), self)
        self.words = QCheckBox(self.tr("&Whole words"), self)
        self.marks = QCheckBox(self.tr("Ignore &harakat and tatweel"), self)
        self.marks.setChecked(True)
        self.marks.setToolTip(self.tr("“منظمة” also finds “مُنظّمة” and “منظـــمة”"))
        self.alef = QCheckBox(self.tr("&Alef forms alike"), self)
        self.alef.setToolTip(self.tr("Alef with or without hamza or madda match each other: "
                                     "“احمد” finds “أحمد”"))
        for box in (self.case, self.words, self.marks, self.alef):
            box.toggled.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.find_edit, 3)
        top.addWidget(self.count)
        top.addWidget(self.previous_button)
        top.addWidget(self.next_button)
        top.addWidget(self.close_button)
        grid.addLayout(top, 0, 0)

        self.replace_row = QWidget(self)
        row = QHBoxLayout(self.replace_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.replace_edit = QLineEdit(self.replace_row)
        self.replace_edit.setObjectName("replaceEdit")
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.replace_edit.installEventFilter(self)
        self.replace_button = QPushButton(self.tr("&Replace"), self.replace_row)
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button = QPushButton(self.tr("Replace &All"), self.replace_row)
        self.replace_all_button.clicked.connect(self.replace_all)
        row.addWidget(self.replace_edit, 3)
        row.addWidget(self.replace_button)
        row.addWidget(self.replace_all_button)
        grid.addWidget(self.replace_row, 1, 0)

        options = QHBoxLayout()
        for box in (self.case, self.words, self.marks, self.alef):
            options.addWidget(box)
        options.addStretch(1)
        grid.addLayout(options, 2, 0)

        self._timer = QTimer(self)  # the release changed: count again once the edit is done
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._recount)
        editor.content_changed.connect(self._content_changed)
        editor.replaced.connect(self._content_changed)
        self.hide()

    def _tool(self, icon_name: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon(icon_name))
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    # --- opening and closing -----------------------------------------------------------------
    def open_find(self, replace: bool = False) -> None:
        """Show the bar with the search field focused and its text selected (Ctrl+F, Ctrl+H)."""
        self._origin = self._cursor_position()
        field = self._focused_field()
        selected = ""
        if isinstance(field, QTextEdit):
            selected = field.textCursor().selectedText()
        elif isinstance(field, QLineEdit):
            selected = field.selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self.replace_row.setVisible(replace)
        self.show()
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()
        self.refresh()

    def close_bar(self) -> None:
        """Hide the bar; the cursor goes to the current match, selected, to go on typing."""
        self.hide()
        if 0 <= self.current < len(self.matches):
            widget = self.form.bindings.widget(self.matches[self.current].path)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.form.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if watched is self.replace_edit and not shift:
                    self.replace_current()
                elif shift:
                    self.find_previous()
                else:
                    self.find_next()
                return True
        return super().eventFilter(watched, event)

    # --- searching ----------------------------------------------------------------------------
    def options(self) -> SearchOptions:
        return SearchOptions(case_sensitive=self.case.isChecked(), whole_words=self.words.isChecked(),
                             ignore_marks=self.marks.isChecked(), fold_alef=self.alef.isChecked())

    def search(self) -> list[Match]:
        """Every match of the query in the release, in reading order."""
        query, options = self.find_edit.text(), self.options()
        found: list[Match] = []
        for path in text_paths(self.editor.release):
            text = self.editor.get(path) or ""
            found += [Match(path, s, e) for s, e in find_all(text, query, options)]
        return found

    def refresh(self) -> None:
        """Search again and show the first match from where the cursor was."""
        self.matches = self.search()
        self.current = self._first_from(self._origin) if self.matches else -1
        self._show_current()

    def _query_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def _content_changed(self) -> None:
        if self.isVisible():
            self._timer.start()

    def _recount(self) -> None:
        """The release changed (typing, undo, a replacement): keep the place, count again."""
        here = self.matches[self.current] if 0 <= self.current < len(self.matches) else None
        self.matches = self.search()
        if not self.matches:
            self.current = -1
        elif here is not None:
            self.current = self._first_from((here.path, here.start))
        self._update_count()

    def _first_from(self, origin: tuple[Path, int] | None) -> int:
        if origin is None:
            return 0
        order = {path: i for i, path in enumerate(text_paths(self.editor.release))}
        where = (order.get(origin[0], -1), origin[1])
        for i, m in enumerate(self.matches):
            if (order[m.path], m.start) >= where:
                return i
        return 0  # wrap around to the top

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self.isVisible():
            self.open_find(self.replace_row.isVisible())
            return
        self.matches = self.search()
        if not self.matches:
            self.current = -1
        elif self.current < 0:
            self.current = 0
        else:
            self.current = (min(self.current, len(self.matches)) + delta) % len(self.matches)
        self._show_current()

    def _show_current(self) -> None:
        self._update_count()
        if not 0 <= self.current < len(self.matches):
            return
        match = self.matches[self.current]
        widget = self.form.bindings.widget(match.path)
        text = self.editor.get(match.path) or ""
        start, end = to_utf16(text, match.start), to_utf16(text, match.end)
        if self._selected is not None and self._selected is not widget:
            _deselect(self._selected)  # one match selected at a time
        self._selected = widget
        if isinstance(widget, QTextEdit):
            cursor = QTextCursor(widget.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            widget.setTextCursor(cursor)
        elif isinstance(widget, QLineEdit):
            widget.setSelection(start, end - start)
        if widget is not None:
            self.form.ensureWidgetVisible(widget, 0, 60)
        self._origin = (match.path, match.start)
        self.match_shown.emit(match.path)

    def _update_count(self) -> None:
        n = len(self.matches)
        query = bool(self.find_edit.text())
        if not query:
            text = ""
        elif n == 0:
            text = self.tr("No matches")
        elif 0 <= self.current < n:
            text = self.tr("{i} of {n}").format(i=self.current + 1, n=n)
        else:
            text = self.tr("{n} matches").format(n=n)
        self.count.setText(text)
        self.count.setStyleSheet("color: #b3261e;" if query and n == 0 else "color: #4a5565;")
        self.find_edit.setStyleSheet("QLineEdit { background: #fff3f2; }" if query and n == 0 else "")
        for widget in (self.replace_button, self.replace_all_button, self.next_button,
                       self.previous_button):
            widget.setEnabled(n > 0)

    # --- replacing ----------------------------------------------------------------------------
    def replace_current(self) -> None:
        """Replace the current match (one undo step) and go to the next one."""
        if not 0 <= self.current < len(self.matches):
            self.find_next()
            return
        match = self.matches[self.current]
        text = self.editor.get(match.path) or ""
        replacement = self.replace_edit.text()
        self.editor.set(match.path, replace_spans(text, [(match.start, match.end)], replacement),
                        typing=False, text=self.tr("Replace"))
        self._origin = (match.path, match.start + len(replacement))
        self.refresh()

    def replace_all(self) -> int:
        """Replace every match in every field as one undo step; return how many were replaced."""
        matches = self.search()
        spans: dict[Path, list[tuple[int, int]]] = {}
        for m in matches:
            spans.setdefault(m.path, []).append((m.start, m.end))
        replacement = self.replace_edit.text()
        changes = [(path, replace_spans(self.editor.get(path) or "", found, replacement))
                   for path, found in spans.items()]
        self.editor.set_many(changes, self.tr("Replace all"))
        self.refresh()
        self.count.setText(self.tr("Replaced {n}").format(n=len(matches)))
        return len(matches)

    # --- where the cursor is --------------------------------------------------------------------
    def _focused_field(self) -> QWidget | None:
        from PySide6.QtWidgets import QApplication

        focused = QApplication.focusWidget()
        return focused if focused is not None and self.form.isAncestorOf(focused) else None

    def _cursor_position(self) -> tuple[Path, int] | None:
        field = self._focused_field()
        path = self.form.bindings.path_of(field) if field is not None else None
        if path is None or field is None:
            return self._origin
        text = self.editor.get(path) or ""
        if isinstance(field, QTextEdit):
            cursor = field.textCursor()
            pos = cursor.selectionStart()
        elif isinstance(field, QLineEdit):
            pos = field.selectionStart() if field.hasSelectedText() else field.cursorPosition()
        else:
            pos = 0
        return path, from_utf16(text, pos)


def _deselect(widget: QWidget) -> None:
    try:
        if isinstance(widget, QTextEdit):
            cursor = widget.textCursor()
            cursor.clearSelection()
            widget.setTextCursor(cursor)
        elif isinstance(widget, QLineEdit):
            widget.deselect()
    except RuntimeError:  # the field's card was removed meanwhile
        pass
