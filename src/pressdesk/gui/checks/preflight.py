"""PreflightBox: the errors of the pre-flight check, shown in the export dialog before export."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from pressdesk.checks import ERROR, Finding, run_checks
from pressdesk.gui.i18n import current_language
from pressdesk.model import Release
from pressdesk.templating import resolve_for_release

MAX_SHOWN = 6


def release_errors(release: Release) -> list[Finding]:
    """The errors of the check (spelling aside: it only warns)."""
    template = resolve_for_release(release.template, release.template_version).template
    return [f for f in run_checks(release, template) if f.severity == ERROR]


class PreflightBox(QWidget):
    """Says what is wrong before anything goes out; the dialog then offers "Export Anyway"."""

    def __init__(self, release: Release, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preflightBox")
        self.errors = release_errors(release)
        self.label = QLabel(self)
        self.label.setObjectName("preflightErrors")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setStyleSheet("QLabel { color: #8a1c13; background: #fff3f2; border: 1px solid #e3b3ad;"
                                 " border-radius: 4px; padding: 6px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        self.setVisible(bool(self.errors))
        self.retranslate()

    def has_errors(self) -> bool:
        return bool(self.errors)

    def retranslate(self) -> None:
        if not self.errors:
            return
        ui = current_language()
        lines = [self.tr("Before this goes out, these problems need attention (%1):")
                 .replace("%1", str(len(self.errors)))]
        lines += [f"• {f.message(ui, isolate=True)}" for f in self.errors[:MAX_SHOWN]]
        if len(self.errors) > MAX_SHOWN:
            lines.append(self.tr("… and %1 more (see View ▸ Check).")
                         .replace("%1", str(len(self.errors) - MAX_SHOWN)))
        lines.append(self.tr("You can still export: the files will have these problems."))
        self.label.setText("\n".join(lines))
