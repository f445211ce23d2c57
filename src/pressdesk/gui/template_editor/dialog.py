"""The template editor: every part of a template, a live page preview beside it, undo, save."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui.dialogs.common import MessageLabel, describe_error, documents_dir, fill
from pressdesk.gui.languages import display_name
from pressdesk.gui.preview.page_preview import PagePreview
from pressdesk.gui.template_editor.binder import Binder
from pressdesk.gui.template_editor.commands import SetKey
from pressdesk.gui.template_editor.pages import EditorPages
from pressdesk.templating.completeness import completeness
from pressdesk.templating.draft import TemplateDraft
from pressdesk.templating.errors import TemplateError

PREVIEW_DELAY_MS = 250


class TemplateEditorDialog(QDialog):
    """Edit a draft; ``saved(template_id)`` after each successful save."""

    saved = Signal(str)

    def __init__(self, draft: TemplateDraft, ui_language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TemplateEditorDialog")
        self.draft = draft
        self.ui_language = ui_language
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.binder = Binder(draft, self.write, self)
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.update_preview)
        self.last_document: Any = None
        self._build()
        languages = draft.languages or ["ar"]
        self._fill_languages("ar" if "ar" in languages else languages[0])
        self.show_draft()
        self.update_preview()

    # --- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("editLanguage")
        self.language_combo.activated.connect(self._language_chosen)
        self.completeness_label = QLabel()
        self.completeness_label.setObjectName("completeness")
        self.completeness_label.setWordWrap(True)
        self.completeness_label.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        self.language_caption = QLabel(self.tr("Texts and preview in:"))
        top.addWidget(self.language_caption)
        top.addWidget(self.language_combo)
        top.addWidget(self.completeness_label, 1)

        self.pages = EditorPages(self.binder, lambda tag: display_name(tag, self.ui_language),
                                 self.choose_logo, self.remove_logo)
        self.preview = PagePreview(self)
        self.preview.setObjectName("templatePreview")
        self.preview.timer.setInterval(0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.pages)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setChildrenCollapsible(False)

        self.message = MessageLabel()  # how the last action (save, export, logo) went
        self.problems_label = MessageLabel()  # what keeps the draft from the preview
        self.warnings_label = MessageLabel()
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.redo_button = QPushButton(self.tr("&Redo"))
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        for button, keys in ((self.undo_button, QKeySequence.StandardKey.Undo),
                             (self.redo_button, QKeySequence.StandardKey.Redo)):
            for sequence in QKeySequence.keyBindings(keys):
                QShortcut(sequence, self).activated.connect(button.click)
        self.export_button = QPushButton(self.tr("&Export .pdtemplate…"))
        self.export_button.clicked.connect(self._export_clicked)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveTemplate")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.undo_button, self.redo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.export_button, self.save_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(1180, 760)
        self.splitter.setSizes([640, 520])

    def _fill_languages(self, current: str) -> None:
        self.language_combo.clear()
        for tag in self.draft.languages or ["ar"]:
            self.language_combo.addItem(display_name(tag, self.ui_language), tag)
        index = self.language_combo.findData(current)
        self.language_combo.setCurrentIndex(max(0, index))
        self.binder.language = self.language_combo.currentData()
        self.pages.set_language_captions(self.language_combo.currentText())

    def _clean_changed(self, _clean: bool) -> None:
        self._update_title()

    def _update_title(self) -> None:
        name = str(self.draft.get("template.name", "") or self.draft.id)
        mark = " *" if self.draft.is_modified() else ""
        self.setWindowTitle(fill(self.tr("Template Editor — %1"), name) + mark)

    # --- editing ----------------------------------------------------------------------------
    def write(self, key: str, value: Any, merge: bool = False) -> None:
        """Change one key of the draft, undoably (typing in one field merges into one step)."""
        if self.draft.get(key) == value:
            return
        if key == "template.name" and not self.draft.saved_data:
            self.undo_stack.beginMacro(self.tr("Rename template"))
            self.undo_stack.push(SetKey(self.draft, key, value, self.tr("Rename template"),
                                        self.changed))
            from pressdesk.templating.ids import id_from_name

            self.undo_stack.push(SetKey(self.draft, "template.id", id_from_name(str(value)),
                                        self.tr("Rename template"), self.changed))
            self.undo_stack.endMacro()
            return
        self.undo_stack.push(SetKey(self.draft, key, value, fill(self.tr("Change %1"), key),
                                    self.changed, merge=merge))

    def _language_chosen(self, _index: int) -> None:
        self.set_language(self.language_combo.currentData())

    def set_language(self, tag: str) -> None:
        self.binder.language = tag
        self.pages.set_language_captions(self.language_combo.currentText())
        self.show_draft()
        self.update_preview()

    def changed(self, key: str) -> None:
        """After a change (or its undo): show it everywhere and refresh the preview soon."""
        if key == "template.languages":
            self._fill_languages(self.binder.language)
        self.show_draft(focus_key=key)
        self.preview_timer.start()

    def show_draft(self, focus_key: str | None = None) -> None:
        self.binder.show_all()
        self.pages.id_label.setText(self.draft.id)
        self.pages.logo.show_logo(self._logo_file())
        self.pages.contacts.show_contacts(self.draft.get("identity.contacts", []))
        self.pages.languages.show_languages(self.draft.languages)
        for key, field in self.pages.colors.items():
            field.show_color(str(self.draft.effective(f"colors.{key}", "#000000")))
        self._show_completeness()
        warnings = self.draft.warnings()
        if warnings:
            self.warnings_label.show_note("⚠ " + "\n".join(self._contrast_words(w) for w in warnings))
        else:
            self.warnings_label.clear()
        self._update_title()

    def _contrast_words(self, warning: str) -> str:
        key = warning.split(":", 1)[0]
        return fill(self.tr("%1 is hard to read on white (contrast below 4.5:1); choose a darker "
                            "colour or one of the presets."), key.removeprefix("colors."))

    def _logo_file(self) -> Path | None:
        logo = self.draft.get("identity.logo")
        return self.draft.workdir / logo if isinstance(logo, str) and logo else None

    def _show_completeness(self) -> None:
        words = {"identity.name": self.tr("organisation name"),
                 "identity.boilerplate": self.tr("about us"),
                 "header.text": self.tr("header text"), "footer.text": self.tr("footer text")}
        current: list[str] = []
        others: dict[str, list[str]] = {}
        for lang, gaps in completeness(self.draft.data).items():
            name = display_name(lang, self.ui_language).split(" — ")[0] if lang else ""
            for gap in gaps:
                if gap.key == "identity.contacts":
                    current.append(self.tr("no press contact"))
                    continue
                what = words.get(gap.key.rsplit(".", 1)[0], gap.key)
                text = fill(self.tr("%1 is missing") if gap.kind == "missing"
                            else self.tr("%1 is a placeholder"), what)
                if lang == self.binder.language:
                    current.append(text)
                else:
                    others.setdefault(name, []).append(text)
        lines = []
        if current:
            lines.append(fill(self.tr("%1: %2"), self.language_combo.currentText().split(" — ")[0],
                              ", ".join(current)))
        if others:
            lines.append(fill(self.tr("Still to do in: %1"), ", ".join(
                f"{name} ({len(items)})" for name, items in others.items())))
        self.completeness_label.setToolTip("\n".join(
            f"{name}: {', '.join(items)}" for name, items in others.items()))
        if lines:
            self.completeness_label.setText("⚠ " + "\n".join(lines))
            self.completeness_label.setStyleSheet("color: #8a5300;")
        else:
            self.completeness_label.setText(self.tr("✓ Complete in every language it offers"))
            self.completeness_label.setStyleSheet("color: #1b5e20;")

    # --- preview ----------------------------------------------------------------------------
    def update_preview(self) -> None:
        """Compose the sample release with the draft; the page preview renders the real PDF."""
        from pressdesk.compose.compose import compose
        from pressdesk.templating.sample import sample_release

        try:
            template = self.draft.template()
        except TemplateError as exc:
            self.problems_label.show_error(fill(self.tr("Not shown in the preview until fixed: %1"),
                                                "; ".join(exc.problems)))
            return
        self.problems_label.clear()
        self.last_document = compose(sample_release(template, self.binder.language), template)
        self.preview.set_document(self.last_document)

    def render_preview_now(self) -> None:
        """Tests: compose and render the page preview on this thread."""
        from PySide6.QtCore import QCoreApplication

        self.preview_timer.stop()
        self.update_preview()
        self.preview.timer.stop()
        self.preview.job.wait()
        QCoreApplication.sendPostedEvents()  # an older background result must not come after
        self.preview.refresh_now(self.last_document)

    # --- logo -------------------------------------------------------------------------------
    def choose_logo(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose Logo"), str(documents_dir()),
            self.tr("Images (*.png *.jpg *.jpeg *.svg)"))
        if chosen:
            self.load_logo_file(Path(chosen))

    def load_logo_file(self, path: Path) -> bool:
        from pressdesk.gui.logo_import import read_logo

        try:
            logo = read_logo(path)
            name = self.draft.add_logo(logo)
        except (TemplateError, OSError) as exc:
            self.message.show_error(fill(self.tr("This logo cannot be used: %1"), describe_error(exc)))
            return False
        self.write("identity.logo", name)
        if logo.note:
            self.message.show_note(fill(self.tr("The logo was large; it was scaled down to "
                                                "%1 × %2 px."), logo.width, logo.height))
        else:
            self.message.clear()
        return True

    def remove_logo(self) -> None:
        self.write("identity.logo", None)

    # --- saving -----------------------------------------------------------------------------
    def save(self) -> bool:
        try:
            template = self.draft.save()
        except (TemplateError, OSError) as exc:
            self.message.show_error(fill(self.tr("Not saved: %1"), describe_error(exc)))
            return False
        self.undo_stack.setClean()
        self.pages.id_label.setText(self.draft.id)
        self.message.show_info(fill(self.tr("Saved “%1” (version %2) in your library."),
                                    template.name, template.version))
        self._update_title()
        self.saved.emit(template.id)
        return True

    def export_to(self, out: Path) -> bool:
        out = Path(out)
        if out.suffix.lower() != ".pdtemplate":
            out = out.with_name(out.name + ".pdtemplate")
        try:
            self.draft.export(out)
        except (TemplateError, OSError) as exc:
            self.message.show_error(fill(self.tr("Not exported: %1"), describe_error(exc)))
            return False
        self.message.show_info(fill(self.tr("Exported to %1."), out))
        return True

    def _export_clicked(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Template"), str(documents_dir() / f"{self.draft.id}.pdtemplate"),
            self.tr("PressDesk templates (*.pdtemplate)"))
        if chosen:
            self.export_to(Path(chosen))

    def confirm_discard(self) -> str:
        """'save' | 'discard' | 'cancel' for unsaved changes; tests replace this method."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved Changes"),
                          self.tr("Save the changes to this template?"), parent=self)
        save = box.addButton(QMessageBox.StandardButton.Save)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save else "discard" if clicked is discard else "cancel"

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.draft.is_modified():
            answer = self.confirm_discard()
            if answer == "cancel" or (answer == "save" and not self.save()):
                event.ignore()
                return
        self.preview.shutdown()
        self.draft.close()
        event.accept()

    def reject(self) -> None:
        self.close()

