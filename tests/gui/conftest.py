"""GUI test set-up: one offscreen QApplication (pytest-qt), and no modal dialog ever blocks.

Every QMessageBox and QFileDialog static is replaced by a recorder; a test says what the
"user" answers through the ``dialogs`` fixture.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtWidgets import QFileDialog, QMessageBox

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
ARABIC_SAMPLE = EXAMPLES / "iom-imrf-briefing-ar.pressrelease"
ENGLISH_SAMPLE = EXAMPLES / "water-resilience-en.pressrelease"

pytestmark = pytest.mark.gui


@dataclass
class Dialogs:
    """What the user answers, and what was asked."""

    question: Any = QMessageBox.StandardButton.Discard
    save_path: str = ""
    open_path: str = ""
    folder: str = ""
    asked: list[tuple[str, str]] = field(default_factory=list)

    def titles(self, kind: str | None = None) -> list[str]:
        return [t for k, t in self.asked if kind is None or k == kind]


@pytest.fixture(scope="session", autouse=True)
def _pyside_emit_refcount_workaround(qapp):  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 + Python 3.11 lose a reference to True on every emit (see gui/compat.py)."""
    from pressdesk.gui.compat import protect_bool_singletons

    protect_bool_singletons()


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    d = Dialogs()

    def record(kind: str, result: Any):  # type: ignore[no-untyped-def]
        def fake(parent: Any, title: str = "", text: str = "", *args: Any, **kwargs: Any) -> Any:
            d.asked.append((kind, f"{title}: {text}"))
            return result() if callable(result) else result
        return staticmethod(fake)

    monkeypatch.setattr(QMessageBox, "question", record("question", lambda: d.question))
    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", record("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information", record("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "about", record("about", None))

    def box_exec(self: QMessageBox) -> int:
        d.asked.append(("box", f"{self.windowTitle()}: {self.text()}"))
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", record("save", lambda: (d.save_path, "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", record("open", lambda: (d.open_path, "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", record("folder", lambda: d.folder))
    return d


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    """A copy of the Arabic sample that tests may overwrite."""
    target = tmp_path / "briefing.pressrelease"
    shutil.copy(ARABIC_SAMPLE, target)
    return target


@pytest.fixture
def window(qtbot, sample_file: Path):  # type: ignore[no-untyped-def]
    """The main window with the Arabic sample open, shown offscreen."""
    from pressdesk.gui.app_fonts import register_fonts
    from pressdesk.gui.main_window import MainWindow
    from pressdesk.model import load_release

    register_fonts()
    win = MainWindow(load_release(sample_file), sample_file.resolve())
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.editor.reset(win.editor.release, win.editor.file)  # nothing unsaved: closing asks nothing
    win.preview.shutdown()
    win.pages.shutdown()
