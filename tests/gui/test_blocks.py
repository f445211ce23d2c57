"""Body blocks (and the other lists): add, remove, duplicate and reorder; every step undoes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent, QTextCursor
from PySide6.QtWidgets import QToolButton

from pressdesk.gui.form.cards import MIME

from .typing import type_text

pytestmark = pytest.mark.gui


def texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.text[:12] for b in window.editor.release.body]


def test_add_paragraph_and_quote_after_the_current_block(window, qtbot) -> None:
    body = window.form.body
    n = len(body.cards)
    body.cards[0].text.setFocus()
    window.actions_.add_paragraph.trigger()
    assert len(window.editor.release.body) == n + 1
    assert window.editor.release.body[1].text == ""
    assert len(body.cards) == n + 1
    assert body.current_index() == 1  # the new block has the focus
    type_text(body.cards[1].text, "فقرة جديدة")
    assert window.editor.release.body[1].text == "فقرة جديدة"
    body.add_buttons["quote"].click()  # after the current (new) block
    assert window.editor.release.body[2].type == "quote"
    card = body.cards[2]
    assert card.quote_box.isVisibleTo(card)
    type_text(card.speaker, "د. ليلى")
    assert window.editor.release.body[2].speaker == "د. ليلى"
    assert "د. ليلى" in window.preview.refresh_now().text


def test_remove_and_duplicate_with_buttons_and_undo(window, qtbot) -> None:
    before = texts(window)
    window.form.body.cards[2].findChild(QToolButton, "card-remove").click()
    assert texts(window) == before[:2] + before[3:]
    window.actions_.undo.trigger()
    assert texts(window) == before
    window.form.body.cards[0].text.setFocus()
    window.actions_.duplicate.trigger()
    assert texts(window) == [before[0], *before]
    window.actions_.undo.trigger()
    assert texts(window) == before
    window.actions_.redo.trigger()
    assert texts(window)[:2] == [before[0], before[0]]


def test_keyboard_moves_the_focused_block(window, qtbot) -> None:
    before = texts(window)
    card = window.form.body.cards[3]
    card.text.setFocus()
    qtbot.keyClick(card.text, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    after = texts(window)
    assert after[2] == before[3] and after[3] == before[2]
    assert window.form.body.current_index() == 2  # focus follows the block
    focused = window.form.body.cards[2].text
    qtbot.keyClick(focused, Qt.Key.Key_Down,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert texts(window) == before
    window.actions_.undo.trigger()
    window.actions_.undo.trigger()
    assert texts(window) == before
    assert window.editor.undo_stack.index() == 0


def test_move_without_focus_says_what_to_do(window) -> None:
    window.tabs.setFocus()
    window.move_block(1)
    assert "Click in a block" in window.statusBar().currentMessage()


def drop(item_list, src: int, y: float) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setData(MIME, f"{item_list.key}:{src}".encode())
    event = QDropEvent(QPointF(20, y), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    item_list.dropEvent(event)


def test_drag_and_drop_reorders(window, qtbot) -> None:
    body = window.form.body
    before = texts(window)
    target = body.cards[4].geometry().top() + 2  # the upper half of card 4: drop before it
    drop(body, 0, target)
    assert texts(window) == [*before[1:4], before[0], *before[4:]]
    window.actions_.undo.trigger()
    assert texts(window) == before
    drop(body, 5, body.cards[-1].geometry().bottom() + 10)  # below the last card: to the end
    assert texts(window)[-1] == before[5]


def test_drop_from_another_list_is_refused(window) -> None:
    mime = QMimeData()
    mime.setData(MIME, b"contacts:0")
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    before = texts(window)
    window.form.body.dropEvent(event)
    assert texts(window) == before and not event.isAccepted()


def test_block_type_switch(window) -> None:
    card = window.form.body.cards[0]
    card.kind.setCurrentIndex(1)
    card.kind.activated.emit(1)
    assert window.editor.release.body[0].type == "quote"
    assert card.quote_box.isVisibleTo(card)
    window.actions_.undo.trigger()
    assert window.editor.release.body[0].type == "paragraph"
    assert not window.form.body.cards[0].quote_box.isVisibleTo(window.form.body.cards[0])


def test_background_notes_and_contacts_lists(window, qtbot) -> None:
    form = window.form
    form.notes.add_buttons["text"].click()
    type_text(form.notes.cards[0].text, "ملاحظة للمحررين")
    form.contacts.add_buttons["contact"].click()
    type_text(form.contacts.cards[1].name, "Jane")
    assert window.editor.release.notes_to_editors == ["ملاحظة للمحررين"]
    assert window.editor.release.contacts[1].name == "Jane"
    form.contacts.cards[1].name.setFocus()
    window.actions_.move_up.trigger()
    assert window.editor.release.contacts[0].name == "Jane"
    text = window.preview.refresh_now().text
    assert "ملاحظة للمحررين" in text and "Jane" in text
    form.background.cards[0].text.setFocus()
    window.actions_.remove.trigger()
    assert window.editor.release.background == []
    assert form.background._empty.isVisibleTo(form.background)


def test_cards_follow_their_items_after_moves_and_removals(window) -> None:
    body = window.form.body
    moved = body.cards[3]
    moved.text.setFocus()
    window.actions_.move_up.trigger()
    assert body.cards[2] is moved  # the same card, moved: nothing rebuilt
    moved.text.moveCursor(QTextCursor.MoveOperation.End)
    type_text(moved.text, "!")
    assert window.editor.release.body[2].text.endswith("!")
    body.cards[0].findChild(QToolButton, "card-remove").click()
    assert body.cards[1] is moved and moved.index == 1 and moved.title.text() == "2."
    type_text(moved.text, "?")
    assert window.editor.release.body[1].text.endswith("!?")
    for _ in range(4):
        window.actions_.undo.trigger()
    assert not window.editor.release.body[3].text.endswith("!")
    assert body.cards[3].text.value() == window.editor.release.body[3].text
    assert [c.index for c in body.cards] == list(range(len(body.cards)))
    assert not body.cards[0].buttons["up"].isEnabled() and not body.cards[-1].buttons["down"].isEnabled()
