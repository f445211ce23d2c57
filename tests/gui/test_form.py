"""The form, driven as a user would: typing changes the model, the preview and the status bar."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from .typing import type_text

pytestmark = pytest.mark.gui


def type_into(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    type_text(widget, text)


def test_typing_the_headline_changes_model_preview_and_counts(window, qtbot) -> None:
    headline = window.form.headline_section.headline
    headline.selectAll()
    type_into(qtbot, headline, "عنوان جديد عن IMRF")
    assert window.editor.release.headline == "عنوان جديد عن IMRF"
    assert window.editor.undo_stack.count() == 1  # all that typing is one step
    assert window.isWindowModified()
    output = window.preview.refresh_now()
    assert "عنوان جديد عن" in output.text
    assert "عنوان جديد عن" in window.preview.browser.toPlainText()
    assert "18 characters" in window.form.headline_section.counter.text()
    window.update_status()
    assert "Headline: 18 characters" in window.headline_length.text()
    assert "words" in window.words.text()


def test_preview_follows_typing_after_a_pause(window, qtbot) -> None:
    city = window.form.headline_section.city
    city.selectAll()
    with qtbot.waitSignal(window.preview.updated, timeout=5000):
        type_into(qtbot, city, "عمّان")
    assert window.editor.release.dateline.city == "عمّان"
    assert "عمّان" in window.preview.browser.toPlainText()
    assert "عمّان" in window.form.headline_section.dateline.text()


def test_date_edit_sets_the_dateline_date(window) -> None:
    window.form.headline_section.date.setDate(QDate(2024, 3, 5))
    assert window.editor.release.dateline.date == "2024-03-05"
    assert "2024" in window.form.headline_section.dateline.text()
    window.editor.undo_stack.undo()
    assert window.editor.release.dateline.date == "2021-11-30"
    assert window.form.headline_section.date.date() == QDate(2021, 11, 30)


def test_body_paragraph_typing_reaches_the_model(window, qtbot) -> None:
    card = window.form.body.cards[1]
    card.text.moveCursor(card.text.textCursor().MoveOperation.End)
    type_into(qtbot, card.text, " نهاية")
    assert window.editor.release.body[1].text.endswith(" نهاية")


def test_switching_language_mirrors_the_form_and_the_preview(window, qtbot) -> None:
    section = window.form.release_section
    assert window.form.layoutDirection() == Qt.LayoutDirection.RightToLeft
    section.language.setCurrentIndex(section.language.findData("en"))
    section.language.activated.emit(section.language.currentIndex())
    assert window.editor.release.language == "en"
    assert window.form.layoutDirection() == Qt.LayoutDirection.LeftToRight
    output = window.preview.refresh_now()
    assert output.document.direction.value == "ltr"
    assert "FOR IMMEDIATE RELEASE" in output.text.upper()
    window.editor.undo_stack.undo()
    assert window.form.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert section.language.currentData() == "ar"


def test_fields_take_the_direction_of_what_is_typed(window, qtbot) -> None:
    subheadline = window.form.headline_section.subheadline
    assert subheadline.layoutDirection() == Qt.LayoutDirection.RightToLeft  # empty: the form's
    type_into(qtbot, subheadline, "Latin first")
    assert subheadline.layoutDirection() == Qt.LayoutDirection.LeftToRight
    subheadline.selectAll()
    type_into(qtbot, subheadline, "عربي")
    assert subheadline.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_embargo_with_date_time_and_offset(window) -> None:
    section = window.form.release_section
    section.embargoed.click()
    line = window.editor.release.release
    assert line.kind == "embargoed"
    assert dt.datetime.fromisoformat(line.until).utcoffset() is not None
    assert section.until.isVisibleTo(section)
    section.offset.setCurrentIndex(section.offset.findData(120))
    section.offset.activated.emit(section.offset.currentIndex())
    section.until.setDateTime(QDateTime(QDate(2026, 12, 3), QTime(10, 0)))
    assert window.editor.release.release.until == "2026-12-03T10:00:00+02:00"
    text = window.preview.refresh_now().text
    assert "2026" in text
    section.immediate.click()
    assert window.editor.release.release.kind == "immediate"
    assert not section.until.isVisibleTo(section)


def test_template_and_digits_choices(window) -> None:
    section = window.form.release_section
    ids = [section.template.itemData(i) for i in range(section.template.count())]
    assert {"classic", "minimal", "modern"} <= set(ids)
    section.template.setCurrentIndex(ids.index("modern"))
    section.template.activated.emit(section.template.currentIndex())
    assert window.editor.release.template == "modern"
    assert window.editor.release.template_version
    section.digits.setCurrentIndex(section.digits.findData("arab"))
    section.digits.activated.emit(section.digits.currentIndex())
    assert window.editor.release.digits == "arab"
    assert "٣٠" in window.form.headline_section.dateline.text()


def test_keywords_are_split_on_latin_and_arabic_commas(window, qtbot) -> None:
    field = window.form.release_section.keywords
    field.selectAll()
    type_into(qtbot, field, "هجرة، IMRF, الأردن")
    assert window.editor.release.keywords == ["هجرة", "IMRF", "الأردن"]
    assert field.text() == "هجرة، IMRF, الأردن"  # typing is never reformatted under the cursor


def test_contact_email_and_phone_are_checked_as_typed(window, qtbot) -> None:
    card = window.form.contacts.cards[0]
    card.email.selectAll()
    type_into(qtbot, card.email, "telyan@iom")
    assert "e-mail" in card.email.problem()
    assert "c0392b" in card.email.styleSheet()  # the red border
    assert card.email.toolTip() == card.email.problem()
    type_into(qtbot, card.email, ".int")
    assert card.email.problem() == ""
    type_into(qtbot, card.phone, "call me")
    assert "phone" in card.phone.problem().lower()
    card.phone.selectAll()
    type_into(qtbot, card.phone, "+20 2 1234 5678")
    assert card.phone.problem() == ""
    assert window.editor.release.contacts[0].phone == "+20 2 1234 5678"


def test_bidi_controls_are_flagged_in_the_field_and_status_bar(window, qtbot) -> None:
    headline = window.form.headline_section.headline
    headline.moveCursor(headline.textCursor().MoveOperation.End)
    type_into(qtbot, headline, "\u202eabc")
    assert "direction controls" in headline.problem()
    window.update_status()
    assert "Headline" in window.warning.text()
    assert "\u202e" not in window.preview.refresh_now().document.blocks[1].text  # compose removes it


def test_boilerplate_template_text_or_own(window, qtbot) -> None:
    section = window.form.boilerplate
    assert not section.use_template.isChecked()  # the sample has its own text
    section.use_template.click()
    assert window.editor.release.boilerplate is None
    assert section.text.isReadOnly()
    assert section.text.value() == section.template_text()
    section.use_template.click()
    assert window.editor.release.boilerplate == section.template_text()
    section.text.selectAll()
    type_into(qtbot, section.text, "نص خاص")
    assert window.editor.release.boilerplate == "نص خاص"
    assert "نص خاص" in window.preview.refresh_now().text


def test_undo_redo_actions_reach_every_field(window, qtbot) -> None:
    form = window.form
    form.headline_section.headline.selectAll()
    type_into(qtbot, form.headline_section.headline, "أ")
    form.headline_section.city.setFocus()
    form.headline_section.city.selectAll()
    type_into(qtbot, form.headline_section.city, "ب")
    window.actions_.undo.trigger()
    assert form.headline_section.city.text() == "القاهرة"
    window.actions_.undo.trigger()
    assert form.headline_section.headline.value().startswith("تنظيم")
    window.actions_.redo.trigger()
    assert form.headline_section.headline.value() == "أ"
    assert "Redo" in window.actions_.redo.text() and "Undo" in window.actions_.undo.text()


def test_ctrl_z_in_a_field_uses_the_window_history(window, qtbot) -> None:
    city = window.form.headline_section.city
    city.selectAll()
    type_into(qtbot, city, "حلب")
    qtbot.keyClick(city, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.release.dateline.city == "القاهرة"
    assert city.text() == "القاهرة"
