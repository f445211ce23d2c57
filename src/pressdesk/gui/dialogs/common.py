"""Pieces the dialogs share: errors put into words, a message area, opening files."""

from __future__ import annotations

import errno
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from pressdesk.gui.release_messages import translate_problems

log = logging.getLogger(__name__)

_READ_ONLY = {errno.EACCES, errno.EPERM, errno.EROFS}
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def isolate(text: str) -> str:
    """Wrap a name, path or message in a bidi isolate, so a path like '/tmp/x' keeps its
    slashes in place inside an Arabic sentence (and an Arabic name inside an English one)."""
    return "\n".join(f"\u2068{line}\u2069" if line else line for line in text.split("\n"))


def fill(text: str, *args: object) -> str:
    """A translated text with ``%1``, ``%2``... replaced by isolated arguments."""
    for i, arg in reversed(list(enumerate(args, 1))):
        text = text.replace(f"%{i}", isolate(str(arg)))
    return text


def _os_error_words(exc: OSError, where: Path | None) -> str:
    translate = QCoreApplication.translate
    place = str(where or exc.filename or "")
    if exc.errno in _READ_ONLY or isinstance(exc, PermissionError):
        text = translate("Errors", "PressDesk cannot write to “%1”: the folder is read-only or you "
                                   "do not have permission to write there. Choose another folder.")
        return fill(text, place)
    if exc.errno in _FULL:
        text = translate("Errors", "The disk is full, so “%1” could not be written. Free some space "
                                   "or choose another folder.")
        return fill(text, place)
    if exc.errno == errno.ENAMETOOLONG:
        return translate("Errors", "The file name is too long. Choose a shorter name.")
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        text = translate("Errors", "The folder “%1” does not exist and could not be created.")
        return fill(text, place)
    text = translate("Errors", "“%1” could not be written: %2")
    return fill(text, place, exc.strerror or str(exc))


def describe_error(exc: BaseException, where: Path | None = None) -> str:
    """An exception as a sentence for the user; never a traceback.

    ``where`` names the folder or file the action was about, for messages about disks.
    """
    from pressdesk.model import ReleaseError
    from pressdesk.pipeline import ExportError
    from pressdesk.render import RendererUnavailable
    from pressdesk.templating import TemplateError

    translate = QCoreApplication.translate
    cause = exc.__cause__
    if isinstance(exc, OSError):
        return _os_error_words(exc, where)
    if isinstance(cause, OSError):
        return _os_error_words(cause, where)
    if isinstance(exc, TemplateError):
        problems = "\n".join(f"• {isolate(p)}" for p in exc.problems) or isolate(str(exc))
        if exc.source:
            head = fill(translate("Errors", "There is a problem with the template “%1”:"), exc.source)
        else:
            head = translate("Errors", "There is a problem with the template:")
        return f"{head}\n{problems}"
    if isinstance(exc, RendererUnavailable) or isinstance(cause, RendererUnavailable):
        text = translate("Errors", "This format cannot be exported on this computer: %1")
    elif isinstance(exc, ReleaseError):
        text = translate("Errors", "The release has problems: %1")
        return fill(text, "; ".join(translate_problems(exc.problems)))
    elif isinstance(exc, ImportError):
        text = translate("Errors", "This feature is not available in this installation of "
                                   "PressDesk (%1).")
    elif isinstance(exc, ExportError):
        text = translate("Errors", "The export failed: %1")
    else:
        log.error("unexpected error", exc_info=exc)
        text = translate("Errors", "Something went wrong: %1")
    return fill(text, str(exc) or type(exc).__name__)


class MessageLabel(QLabel):
    """A word-wrapped message area inside a dialog, hidden while it has nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setContentsMargins(8, 6, 8, 6)
        self.kind = ""
        self.hide()

    def show_error(self, text: str) -> None:
        self._show("error", text, "#fdecea", "#8a1c13")

    def show_info(self, text: str) -> None:
        self._show("info", text, "#e8f3ea", "#1e5b2c")

    def show_note(self, text: str) -> None:
        self._show("note", text, "#fff6e0", "#6b4e00")

    def _show(self, kind: str, text: str, background: str, color: str) -> None:
        self.kind = kind if text else ""
        self.setStyleSheet(
            f"QLabel {{ background: {background}; color: {color}; border-radius: 4px; }}")
        self.setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.kind = ""
        self.hide()


def already_exists(exc: BaseException) -> bool:
    """Whether a library call failed because the template is already there."""
    text = str(exc).lower()
    return ("exists" in type(exc).__name__.lower() or "already exists" in text
            or "already in your library" in text)


def open_url(path: Path) -> bool:
    """Open a file or folder with the desktop's default application."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def ask_yes_no(parent: QWidget | None, title: str, text: str, yes_text: str) -> bool:
    """A confirmation whose Yes button says what it does ("Replace", "Delete")."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def documents_dir() -> Path:
    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()
