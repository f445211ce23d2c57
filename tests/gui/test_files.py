"""Files: save, reopen, save as, recent files, broken files, the unsaved-changes prompt, drops."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from pressdesk.model import dumps_release, load_release
from pressdesk.settings import load_settings

from .conftest import ENGLISH_SAMPLE
from .typing import type_text

pytestmark = pytest.mark.gui
B = QMessageBox.StandardButton


def edit(window) -> None:  # type: ignore[no-untyped-def]
    type_text(window.form.headline_section.subheadline, "عنوان فرعي")


def test_title_shows_the_file_and_the_modified_mark(window, sample_file: Path) -> None:
    assert sample_file.name in window.windowTitle() and "[*]" in window.windowTitle()
    assert not window.isWindowModified()
    edit(window)
    assert window.isWindowModified()
    window.actions_.undo.trigger()
    assert not window.isWindowModified()


def test_save_then_reopen_gives_the_same_release(window, sample_file: Path) -> None:
    edit(window)
    window.actions_.save.trigger()
    assert not window.isWindowModified()
    assert Path(str(sample_file) + "~").exists()  # the previous version is kept
    saved = load_release(sample_file)
    assert saved.subheadline == "عنوان فرعي"
    assert dumps_release(saved) == dumps_release(window.editor.release)
    assert str(sample_file.resolve()) in load_settings().recent_files
    window.files.open_path(ENGLISH_SAMPLE)
    assert window.editor.release.language == "en"
    window.files.open_path(sample_file)
    assert dumps_release(window.editor.release) == dumps_release(saved)


def test_save_as_adds_the_extension_and_follows_the_new_file(window, dialogs, tmp_path: Path) -> None:
    dialogs.save_path = str(tmp_path / "copy")
    edit(window)
    window.actions_.save_as.trigger()
    target = tmp_path / "copy.pressrelease"
    assert target.exists()
    assert window.editor.file == target.resolve()
    assert "copy.pressrelease" in window.windowTitle()


def test_save_as_cancelled_changes_nothing(window, dialogs) -> None:
    dialogs.save_path = ""
    edit(window)
    assert window.files.save_as() is False
    assert window.isWindowModified()


def test_save_failure_is_told_in_words_and_keeps_the_text(window, dialogs, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    os.chmod(folder, 0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: permissions are not enforced")
        edit(window)
        assert window.files.write(folder / "x.pressrelease") is False
    finally:
        os.chmod(folder, 0o700)
    (kind, text), = dialogs.asked
    assert kind == "warning" and "could not be saved" in text and "Traceback" not in text
    assert window.isWindowModified()
    assert window.editor.release.subheadline == "عنوان فرعي"


def test_save_failure_without_permissions_simulated(window, dialogs, monkeypatch, tmp_path) -> None:
    import pressdesk.gui.files as files

    def refuse(release, path, **_):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files, "save_release", refuse)
    edit(window)
    assert window.files.write(tmp_path / "x.pressrelease") is False
    assert "Permission denied" in dialogs.titles("warning")[0]
    assert window.isWindowModified()


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"format": "pressdesk.release", "body": 5}',
                                     "\xff\xfe".encode("latin-1")])
def test_broken_files_are_explained_and_the_release_kept(window, dialogs, tmp_path, content) -> None:
    broken = tmp_path / "broken.pressrelease"
    broken.write_bytes(content)
    headline = window.editor.release.headline
    assert window.files.open_path(broken) is False
    (kind, text), = dialogs.asked
    assert kind == "warning" and "broken.pressrelease" in text and "Traceback" not in text
    assert window.editor.release.headline == headline


def test_missing_file_and_folder(window, dialogs, tmp_path) -> None:
    assert window.files.open_path(tmp_path / "nope.pressrelease") is False
    assert window.files.open_path(tmp_path) is False
    assert "no such file" in dialogs.asked[0][1] and "folder" in dialogs.asked[1][1]


def test_unsaved_changes_prompt_cancel_discard_save(window, dialogs, sample_file) -> None:
    edit(window)
    dialogs.question = B.Cancel
    assert window.close() is False
    assert window.isVisible()
    assert dialogs.titles("question")[0].startswith("Unsaved changes")
    dialogs.question = B.Save
    assert window.close() is True
    assert load_release(sample_file).subheadline == "عنوان فرعي"


def test_unsaved_changes_discard_closes_without_saving(window, dialogs, sample_file) -> None:
    edit(window)
    dialogs.question = B.Discard
    assert window.close() is True
    assert load_release(sample_file).subheadline == ""


def test_opening_another_file_asks_first(window, dialogs) -> None:
    edit(window)
    dialogs.question = B.Cancel
    assert window.files.open_path(ENGLISH_SAMPLE) is False
    assert window.editor.release.language == "ar"
    dialogs.question = B.Discard
    assert window.files.open_path(ENGLISH_SAMPLE) is True
    assert window.editor.release.language == "en"
    assert not window.isWindowModified()


def test_open_dialog_and_recent_menu(window, dialogs, sample_file) -> None:
    dialogs.open_path = str(ENGLISH_SAMPLE)
    window.actions_.open.trigger()
    assert window.editor.file == ENGLISH_SAMPLE.resolve()
    menu = window.actions_.recent
    window.files.fill_recent_menu(menu)
    labels = [a.text() for a in menu.actions()]
    assert any(ENGLISH_SAMPLE.name in label for label in labels)
    first = menu.actions()[0]
    first.trigger()
    assert window.editor.file == ENGLISH_SAMPLE.resolve()


def test_new_release_from_a_template(window, monkeypatch) -> None:
    from pressdesk.gui.new_release_dialog import NewReleaseDialog

    monkeypatch.setattr(NewReleaseDialog, "exec", lambda self: 1)
    monkeypatch.setattr(NewReleaseDialog, "choice", lambda self: ("modern", "fr"))
    window.actions_.new.trigger()
    assert window.editor.release.template == "modern"
    assert window.editor.release.language == "fr"
    assert window.editor.file is None and "Untitled" in window.windowTitle()
    assert window.form.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_dropping_a_file_on_the_window_opens_it(window, qtbot) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(ENGLISH_SAMPLE))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.editor.file == ENGLISH_SAMPLE.resolve(), timeout=3000)
    assert window.editor.release.language == "en"


def test_text_fields_leave_file_drops_to_the_window(window) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(ENGLISH_SAMPLE))])
    assert not window.form.headline_section.headline.canInsertFromMimeData(mime)
    mime.setText("plain words")
    mime.setUrls([])
    assert window.form.headline_section.headline.canInsertFromMimeData(mime)
