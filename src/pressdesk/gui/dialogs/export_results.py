"""The export dialog's result area: the files just written, to open or show in their folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui.dialogs.common import isolate

PathRole = Qt.ItemDataRole.UserRole


class ExportResults(QGroupBox):
    """A list of written files with "Open File" and "Show in Folder" buttons (hidden when empty)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_list = QListWidget()
        self.open_button = QPushButton()
        self.show_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_list)
        layout.addLayout(buttons)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Exported files"))
        self.open_button.setText(self.tr("&Open File"))
        self.show_button.setText(self.tr("Show in &Folder"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_files(self, paths: list[Path]) -> None:
        self.file_list.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for path in paths:
            item = QListWidgetItem(icon, path.name)
            item.setData(PathRole, path)
            item.setToolTip(isolate(str(path)))
            self.file_list.addItem(item)
        self.file_list.setCurrentRow(0)
        rows = max(1, len(paths))
        self.file_list.setFixedHeight(self.file_list.sizeHintForRow(0) * rows
                                      + 2 * self.file_list.frameWidth() + 4)
        self.setVisible(bool(paths))
        self.open_button.setFocus()

    def clear(self) -> None:
        self.file_list.clear()
        self.hide()

    def current_path(self) -> Path | None:
        item = self.file_list.currentItem()
        return Path(item.data(PathRole)) if item is not None else None
