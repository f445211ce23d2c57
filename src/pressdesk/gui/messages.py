"""The app's questions and error messages, in words (tests replace QMessageBox's statics)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from pressdesk.gui.release_messages import translate_problems

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
_B = QMessageBox.StandardButton


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def ask_save_changes(parent: QWidget | None, name: str) -> str:
    """Save / Discard / Cancel for unsaved changes."""
    answer = QMessageBox.question(
        parent,
        _tr("Unsaved changes"),
        _tr("“{name}” has changes that are not saved.\n\nSave them before closing?").format(name=name),
        _B.Save | _B.Discard | _B.Cancel,
        _B.Save,
    )
    if answer == _B.Save:
        return SAVE
    if answer == _B.Discard:
        return DISCARD
    return CANCEL


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def ask_restore(parent: QWidget | None, original: str, saved_at: str) -> str:
    """After a crash: restore the recovery copy (save), throw it away (discard), or ask later."""
    what = original or _tr("a new, never saved release")
    answer = QMessageBox.question(
        parent,
        _tr("Restore unsaved work?"),
        _tr("PressDesk was closed before your changes to {what} were saved. "
            "A recovery copy from {when} was found.\n\nRestore it?").format(what=what, when=saved_at),
        _B.Yes | _B.Discard | _B.Cancel,
        _B.Yes,
    )
    if answer == _B.Yes:
        return SAVE
    if answer == _B.Discard:
        return DISCARD
    return CANCEL


def release_problems(problems: list[str]) -> str:
    shown = translate_problems(problems[:8])
    more = len(problems) - len(shown)
    text = "\n".join(f"• {p}" for p in shown)
    if more > 0:
        text += "\n" + _tr("… and {n} more").format(n=more)
    return text
