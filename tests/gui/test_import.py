"""File → Import…, dropped drafts, the report dialog, one undo step; pasting paragraphs as blocks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from pressdesk.gui import import_action
from pressdesk.importers import ImportReport
from tests.importers.releases import EN, write_docx

pytestmark = pytest.mark.gui
SAMPLE = Path(__file__).resolve().parents[1] / "importers" / "data" / "iom-mena-imrf-briefing-ar.txt"


@pytest.fixture
def reports(monkeypatch: pytest.MonkeyPatch) -> list[ImportReport]:
    shown: list[ImportReport] = []
    monkeypatch.setattr(import_action, "show_report", lambda _w, report, _name: shown.append(report))
    return shown


def test_import_menu_opens_the_draft_unsaved_and_undo_brings_back_the_release(
        window, dialogs, reports, sample_file: Path) -> None:
    before = window.editor.release
    dialogs.open_path = str(SAMPLE)
    window.actions_.import_.trigger()
    r = window.editor.release
    assert r is not before and r.dateline.city == "القاهرة"
    assert next(b.speaker for b in r.body if b.is_quote) == "د. كريم النوري"
    assert window.editor.file is None and window.isWindowModified()
    assert "Untitled" in window.windowTitle()
    assert len(reports) == 1 and reports[0].recognised
    assert window.form.headline_section.headline.value() == r.headline  # the form shows it
    window.editor.undo_stack.undo()
    assert window.editor.release is before and window.editor.file == sample_file.resolve()
    assert not window.isWindowModified()
    window.editor.undo_stack.redo()
    assert window.editor.release is r


def test_dropping_a_word_file_imports_it(window, qtbot, reports, tmp_path: Path) -> None:
    path = write_docx(EN, tmp_path / "draft.docx")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.editor.release.headline == EN.headline, timeout=5000)
    assert window.editor.release.contacts[0].name == "Omar Haddad"


def test_bad_draft_is_told_and_changes_nothing(window, dialogs, reports, tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"nonsense")
    before = window.editor.release
    assert not import_action.import_file(window, bad)
    assert window.editor.release is before and not reports
    assert any("could not be imported" in t for t in dialogs.titles("warning"))


def test_report_dialog_lists_the_report(qtbot) -> None:
    from pressdesk.gui.dialogs.import_report import ImportReportDialog

    report = ImportReport(recognised=["headline “x”"], unsure=["no dateline found"], dropped=["menu"])
    dialog = ImportReportDialog(report, "draft.txt")
    qtbot.addWidget(dialog)
    texts = [dialog.items.item(i).text() for i in range(dialog.items.count())]
    assert any("no dateline found" in t for t in texts) and len(texts) == 6


def test_pasting_paragraphs_into_a_block_splits_them_in_one_undo_step(window, monkeypatch) -> None:
    monkeypatch.setattr(import_action, "ask_split", lambda _parent, _n: True)
    body_before = list(window.editor.release.body)
    card = window.form.body.cards[0]
    mime = QMimeData()
    mime.setText("First pasted paragraph.\n\nوقال علي حسن، المدير: «نص الاقتباس.»\n\nLast one.")
    card.text.insertFromMimeData(mime)
    body = window.editor.release.body
    assert len(body) == len(body_before) + 3
    assert [b.type for b in body[1:4]] == ["paragraph", "quote", "paragraph"]
    assert (body[2].speaker, body[2].role, body[2].lead_in) == ("علي حسن", "المدير", "وقال")
    window.editor.undo_stack.undo()
    assert window.editor.release.body == body_before


def test_declining_the_split_pastes_the_text_as_it_is(window, monkeypatch) -> None:
    monkeypatch.setattr(import_action, "ask_split", lambda _parent, _n: False)
    n = len(window.editor.release.body)
    card = window.form.body.cards[0]
    mime = QMimeData()
    mime.setText("One.\n\nTwo.")
    card.text.insertFromMimeData(mime)
    assert len(window.editor.release.body) == n
    assert "Two." in window.editor.release.body[0].text


def test_every_report_sentence_of_the_importers_can_be_translated() -> None:
    import re

    from pressdesk.gui.dialogs.import_report_texts import _sentences, translate
    from pressdesk.importers.report import Note

    source = Path(__file__).resolve().parents[2] / "src" / "pressdesk" / "importers"
    used: set[str] = set()
    for path in source.glob("*.py"):
        text = path.read_text("utf-8")
        for m in re.finditer(r'Note\(\s*"([^"]*)"(?:\s*"([^"]*)")?', text):
            used.add(m.group(1) + (m.group(2) or ""))
        used |= set(re.findall(r'"(\w+ heading “\{text\}”)"', text))
    assert used and used <= set(_sentences())
    assert translate(Note("{n} quote(s) with their speakers", n=3)) == "3 quote(s) with their speakers"
