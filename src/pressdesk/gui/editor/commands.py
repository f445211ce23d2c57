"""Undo commands: set a field (typing in one field merges), insert, remove and move items."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from pressdesk.gui.editor.paths import Path

if TYPE_CHECKING:
    from pressdesk.gui.editor.state import ReleaseEditor

MERGE_ID = 0x5D  # any fixed number; -1 means "never merge"


class SetValue(QUndoCommand):
    def __init__(self, editor: ReleaseEditor, path: Path, old: Any, new: Any, text: str,
                 merge_key: int | None) -> None:
        super().__init__(text)
        self.editor = editor
        self.path = path
        self.old = old
        self.new = new
        self.merge_key = merge_key  # None: a discrete change (combo, checkbox, date)

    def redo(self) -> None:
        self.editor._write(self.path, self.new)

    def undo(self) -> None:
        self.editor._write(self.path, self.old)

    def id(self) -> int:
        return MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValue) or other.path != self.path:
            return False
        if self.merge_key is None or other.merge_key != self.merge_key:
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)  # typed and deleted again: nothing to undo
        return True


class InsertItem(QUndoCommand):
    def __init__(self, editor: ReleaseEditor, key: str, index: int, item: Any, text: str) -> None:
        super().__init__(text)
        self.editor, self.key, self.index, self.item = editor, key, index, item

    def redo(self) -> None:
        self.editor._insert(self.key, self.index, self.item)

    def undo(self) -> None:
        self.item = self.editor._remove(self.key, self.index)


class RemoveItem(QUndoCommand):
    def __init__(self, editor: ReleaseEditor, key: str, index: int, text: str) -> None:
        super().__init__(text)
        self.editor, self.key, self.index = editor, key, index
        self.item: Any = None

    def redo(self) -> None:
        self.item = self.editor._remove(self.key, self.index)

    def undo(self) -> None:
        self.editor._insert(self.key, self.index, self.item)


class MoveItem(QUndoCommand):
    def __init__(self, editor: ReleaseEditor, key: str, src: int, dst: int, text: str) -> None:
        super().__init__(text)
        self.editor, self.key, self.src, self.dst = editor, key, src, dst

    def redo(self) -> None:
        self.editor._move(self.key, self.src, self.dst)

    def undo(self) -> None:
        self.editor._move(self.key, self.dst, self.src)


class ReplaceRelease(QUndoCommand):
    """Another release in the same window (an import): undo brings the previous one back."""

    def __init__(self, editor: ReleaseEditor, new: Any, text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self.old, self.old_file = editor.release, editor.file
        self.new = new

    def redo(self) -> None:
        self.editor._swap(self.new, None)

    def undo(self) -> None:
        self.editor._swap(self.old, self.old_file)
