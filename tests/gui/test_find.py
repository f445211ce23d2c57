"""Find (Ctrl+F) and Find & Replace (Ctrl+H) in the window: counts, selection, one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pressdesk.gui.form.fields import LineField, TextField
from pressdesk.model import BodyBlock, Contact

from .typing import type_text

pytestmark = pytest.mark.gui


def _fill(window) -> None:  # type: ignore[no-untyped-def]
    r = window.editor.release
    r.headline = "المنظمة تعلن"
    r.body = [BodyBlock(text="قالت المُنظّمة إن المنظـــمة"),
              BodyBlock(type="quote", text="IOM said", speaker="مدير المنظمة")]
    r.contacts = [Contact(name="Office of IOM", email="iom@example.org")]
    r.subheadline, r.dateline.city, r.boilerplate = "", "", None
    r.background, r.notes_to_editors = [], []
    window.editor.reset(r, window.editor.file)


def test_ctrl_f_opens_a_focused_search_field(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _fill(window)
    window.form.headline_section.headline.setFocus()
    headline = window.form.headline_section.headline
    qtbot.keyClick(headline, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert bar.isVisible()
    assert QApplication.focusWidget() is bar.find_edit
    assert not bar.replace_row.isVisible()
    type_text(bar.find_edit, "منظمة")
    # headline, both in the first paragraph (harakat and tatweel ignored), the speaker
    assert len(bar.matches) == 4
    assert bar.count.text() == "1 of 4"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert bar.count.text() == "2 of 4"
    field = window.form.bindings.widget(("body", 0, "text"))
    assert isinstance(field, TextField)
    assert field.textCursor().selectedText() == "مُنظّمة"
    assert not headline.textCursor().hasSelection()  # one match selected at a time
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == "1 of 4"
    bar.marks.setChecked(False)
    assert len(bar.matches) == 2  # the headline and the speaker only
    bar.words.setChecked(True)
    assert len(bar.matches) == 0  # "المنظمة" is one word
    assert bar.count.text() == "No matches"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_find_selects_in_a_line_field_and_whole_words_and_case(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _fill(window)
    window.open_find()
    bar = window.find_bar
    bar.find_edit.setText("iom")
    assert len(bar.matches) == 3  # the quote, the contact's name and e-mail
    bar.case.setChecked(True)
    assert len(bar.matches) == 1  # the e-mail
    bar.case.setChecked(False)
    assert bar.count.text() == "3 of 3"  # the search goes on from the match shown
    bar.find_next()
    assert bar.count.text() == "1 of 3"  # wrapped around
    bar.find_previous()
    field = window.form.bindings.widget(("contacts", 0, "email"))
    assert isinstance(field, LineField)
    assert field.selectedText() == "iom"
    bar.close_bar()
    assert QApplication.focusWidget() is field


def test_replace_all_is_one_undo_step(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _fill(window)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert bar.replace_row.isVisible()
    assert QApplication.focusWidget() is bar.find_edit
    type_text(bar.find_edit, "المنظمة")
    type_text(bar.replace_edit, "الوكالة")
    steps = window.editor.undo_stack.count()
    assert bar.replace_all() == 4
    r = window.editor.release
    assert r.headline == "الوكالة تعلن"
    assert r.body[0].text == "قالت الوكالة إن الوكالة"
    assert r.body[1].speaker == "مدير الوكالة"
    assert window.editor.undo_stack.count() == steps + 1
    assert bar.count.text() == "Replaced 4"
    window.editor.undo_stack.undo()
    assert r.headline == "المنظمة تعلن"
    assert r.body[0].text == "قالت المُنظّمة إن المنظـــمة"
    assert window.form.bindings.widget(("headline",)).value() == "المنظمة تعلن"


def test_replace_one_by_one(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _fill(window)
    window.open_replace()
    bar = window.find_bar
    bar.find_edit.setText("IOM")
    bar.replace_edit.setText("UN")
    qtbot.keyClick(bar.replace_edit, Qt.Key.Key_Return)  # Enter in the replace field replaces
    r = window.editor.release
    assert r.body[1].text == "UN said"
    assert r.contacts[0].name == "Office of IOM"
    assert bar.count.text() == "1 of 2"
    bar.replace_current()
    assert r.contacts[0].name == "Office of UN"
    window.editor.undo_stack.undo()
    assert r.contacts[0].name == "Office of IOM"
    assert r.body[1].text == "UN said"
