"""New release: pick a template by its look and a language; the template fills in the skeleton."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from pressdesk.gui.languages import display_name, languages_with
from pressdesk.gui.template_cache import TemplateCache
from pressdesk.gui.thumbnails import WIDTH, Thumbnails

IdRole = Qt.ItemDataRole.UserRole


def origin_words(origin: str) -> str:
    """Where a template comes from, in the UI language."""
    if origin == "built-in":
        return QCoreApplication.translate("NewReleaseDialog", "built-in")
    if origin == "user":
        return QCoreApplication.translate("NewReleaseDialog", "mine")
    return QCoreApplication.translate("NewReleaseDialog", "shared")


class NewReleaseDialog(QDialog):
    def __init__(self, templates: TemplateCache, template: str, language: str, ui_language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New release"))
        self.choices = templates.choices()
        layout = QFormLayout(self)
        intro = QLabel(self.tr("The template sets the look, the organisation's details and the "
                               "skeleton of the text."), self)
        intro.setWordWrap(True)
        layout.addRow(intro)
        self.template = QComboBox(self)
        for choice in self.choices:
            self.template.addItem(choice.name, choice.id)
        self.template.setCurrentIndex(max(0, self.template.findData(template)))
        self.language = QComboBox(self)
        for tag in languages_with(language):
            self.language.addItem(display_name(tag, ui_language), tag)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(lambda _i: self.fill_pictures())

        self.pictures = QListWidget(self)
        self.pictures.setObjectName("templatePictures")
        self.pictures.setViewMode(QListView.ViewMode.IconMode)
        self.pictures.setIconSize(QSize(WIDTH * 2 // 3, WIDTH * 2 // 3 * 297 // 210))
        self.pictures.setResizeMode(QListView.ResizeMode.Adjust)
        self.pictures.setMovement(QListView.Movement.Static)
        self.pictures.setWordWrap(True)
        self.pictures.setSpacing(8)
        self.pictures.setMinimumSize(620, 330)
        self.pictures.currentItemChanged.connect(self._picked)
        self.thumbnails = Thumbnails(self)
        self.thumbnails.ready.connect(self._thumbnail_ready)
        layout.addRow(self.pictures)
        layout.addRow(self.tr("Template:"), self.template)
        layout.addRow(self.tr("Language:"), self.language)
        self.template.currentIndexChanged.connect(self._combo_changed)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.setMinimumWidth(660)
        self.fill_pictures()

    def fill_pictures(self) -> None:
        """One picture per template: its first page, in the chosen language."""
        language = str(self.language.currentData() or "ar")
        self.pictures.blockSignals(True)
        self.pictures.clear()
        for choice in self.choices:
            langs = ", ".join(choice.languages)
            item = QListWidgetItem(f"{choice.name}\n{langs} · {origin_words(choice.origin)}")
            item.setData(IdRole, choice.id)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            item.setSizeHint(QSize(WIDTH * 2 // 3 + 24, WIDTH * 2 // 3 * 297 // 210 + 56))
            self.pictures.addItem(item)
            if choice.folder is not None:
                found = self.thumbnails.request(self._key(choice.id, language), choice.folder,
                                                choice.origin, language)
                if found:
                    item.setIcon(QIcon(QPixmap(found)))
            if choice.id == self.template.currentData():
                self.pictures.setCurrentItem(item)
        self.pictures.blockSignals(False)

    @staticmethod
    def _key(template_id: str, language: str) -> str:
        return f"{template_id}|{language}"

    def _thumbnail_ready(self, key: str, path: str) -> None:
        for row in range(self.pictures.count()):
            item = self.pictures.item(row)
            language = str(self.language.currentData() or "ar")
            if item is not None and self._key(item.data(IdRole), language) == key:
                item.setIcon(QIcon(QPixmap(path)))

    def _picked(self, item: QListWidgetItem | None, _old: object = None) -> None:
        if item is not None:
            self.template.setCurrentIndex(max(0, self.template.findData(item.data(IdRole))))

    def _combo_changed(self, _index: int) -> None:
        for row in range(self.pictures.count()):
            item = self.pictures.item(row)
            if item is not None and item.data(IdRole) == self.template.currentData():
                self.pictures.blockSignals(True)
                self.pictures.setCurrentItem(item)
                self.pictures.blockSignals(False)

    def done(self, result: int) -> None:
        self.thumbnails.wait()
        super().done(result)

    def choice(self) -> tuple[str, str]:
        return self.template.currentData(), self.language.currentData()
