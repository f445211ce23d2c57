"""Both previews follow the block being edited: the field with the cursor, or the one last changed."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from pressdesk.gui.editor import Path, ReleaseEditor
from pressdesk.gui.form.form import ReleaseForm

DELAY_MS = 250


class Follows(Protocol):
    def scroll_to_text(self, text: str) -> bool: ...


class PreviewFollower(QObject):
    """Scrolls each preview to the text of the field being edited, after a short pause."""

    def __init__(self, editor: ReleaseEditor, form: ReleaseForm, previews: list[Follows],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor, self.form, self.previews = editor, form, previews
        self.path: Path | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.follow)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        editor.field_changed.connect(self._field_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        path = self.form.bindings.path_of(new) if new is not None else None
        if path is not None:
            self.path = path
            self.timer.start()

    def _field_changed(self, path: Path) -> None:
        self.path = path
        self.timer.start()

    def follow(self) -> None:
        """Scroll the previews to the current block (also called after each preview update)."""
        if self.path is None:
            return
        try:
            value = self.editor.get(self.path)
        except (IndexError, AttributeError):  # the block was removed meanwhile
            return
        if isinstance(value, str):
            for preview in self.previews:
                preview.scroll_to_text(value)
