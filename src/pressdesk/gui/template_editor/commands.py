"""Undo for the template editor: one command per key change; typing in a field merges."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from pressdesk.templating.draft import TemplateDraft

_MERGE_ID = 7301


class SetKey(QUndoCommand):
    """Set ``key`` of the draft; undo puts back what was there (or removes it)."""

    def __init__(self, draft: TemplateDraft, key: str, value: Any, text: str,
                 changed: Callable[[str], None], *, merge: bool = False) -> None:
        super().__init__(text)
        self.draft, self.key, self.changed, self.merge = draft, key, changed, merge
        self.new = copy.deepcopy(value)
        self.old_data = copy.deepcopy(draft.data)  # placeholder marks change too

    def id(self) -> int:
        return _MERGE_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetKey) or not other.merge or other.key != self.key:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.draft.set(self.key, self.new)
        self.changed(self.key)

    def undo(self) -> None:
        self.draft.data = copy.deepcopy(self.old_data)
        self.changed(self.key)
