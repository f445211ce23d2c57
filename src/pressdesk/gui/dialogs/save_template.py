"""Save the current release's look as a new template in the user's library."""

from __future__ import annotations

import inspect
import re
from typing import Any

from PySide6.QtCore import QEvent, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui.dialogs.common import (
    MessageLabel,
    already_exists,
    ask_yes_no,
    describe_error,
    fill,
)
from pressdesk.model.release import Release
from pressdesk.settings import shared_template_folders

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


def suggest_id(name: str) -> str:
    """An id from a name in any script: 'Office (2024)' -> 'office-2024', Arabic transliterated."""
    from pressdesk.templating.ids import id_from_name

    return id_from_name(name) if name.strip() else ""


class SaveAsTemplateDialog(QDialog):
    """Id (validated), name, and whether to keep the body's structure as the template's skeleton."""

    def __init__(self, release: Release, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SaveAsTemplateDialog")
        self.release = release
        self.saved_template: Any = None
        self._id_touched = False
        self._known: dict[str, str] | None = None
        self._build()
        self.retranslate()
        self._validate()

    def _build(self) -> None:
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.textEdited.connect(self._name_edited)
        self.id_edit = QLineEdit()
        # Typing is free (so a mistake is explained, not silently swallowed), but never longer.
        self.id_edit.setMaxLength(64)
        self.id_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[ -~]*"), self))
        self.id_edit.textEdited.connect(self._id_edited)
        self.id_edit.textChanged.connect(self._validate)
        self.id_hint = QLabel()
        self.id_hint.setWordWrap(True)
        self.skeleton_box = QCheckBox()
        self.skeleton_box.setChecked(True)
        self.error_label = MessageLabel()

        self.name_caption = QLabel()
        self.name_caption.setBuddy(self.name_edit)
        self.id_caption = QLabel()
        self.id_caption.setBuddy(self.id_edit)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.name_caption, self.name_edit)
        form.addRow(self.id_caption, self.id_edit)
        form.addRow("", self.id_hint)
        form.addRow("", self.skeleton_box)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Save as Template"))
        self.intro_label.setText(self.tr(
            "Save this release's template, with its contacts and standard texts, as a new "
            "template in your library, ready for the next release."))
        self.name_caption.setText(self.tr("&Name:"))
        self.name_edit.setPlaceholderText(self.tr("For example: Regional Office — Arabic"))
        self.id_caption.setText(self.tr("&Id:"))
        self.id_edit.setPlaceholderText(self.tr("for example: regional-office-ar"))
        self.skeleton_box.setText(self.tr("Include the body's structure (skeleton): its paragraphs "
                                          "and quotes, for the next release to fill in"))
        self._validate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- validation -------------------------------------------------------------------------
    def _name_edited(self, text: str) -> None:
        if not self._id_touched:
            self.id_edit.setText(suggest_id(text))

    def _id_edited(self, text: str) -> None:
        self._id_touched = bool(text)

    def id_problem(self) -> str:
        """Why the id cannot be used, in words ("" when it can)."""
        text = self.id_edit.text()
        if not text:
            return self.tr("Type a name (in any language) or an id: the id names the template's "
                           "folder and is stored in releases.")
        if ID_PATTERN.match(text):
            return ""
        if text != text.lower():
            return self.tr("Use lowercase letters only.")
        if text[0] in "-_":
            return self.tr("The id must start with a letter or a digit.")
        return self.tr("Use only lowercase Latin letters (a–z), digits, “-” and “_”, without spaces.")

    def _existing_origin(self, template_id: str) -> str:
        """Where a template with this id already is ("user", "built-in"...), or ""."""
        if self._known is None:  # read the libraries once, not at every keystroke
            try:
                from pressdesk.templating.library import list_templates

                infos = list_templates(shared_template_folders())
                self._known = {i.id: str(i.origin) for i in infos if not i.shadowed}
            except Exception:
                self._known = {}
        return self._known.get(template_id, "")

    def _validate(self) -> bool:
        if not hasattr(self, "save_button"):
            return False
        problem = self.id_problem()
        self.save_button.setEnabled(not problem)
        if problem and self.id_edit.text():
            self.id_hint.setText(problem)
            self.id_hint.setStyleSheet("color: #8a1c13;")
            return False
        origin = self._existing_origin(self.id_edit.text()) if not problem else ""
        if origin == "user":
            hint = self.tr("Your library already has a template with this id; saving replaces it.")
        elif origin:
            hint = self.tr("A built-in or shared template has this id; yours will be used instead.")
        else:
            hint = self.tr("Lowercase letters, digits, “-” and “_”.")
        self.id_hint.setText(hint)
        self.id_hint.setStyleSheet("color: palette(placeholder-text);")
        return not problem

    # --- saving -----------------------------------------------------------------------------
    def confirm_replace(self, template_id: str) -> bool:
        """Ask before replacing a template in the user's library; tests replace this method."""
        text = self.tr("Your library already has a template “%1”. Replace it?")
        return ask_yes_no(self, self.tr("Replace Template?"), fill(text, template_id),
                          self.tr("&Replace"))

    def save(self) -> bool:
        """Save the template; True when it was saved (``saved_template`` holds it)."""
        self.error_label.clear()
        if not self._validate():
            self.error_label.show_error(self.id_problem())
            return False
        template_id = self.id_edit.text()
        options: dict[str, Any] = {
            "name": self.name_edit.text().strip() or template_id,
            "include_skeleton": self.skeleton_box.isChecked(),
            "shared": shared_template_folders(),
        }
        try:
            from pressdesk.templating.save_from import save_from_release

            try:
                self.saved_template = save_from_release(self.release, template_id, **options)
            except Exception as exc:
                flag = _replace_flag(save_from_release)
                if not (already_exists(exc) and flag):
                    raise
                if not self.confirm_replace(template_id):
                    return False
                options[flag] = True
                self.saved_template = save_from_release(self.release, template_id, **options)
        except Exception as exc:  # every failure is shown in words
            self.error_label.show_error(describe_error(exc))
            return False
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()


def _replace_flag(func: Any) -> str:
    try:
        params = inspect.signature(func).parameters
    except (TypeError, ValueError):
        return ""
    return next((name for name in ("replace", "overwrite") if name in params), "")
