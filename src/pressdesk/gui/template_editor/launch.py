"""Open the template editor on a new template or an existing one."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pressdesk.gui import messages
from pressdesk.gui.template_editor.dialog import TemplateEditorDialog
from pressdesk.templating.draft import TemplateDraft
from pressdesk.templating.errors import TemplateError


def _tr(text: str) -> str:
    return QCoreApplication.translate("TemplateEditorLaunch", text)


def make_editor(template_id: str, *, new: bool, shared: Sequence[Path] = (),
                ui_language: str = "en", parent: QWidget | None = None,
                ) -> TemplateEditorDialog | None:
    """The editor on ``template_id`` (or a new template based on it); None after a message."""
    from pressdesk.templating.library import find_template, list_templates

    try:
        base = find_template(template_id, shared, allow_path=False)
    except TemplateError as exc:
        messages.show_error(parent, _tr("Template Editor"),
                            _tr("The template could not be opened:\n{error}").format(error=exc))
        return None
    if new:
        taken = {info.id for info in list_templates(shared)}
        draft = TemplateDraft.new(base, _tr("New template"), taken)
    else:
        draft = TemplateDraft.open(base)
    return TemplateEditorDialog(draft, ui_language, parent)
