"""The release's settings: language, template, digits, release line (embargo) and keywords."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from pressdesk.gui.editor import ReleaseEditor
from pressdesk.gui.form.binding import Bindings
from pressdesk.gui.form.fields import LineField, numeric_date_format
from pressdesk.gui.form.section import Section
from pressdesk.gui.languages import display_name, languages_with
from pressdesk.gui.template_cache import TemplateCache

_OFFSETS = sorted({m for m in range(-12 * 60, 14 * 60 + 1, 30)} | {345, 525, 765})


def offset_text(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "−"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def split_keywords(text: str) -> list[str]:
    return [k.strip() for k in re.split(r"[,،;؛]", text) if k.strip()]


def local_offset_minutes() -> int:
    offset = dt.datetime.now().astimezone().utcoffset()
    return int(offset.total_seconds() // 60) if offset else 0


class ReleaseSection(Section):
    language_shown = Signal(str)

    def __init__(self, editor: ReleaseEditor, bindings: Bindings, templates: TemplateCache,
                 ui_language: str, parent: QWidget | None = None) -> None:
        super().__init__("template", "", parent=parent)
        self.title.setText(self.tr("Release"))
        self.editor = editor
        self.templates = templates
        self.ui_language = ui_language
        self._showing = False
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)

        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        self.language.activated.connect(self._language_chosen)
        self.template = QComboBox(self)
        self.template.setObjectName("templateCombo")
        self.template.activated.connect(self._template_chosen)
        self.digits = QComboBox(self)
        for text, value in ((self.tr("Template's choice"), None), (self.tr("Western (0123)"), "latn"),
                            (self.tr("Arabic-Indic (٠١٢٣)"), "arab"), (self.tr("Persian (۰۱۲۳)"), "arabext")):
            self.digits.addItem(text, value)
        self.digits.setToolTip(self.tr("Digits used in the dateline and page numbers"))
        self.digits.activated.connect(
            lambda row: editor.set(("digits",), self.digits.itemData(row), typing=False,
                                   text=self.tr("Change digits")))
        for col, (label, widget) in enumerate(((self.tr("Language"), self.language),
                                               (self.tr("Template"), self.template),
                                               (self.tr("Digits"), self.digits))):
            caption = QLabel(label, self)
            caption.setObjectName("fieldCaption")
            caption.setBuddy(widget)
            grid.addWidget(caption, 0, col)
            grid.addWidget(widget, 1, col)
            # a narrow form (a small screen, a wide preview) shortens the choices shown, as
            # Word's boxes do, instead of pushing the form wider than its pane
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(8)
        for col in range(3):
            grid.setColumnStretch(col, 1)
        self.content.addLayout(grid)

        row = QHBoxLayout()
        self.immediate = QRadioButton(self.tr("For immediate release"), self)
        self.embargoed = QRadioButton(self.tr("Embargoed until"), self)
        group = QButtonGroup(self)
        group.addButton(self.immediate)
        group.addButton(self.embargoed)
        self.immediate.clicked.connect(lambda: self._kind_chosen("immediate"))
        self.embargoed.clicked.connect(lambda: self._kind_chosen("embargoed"))
        self.until = QDateTimeEdit(self)
        self.until.setCalendarPopup(True)
        numeric_date_format(self.until, "yyyy-MM-dd  HH:mm")
        self.until.dateTimeChanged.connect(self._until_edited)
        self.offset = QComboBox(self)
        for minutes in _OFFSETS:
            self.offset.addItem(offset_text(minutes), minutes)
        self.offset.setToolTip(self.tr("Time zone of the embargo"))
        self.offset.activated.connect(self._until_edited)
        for item in (self.immediate, self.embargoed, self.until, self.offset):
            row.addWidget(item)
        row.addStretch(1)
        self.content.addLayout(row)

        self.keywords = LineField(self, self.tr("Keywords, separated by commas"))
        self.keywords.setToolTip(self.tr("Keywords for the exported files' metadata"))
        self.keywords.value_edited.connect(
            lambda text: editor.set(("keywords",), split_keywords(text), text=self.tr("Edit keywords")))
        self.keywords.left.connect(editor.break_merge)
        self.content.addWidget(self.keywords)

        self.fill_templates()
        bindings.add(("language",), self._show_language, self.language)
        bindings.add(("template",), self._show_template, self.template)
        bindings.add(("digits",), self._show_digits, self.digits)
        bindings.add(("release", "kind"), self._show_release, self.immediate)
        bindings.add(("release", "until"), self._show_release, self.until)
        bindings.add(("keywords",), self._show_keywords, self.keywords)

    # --- language and template ----------------------------------------------------------------
    def _language_chosen(self, row: int) -> None:
        self.editor.set(("language",), self.language.itemData(row), typing=False,
                        text=self.tr("Change language"))

    def _show_language(self, language: str) -> None:
        self.language.clear()
        for tag in languages_with(language):
            self.language.addItem(display_name(tag, self.ui_language), tag)
        self.language.setCurrentIndex(self.language.findData(language))
        self.language_shown.emit(language)

    def fill_templates(self) -> None:
        self.template.clear()
        for choice in self.templates.choices():
            origin = "" if choice.origin == "built-in" else "  ({})".format(
                self.tr("your library") if choice.origin == "user" else self.tr("shared"))
            self.template.addItem(f"{choice.name}{origin}", choice.id)
        self._show_template(self.editor.release.template)

    def _template_chosen(self, row: int) -> None:
        tid = self.template.itemData(row)
        version = self.templates.resolve(tid).template.version
        self.editor.set_many([(("template",), tid), (("template_version",), version)],
                             self.tr("Change template"))

    def _show_template(self, template_id: str) -> None:
        index = self.template.findData(template_id)
        if index < 0:
            self.template.addItem(self.tr("{name} (missing)").format(name=template_id), template_id)
            index = self.template.count() - 1
        self.template.setCurrentIndex(index)

    def _show_digits(self, digits: str | None) -> None:
        self.digits.setCurrentIndex(max(0, self.digits.findData(digits)))

    def _show_keywords(self, keywords: list[str]) -> None:
        if split_keywords(self.keywords.text()) != keywords:
            self.keywords.set_value(", ".join(keywords))

    # --- release line -----------------------------------------------------------------------
    def _kind_chosen(self, kind: str) -> None:
        changes: list[tuple[tuple[str | int, ...], object]] = [(("release", "kind"), kind)]
        if kind == "embargoed" and not self.editor.get(("release", "until")):
            tomorrow = dt.date.today() + dt.timedelta(days=1)
            tz = dt.timezone(dt.timedelta(minutes=local_offset_minutes()))
            when = dt.datetime.combine(tomorrow, dt.time(9, 0), tz)
            changes.append((("release", "until"), when.isoformat()))
        self.editor.set_many(changes, self.tr("Change release line"))

    def _show_release(self, _: object = None) -> None:
        self._showing = True
        try:
            line = self.editor.release.release
            embargo = line.kind == "embargoed"
            (self.embargoed if embargo else self.immediate).setChecked(True)
            self.until.setVisible(embargo)
            self.offset.setVisible(embargo)
            when = _parse(line.until)
            if when is not None:
                self.until.setDateTime(QDateTime(QDate(when.year, when.month, when.day),
                                                 QTime(when.hour, when.minute)))
                offset = when.utcoffset()
                minutes = int(offset.total_seconds() // 60) if offset is not None else 0
            else:
                minutes = local_offset_minutes()
            index = self.offset.findData(minutes)
            if index < 0:
                self.offset.addItem(offset_text(minutes), minutes)
                index = self.offset.count() - 1
            self.offset.setCurrentIndex(index)
        finally:
            self._showing = False

    def _until_edited(self, *_: object) -> None:
        if self._showing or not self.embargoed.isChecked():
            return
        q = self.until.dateTime()
        d, t = q.date(), q.time()
        tz = dt.timezone(dt.timedelta(minutes=int(self.offset.currentData() or 0)))
        when = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=tz)
        self.editor.set(("release", "until"), when.isoformat(), text=self.tr("Change embargo time"))


def _parse(value: str | None) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
