"""Photo and list cards, and formatting in text fields (shown formatted, saved as markup)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from pressdesk.gui.form.rich_field import RichTextField
from pressdesk.model import load_release

DATA = Path(__file__).parent.parent / "data"


def _rich_window(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    from pressdesk.gui.app_fonts import register_fonts
    from pressdesk.gui.main_window import MainWindow

    register_fonts()
    folder = tmp_path / "release"
    folder.mkdir()
    for name in ("rich-ar.pressrelease", "rich-photo.jpg"):
        shutil.copy(DATA / name, folder / name)
    path = folder / "rich-ar.pressrelease"
    win = MainWindow(load_release(path), path.resolve())
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


def _close(win) -> None:  # type: ignore[no-untyped-def]
    win.editor.reset(win.editor.release, win.editor.file)
    win.preview.shutdown()
    win.pages.shutdown()


def test_markup_is_shown_as_formatting_and_saved_back(qtbot) -> None:
    field = RichTextField()
    qtbot.addWidget(field)
    field.set_value("a **bold** *it* [link](https://e.org) \\* b")
    assert field.toPlainText() == "a bold it link * b"
    cursor = field.textCursor()
    cursor.setPosition(3)
    assert cursor.charFormat().fontWeight() >= QFont.Weight.Bold
    assert field.value() == "a **bold** *it* [link](https://e.org) \\* b"


def test_ctrl_b_ctrl_i_and_ctrl_k(qtbot) -> None:
    field = RichTextField()
    qtbot.addWidget(field)
    edits: list[str] = []
    field.value_edited.connect(edits.append)
    field.set_value("عمل جديد")
    cursor = field.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(3, cursor.MoveMode.KeepAnchor)
    field.setTextCursor(cursor)
    qtbot.keyClick(field, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert edits[-1] == "**عمل** جديد"
    qtbot.keyClick(field, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert edits[-1] == "***عمل*** جديد"
    cursor.setPosition(4)
    cursor.setPosition(8, cursor.MoveMode.KeepAnchor)
    field.setTextCursor(cursor)
    assert field.insert_link("https://example.org")
    assert edits[-1] == "***عمل*** [جديد](https://example.org)"
    assert not field.insert_link("javascript:alert(1)", text="x")
    assert "javascript" not in field.value()


def test_photo_and_list_cards(qtbot, tmp_path) -> None:
    win = _rich_window(qtbot, tmp_path)
    try:
        cards = win.form.body.cards
        image_card, list_card = cards[1], cards[2]
        box = image_card.image_box
        assert box is not None and box.isVisible() and not image_card.text.isVisible()
        assert "480 × 320" in box.status.text()
        assert box.caption.text() == win.editor.release.body[1].caption
        assert list_card.list_box is not None
        assert list_card.list_box.items.toPlainText().split("\n")[1] == "خدمة 12,000 شخص"
        # a new photo from elsewhere is copied next to the release
        other = tmp_path / "elsewhere"
        other.mkdir()
        shutil.copy(DATA / "rich-photo.jpg", other / "new.jpg")
        assert box.choose_photo(str(other / "new.jpg"))
        assert win.editor.release.body[1].src == "new.jpg"
        assert (tmp_path / "release" / "new.jpg").exists()
        assert box.embed_photo()
        assert win.editor.release.body[1].src.startswith("data:image/jpeg;base64,")
        win.editor.undo_stack.undo()
        assert win.editor.release.body[1].src == "new.jpg"
        # a bad photo is refused with a message, nothing changes
        (tmp_path / "bad.jpg").write_bytes(b"junk")
        assert not box.choose_photo(str(tmp_path / "bad.jpg"))
        assert win.editor.release.body[1].src == "new.jpg"
        # list items: one per line, numbering toggled
        list_card.list_box.ordered.setChecked(True)
        assert win.editor.release.body[2].ordered is True
        win.grab().save(str(tmp_path / "rich-window.png"))
    finally:
        _close(win)


def test_live_preview_shows_photo_and_list_markers(qtbot, tmp_path) -> None:
    from PySide6.QtGui import QTextImageFormat

    from pressdesk.gui.app_fonts import register_fonts
    from pressdesk.gui.preview.qt_document import build_document
    from pressdesk.pipeline import prepare

    register_fonts()  # before any font metrics are measured (and cached)
    doc = prepare(load_release(DATA / "rich-ar.pressrelease")).document
    qdoc = build_document(doc, 0)
    text = qdoc.toPlainText()
    assert "• حفر أربع آبار واختبارها" in text.replace("\u2002", " ")
    images = []
    block = qdoc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                images.append(QTextImageFormat(fmt).name())
            it += 1
        block = block.next()
    assert any(name.startswith("pd-photo:") for name in images)


def test_opening_a_release_over_a_blank_one_keeps_every_word(qtbot, tmp_path) -> None:
    """The blank release's paragraph card is retired when a file is opened; when the
    dictionaries load and every field re-checks its spelling, neither that card nor an
    empty field of the new cards may report an edit (it wiped the first paragraph)."""
    from pressdesk.gui.main_window import MainWindow
    from pressdesk.gui.spelling import spell_context

    folder = tmp_path / "release"
    folder.mkdir()
    for name in ("rich-ar.pressrelease", "rich-photo.jpg"):
        shutil.copy(DATA / name, folder / name)
    path = folder / "rich-ar.pressrelease"
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.files.open_path(path, ask=False)
    expected = load_release(path)
    spell_context().changed.emit()  # what loading a dictionary does
    qtbot.wait(50)
    assert win.editor.release.body == expected.body
    assert not win.editor.is_modified()
    _close(win)


def _fragments(field: RichTextField) -> list:  # type: ignore[type-arg]
    formats = []
    block = field.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            formats.append(it.fragment().charFormat())
            it += 1
        block = block.next()
    return formats


def _glyphs(field: RichTextField) -> list[tuple[str, list[int]]]:
    out = []
    block = field.document().begin()
    while block.isValid():
        layout = block.layout()
        for i in range(layout.lineCount()):
            for run in layout.lineAt(i).glyphRuns():
                out.append((run.rawFont().familyName(), list(run.glyphIndexes())))
        block = block.next()
    return out


def test_italic_arabic_and_hebrew_in_a_field_are_drawn_not_boxes(qtbot, tmp_path) -> None:
    """Qt took DejaVu Sans Oblique (no Arabic) for italic Arabic in the form: empty boxes."""
    win = _rich_window(qtbot, tmp_path)
    field = next(f for f in win.findChildren(RichTextField) if "مبكرة" in f.toPlainText())
    qtbot.wait(50)
    runs = _glyphs(field)
    assert runs and all(0 not in glyphs for _, glyphs in runs), runs
    # whatever the system's fonts: italic text names shipped faces with an Arabic italic
    italic = [s for s in _fragments(field) if s.fontItalic()]
    assert italic and all("Amiri" in (f.fontFamilies() or []) for f in italic)
    typed = RichTextField()
    qtbot.addWidget(typed)
    typed.show()
    typed.toggle_italic()
    typed.insertPlainText("כתוב נטוי ונص مائل")
    typed.toggle_italic()
    typed.insertPlainText(" upright")
    qtbot.wait(20)
    assert typed.value() == "*כתוב נטוי ונص مائل* upright"
    assert all(0 not in glyphs for _, glyphs in _glyphs(typed)), _glyphs(typed)
    upright = [f for f in _fragments(typed) if not f.fontItalic()]
    assert upright and all("Amiri" not in (f.fontFamilies() or []) for f in upright)
    _close(win)


def test_ctrl_i_in_a_text_field_is_italic_not_import(qtbot, tmp_path, dialogs) -> None:
    """Ctrl+I is also File > Import; in a text field the field takes it, as Word does."""
    from PySide6.QtTest import QTest

    win = _rich_window(qtbot, tmp_path)
    field = next(f for f in win.findChildren(RichTextField) if "مبكرة" in f.toPlainText())
    win.activateWindow()
    qtbot.waitActive(win)  # window shortcuts fire only in the active window
    qtbot.wait(50)  # the window's own first focus (the headline) comes from a timer
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.moveCursor(field.textCursor().MoveOperation.End)
    # to the window, not the widget: so the key goes through Qt's shortcut map first, as a
    # real key press does (sent to the widget, it never meets File > Import's shortcut)
    window = win.windowHandle()
    QTest.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    field.insertPlainText(" مائل")
    QTest.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    field.insertPlainText(" عادي")
    assert win.editor.release.body[0].text.endswith(" *مائل* عادي")
    assert not dialogs.titles("open")
    _close(win)
