"""The parts of a body-block card for photos and lists (shown by the block's type)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk.compose.images import ImageRefused, describe, load_image
from pressdesk.gui.form.fields import LineField
from pressdesk.gui.form.rich_field import RichTextField
from pressdesk.gui.photos import choose, embedded
from pressdesk.model.release import Release

if TYPE_CHECKING:
    from pressdesk.gui.form.cards import BlockCard

PHOTO_FILTER = "*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff *.bmp"
THUMB_HEIGHT = 96


def _tr(text: str) -> str:
    return QCoreApplication.translate("ItemCard", text)


def _caption(parent: QWidget, text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("fieldCaption")
    label.setBuddy(buddy)
    return label


class ImageBox(QWidget):
    """Photo thumbnail, choose/replace and embed buttons, caption, credit and alt text."""

    def __init__(self, card: BlockCard) -> None:
        super().__init__(card)
        self.card = card
        self.src = ""
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        self.thumb = QLabel(self)
        self.thumb.setObjectName("photoThumb")
        self.thumb.setFixedSize(THUMB_HEIGHT * 3 // 2, THUMB_HEIGHT)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setStyleSheet("background: #eef1f4; border: 1px solid #c9d1d9;")
        left.addWidget(self.thumb)
        self.choose_button = QPushButton(_tr("Choose photo…"), self)
        self.choose_button.setObjectName("choosePhoto")
        self.choose_button.clicked.connect(self.choose_photo)
        left.addWidget(self.choose_button)
        self.embed_button = QPushButton(_tr("Embed in the file"), self)
        self.embed_button.setObjectName("embedPhoto")
        self.embed_button.setToolTip(_tr(
            "Put the photo inside the release file, so one file can be e-mailed"))
        self.embed_button.clicked.connect(self.embed_photo)
        left.addWidget(self.embed_button)
        left.addStretch(1)
        outer.addLayout(left)
        grid = QGridLayout()
        self.caption = LineField(self, _tr("Caption: what the photo shows"))
        self.credit = LineField(self, _tr("Credit, e.g. Photo: name / organisation"))
        self.alt = LineField(self, _tr("Description for screen readers"))
        for row, (label, field) in enumerate(((_tr("Caption"), self.caption),
                                              (_tr("Credit"), self.credit),
                                              (_tr("Alt text"), self.alt))):
            grid.addWidget(_caption(self, label, field), row * 2, 0)
            grid.addWidget(field, row * 2 + 1, 0)
        self.status = QLabel(self)
        self.status.setObjectName("photoStatus")
        self.status.setWordWrap(True)
        grid.addWidget(self.status, 6, 0)
        outer.addLayout(grid, 1)
        card.bind_text(("caption",), self.caption, _tr("Edit caption"))
        card.bind_text(("credit",), self.credit, _tr("Edit credit"))
        card.bind_text(("alt",), self.alt, _tr("Edit alt text"))
        card.bind(("src",), self.show_src, self.thumb)

    def show_src(self, src: str | None) -> None:
        self.src = src or ""
        self.embed_button.setEnabled(bool(self.src) and not self.src.startswith("data:"))
        self.choose_button.setText(_tr("Replace photo…") if self.src else _tr("Choose photo…"))
        if not self.src:
            self.thumb.setText(_tr("No photo"))
            self.status.setText("")
            return
        release = self.card.owner.editor.release
        try:
            image = load_image(self.src, release.base_dir)
        except ImageRefused as exc:
            self.thumb.setPixmap(QPixmap())
            self.thumb.setText("⚠")
            self.status.setText(str(exc))
            self.status.setStyleSheet("color: #b3261e;")
            return
        pixmap = QPixmap()
        pixmap.loadFromData(image.data)
        self.thumb.setPixmap(pixmap.scaled(self.thumb.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))
        self.status.setStyleSheet("")
        self.status.setText(_tr("{name}, {w} × {h} pixels").format(
            name=describe(self.src), w=image.width, h=image.height))

    def choose_photo(self, path: str | None = None) -> bool:
        """Pick a photo (or use ``path``), check it, copy it next to the release."""
        if not path:
            start = self.card.owner.editor.release.base_dir
            path, _ = QFileDialog.getOpenFileName(
                self, _tr("Choose photo"), str(start or Path.home()),
                _tr("Photos ({patterns})").format(patterns=PHOTO_FILTER))
            if not path:
                return False
        chosen = Path(path)
        return self._set_src(lambda release: choose(chosen, release),
                             _tr("Cannot use this photo"), _tr("Choose photo"))

    def embed_photo(self) -> bool:
        src = self.src
        return self._set_src(lambda release: embedded(src, release),
                             _tr("Cannot embed this photo"), _tr("Embed photo"))

    def _set_src(self, make: Callable[[Release], str], problem: str, step: str) -> bool:
        """Store the ``src`` that ``make`` returns as one undo step; a refused photo is
        reported and changes nothing."""
        editor = self.card.owner.editor
        try:
            src = make(editor.release)
        except ImageRefused as exc:
            QMessageBox.warning(self, problem, str(exc))
            return False
        editor.set(self.card.path("src"), src, typing=False, text=step)
        return True


class ListBox(QWidget):
    """A list's items, one per line (formatted like any text), and numbered or not."""

    def __init__(self, card: BlockCard) -> None:
        super().__init__(card)
        self.card = card
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.items = RichTextField(self, _tr("One item per line"), min_lines=3)
        self.items.setObjectName("listItems")
        self.ordered = QCheckBox(_tr("Numbered list"), self)
        layout.addWidget(self.items)
        layout.addWidget(self.ordered)
        editor = card.owner.editor
        self.items.value_edited.connect(
            lambda _text: editor.set(card.path("items"), self.items.lines(), text=_tr("Edit list")))
        self.items.left.connect(editor.break_merge)
        card.bind(("items",), self.items.set_lines, self.items)
        self.ordered.toggled.connect(lambda on: editor.set(
            card.path("ordered"), on, typing=False, text=_tr("Change list numbering")))
        card.bind(("ordered",), lambda on: self.ordered.setChecked(bool(on)), self.ordered)
