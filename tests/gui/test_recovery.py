"""Autosave and crash recovery: a copy while there are unsaved changes, restored on next start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from pressdesk import paths
from pressdesk.gui.recovery import find_recoveries, recovery_file, write_recovery
from pressdesk.model import Release, load_release

from .typing import type_text

pytestmark = pytest.mark.gui
B = QMessageBox.StandardButton


def test_autosave_writes_a_copy_only_when_there_are_changes(window) -> None:
    saver = window.autosaver
    assert saver.save_now() is False  # nothing changed
    type_text(window.form.headline_section.city, " الجديدة")
    assert saver.save_now() is True
    assert saver.save_now() is False  # nothing new since
    copy = load_release(saver.file)
    assert copy.dateline.city == "القاهرة الجديدة"
    (found,) = find_recoveries()
    assert found.original == window.editor.file


def test_saving_removes_the_recovery_copy(window) -> None:
    type_text(window.form.headline_section.city, "x")
    window.autosaver.save_now()
    assert window.autosaver.file.exists()
    window.actions_.save.trigger()
    assert not window.autosaver.file.exists()
    assert find_recoveries() == []


def test_autosave_timer_fires(window, qtbot) -> None:
    window.autosaver.timer.setInterval(50)
    type_text(window.form.headline_section.city, "y")
    qtbot.waitUntil(window.autosaver.file.exists, timeout=3000)


def test_restore_after_a_simulated_crash(qtbot, dialogs, sample_file: Path) -> None:
    from pressdesk.gui.main_window import MainWindow

    crashed = load_release(sample_file)
    crashed.headline = "نص لم يحفظ قبل الانهيار"
    write_recovery(crashed, sample_file, pid=999_999_999)  # a process that no longer runs

    window = MainWindow()
    qtbot.addWidget(window)
    dialogs.question = B.Yes
    assert window.check_recovery() is True
    assert "Restore" in dialogs.titles("question")[0]
    assert window.editor.release.headline == "نص لم يحفظ قبل الانهيار"
    assert window.editor.file == sample_file
    assert window.isWindowModified()  # restored work is unsaved until the user saves it
    assert not recovery_file(999_999_999).exists()
    window.actions_.save.trigger()
    assert load_release(sample_file).headline == "نص لم يحفظ قبل الانهيار"
    assert find_recoveries() == []


def test_discarding_the_recovery_copy(qtbot, dialogs) -> None:
    from pressdesk.gui.main_window import MainWindow

    write_recovery(Release(headline="x"), None, pid=999_999_998)
    window = MainWindow()
    qtbot.addWidget(window)
    dialogs.question = B.Discard
    assert window.check_recovery() is False
    assert find_recoveries() == []
    assert window.editor.release.headline != "x"


def test_ask_later_keeps_the_copy(qtbot, dialogs) -> None:
    from pressdesk.gui.main_window import MainWindow

    write_recovery(Release(headline="x"), None, pid=999_999_997)
    window = MainWindow()
    qtbot.addWidget(window)
    dialogs.question = B.Cancel
    assert window.check_recovery() is False
    assert len(find_recoveries()) == 1


def test_copies_of_running_windows_are_left_alone() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        write_recovery(Release(headline="x"), None, pid=child.pid)
        assert find_recoveries() == []
    finally:
        child.kill()
        child.wait()
    assert len(find_recoveries()) == 1


def test_a_crash_in_a_slot_shows_a_dialog_and_writes_the_copy(window, dialogs) -> None:
    from pressdesk.gui import crash

    previous = sys.excepthook
    crash.install(window.save_recovery_now, lambda: window)
    try:
        type_text(window.form.headline_section.city, "z")
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    (kind, text), = dialogs.asked
    assert kind == "box" and "Unexpected error" in text and "recovery copy" in text
    assert recovery_file().exists()
    assert load_release(recovery_file()).dateline.city.endswith("z")


def test_recovery_folder_is_under_the_test_data_dir() -> None:
    assert str(paths.recovery_dir()).startswith(os.environ["PRESSDESK_DATA_DIR"])
