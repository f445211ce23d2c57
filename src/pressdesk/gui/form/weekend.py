"""Date pickers mark the weekend of the release's region (Friday and Saturday in Egypt).

QCalendarWidget paints Saturday and Sunday red whatever the locale; QLocale knows the
working days of each region (CLDR), so the pickers take the weekend and the first day of
the week from the release's language tag ("ar" is Egypt's, "ar-MA" Morocco's).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QDateTimeEdit

from pressdesk.gui.editor import Path, ReleaseEditor
from pressdesk.gui.i18n import current_language

WEEKEND_COLOUR = QColor("#b3261e")
DAYS = (Qt.DayOfWeek.Monday, Qt.DayOfWeek.Tuesday, Qt.DayOfWeek.Wednesday, Qt.DayOfWeek.Thursday,
        Qt.DayOfWeek.Friday, Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday)


def weekend_days(language: str) -> list[Qt.DayOfWeek]:
    """The days off in the region of a BCP 47 tag, from Qt's CLDR data."""
    working = set(QLocale(language.replace("-", "_") or "en").weekdays())
    return [day for day in DAYS if day not in working]


def mark_weekend(calendar: QCalendarWidget, language: str) -> None:
    """The region's weekend and first weekday; month and day names in the UI language."""
    locale = QLocale(language.replace("-", "_") or "en")
    calendar.setLocale(QLocale(current_language()))
    calendar.setFirstDayOfWeek(locale.firstDayOfWeek())
    off = weekend_days(language)
    for day in DAYS:
        fmt = QTextCharFormat()
        if day in off:
            fmt.setForeground(WEEKEND_COLOUR)
        else:
            fmt.setForeground(calendar.palette().text())
        calendar.setWeekdayTextFormat(day, fmt)


class WeekendFollower(QObject):
    """Keeps the pickers' weekend on the release's language; lives (and dies) with the pickers."""

    def __init__(self, editor: ReleaseEditor, edits: tuple[QDateTimeEdit, ...]) -> None:
        super().__init__(edits[0])
        self.editor, self.edits = editor, edits
        editor.field_changed.connect(self.field_changed)
        editor.replaced.connect(self.apply)
        self.apply()

    def field_changed(self, path: Path) -> None:
        if path == ("language",):
            self.apply()

    def apply(self) -> None:
        for edit in self.edits:
            mark_weekend(edit.calendarWidget(), self.editor.release.language or "en")


def follow_release_language(editor: ReleaseEditor, *edits: QDateTimeEdit) -> WeekendFollower:
    """Mark the release region's weekend in the pickers, now and when the language changes."""
    return WeekendFollower(editor, edits)
