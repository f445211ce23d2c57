"""File → Import… and dropped drafts: a Word file, text, web page or Markdown becomes the release.

The imported release replaces the one in the window as one undo step, unsaved, and a dialog
reports what was recognised. Pasting several paragraphs into a block offers to split them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from pressdesk.gui import messages
from pressdesk.importers import SUFFIXES, ImportFailure, ImportReport, import_path
from pressdesk.model import BodyBlock

if TYPE_CHECKING:
    from pressdesk.gui.editor import ReleaseEditor
    from pressdesk.gui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Import", text)


def can_import(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def choose_and_import(window: MainWindow) -> bool:
    patterns = " ".join(f"*{s}" for s in sorted(SUFFIXES))
    path, _ = QFileDialog.getOpenFileName(
        window, _tr("Import a draft"), window.files._folder(),
        _tr("Drafts: Word, text, web pages, Markdown ({patterns});;All files (*)").format(patterns=patterns))
    return import_file(window, Path(path)) if path else False


def show_report(window: QWidget, report: ImportReport, name: str) -> None:
    """The report dialog (tests replace this function)."""
    from pressdesk.gui.dialogs.import_report import ImportReportDialog

    ImportReportDialog(report, name, window).exec()


def import_file(window: MainWindow, path: Path) -> bool:
    """Import a draft into the window; on a problem say why and keep the current release."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = import_path(path)
    except ImportFailure as exc:
        QApplication.restoreOverrideCursor()
        messages.show_error(window, _tr("Cannot import"), _tr("“{name}” could not be imported:\n\n{error}")
                            .format(name=path.name, error=exc.message))
        return False
    QApplication.restoreOverrideCursor()
    release = result.release
    current = window.editor.release
    release.template, release.template_version = current.template, current.template_version
    window.editor.replace(release, _tr("Import {name}").format(name=path.name))
    window.statusBar().showMessage(_tr("Imported {name}").format(name=path.name), 6000)
    show_report(window, result.report, path.name)
    return True


# --- pasting several paragraphs into a block ------------------------------------------------------
def ask_split(parent: QWidget, count: int) -> bool:
    """Split into blocks? (tests replace this function)."""
    answer = QMessageBox.question(
        parent, _tr("Paste as separate blocks?"),
        _tr("The text you are pasting has {n} paragraphs. Make one block of each "
            "(quotes become quote blocks)?").format(n=count),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


def pasted_blocks(text: str) -> list[BodyBlock]:
    """One block per pasted paragraph; a paragraph shaped like a quote becomes quote blocks."""
    from pressdesk.importers.quotes import Quote, split_quotes
    from pressdesk.importers.read_text import paragraphs

    blocks: list[BodyBlock] = []
    previous: Quote | None = None
    for para in paragraphs(text):
        quotes = split_quotes(para.text, previous)
        if quotes:
            blocks += [BodyBlock(type="quote", text=q.text, speaker=q.speaker, role=q.role, lead_in=q.lead_in)
                       for q in quotes]
            previous = quotes[-1]
        else:
            blocks.append(BodyBlock(type="paragraph", text=para.text))
    return blocks


def paste_into_block(parent: QWidget, editor: ReleaseEditor, index: int, text: str) -> bool:
    """Offer to split a multi-paragraph paste into blocks; True when it was done (one undo step)."""
    blocks = pasted_blocks(text)
    if len(blocks) < 2 or not ask_split(parent, len(blocks)):
        return False
    stack = editor.undo_stack
    stack.beginMacro(_tr("Paste {n} blocks").format(n=len(blocks)))
    try:
        at = index + 1
        current = editor.items("body")[index]
        if not current.text.strip() and current.type == "paragraph":
            editor.remove("body", index)  # the empty block the paste went into
            at = index
        for offset, block in enumerate(blocks):
            editor.insert("body", at + offset, block, kind=block.type, text=_tr("Paste"))
    finally:
        stack.endMacro()
    return True
