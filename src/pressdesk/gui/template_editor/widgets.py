"""Editor widgets that are more than one field: colour, logo, contacts, offered languages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pressdesk.templating.contrast import ACCENT_PRESETS, contrast_ratio

CONTACT_KEYS = ("name", "role", "email", "phone")
OFFERED_LANGUAGES = ("ar", "en", "fr", "fa", "he")


class ColorField(QWidget):
    """A swatch button (QColorDialog), presets that pass WCAG AA, and the contrast on white."""

    def __init__(self, key: str, write: Callable[[str, Any, bool], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key, self.write = key, write
        self.color = "#000000"
        self.button = QPushButton()
        self.button.setObjectName(f"color:{key}")
        self.button.setMinimumWidth(110)
        self.button.clicked.connect(self.pick)
        self.presets = QComboBox()
        self.presets.setObjectName(f"presets:{key}")
        self.presets.addItem(self.tr("Presets…"), "")
        for name, color in ACCENT_PRESETS.items():
            swatch = QPixmap(14, 14)
            swatch.fill(QColor(color))
            self.presets.addItem(swatch, f"{name}  {color}", color)
        self.presets.activated.connect(self._preset)
        self.ratio = QLabel()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.presets)
        row.addWidget(self.ratio, 1)

    def show_color(self, color: str) -> None:
        self.color = color
        text = "#ffffff" if QColor(color).lightnessF() < 0.55 else "#000000"
        self.button.setText(color)
        self.button.setStyleSheet(f"background: {color}; color: {text};")
        try:
            ratio = contrast_ratio(color)
        except ValueError:
            self.ratio.setText("")
            return
        if ratio >= 4.5:
            self.ratio.setText(self.tr("Contrast on white %1:1 — readable").replace(
                "%1", f"{ratio:.1f}"))
            self.ratio.setStyleSheet("color: #1b5e20;")
        else:
            self.ratio.setText(self.tr("⚠ Contrast on white %1:1 — too low for text (needs 4.5:1)")
                               .replace("%1", f"{ratio:.1f}"))
            self.ratio.setStyleSheet("color: #a61b10; font-weight: bold;")

    def pick(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.color), self, self.tr("Choose a colour"))
        if chosen.isValid():
            self.write(self.key, chosen.name(), False)

    def _preset(self, index: int) -> None:
        color = self.presets.itemData(index)
        self.presets.setCurrentIndex(0)
        if color:
            self.write(self.key, color, False)


class LogoField(QWidget):
    """The logo's preview, and buttons to choose or remove it."""

    def __init__(self, choose: Callable[[], None], remove: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = QLabel()
        self.preview.setObjectName("logoPreview")
        self.preview.setFixedSize(200, 80)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #c5ccd6; background: white;")
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose Logo…"))
        self.choose_button.setObjectName("chooseLogo")
        self.choose_button.clicked.connect(choose)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(remove)
        side = QVBoxLayout()
        side.addWidget(self.choose_button)
        side.addWidget(self.remove_button)
        side.addWidget(self.info)
        side.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(side, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def show_logo(self, path: Path | None) -> None:
        pixmap = QPixmap(str(path)) if path is not None and path.is_file() else QPixmap()
        if pixmap.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo"))
            self.info.setText(self.tr("PNG, JPEG or SVG. Large images are scaled down."))
            self.remove_button.setEnabled(False)
            return
        self.preview.setPixmap(pixmap.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))
        self.info.setText(self.tr("%1 × %2 px").replace("%1", str(pixmap.width()))
                          .replace("%2", str(pixmap.height())))
        self.remove_button.setEnabled(True)


class ContactsTable(QWidget):
    """The template's default press contacts: name, role, e-mail, phone."""

    def __init__(self, write: Callable[[str, Any, bool], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.write = write
        self.table = QTableWidget(0, len(CONTACT_KEYS))
        self.table.setObjectName("contactsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("E-mail"),
                                              self.tr("Phone")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(lambda _item: self._changed())
        self.add_button = QPushButton(self.tr("Add Contact"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove Contact"))
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def contacts(self) -> list[dict[str, str]]:
        out = []
        for row in range(self.table.rowCount()):
            contact = {}
            for column, key in enumerate(CONTACT_KEYS):
                item = self.table.item(row, column)
                if item is not None and item.text().strip():
                    contact[key] = item.text().strip()
            out.append(contact)
        return out

    def show_contacts(self, contacts: Any) -> None:
        self.table.blockSignals(True)
        rows = [c for c in contacts if isinstance(c, dict)] if isinstance(contacts, list) else []
        self.table.setRowCount(len(rows))
        for row, contact in enumerate(rows):
            for column, key in enumerate(CONTACT_KEYS):
                self.table.setItem(row, column, QTableWidgetItem(str(contact.get(key, ""))))
        self.table.blockSignals(False)

    def _changed(self) -> None:
        self.write("identity.contacts", self.contacts(), False)

    def add(self) -> None:
        self.write("identity.contacts", [*self.contacts(), {}], False)
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        item = self.table.item(self.table.rowCount() - 1, 0)
        if item is not None:
            self.table.editItem(item)

    def remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            contacts = self.contacts()
            del contacts[row]
            self.write("identity.contacts", contacts, False)


class LanguagesField(QWidget):
    """Which languages the template offers."""

    def __init__(self, write: Callable[[str, Any, bool], None], names: Callable[[str], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.write = write
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, tag in enumerate(OFFERED_LANGUAGES):
            box = QCheckBox(names(tag))
            box.setObjectName(f"offer:{tag}")
            box.toggled.connect(self._changed)
            self.boxes[tag] = box
            grid.addWidget(box, i // 3, i % 3)

    def show_languages(self, languages: Any) -> None:
        chosen = languages if isinstance(languages, list) else []
        for tag, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(tag in chosen)
            box.blockSignals(False)

    def _changed(self) -> None:
        chosen = [tag for tag, box in self.boxes.items() if box.isChecked()]
        if not chosen:  # a template offers at least one language
            self.show_languages([next(iter(self.boxes))])
            chosen = [next(iter(self.boxes))]
        self.write("template.languages", chosen, False)
