"""The export dialog remembers the chosen formats after an export run off the GUI thread."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pressdesk.gui.dialogs.export_dialog import ExportDialog
from pressdesk.model import load_release
from pressdesk.render.registry import names as format_names
from pressdesk.render.registry import problem as renderer_problem
from pressdesk.settings import load_settings

from .conftest import ARABIC_SAMPLE

pytestmark = pytest.mark.gui


def test_the_export_button_remembers_the_formats(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    available = [fmt for fmt in format_names() if not renderer_problem(fmt)]
    assert "html" in available
    dialog = ExportDialog(load_release(ARABIC_SAMPLE), ARABIC_SAMPLE)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path))
    chosen = [fmt for fmt in available if fmt != "pdf"] or ["html"]
    for fmt, box in dialog.format_boxes.items():
        box.setChecked(fmt in chosen)
    dialog.show()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog._thread is None and bool(dialog.written), timeout=30_000)
    assert load_settings().export_formats == chosen  # was [] (the group is disabled while running)
    again = ExportDialog(load_release(ARABIC_SAMPLE), ARABIC_SAMPLE)
    qtbot.addWidget(again)
    assert [f for f, box in again.format_boxes.items() if box.isChecked()] == chosen
