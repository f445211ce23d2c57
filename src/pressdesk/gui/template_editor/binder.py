"""Template editor fields bound to draft keys: shown from the draft, written through undo.

A key may hold ``{lang}``: it then names the text in the language being edited
(``identity.name.{lang}`` -> ``identity.name.ar``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from pressdesk.templating.draft import TemplateDraft


class Binder(QObject):
    """Keeps every bound widget showing the draft; edits go to ``write(key, value, merge)``."""

    def __init__(self, draft: TemplateDraft, write: Callable[[str, Any, bool], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.write = write
        self.language = "ar"
        self.fields: list[tuple[str, QWidget, Callable[[Any], None]]] = []

    def key(self, pattern: str) -> str:
        return pattern.replace("{lang}", self.language)

    def value(self, pattern: str) -> Any:
        return self.draft.effective(self.key(pattern))

    def _add(self, pattern: str, widget: QWidget, show: Callable[[Any], None]) -> None:
        widget.setProperty("templateKey", pattern)
        self.fields.append((pattern, widget, show))

    def line(self, pattern: str, widget: QLineEdit | None = None) -> QLineEdit:
        edit = widget or QLineEdit()
        edit.textEdited.connect(lambda text: self.write(self.key(pattern), text, True))
        def show(v: Any) -> None:
            text = "" if v is None else str(v)
            if edit.text() != text:  # never move the cursor of the field being typed in
                edit.setText(text)
                edit.setCursorPosition(0)

        self._add(pattern, edit, show)
        return edit

    def text(self, pattern: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)

        def edited() -> None:
            if not edit.signalsBlocked():
                self.write(self.key(pattern), edit.toPlainText(), True)

        edit.textChanged.connect(edited)

        def show(v: Any) -> None:
            if edit.toPlainText() != ("" if v is None else str(v)):
                edit.setPlainText("" if v is None else str(v))

        self._add(pattern, edit, show)
        return edit

    def check(self, pattern: str) -> QCheckBox:
        box = QCheckBox()
        box.toggled.connect(lambda on: self.write(self.key(pattern), bool(on), False))
        self._add(pattern, box, lambda v: box.setChecked(bool(v)))
        return box

    def choice(self, pattern: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        for label, data in items:
            combo.addItem(label, data)
        combo.activated.connect(lambda i: self.write(self.key(pattern), combo.itemData(i), False))

        def show(v: Any) -> None:
            index = combo.findData(v)
            if index < 0 and v is not None:
                combo.addItem(str(v), v)
                index = combo.count() - 1
            combo.setCurrentIndex(index)

        self._add(pattern, combo, show)
        return combo

    def number(self, pattern: str, low: float, high: float, suffix: str = "") -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setDecimals(1)
        spin.setSuffix(suffix)
        spin.valueChanged.connect(lambda v: self.write(self.key(pattern), float(v), True))
        self._add(pattern, spin, lambda v: spin.setValue(float(v or 0)))
        return spin

    def show_all(self, only: str | None = None) -> None:
        """Show the draft's values (only the fields of key ``only`` when given).

        Texts in the language being edited run in its direction (right to left in Arabic).
        """
        from pressdesk.gui.languages import is_rtl

        direction = (Qt.LayoutDirection.RightToLeft if is_rtl(self.language)
                     else Qt.LayoutDirection.LeftToRight)
        for pattern, widget, show in self.fields:
            if only is not None and self.key(pattern) != only:
                continue
            widget.blockSignals(True)
            try:
                show(self.value(pattern))
                if "{lang}" in pattern:
                    widget.setLayoutDirection(direction)
            finally:
                widget.blockSignals(False)
