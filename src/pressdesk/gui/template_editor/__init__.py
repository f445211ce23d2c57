"""The template editor dialog (Templates → New / Edit Template, and the template library)."""

from pressdesk.gui.template_editor.dialog import TemplateEditorDialog

__all__ = ["TemplateEditorDialog"]
