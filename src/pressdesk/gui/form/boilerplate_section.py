"""About the organisation: the template's boilerplate, or this release's own text."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from pressdesk.gui.editor import Path, ReleaseEditor
from pressdesk.gui.form.binding import Bindings
from pressdesk.gui.form.fields import TextField
from pressdesk.gui.form.section import Section
from pressdesk.gui.template_cache import TemplateCache


class BoilerplateSection(Section):
    def __init__(self, editor: ReleaseEditor, bindings: Bindings, templates: TemplateCache,
                 parent: QWidget | None = None) -> None:
        super().__init__("about", "", parent=parent)
        self.title.setText(self.tr("About the organisation"))
        self.editor = editor
        self.templates = templates
        self.use_template = QCheckBox(self.tr("Use the template's text"), self)
        self.use_template.setObjectName("useTemplateBoilerplate")
        self.use_template.clicked.connect(self._toggled)
        self.text = TextField(self, self.tr("A short paragraph about the organisation"), min_lines=3)
        self.text.setObjectName("boilerplate")
        self.text.value_edited.connect(self._edited)
        self.text.left.connect(editor.break_merge)
        self.content.addWidget(self.use_template)
        self.content.addWidget(self.text)
        bindings.add(("boilerplate",), self._show, self.text)
        editor.field_changed.connect(self._other_changed)

    def template_text(self) -> str:
        r = self.editor.release
        template = self.templates.resolve(r.template, r.template_version).template
        return template.text_for("identity", "boilerplate", r.language or "en")

    def _show(self, value: str | None) -> None:
        own = value is not None
        self.use_template.setChecked(not own)
        self.text.setReadOnly(not own)
        self.text.setEnabled(own)
        self.text.set_value(value if own else self.template_text())

    def _toggled(self, checked: bool) -> None:
        value = None if checked else self.template_text()
        self.editor.set(("boilerplate",), value, typing=False,
                        text=self.tr("Use the template's boilerplate") if checked
                        else self.tr("Write own boilerplate"))

    def _edited(self, text: str) -> None:
        if self.editor.release.boilerplate is not None:
            self.editor.set(("boilerplate",), text, text=self.tr("Edit boilerplate"))

    def _other_changed(self, path: Path) -> None:
        if path in (("template",), ("language",)) and self.editor.release.boilerplate is None:
            self._show(None)
