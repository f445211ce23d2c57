"""After an import: what was recognised, what to check, and what was left out."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui.dialogs.import_report_texts import translate
from pressdesk.importers import ImportReport


class ImportReportDialog(QDialog):
    def __init__(self, report: ImportReport, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setWindowTitle(self.tr("Import report"))
        self.resize(560, 420)
        intro = QLabel(self.tr(
            "“{name}” was imported as a new, unsaved release. Check the parts below; "
            "Edit → Undo brings back what you had before.").format(name=name), self)
        intro.setWordWrap(True)
        self.items = QListWidget(self)
        self.items.setObjectName("importReportItems")
        sections = ((self.tr("Recognised"), report.recognised), (self.tr("Please check"), report.unsure),
                    (self.tr("Left out (page furniture, labels the template adds)"), report.dropped))
        for title, lines in sections:
            if not lines:
                continue
            head = QListWidgetItem(title)
            font = QFont(head.font())
            font.setBold(True)
            head.setFont(font)
            self.items.addItem(head)
            for line in lines:
                # each line reads in its own direction (the report is in English; Arabic UI)
                self.items.addItem(QListWidgetItem(f"• \u2068{translate(line)}\u2069"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.items, 1)
        layout.addWidget(buttons)
