"""Bindings: which widget shows which field, so an undo or redo reaches the right one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from pressdesk.gui.editor import Path, ReleaseEditor
from pressdesk.gui.form.fields import LineField, TextField


class Bindings(QObject):
    """Field path -> (setter, widget). One slot for every field change, looked up by path."""

    def __init__(self, editor: ReleaseEditor, parent: QObject) -> None:
        super().__init__(parent)
        self.editor = editor
        self._views: dict[Path, tuple[Callable[[Any], None], QWidget | None]] = {}
        editor.field_changed.connect(self._field_changed)

    def add(self, path: Path, setter: Callable[[Any], None], widget: QWidget | None = None) -> None:
        self._views[path] = (setter, widget)
        setter(self.editor.get(path))

    def text(self, path: Path, field: LineField | TextField, *, label: str = "") -> None:
        """Two-way binding of a text field to a text value of the release."""
        editor = self.editor
        field.value_edited.connect(lambda text: editor.set(path, text, text=label))
        field.left.connect(editor.break_merge)
        self.add(path, field.set_value, field)

    def drop(self, key: str) -> None:
        """Forget the fields of one list (its cards are being rebuilt)."""
        for path in [p for p in self._views if p and p[0] == key]:
            del self._views[path]

    def widget(self, path: Path) -> QWidget | None:
        view = self._views.get(path)
        return view[1] if view else None

    def path_of(self, widget: QWidget) -> Path | None:
        """The field path a widget shows (the inverse of :meth:`widget`)."""
        return next((path for path, (_, w) in self._views.items() if w is widget), None)

    def refresh(self) -> None:
        for path, (setter, _) in list(self._views.items()):
            setter(self.editor.get(path))

    def _field_changed(self, path: Path) -> None:
        view = self._views.get(path)
        if view is not None:
            view[0](self.editor.get(path))
