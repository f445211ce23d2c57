"""Keyboard flow as in Word: the headline first, Tab in reading order, Enter starts a paragraph."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit

from pressdesk.gui.form.fields import TextField
from pressdesk.model import BodyBlock, Contact

from .typing import type_text

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _active(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Keys go to the active window (this matters on a real X server, as under Xvfb)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _focus() -> object:
    widget = QApplication.focusWidget()
    while isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QAbstractSpinBox):
        widget = widget.parentWidget()
    return widget


def test_after_new_the_headline_has_the_focus(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.actions_.add_paragraph.trigger()  # the focus is somewhere in the body
    assert window.files.start_new("classic", "ar")
    qtbot.waitUntil(lambda: _focus() is window.form.headline_section.headline)


def test_tab_walks_the_form_in_reading_order(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    r = window.editor.release
    r.body = [BodyBlock(text="one"), BodyBlock(type="quote", text="said", speaker="S", role="R")]
    r.background, r.notes_to_editors, r.boilerplate = ["bg"], ["note"], "About"
    r.contacts = [Contact(name="N")]
    window.editor.reset(r, window.editor.file)
    qtbot.waitUntil(lambda: _focus() is window.form.headline_section.headline)
    qtbot.wait(50)  # the new cards are shown and laid out
    b = window.form.bindings
    expected = [b.widget(p) for p in (
        ("subheadline",), ("dateline", "city"), ("dateline", "date"), ("body", 0, "text"),
        ("body", 1, "lead_in"), ("body", 1, "speaker"), ("body", 1, "role"), ("body", 1, "text"),
        ("background", 0), ("contacts", 0, "name"), ("contacts", 0, "role"), ("contacts", 0, "email"),
        ("contacts", 0, "phone"), ("boilerplate",), ("notes_to_editors", 0))]
    seen = []
    for _ in expected:
        widget = QApplication.focusWidget()
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        seen.append(_focus())
        assert not isinstance(_focus(), QComboBox)
    # the date field's sections (year, month, day) are walked by Tab too, as Qt does: skip them
    seen = [w for i, w in enumerate(seen) if i == 0 or w is not seen[i - 1]]
    assert seen[: len(expected)] == expected[: len(seen)]
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert not isinstance(_focus(), QComboBox)
    window.form.headline_section.headline.setFocus()
    qtbot.keyClick(window.form.headline_section.headline, Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ShiftModifier)
    assert _focus() is window.form.release_section.keywords  # the text field above the headline


def test_enter_at_the_end_of_a_paragraph_starts_a_new_block(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    r = window.editor.release
    r.body = [BodyBlock(text="First."), BodyBlock(text="Last.")]
    window.editor.reset(r, window.editor.file)
    field = window.form.bindings.widget(("body", 0, "text"))
    assert isinstance(field, TextField)
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    steps = window.editor.undo_stack.count()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert [b.text for b in r.body] == ["First.", "", "Last."]
    assert window.editor.undo_stack.count() == steps + 1
    new = window.form.bindings.widget(("body", 1, "text"))
    assert _focus() is new
    type_text(new, "Middle")
    qtbot.keyClick(new, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(new, "line")
    assert r.body[1].text == "Middle\nline"  # Shift+Enter: a line break in the paragraph
    assert len(r.body) == 3


def test_enter_in_the_middle_splits_the_paragraph_in_one_undo_step(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    r = window.editor.release
    r.body = [BodyBlock(type="quote", text="One. Two.", speaker="S")]
    r.background = ["Alpha beta"]
    window.editor.reset(r, window.editor.file)
    field = window.form.bindings.widget(("body", 0, "text"))
    field.setFocus()
    cursor = field.textCursor()
    cursor.setPosition(5)
    field.setTextCursor(cursor)
    qtbot.keyClick(field, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert [(b.type, b.text, b.speaker) for b in r.body] == [("quote", "One. ", "S"),
                                                            ("paragraph", "Two.", "")]
    window.editor.undo_stack.undo()
    assert [b.text for b in r.body] == ["One. Two."]
    bg = window.form.bindings.widget(("background", 0))
    bg.setFocus()
    cursor = bg.textCursor()
    cursor.setPosition(6)
    bg.setTextCursor(cursor)
    qtbot.keyClick(bg, Qt.Key.Key_Return)
    assert r.background == ["Alpha ", "beta"]


def test_the_headline_stays_one_line(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    headline = window.form.headline_section.headline
    headline.setFocus()
    blocks = len(window.editor.release.body)
    qtbot.keyClick(headline, Qt.Key.Key_Return)
    assert "\n" not in window.editor.release.headline
    assert len(window.editor.release.body) == blocks


@pytest.mark.parametrize("keys", ["Ctrl+Y", "Ctrl+Shift+Z"])
@pytest.mark.parametrize("path", [("headline",), ("dateline", "city")])
def test_ctrl_y_and_ctrl_shift_z_redo(window, qtbot, keys, path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    # on Windows Qt binds Ctrl+Y to redo, on Linux desktops only Ctrl+Shift+Z: PressDesk both
    assert QKeySequence(keys) in window.actions_.redo.shortcuts()
    field = window.form.bindings.widget(path)
    field.setFocus()
    before = window.editor.get(path)
    type_text(field, "x")
    assert window.editor.get(path) != before
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.get(path) == before
    QTest.keySequence(field, QKeySequence(keys))
    assert window.editor.get(path) == before + "x"
