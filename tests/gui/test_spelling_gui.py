"""Spell check in the window: underlines, the right-click menu, the Check panel, export."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication, QMenu

from pressdesk.gui.form.fields import LineField, TextField
from pressdesk.gui.spelling import spell_context
from pressdesk.gui.spelling.menu import spelling_actions
from pressdesk.spelling.personal import load_words

SPELL = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


def underlined(field: TextField) -> list[str]:
    block = field.document().firstBlock()
    text = block.text()
    return [text[r.start:r.start + r.length] for r in block.layout().formats()
            if r.format.underlineStyle() == SPELL]


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    spell_context().load_pending()  # what the event loop does right after the first check
    qtbot.wait(20)


def test_a_field_holding_a_misspelt_arabic_word_shows_it_underlined(window, qtbot) -> None:
    field = window.form.headline_section.headline
    field.setPlainText("تقرير المنظمه عن اللاجئيين")
    settle(qtbot)
    assert underlined(field) == ["المنظمه", "اللاجئيين"]
    field.setPlainText("تقرير المنظمة عن اللاجئين")
    settle(qtbot)
    assert underlined(field) == []


def test_harakat_links_and_acronyms_are_not_underlined(window, qtbot) -> None:
    field = window.form.headline_section.headline
    field.setPlainText("المُنَظَّمَة الدوليـــة IMRF https://www.iom.int/xqzt telyan@iom.int ٢٠٢٢")
    settle(qtbot)
    assert underlined(field) == []


def test_english_in_an_english_release_follows_en_gb(window, qtbot) -> None:
    window.editor.set(("language",), "en")
    field = window.form.headline_section.headline
    field.setPlainText("The programme centre will recieve funds")
    settle(qtbot)
    assert underlined(field) == ["recieve"]


def test_a_line_field_underlines_too(window, qtbot) -> None:
    field = window.form.headline_section.city
    assert isinstance(field, LineField)
    field.setText("المنظمه")
    settle(qtbot)
    qtbot.waitUntil(lambda: field.spelling.ranges == [(0, 7)])
    assert field.text() == "المنظمه"  # the underline changes no text
    assert not field.isUndoAvailable()


def test_moving_the_cursor_re_underlines_at_once(window, qtbot) -> None:
    """The re-check timer stays at 0 ms: connected directly, cursorPositionChanged's old
    position became its interval (-1 at first: a Qt warning; 300 ms at position 300)."""
    field = window.form.headline_section.city
    field.setText("المنظمه " * 40)
    field.setCursorPosition(250)
    field.setCursorPosition(5)
    assert field.spelling._timer.interval() == 0


def test_the_menu_offers_suggestions_add_and_ignore(window, qtbot) -> None:
    field = window.form.headline_section.headline
    field.setPlainText("تقرير المنظمه")
    settle(qtbot)
    menu = QMenu()
    replaced: list[tuple[int, int, str]] = []
    assert spelling_actions(menu, field.toPlainText(), 8, lambda s, e, t: replaced.append((s, e, t)))
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "المنظمة"
    assert "Add to dictionary" in texts and "Ignore" in texts
    menu.actions()[0].trigger()
    assert replaced == [(6, 13, "المنظمة")]
    add = next(a for a in menu.actions() if a.objectName() == "spellAdd")
    add.trigger()
    settle(qtbot)
    assert underlined(field) == []
    assert "المنظمه" in load_words()


def test_choosing_a_suggestion_in_the_field_is_one_undo_step(window, qtbot) -> None:
    field = window.form.headline_section.headline
    field.setFocus()
    field.setPlainText("تقرير المنظمه")
    window.editor.break_merge()
    settle(qtbot)
    cursor = field.textCursor()
    cursor.setPosition(9)  # inside the misspelt word
    rect = field.cursorRect(cursor)
    seen: list[str] = []

    def choose() -> None:
        menu = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible())
        seen.extend(a.text() for a in menu.actions())
        menu.actions()[0].trigger()
        menu.close()

    QTimer.singleShot(200, choose)
    field.contextMenuEvent(_context_event(field, rect.center()))
    assert seen[0] == "المنظمة", seen
    assert window.editor.release.headline == "تقرير المنظمة"
    window.editor.undo_stack.undo()
    assert window.editor.release.headline == "تقرير المنظمه"


def _context_event(field: TextField, pos: QPoint):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QContextMenuEvent

    return QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, field.viewport().mapToGlobal(pos))


def test_the_check_panel_lists_findings_and_goes_to_the_field(window, qtbot) -> None:
    panel = window.check_panel
    window.editor.set(("body", 0, "text"), "قالت المنظمه اليوم")
    window.editor.set(("headline",), "")
    panel.run()
    kinds = {(f.kind, f.path) for f in panel.findings}
    assert ("headline", "headline") in kinds and ("spelling", "body[0].text") in kinds
    assert panel.list.count() == len(panel.findings)
    row = next(i for i, f in enumerate(panel.findings) if f.kind == "spelling" and f.path == "body[0].text")
    panel.list.itemClicked.emit(panel.list.item(row))
    focused = QApplication.focusWidget()
    assert isinstance(focused, TextField) and focused.textCursor().selectedText() == "المنظمه"


def test_the_export_dialog_shows_errors_and_offers_export_anyway(window, qtbot) -> None:
    from pressdesk.gui.dialogs.export_dialog import ExportDialog

    release = window.editor.release
    release.headline = ""
    dialog = ExportDialog(release)
    qtbot.addWidget(dialog)
    assert dialog.preflight.has_errors()
    assert "The headline is empty." in dialog.preflight.label.text()
    assert dialog.export_button.text() == "Export &Anyway"
    assert dialog.export_button.isEnabled()


def test_re_checking_the_underlines_is_no_edit(window, qtbot) -> None:
    field = window.form.headline_section.headline
    field.setPlainText("تقرير المنظمه")
    settle(qtbot)
    edits: list[str] = []
    field.value_edited.connect(edits.append)
    steps = window.editor.undo_stack.count()
    spell_context().changed.emit()  # every field re-highlights (a dictionary loaded, say)
    qtbot.wait(20)
    assert edits == [] and window.editor.undo_stack.count() == steps


def test_a_persian_release_without_a_dictionary_is_told_not_flagged(window, qtbot) -> None:
    window.editor.set(("language",), "fa")
    field = window.form.headline_section.headline
    field.setPlainText("سازمان بین‌المللی مهاجرت غلطط")
    settle(qtbot)
    assert underlined(field) == []
    # the status-bar note comes once per process (the first time "fa" is looked up), so this
    # test checks the lasting signal: the Check panel's info finding
    window.check_panel.run()
    assert any(f.severity == "info" and f.args.get("name") == "fa" for f in window.check_panel.findings)
