"""The editing model: the release being edited, its undo stack and change signals."""

from pressdesk.gui.editor.state import LIST_KEYS, Path, ReleaseEditor

__all__ = ["LIST_KEYS", "Path", "ReleaseEditor"]
