"""The editing model: every change is one undo step, typing in one field merges."""

from __future__ import annotations

import pytest

from pressdesk.gui.editor import ReleaseEditor
from pressdesk.model import BodyBlock, Contact, Release

pytestmark = pytest.mark.gui


@pytest.fixture
def editor(qapp) -> ReleaseEditor:
    release = Release(headline="قبل", body=[BodyBlock(text="one"), BodyBlock(text="two"),
                                            BodyBlock(type="quote", text="three", speaker="S")])
    return ReleaseEditor(release)


def texts(editor: ReleaseEditor) -> list[str]:
    return [b.text for b in editor.release.body]


def test_set_undo_redo(editor: ReleaseEditor) -> None:
    editor.set(("headline",), "بعد")
    assert editor.release.headline == "بعد"
    assert editor.is_modified()
    editor.undo_stack.undo()
    assert editor.release.headline == "قبل"
    assert not editor.is_modified()
    editor.undo_stack.redo()
    assert editor.release.headline == "بعد"


def test_typing_in_one_field_is_one_step_until_the_field_is_left(editor: ReleaseEditor) -> None:
    for text in ("ب", "بع", "بعد"):
        editor.set(("headline",), text)
    assert editor.undo_stack.count() == 1
    editor.break_merge()
    editor.set(("headline",), "بعد ذلك")
    assert editor.undo_stack.count() == 2
    editor.set(("body", 0, "text"), "one!")  # another field: a new step
    assert editor.undo_stack.count() == 3
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert editor.release.headline == "بعد"
    editor.undo_stack.undo()
    assert editor.release.headline == "قبل"


def test_discrete_changes_never_merge(editor: ReleaseEditor) -> None:
    editor.set(("language",), "en", typing=False)
    editor.set(("language",), "fr", typing=False)
    assert editor.undo_stack.count() == 2


def test_typing_back_to_the_start_leaves_nothing_to_undo(editor: ReleaseEditor) -> None:
    editor.set(("headline",), "قبلx")
    editor.set(("headline",), "قبل")
    assert editor.undo_stack.count() == 0
    assert not editor.is_modified()


def test_signals_name_the_field(editor: ReleaseEditor, qtbot) -> None:
    with qtbot.waitSignal(editor.field_changed) as blocker:
        editor.set(("dateline", "city"), "القاهرة")
    assert blocker.args == [("dateline", "city")]
    with qtbot.waitSignal(editor.list_changed) as blocker:
        editor.insert("body", 1)
    assert blocker.args == ["body"]


def test_insert_remove_duplicate_move_and_undo_each(editor: ReleaseEditor) -> None:
    editor.insert("body", 1, kind="quote")
    assert [b.type for b in editor.release.body] == ["paragraph", "quote", "paragraph", "quote"]
    editor.undo_stack.undo()
    assert texts(editor) == ["one", "two", "three"]

    editor.duplicate("body", 2)
    assert texts(editor) == ["one", "two", "three", "three"]
    assert editor.release.body[3] is not editor.release.body[2]
    editor.set(("body", 3, "text"), "copy")
    assert texts(editor) == ["one", "two", "three", "copy"]

    editor.remove("body", 0)
    assert texts(editor) == ["two", "three", "copy"]
    editor.move("body", 2, 0)
    assert texts(editor) == ["copy", "two", "three"]
    for expected in (["two", "three", "copy"], ["one", "two", "three", "copy"],
                     ["one", "two", "three", "three"], ["one", "two", "three"]):
        editor.undo_stack.undo()
        assert texts(editor) == expected
    for _ in range(4):
        editor.undo_stack.redo()
    assert texts(editor) == ["copy", "two", "three"]


def test_lists_of_text_and_contacts(editor: ReleaseEditor) -> None:
    editor.insert("background", 0)
    editor.set(("background", 0), "خلفية")
    editor.insert("contacts", 0)
    editor.set(("contacts", 0, "email"), "a@b.org")
    assert editor.release.background == ["خلفية"]
    assert editor.release.contacts == [Contact(email="a@b.org")]
    editor.insert("notes_to_editors", 5)  # clamped to the end
    assert editor.release.notes_to_editors == [""]


def test_out_of_range_operations_do_nothing(editor: ReleaseEditor) -> None:
    editor.move("body", 0, -1)
    editor.move("body", 2, 3)
    editor.remove("body", 9)
    editor.duplicate("body", -1)
    assert editor.undo_stack.count() == 0


def test_reset_and_saved_state(editor: ReleaseEditor, tmp_path) -> None:
    editor.set(("headline",), "x")
    editor.mark_saved(tmp_path / "a.pressrelease")
    assert not editor.is_modified()
    editor.undo_stack.undo()
    assert editor.is_modified()  # the file has "x"; undoing differs from it
    editor.reset(Release(headline="new"))
    assert editor.undo_stack.count() == 0 and not editor.is_modified()
    assert editor.file is None
    editor.reset(Release(), modified=True)  # restored from a recovery copy
    assert editor.is_modified()


def test_template_change_is_one_step(editor: ReleaseEditor) -> None:
    editor.set_many([(("template",), "modern"), (("template_version",), "9")], "Change template")
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert (editor.release.template, editor.release.template_version) == ("classic", "")
