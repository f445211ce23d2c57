"""Date pickers mark the weekend of the release's region (Friday and Saturday in Egypt).

QCalendarWidget paints Saturday and Sunday red whatever the locale; QLocale knows the
working days of each region (CLDR), so the pickers take the weekend and the first day of
the week from the release's language tag ("ar" is Egypt's, "ar-MA" Morocco's).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QDateTimeEdit

from pressdesk.gui.editor import Path, ReleaseEditor

WEEKEND_COLOUR = QColor("#b3261e")
DAYS = (Qt.DayOfWeek.Monday, Qt.DayOfWeek.Tuesday, Qt.DayOfWeek.Wednesday, Qt.DayOfWeek.Thursday,
        Qt.DayOfWeek.Friday, Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday)


def weekend_days(language: str) -> list[Qt.DayOfWeek]:
    """The days off in the region of a BCP 47 tag, from Qt's CLDR data."""
    working = set(QLocale(language.replace("-", "_") or "en").weekdays())
    return [day for day in DAYS if day not in working]


def mark_weekend(calendar: QCalendarWidget, language: str) -> None:
    locale = QLocale(language.replace("-", "_") or "en")
    calendar.setFirstDayOfWeek(locale.firstDayOfWeek())
    off = weekend_days(language)
    for day in DAYS:
        fmt = QTextCharFormat()
        if day in off:
            fmt.setForeground(WEEKEND_COLOUR)
        else:
            fmt.setForeground(calendar.palette().text())
        calendar.setWeekdayTextFormat(day, fmt)


def follow_release_language(editor: ReleaseEditor, *edits: QDateTimeEdit) -> None:
    """Keep the pickers' weekend on the release's language, now and when it changes."""

    def apply(path: Path = ("language",)) -> None:
        if path == ("language",):
            for edit in edits:
                mark_weekend(edit.calendarWidget(), editor.release.language or "en")

    apply()
    editor.field_changed.connect(apply)
    editor.replaced.connect(apply)
