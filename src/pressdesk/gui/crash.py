"""A last line of defence: an unexpected error shows a dialog and saves a recovery copy.

Installed as ``sys.excepthook`` by the app (PySide routes exceptions raised in slots and
event handlers there), so a bug never silently kills the window with unsaved work in it.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

_busy = False


def _tr(text: str) -> str:
    return QCoreApplication.translate("CrashHandler", text)


def install(save_recovery: Callable[[], str], parent: Callable[[], QWidget | None]) -> None:
    """Route uncaught exceptions to a dialog; ``save_recovery`` returns where it saved."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        global _busy
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        sys.stderr.write(details)
        if _busy or QApplication.instance() is None:
            return
        _busy = True
        try:
            try:
                where = save_recovery()
            except Exception as exc:  # the dialog must still appear
                where = ""
                sys.stderr.write(f"recovery copy failed: {exc}\n")
            text = _tr("Something went wrong inside PressDesk. The release you are working on "
                       "is still open; please save it now.")
            if where:
                text += "\n\n" + _tr("A recovery copy was written to:\n{path}").format(path=where)
            box = QMessageBox(QMessageBox.Icon.Critical, _tr("Unexpected error"), text,
                              QMessageBox.StandardButton.Ok, parent())
            box.setInformativeText(_tr("Error: {error}").format(error=value))
            box.setDetailedText(details)
            box.exec()
        finally:
            _busy = False

    sys.excepthook = hook


def uninstall() -> None:
    sys.excepthook = sys.__excepthook__
