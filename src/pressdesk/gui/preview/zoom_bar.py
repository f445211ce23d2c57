"""The page preview's bar: zoom out / in, fit width, fit page, the zoom and "Page 2 of 3"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QWidget

from pressdesk.gui.icons import icon


class ZoomBar(QWidget):
    zoom_requested = Signal(str, float)  # "width" | "page" | "custom", factor for "custom"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zoomBar")
        self.mode = "width"
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 2)
        self.zoom_out = self._button("zoom-out", self.tr("Zoom out (Ctrl+wheel)"), "custom", 0.8)
        self.zoom_in = self._button("zoom-in", self.tr("Zoom in (Ctrl+wheel)"), "custom", 1.25)
        self.fit_width = self._button("", self.tr("Fit width"), "width", 1.0, self.tr("Width"))
        self.fit_page = self._button("pages", self.tr("Fit page"), "page", 1.0, self.tr("Page"))
        group = QButtonGroup(self)
        for button in (self.fit_width, self.fit_page):
            button.setCheckable(True)
            group.addButton(button)
        self.fit_width.setChecked(True)
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoomLabel")
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageIndicator")
        for widget in (self.zoom_out, self.zoom_in, self.zoom_label, self.fit_width, self.fit_page):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.page_label)

    def _button(self, icon_name: str, tip: str, mode: str, factor: float, text: str = "") -> QToolButton:
        button = QToolButton(self)
        if icon_name:
            button.setIcon(icon(icon_name))
        if text:
            button.setText(text)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(lambda _=False: self.zoom_requested.emit(mode, factor))
        return button

    def show_mode(self, mode: str) -> None:
        self.mode = mode
        for button, name in ((self.fit_width, "width"), (self.fit_page, "page")):
            button.setChecked(name == mode)
        if mode == "custom":  # neither fit: uncheck both (the group is exclusive)
            group = self.fit_width.group()
            group.setExclusive(False)
            self.fit_width.setChecked(False)
            self.fit_page.setChecked(False)
            group.setExclusive(True)

    def show_zoom(self, factor: float) -> None:
        self.zoom_label.setText(self.tr("{n} %").format(n=round(factor * 100)))

    def show_page(self, page: int, total: int) -> None:
        self.page_label.setText(self.tr("Page {page} of {total}").format(page=page, total=total)
                                if total else "")
