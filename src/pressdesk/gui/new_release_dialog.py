"""New release: pick a template and a language; the template fills in the skeleton."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from pressdesk.gui.languages import display_name, languages_with
from pressdesk.gui.template_cache import TemplateCache


class NewReleaseDialog(QDialog):
    def __init__(self, templates: TemplateCache, template: str, language: str, ui_language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New release"))
        layout = QFormLayout(self)
        intro = QLabel(self.tr("The template sets the look, the organisation's details and the "
                               "skeleton of the text."), self)
        intro.setWordWrap(True)
        layout.addRow(intro)
        self.template = QComboBox(self)
        for choice in templates.choices():
            self.template.addItem(choice.name, choice.id)
        self.template.setCurrentIndex(max(0, self.template.findData(template)))
        self.language = QComboBox(self)
        for tag in languages_with(language):
            self.language.addItem(display_name(tag, ui_language), tag)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        layout.addRow(self.tr("Template:"), self.template)
        layout.addRow(self.tr("Language:"), self.language)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.setMinimumWidth(420)

    def choice(self) -> tuple[str, str]:
        return self.template.currentData(), self.language.currentData()
