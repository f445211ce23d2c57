"""CheckPanel: the pre-flight check beside the form, re-run as the user types.

Every finding names its field; a click (or Enter) puts the cursor there, on the word
when the finding is about one. The same rules run in ``pressdesk check`` and before export.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStyle,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from pressdesk.checks import ERROR, INFO, WARNING, Finding, path_parts, run_checks
from pressdesk.gui.i18n import current_language
from pressdesk.gui.spelling import spell_context
from pressdesk.spelling import english_variant
from pressdesk.templating.template import Template

if TYPE_CHECKING:
    from pressdesk.gui.main_window import MainWindow

DELAY_MS = 700  # after the last keystroke
_ICONS = {ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
          WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
          INFO: QStyle.StandardPixmap.SP_MessageBoxInformation}
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1


class CheckPanel(QDockWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("checkPanel")
        self.findings: list[Finding] = []
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        self.summary = QLabel(body)
        self.summary.setObjectName("checkSummary")
        self.summary.setWordWrap(True)
        self.list = QListWidget(body)
        self.list.setObjectName("checkList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._go_to)
        self.list.itemClicked.connect(self._go_to)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.setWidget(body)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.run)
        editor = window.editor
        editor.content_changed.connect(self._timer.start)
        editor.replaced.connect(self._release_changed)
        editor.field_changed.connect(self._field_changed)
        window.templates.changed.connect(self._release_changed)
        spell_context().changed.connect(self._timer.start)
        spell_context().note.connect(self._note)  # a missing dictionary, said once
        self.retranslate()
        self._release_changed()

    def _note(self, text: str) -> None:
        self.window_.statusBar().showMessage(text, 10000)

    # --- running ------------------------------------------------------------------------
    def template(self) -> Template:
        r = self.window_.editor.release
        return self.window_.templates.resolve(r.template, r.template_version).template

    def _field_changed(self, path: tuple[object, ...]) -> None:
        if path in (("language",), ("template",)):
            self._release_changed()

    def _release_changed(self) -> None:
        """The language or template changed: the fields' dictionaries follow, then re-check."""
        r = self.window_.editor.release
        english = english_variant(self.template().settings.get("spelling", {}).get("english"))
        spell_context().set_language(r.language, english.replace("-", "_"))
        self._timer.start()

    def run(self) -> None:
        """Check the release now and list what was found."""
        context = spell_context()
        checker = context.checker if context.enabled else None
        self.findings = run_checks(self.window_.editor.release, self.template(), checker=checker,
                                   suggestions=False)
        self._show()

    def _show(self) -> None:
        ui = current_language()
        self.list.clear()
        style = self.style()
        for finding in self.findings:
            item = QListWidgetItem(style.standardIcon(_ICONS.get(finding.severity, _ICONS[INFO])),
                                   f"{finding.message(ui, isolate=True)}\n{self.field_name(finding.path)}")
            item.setData(FINDING_ROLE, finding)
            item.setToolTip(finding.path)
            if finding.severity == ERROR:
                item.setForeground(QColor("#8a1c13"))
            self.list.addItem(item)
        errors = sum(f.severity == ERROR for f in self.findings)
        warnings = sum(f.severity == WARNING for f in self.findings)
        if not self.findings:
            text = self.tr("No problems found.")
        else:
            text = self.tr("Errors: %1 · Warnings: %2")
            text = text.replace("%1", str(errors)).replace("%2", str(warnings))
        self.summary.setText(text)
        self.setWindowTitle(self.tr("Check") + (f" ({errors})" if errors else ""))

    def field_name(self, path: str) -> str:
        """Where a finding is, in words: "Body, block 3: speaker"."""
        parts = path_parts(path)
        if not parts:
            return self.tr("Whole release")
        names = {
            "headline": self.tr("Headline"), "subheadline": self.tr("Subheadline"),
            "dateline": self.tr("Dateline"), "body": self.tr("Body"), "background": self.tr("Background"),
            "contacts": self.tr("Press contacts"), "boilerplate": self.tr("About (boilerplate)"),
            "notes_to_editors": self.tr("Notes to editors"), "release": self.tr("Release"),
        }
        fields = {
            "text": self.tr("text"), "speaker": self.tr("speaker"), "role": self.tr("role"),
            "lead_in": self.tr("lead-in"), "city": self.tr("city"), "date": self.tr("date"),
            "email": self.tr("e-mail"), "name": self.tr("name"), "until": self.tr("embargo time"),
        }
        out = names.get(str(parts[0]), str(parts[0]))
        for part in parts[1:]:
            out += self.tr(", item %1").replace("%1", str(part + 1)) if isinstance(part, int) \
                else ": " + fields.get(part, part)
        return out

    # --- going to a finding -------------------------------------------------------------
    def _go_to(self, item: QListWidgetItem) -> None:
        finding = item.data(FINDING_ROLE)
        if isinstance(finding, Finding):
            self.go_to(finding)

    def go_to(self, finding: Finding) -> QWidget | None:
        """Show the finding's field, with the cursor on its word; the field (or None)."""
        form = self.window_.form
        parts = path_parts(finding.path)
        widget = None
        while parts and widget is None:
            widget = form.bindings.widget(parts)
            if widget is None:
                lists = {item_list.key: item_list for item_list in form.lists()}
                widget = lists.get(str(parts[0])) if len(parts) == 1 else None
            parts = parts[:-1]
        if widget is None:
            return None
        form.ensureWidgetVisible(widget, 0, 60)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if finding.start is not None and finding.end is not None:
            _select(widget, finding.start, finding.end)
        return widget

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check"))
        self.list.setAccessibleName(self.tr("Problems found in the release"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()


def _select(widget: QWidget, start: int, end: int) -> None:
    if isinstance(widget, QLineEdit):
        widget.setSelection(start, end - start)
    elif isinstance(widget, QTextEdit):
        cursor = widget.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()


def install_check_panel(window: MainWindow) -> CheckPanel:
    """The window's Check panel (made once, kept when the UI is rebuilt), in the View menu."""
    panel = window.findChild(CheckPanel, "checkPanel")
    if panel is None:
        panel = CheckPanel(window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, panel)
    action = panel.toggleViewAction()
    action.setShortcut("F7")
    action.setText(QCoreApplication.translate("CheckPanel", "&Check"))
    view = QApplication.translate("MainWindow", "&View")
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if isinstance(menu, QMenu) and menu_action.text() == view:
            menu.addSeparator()
            menu.addAction(action)
            break
    return panel
