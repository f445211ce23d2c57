"""Open the dialogs of ``pressdesk.gui.dialogs`` (export, templates, settings).

Each import is guarded: a dialog that is not installed yet is reported in words, and
export falls back to writing every format into a folder through the pipeline.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from pressdesk.gui import messages
from pressdesk.model import Release


def _tr(text: str) -> str:
    return QCoreApplication.translate("DialogLaunch", text)


def _not_available(parent: QWidget, what: str, error: Exception) -> None:
    QMessageBox.information(parent, what, _tr("“{what}” is not available yet in this build.\n\n({error})")
                            .format(what=what, error=error))


def export(parent: QWidget, release: Release, release_path: Path | None,
           formats: list[str], folder: str) -> list[Path]:
    """The Export dialog, or a folder picker and every chosen format when it is missing."""
    try:
        from pressdesk.gui.dialogs.export_dialog import ExportDialog
    except ImportError:
        target = QFileDialog.getExistingDirectory(parent, _tr("Export to folder"), folder)
        return quick_export(parent, release, Path(target), formats) if target else []
    dialog = ExportDialog(release, release_path, parent)
    dialog.exec()
    return list(dialog.written)


def quick_export(parent: QWidget | None, release: Release, folder: Path, formats: list[str]) -> list[Path]:
    """Export through the pipeline; problems are told in a message box."""
    from pressdesk.pipeline import ExportError
    from pressdesk.pipeline import export as run_export
    from pressdesk.render import RendererUnavailable
    from pressdesk.settings import shared_template_folders
    from pressdesk.templating import TemplateError

    try:
        written = run_export(release, formats, folder, shared=shared_template_folders())
    except (ExportError, RendererUnavailable, TemplateError, OSError) as exc:
        messages.show_error(parent, _tr("Export failed"), str(exc))
        return []
    return written


def send_by_email(parent: QWidget | None, release: Release) -> Path | None:
    """Write the release's e-mail draft to a temporary folder and open it in the mail client;
    where no mail client is registered, show the file in its folder instead."""
    import tempfile

    from PySide6.QtGui import QGuiApplication

    from pressdesk.gui.dialogs.common import describe_error, open_url
    from pressdesk.pipeline import export as run_export

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        folder = Path(tempfile.mkdtemp(prefix="pressdesk-mail-"))
        draft = run_export(release, ["eml"], folder)[0]
    except Exception as exc:  # every failure is told in words, never as a traceback
        messages.show_error(parent, _tr("Send by e-mail"), describe_error(exc))
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
    if not open_url(draft):
        open_url(draft.parent)
        QMessageBox.information(parent, _tr("Send by e-mail"),
                           _tr("No e-mail program is set up to open the draft. It is in the "
                               "folder that has just opened:\n{path}").format(path=draft))
    return draft


def template_manager(parent: QWidget) -> bool:
    try:
        from pressdesk.gui.dialogs.template_manager import TemplateManagerDialog
    except ImportError as exc:
        _not_available(parent, _tr("Manage templates"), exc)
        return False
    TemplateManagerDialog(parent).exec()
    return True


def save_as_template(parent: QWidget, release: Release) -> bool:
    try:
        from pressdesk.gui.dialogs.save_template import SaveAsTemplateDialog
    except ImportError as exc:
        _not_available(parent, _tr("Save as template"), exc)
        return False
    return SaveAsTemplateDialog(release, parent).exec() == QDialog.DialogCode.Accepted


def settings(parent: QWidget) -> bool:
    """True when the settings were changed (the UI language, template folders...)."""
    try:
        from pressdesk.gui.dialogs.settings_dialog import SettingsDialog
    except ImportError as exc:
        _not_available(parent, _tr("Settings"), exc)
        return False
    return SettingsDialog(parent).exec() == QDialog.DialogCode.Accepted
