"""The date pickers mark the release region's weekend (Qt paints Saturday and Sunday by default)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pressdesk.gui.form.weekend import WEEKEND_COLOUR

pytestmark = pytest.mark.gui
Day = Qt.DayOfWeek


def _red(calendar, day) -> bool:  # type: ignore[no-untyped-def]
    return calendar.weekdayTextFormat(day).foreground().color() == WEEKEND_COLOUR


def test_arabic_weekend_is_friday_and_saturday(window) -> None:  # type: ignore[no-untyped-def]
    assert window.editor.release.language.startswith("ar")
    for edit in (window.form.headline_section.date, window.form.release_section.until):
        calendar = edit.calendarWidget()
        assert _red(calendar, Day.Friday) and _red(calendar, Day.Saturday)
        assert not _red(calendar, Day.Sunday)
        assert calendar.firstDayOfWeek() == Day.Saturday
    window.editor.set(("language",), "en", typing=False)
    calendar = window.form.headline_section.date.calendarWidget()
    assert _red(calendar, Day.Saturday) and _red(calendar, Day.Sunday)
    assert not _red(calendar, Day.Friday)
    window.editor.set(("language",), "ar-MA", typing=False)  # Morocco rests on Saturday and Sunday
    assert _red(calendar, Day.Sunday) and not _red(calendar, Day.Friday)
