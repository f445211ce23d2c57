"""ReleaseEditor: the release being edited, its undo stack, and signals the views follow.

Every change goes through a QUndoCommand, so the form, the previews, the title's modified
mark and autosave all hear about it the same way, and every change can be undone.
"""

from __future__ import annotations

from pathlib import Path as FilePath
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from pressdesk.gui.editor import paths
from pressdesk.gui.editor.commands import InsertItem, MoveItem, RemoveItem, ReplaceRelease, SetValue
from pressdesk.gui.editor.paths import LIST_KEYS, Path
from pressdesk.model import Release


class ReleaseEditor(QObject):
    field_changed = Signal(object)  # path of a field whose value changed
    list_changed = Signal(str)  # a list (body, background, ...) gained, lost or reordered items
    # the same, in detail: (key, "insert" | "remove" | "move", index, moved-to index or -1)
    list_edited = Signal(str, str, int, int)
    replaced = Signal()  # a different release: new, opened or restored
    content_changed = Signal()  # anything at all changed (previews, counts, autosave)
    modified_changed = Signal(bool)
    file_changed = Signal()  # the file path changed (title, recent files)

    def __init__(self, release: Release | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.release = release if release is not None else Release()
        self.file: FilePath | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._emit_modified)
        self.revision = 0  # counts every change; autosave compares it
        self.focus_hint: tuple[str, int] | None = None  # item to focus after a list change
        self.last_path: Path | None = None  # the field changed last (shown after an undo)
        self._merge_key = 0
        self._dirty = False  # changes the undo stack does not know about (a restored file)

    # --- reading ----------------------------------------------------------------------------
    def get(self, path: Path) -> Any:
        return paths.get(self.release, path)

    def items(self, key: str) -> list[Any]:
        items: list[Any] = getattr(self.release, key)
        return items

    def is_modified(self) -> bool:
        return self._dirty or not self.undo_stack.isClean()

    # --- editing ----------------------------------------------------------------------------
    def set(self, path: Path, value: Any, *, typing: bool = True, text: str = "") -> None:
        """Change one field. Consecutive typing in the same field is one undo step."""
        old = self.get(path)
        if old == value:
            return
        label = text or (self.tr("Typing") if typing else self.tr("Change"))
        merge = self._merge_key if typing else None
        self.undo_stack.push(SetValue(self, path, paths.clone(old), paths.clone(value), label, merge))

    def set_many(self, changes: list[tuple[Path, Any]], text: str) -> None:
        """Several fields in one undo step (e.g. template and its version)."""
        changes = [(p, v) for p, v in changes if self.get(p) != v]
        if not changes:
            return
        self.undo_stack.beginMacro(text)
        for path, value in changes:
            self.set(path, value, typing=False, text=text)
        self.undo_stack.endMacro()

    def break_merge(self) -> None:
        """The next keystroke starts a new undo step (the user left the field)."""
        self._merge_key += 1

    def insert(self, key: str, index: int, item: Any = None, kind: str = "paragraph",
               text: str = "") -> None:
        item = paths.new_item(key, kind) if item is None else item
        index = max(0, min(index, len(self.items(key))))
        label = text or (self.tr("Add quote") if kind == "quote" and key == "body" else self.tr("Add item"))
        self.undo_stack.push(InsertItem(self, key, index, item, label))

    def duplicate(self, key: str, index: int) -> None:
        if 0 <= index < len(self.items(key)):
            item = paths.clone(self.items(key)[index])
            self.undo_stack.push(InsertItem(self, key, index + 1, item, self.tr("Duplicate item")))

    def remove(self, key: str, index: int) -> None:
        if 0 <= index < len(self.items(key)):
            self.undo_stack.push(RemoveItem(self, key, index, self.tr("Remove item")))

    def move(self, key: str, src: int, dst: int) -> None:
        n = len(self.items(key))
        if src == dst or not (0 <= src < n and 0 <= dst < n):
            return
        self.undo_stack.push(MoveItem(self, key, src, dst, self.tr("Move item")))

    # --- whole releases ---------------------------------------------------------------------
    def reset(self, release: Release, file: FilePath | None = None, *, modified: bool = False) -> None:
        """Edit another release: the undo history starts again."""
        self.release = release
        self.file = file
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self._dirty = modified
        self.focus_hint = None
        self.last_path = None
        self.revision += 1
        self.replaced.emit()
        self.file_changed.emit()
        self.content_changed.emit()
        self._emit_modified()

    def replace(self, release: Release, text: str) -> None:
        """Edit another, unsaved release as one undo step (an import); undo brings this one back."""
        self.undo_stack.push(ReplaceRelease(self, release, text))

    def mark_saved(self, file: FilePath) -> None:
        changed = file != self.file
        self.file = file
        self._dirty = False
        self.undo_stack.setClean()
        self._emit_modified()
        if changed:
            self.file_changed.emit()

    # --- used by the undo commands ------------------------------------------------------------
    def _swap(self, release: Release, file: FilePath | None) -> None:
        self.release, self.file = release, file
        self.focus_hint = None
        self.last_path = None
        self._changed()
        self.replaced.emit()
        self.file_changed.emit()

    def _write(self, path: Path, value: Any) -> None:
        paths.put(self.release, path, paths.clone(value))
        self.last_path = path
        self._changed()
        self.field_changed.emit(path)

    def _insert(self, key: str, index: int, item: Any) -> None:
        self.items(key).insert(index, item)
        self._list_changed(key, index, ("insert", index, -1))

    def _remove(self, key: str, index: int) -> Any:
        item = self.items(key).pop(index)
        self._list_changed(key, min(index, len(self.items(key)) - 1), ("remove", index, -1))
        return item

    def _move(self, key: str, src: int, dst: int) -> None:
        items = self.items(key)
        items.insert(dst, items.pop(src))
        self._list_changed(key, dst, ("move", src, dst))

    def _list_changed(self, key: str, focus: int, edit: tuple[str, int, int]) -> None:
        assert key in LIST_KEYS, key
        self.focus_hint = (key, focus) if focus >= 0 else None
        self._changed()
        self.list_edited.emit(key, *edit)
        self.list_changed.emit(key)

    def _changed(self) -> None:
        self.revision += 1
        self.content_changed.emit()

    def _emit_modified(self, *_: Any) -> None:
        self.modified_changed.emit(self.is_modified())
