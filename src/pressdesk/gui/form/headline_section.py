"""Headline, subheadline and dateline, with the headline's length and the dateline as printed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QGridLayout, QHBoxLayout, QLabel, QWidget

from pressdesk.compose.dateline import format_dateline
from pressdesk.compose.inline import clean_text
from pressdesk.compose.labels import labels_for
from pressdesk.gui.editor import ReleaseEditor
from pressdesk.gui.form.binding import Bindings
from pressdesk.gui.form.fields import LineField, TextField, numeric_date_format, strong_direction
from pressdesk.gui.form.section import Section
from pressdesk.gui.languages import is_rtl
from pressdesk.gui.template_cache import TemplateCache

LONG_HEADLINE = 110  # characters; wire services cut longer ones
_NO_DATE = QDate(1900, 1, 1)


class HeadlineSection(Section):
    def __init__(self, editor: ReleaseEditor, bindings: Bindings, templates: TemplateCache,
                 parent: QWidget | None = None) -> None:
        super().__init__("paragraph", "", parent=parent)
        self.title.setText(self.tr("Headline and dateline"))
        self.editor = editor
        self.templates = templates
        self._showing = False

        self.headline = TextField(self, self.tr("Headline"), min_lines=1, single_line=True)
        self.headline.setObjectName("headline")
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.headline.setFont(font)
        self.counter = QLabel(self)
        self.counter.setObjectName("counter")
        self.subheadline = TextField(self, self.tr("Subheadline (optional)"), min_lines=1,
                                     single_line=True)
        self.subheadline.setObjectName("subheadline")
        head = QHBoxLayout()
        caption = QLabel(self.tr("Headline"), self)
        caption.setObjectName("fieldCaption")
        head.addWidget(caption)
        head.addStretch(1)
        head.addWidget(self.counter)
        self.content.addLayout(head)
        self.content.addWidget(self.headline)
        self.content.addWidget(self.subheadline)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        self.city = LineField(self, self.tr("City, e.g. القاهرة"))
        self.city.setObjectName("city")
        self.date = QDateEdit(self)
        self.date.setObjectName("date")
        self.date.setCalendarPopup(True)
        numeric_date_format(self.date, "yyyy-MM-dd")
        self.date.setMinimumDate(_NO_DATE)
        self.date.setSpecialValueText(self.tr("No date"))
        self.date.dateChanged.connect(self._date_edited)
        for col, (label, widget) in enumerate(((self.tr("City"), self.city), (self.tr("Date"), self.date))):
            cap = QLabel(label, self)
            cap.setObjectName("fieldCaption")
            cap.setBuddy(widget)
            grid.addWidget(cap, 0, col)
            grid.addWidget(widget, 1, col)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.content.addLayout(grid)
        row = QHBoxLayout()
        cap = QLabel(self.tr("Dateline as printed:"), self)
        cap.setObjectName("fieldCaption")
        row.addWidget(cap)
        self.dateline = QLabel(self)
        self.dateline.setObjectName("livePreview")
        self.dateline.setToolTip(self.tr("The dateline as it opens the first paragraph"))
        self.dateline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.dateline)
        row.addStretch(1)
        self.content.addLayout(row)

        bindings.text(("headline",), self.headline, label=self.tr("Edit headline"))
        bindings.text(("subheadline",), self.subheadline, label=self.tr("Edit subheadline"))
        bindings.text(("dateline", "city"), self.city, label=self.tr("Edit city"))
        bindings.add(("dateline", "date"), self._show_date, self.date)
        self.headline.textChanged.connect(self._count)
        editor.content_changed.connect(self.update_dateline)
        self._count()

    def _count(self) -> None:
        text = clean_text(self.headline.value()).strip()
        chars, words = len(text), len(text.split())
        self.counter.setText(self.tr("{chars} characters · {words} words").format(chars=chars, words=words))
        long = chars > LONG_HEADLINE
        self.counter.setProperty("long", long)
        self.counter.setToolTip(self.tr("Headlines over {n} characters are often cut by news sites")
                                .format(n=LONG_HEADLINE) if long else "")
        self.counter.style().unpolish(self.counter)
        self.counter.style().polish(self.counter)

    def _show_date(self, iso: str) -> None:
        self._showing = True
        try:
            try:
                day = dt.date.fromisoformat(iso) if iso else None
            except ValueError:
                day = None
            self.date.setDate(QDate(day.year, day.month, day.day) if day else _NO_DATE)
        finally:
            self._showing = False

    def _date_edited(self, date: QDate) -> None:
        if self._showing:
            return
        iso = "" if date == _NO_DATE else date.toString("yyyy-MM-dd")
        self.editor.set(("dateline", "date"), iso, text=self.tr("Change date"))

    def update_dateline(self) -> None:
        """Show the dateline formatted for the release's language, digits and template."""
        r = self.editor.release
        template = self.templates.resolve(r.template, r.template_version).template
        language = r.language or "en"
        labels = labels_for(language, template.label_overrides(language))
        digits = r.digits or template.settings["dateline"]["digits"]
        text = format_dateline(clean_text(r.dateline.city), r.dateline.date, language, labels, digits)
        shown = text.strip() or self.tr("(add a city and a date)")
        if shown != self.dateline.text():
            self.dateline.setText(shown)
        direction = strong_direction(text) or (
            Qt.LayoutDirection.RightToLeft if is_rtl(language) else Qt.LayoutDirection.LeftToRight)
        self.dateline.setLayoutDirection(direction)
