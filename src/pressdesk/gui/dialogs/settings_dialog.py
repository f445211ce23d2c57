"""Preferences: the UI language, what new releases start with, and shared template folders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui.dialogs.common import MessageLabel, describe_error, fill, isolate
from pressdesk.gui.i18n import (
    available_ui_languages,
    current_language,
    install_translations,
    native_name,
    resolve_language,
)
from pressdesk.settings import Settings, load_settings, save_settings

FALLBACK_LANGUAGES = ("ar", "en", "fr", "fa", "he")


def release_languages() -> list[tuple[str, str]]:
    """(tag, name in the UI language) for the release-language picker."""
    try:
        from pressdesk.gui.languages import RELEASE_LANGUAGES, display_name
    except ImportError:
        return [(code, native_name(code)) for code in FALLBACK_LANGUAGES]
    return [(code, display_name(code, current_language())) for code in RELEASE_LANGUAGES]


class SettingsDialog(QDialog):
    """Changes are saved with OK; a new UI language is applied to the running app at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.settings: Settings = load_settings()
        self._build()
        self._fill()
        self.retranslate()

    # --- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.interface_group = QGroupBox()
        interface = QFormLayout(self.interface_group)
        interface.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.language_combo = QComboBox()
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self.language_caption = QLabel()
        self.language_caption.setBuddy(self.language_combo)
        self.language_hint = QLabel()
        self.language_hint.setWordWrap(True)
        interface.addRow(self.language_caption, self.language_combo)
        interface.addRow("", self.language_hint)

        self.new_group = QGroupBox()
        new = QFormLayout(self.new_group)
        new.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.release_language_combo = QComboBox()
        self.template_combo = QComboBox()
        self.release_language_caption = QLabel()
        self.release_language_caption.setBuddy(self.release_language_combo)
        self.template_caption = QLabel()
        self.template_caption.setBuddy(self.template_combo)
        new.addRow(self.release_language_caption, self.release_language_combo)
        new.addRow(self.template_caption, self.template_combo)

        self.shared_group = QGroupBox()
        shared = QVBoxLayout(self.shared_group)
        self.shared_hint = QLabel()
        self.shared_hint.setWordWrap(True)
        self.shared_list = QListWidget()
        self.shared_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.shared_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.shared_list.currentRowChanged.connect(self._update_buttons)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_shared_folder)
        side = QVBoxLayout()
        side.addWidget(self.add_button)
        side.addWidget(self.remove_button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.shared_list, 1)
        row.addLayout(side)
        shared.addWidget(self.shared_hint)
        shared.addLayout(row)

        self.error_label = MessageLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.interface_group)
        layout.addWidget(self.new_group)
        layout.addWidget(self.shared_group, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _fill(self) -> None:
        s = self.settings
        self.language_combo.blockSignals(True)
        self.language_combo.addItem("", "")  # "System default", named in retranslate()
        for code, name in available_ui_languages():
            self.language_combo.addItem(name, code)
        index = self.language_combo.findData(s.ui_language)
        if index < 0:  # a language whose translation is gone: show it, it falls back to English
            self.language_combo.addItem(s.ui_language, s.ui_language)
            index = self.language_combo.count() - 1
        self.language_combo.setCurrentIndex(index)
        self.language_combo.blockSignals(False)
        self._fill_release_languages(s.default_language)
        self._fill_templates(s.default_template)
        for folder in s.shared_template_dirs:
            self.add_shared_folder(Path(folder))
        self._update_buttons()

    def _fill_release_languages(self, selected: str) -> None:
        combo = self.release_language_combo
        combo.clear()
        for code, name in release_languages():
            combo.addItem(name, code)
        if combo.findData(selected) < 0 and selected:
            combo.addItem(selected, selected)
        combo.setCurrentIndex(max(0, combo.findData(selected)))

    def _fill_templates(self, selected: str) -> None:
        combo = self.template_combo
        combo.clear()
        try:
            from pressdesk.settings import shared_template_folders
            from pressdesk.templating.library import list_templates

            infos = [i for i in list_templates(shared_template_folders()) if not i.shadowed and not i.error]
        except Exception:  # the picker then offers the saved choice only
            infos = []
        for info in infos:
            name = info.name_in(current_language())
            combo.addItem(f"{name} ({info.id})" if name != info.id else info.id, info.id)
        if combo.findData(selected) < 0 and selected:
            combo.addItem(selected, selected)
        combo.setCurrentIndex(max(0, combo.findData(selected)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.interface_group.setTitle(self.tr("Interface"))
        self.language_caption.setText(self.tr("&Language of menus and dialogs:"))
        system = native_name(resolve_language(""))
        self.language_combo.setItemText(0, fill(self.tr("System default (%1)"), system))
        self.new_group.setTitle(self.tr("New releases"))
        self.release_language_caption.setText(self.tr("Default &release language:"))
        self.release_language_combo.setToolTip(self.tr(
            "The language a new release is written in. It decides the document's direction and "
            "its standard labels, whatever the language of the menus."))
        self.template_caption.setText(self.tr("Default &template:"))
        self.shared_group.setTitle(self.tr("Shared template folders"))
        self.shared_hint.setText(self.tr(
            "Folders, for example on a network drive, where your office keeps the templates "
            "everyone uses."))
        self.add_button.setText(self.tr("&Add Folder…"))
        self.remove_button.setText(self.tr("&Remove"))
        self._language_changed()
        if hasattr(self, "release_language_combo") and self.release_language_combo.count():
            self._fill_release_languages(self.release_language_combo.currentData() or "")
        for i in range(self.shared_list.count()):
            self._mark_folder(self.shared_list.item(i))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- interaction ------------------------------------------------------------------------
    def _language_changed(self, *_: object) -> None:
        changed = (self.language_combo.currentData() or "") != self.settings.ui_language
        self.language_hint.setText(
            self.tr("The menus and dialogs switch to the new language when you press OK; a few "
                    "open windows may update only after PressDesk restarts.") if changed else
            self.tr("Each release keeps its own language for the document, whatever the "
                    "language of the menus."))

    def _mark_folder(self, item: QListWidgetItem) -> None:
        folder = Path(item.data(Qt.ItemDataRole.UserRole))
        if folder.is_dir():
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DirIcon))
            item.setToolTip(isolate(str(folder)))
        else:
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            item.setToolTip(self.tr("This folder cannot be found right now."))

    def add_shared_folder(self, folder: Path) -> None:
        text = str(folder)
        if any(self.shared_list.item(i).data(Qt.ItemDataRole.UserRole) == text
               for i in range(self.shared_list.count())):
            return
        item = QListWidgetItem(isolate(text))  # a path reads left to right in an RTL list too
        item.setData(Qt.ItemDataRole.UserRole, text)
        self._mark_folder(item)
        self.shared_list.addItem(item)
        self.shared_list.setCurrentItem(item)

    def remove_shared_folder(self) -> None:
        row = self.shared_list.currentRow()
        if row >= 0:
            self.shared_list.takeItem(row)
        self._update_buttons()

    def shared_folders(self) -> list[str]:
        return [self.shared_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.shared_list.count())]

    def _update_buttons(self, *_: object) -> None:
        self.remove_button.setEnabled(self.shared_list.currentRow() >= 0)

    def _add_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a Shared Template Folder"))
        if chosen:
            self.add_shared_folder(Path(chosen))

    # --- saving -----------------------------------------------------------------------------
    def apply(self) -> bool:
        """Save the settings and switch the UI language if it changed; True when saved."""
        self.error_label.clear()
        s = load_settings()  # keep what other windows saved meanwhile (recent files...)
        old_language = self.settings.ui_language
        s.ui_language = self.language_combo.currentData() or ""
        s.default_language = self.release_language_combo.currentData() or s.default_language
        s.default_template = self.template_combo.currentData() or s.default_template
        s.shared_template_dirs = self.shared_folders()
        try:
            save_settings(s)
        except OSError as exc:
            self.error_label.show_error(describe_error(exc))
            return False
        self.settings = s
        app = QApplication.instance()
        if app is not None and (s.ui_language != old_language
                                or resolve_language(s.ui_language) != current_language()):
            install_translations(app, s.ui_language)
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()
