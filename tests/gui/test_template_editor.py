"""The template editor, driven as a new user would: name, logo, texts, contact; save; use it.

Set PRESSDESK_SCREENSHOTS=folder to keep a picture of each step.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from conformance.readers import read_docx, read_html, read_pdf, words
from gui.typing import type_text
from pressdesk import paths
from pressdesk.templating import find_template

AR_NAME = "المكتب الإقليمي للإعلام"
AR_ORG = "مكتب الشرق الأوسط للهجرة"
EN_ORG = "Middle East Migration Office"
AR_ABOUT = "نحن مكتب إقليمي يعمل مع المهاجرين في ١٢ بلداً منذ عام ٢٠٠٥."
EN_ABOUT = "We are a regional office working with migrants in 12 countries since 2005."
CONTACT = {"name": "ليلى حداد", "role": "مسؤولة الإعلام", "email": "press@mideast.example.org",
           "phone": "+20 2 1234 5678"}


def has(text: str, expected: str) -> bool:
    """``expected`` appears in ``text`` as words, in order (NFKC, no bidi controls)."""
    return " ".join(words(expected)) in " ".join(words(text))


def shot(widget, name: str, qtbot=None) -> None:
    folder = os.environ.get("PRESSDESK_SCREENSHOTS")
    if folder:
        if qtbot is not None:
            qtbot.wait(600)  # the PDF view paints its pages asynchronously
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def png_file(path: Path, width: int = 600, height: int = 200) -> Path:
    img = Image.new("RGB", (width, height), "#ffffff")
    for x in range(width // 3):
        for y in range(height):
            img.putpixel((x, y), (0, 105, 92))
    img.save(path)
    return path


@pytest.fixture(params=["en"])
def ui(request, qapp):
    """The UI language of the test (the whole flow also runs in Arabic, right to left)."""
    from pressdesk.gui.i18n import install_translations

    install_translations(qapp, request.param)
    yield request.param
    install_translations(qapp, "en")


@pytest.fixture
def editor(window, qtbot):
    dialog = window.edit_template(new=True, exec_=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.draft.saved_data = dialog.draft.data  # nothing unsaved: closing asks nothing
    dialog.close()


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def choose_language(dialog, tag: str) -> None:
    combo = dialog.language_combo
    combo.setCurrentIndex(combo.findData(tag))
    combo.activated.emit(combo.currentIndex())


def fill_in(dialog, qtbot, tmp_path: Path) -> None:
    pages = dialog.pages
    type_into(qtbot, pages.name_edit, AR_NAME)
    assert dialog.draft.id and dialog.draft.id.isascii()  # made from the Arabic name
    choose_language(dialog, "ar")
    type_into(qtbot, pages.org_edit, AR_ORG)
    pages.boilerplate_edit.setPlainText(AR_ABOUT)
    choose_language(dialog, "en")
    type_into(qtbot, pages.org_edit, EN_ORG)
    pages.boilerplate_edit.setPlainText(EN_ABOUT)
    assert dialog.load_logo_file(png_file(tmp_path / "logo.png"))
    dialog.write("identity.contacts", [CONTACT])
    pages.languages.boxes["fr"].setChecked(False)
    pages.languages.boxes["fa"].setChecked(False)
    pages.languages.boxes["he"].setChecked(False)
    choose_language(dialog, "ar")


@pytest.mark.parametrize("ui", ["en", "ar"], indirect=True)
def test_new_user_makes_a_template_sees_it_saves_and_exports_with_it(window, ui, editor, qtbot,
                                                                    tmp_path):
    if ui == "ar":
        assert editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
    shot(editor, f"1-editor-new-{ui}", qtbot)
    fill_in(editor, qtbot, tmp_path)
    assert editor.draft.languages == ["ar", "en"]
    assert "✓" in editor.completeness_label.text()
    editor.render_preview_now()
    pdf = read_pdf(editor.preview.pdf_bytes).text
    for text in (AR_ORG, "ليلى حداد", "press@mideast.example.org"):
        assert has(pdf, text), text
    shot(editor, f"2-editor-filled-ar-{ui}", qtbot)
    choose_language(editor, "en")
    editor.render_preview_now()
    assert has(read_pdf(editor.preview.pdf_bytes).text, EN_ORG)
    shot(editor, f"3-editor-preview-en-{ui}", qtbot)
    choose_language(editor, "ar")

    assert editor.save(), editor.message.text()
    tid = editor.draft.id
    saved = find_template(tid)
    assert saved.origin == "user" and saved.folder.parent == paths.user_templates_dir()
    assert saved.text_for("identity", "name", "ar") == AR_ORG
    assert not editor.windowTitle().endswith("*")
    shot(editor, f"4-editor-saved-{ui}", qtbot)

    # the new template is offered at once, and a new Arabic release starts from it
    assert tid in [c.id for c in window.templates.choices()]
    assert window.files.start_new(tid, "ar")
    release = window.editor.release
    assert release.template == tid and release.contacts[0].email == CONTACT["email"]
    assert release.boilerplate is None  # the template's, in the release's language
    release.headline = "إطلاق حملة توعية جديدة"
    shot(window, f"5-release-from-template-{ui}", qtbot)
    written = window.export_to(tmp_path / "out", ["pdf", "docx", "html"])
    by_suffix = {p.suffix: p.read_bytes() for p in written}
    pdf = read_pdf(by_suffix[".pdf"]).text
    html = read_html(by_suffix[".html"]).text + html_header_text(by_suffix[".html"])
    docx = read_docx(by_suffix[".docx"]).text + docx_header_text(by_suffix[".docx"])
    for text in (AR_ORG, "ليلى حداد", "press@mideast.example.org", AR_ABOUT[:20]):
        assert has(pdf, text), ("pdf", text)
        assert has(html, text), ("html", text)
        assert has(docx, text), ("docx", text)
    assert not has(pdf, EN_ORG)


def html_header_text(data: bytes) -> str:
    import html5lib

    doc = html5lib.parse(data, treebuilder="etree", namespaceHTMLElements=False)
    header = doc.find("body").find("header")
    return " ".join(header.itertext()) if header is not None else ""


def docx_header_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        from xml.etree import ElementTree

        out = []
        for name in zf.namelist():
            if name.startswith("word/header"):
                root = ElementTree.fromstring(zf.read(name))
                out += [t.text or "" for t in root.iter(
                    "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t")]
        return " ".join(out)


def test_undo_and_redo_within_the_editor(editor, qtbot):
    before = editor.draft.get("identity.name.ar")
    type_into(qtbot, editor.pages.org_edit, "مكتب جديد")
    assert editor.draft.get("identity.name.ar") == "مكتب جديد"
    editor.undo_button.click()
    assert editor.draft.get("identity.name.ar") == before
    assert editor.pages.org_edit.text() == before
    editor.redo_button.click()
    assert editor.pages.org_edit.text() == "مكتب جديد"
    editor.pages.colors["accent"].write("colors.accent", "#00695c", False)
    assert editor.draft.get("colors.accent") == "#00695c"
    editor.undo_stack.undo()
    assert editor.draft.get("colors.accent") != "#00695c"


def test_low_contrast_colour_is_warned_and_presets_fix_it(editor, qtbot):
    field = editor.pages.colors["accent"]
    field.write("colors.accent", "#ffee58", False)
    assert "4.5" in editor.warnings_label.text() and "⚠" in field.ratio.text()
    shot(editor, "6-editor-low-contrast", qtbot)
    field.presets.setCurrentIndex(field.presets.findData("#00695c"))
    field.presets.activated.emit(field.presets.currentIndex())
    assert editor.draft.get("colors.accent") == "#00695c"
    assert editor.warnings_label.text() == ""


def test_bad_logos_are_refused_in_words_and_nothing_changes(editor, tmp_path):
    before = editor.draft.get("identity.logo")
    text = tmp_path / "logo.png"
    text.write_text("this is not an image")
    assert not editor.load_logo_file(text)
    assert "PNG, JPEG or SVG" in editor.message.text()
    huge = tmp_path / "huge.png"
    with open(huge, "wb") as fh:
        fh.truncate(50 * 2**20)
    assert not editor.load_logo_file(huge)
    assert "50 MB" in editor.message.text()
    assert editor.draft.get("identity.logo") == before
    assert editor.load_logo_file(png_file(tmp_path / "wide.png", 10_000, 300))
    assert "scaled down" in editor.message.text() and "1600" in editor.message.text()
    svg = tmp_path / "logo.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">'
                   '<rect width="200" height="100" fill="#1f4e79"/></svg>')
    assert editor.load_logo_file(svg)
    logo = editor.draft.workdir / editor.draft.get("identity.logo")
    assert logo.suffix == ".png" and Image.open(logo).size[0] >= 200


def test_read_only_library_keeps_the_edits_and_the_old_template(editor, monkeypatch, qtbot):
    assert editor.save()
    saved = find_template(editor.draft.id)
    before = (saved.folder / "template.toml").read_bytes()
    type_into(qtbot, editor.pages.org_edit, "تغيير لم يحفظ")

    def refuse(*_a, **_k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("pressdesk.templating.draft.staging_folder", refuse)
    assert not editor.save()
    assert "Permission denied" in editor.message.text() and "editor" in editor.message.text()
    assert editor.draft.get("identity.name.ar") == "تغيير لم يحفظ"
    assert (saved.folder / "template.toml").read_bytes() == before
    editor.render_preview_now()  # a preview update does not hide why the save failed
    assert "Permission denied" in editor.message.text() and editor.message.isVisibleTo(editor)
    assert has(read_pdf(editor.preview.pdf_bytes).text, "تغيير لم يحفظ")  # the preview shows it
    shot(editor, "7-editor-save-failed", qtbot)


def test_invalid_value_is_named_and_the_preview_keeps_the_last_good_page(editor):
    editor.write("page.margin_top_mm", 900.0)
    editor.update_preview()
    assert "page.margin_top_mm" in editor.problems_label.text()
    editor.undo_stack.undo()
    editor.update_preview()
    assert editor.problems_label.text() == ""


def test_export_from_the_editor(editor, tmp_path):
    from pressdesk.templating.package import check_pdtemplate

    assert editor.export_to(tmp_path / "mine")
    info = check_pdtemplate(tmp_path / "mine.pdtemplate")
    assert info.id == editor.draft.id


def test_edit_from_the_template_manager(window, qtbot):
    from pressdesk.gui.dialogs.template_manager import TemplateManagerDialog

    manager = TemplateManagerDialog(window)
    qtbot.addWidget(manager)
    manager.select_template("modern")
    dialog = manager.open_editor(new=False, exec_=False)
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.pages.org_edit, "مكتبنا")
    assert dialog.save()
    assert manager.current_info().id == "modern" and manager.current_info().origin == "user"
    dialog.close()


def test_save_as_template_accepts_an_arabic_name_without_a_latin_id(window, qtbot):
    from pressdesk.gui.dialogs.save_template import SaveAsTemplateDialog

    dialog = SaveAsTemplateDialog(window.editor.release, window)
    qtbot.addWidget(dialog)
    type_text(dialog.name_edit, "قالب المكتب الإقليمي")
    assert dialog.id_edit.text() and dialog.id_problem() == ""
    assert dialog.save(), dialog.error_label.text()
    assert dialog.saved_template.name == "قالب المكتب الإقليمي"


def test_thumbnails_render_off_thread_cached_and_refreshed_when_the_template_changes(qtbot):
    from pressdesk.gui.thumbnails import Thumbnails, thumbnail_path
    from pressdesk.templating import builtin_template
    from pressdesk.templating.draft import TemplateDraft

    tpl = TemplateDraft.new(builtin_template(), "Office").save()
    thumbs = Thumbnails()
    with qtbot.waitSignal(thumbs.ready, timeout=30000) as ready:
        assert thumbs.request("k", tpl.folder, tpl.origin, "ar") == ""
    first = Path(ready.args[1])
    assert first.parent.parent == paths.cache_dir() and Image.open(first).size[0] == 240
    assert thumbs.request("k", tpl.folder, tpl.origin, "ar") == str(first)  # cached
    draft = TemplateDraft.open(find_template(tpl.id))
    draft.set("colors.accent", "#8e1b3a")
    draft.save()
    assert thumbnail_path(tpl.folder, "ar") != first  # a changed template gets a new picture


def test_thumbnails_do_not_ask_the_translators(qtbot, monkeypatch):
    """QImage.save asks the translators for an error text from the worker thread; with a
    translator made in Python that needs the GIL, which the GUI thread holds while it swaps
    translators (a change of UI language) and waits for Qt's translator lock: a deadlock
    that froze a test run. A thumbnail is encoded without QImage.save."""
    from PySide6.QtGui import QImage

    from pressdesk.gui.thumbnails import render_thumbnail
    from pressdesk.templating import builtin_template
    from pressdesk.templating.draft import TemplateDraft

    def refuse(*args, **kwargs):
        raise AssertionError("QImage.save on a worker thread")

    monkeypatch.setattr(QImage, "save", refuse)
    tpl = TemplateDraft.new(builtin_template(), "Office").save()
    out = render_thumbnail(tpl.folder, tpl.origin, "ar", paths.cache_dir() / "t.png")
    picture = Image.open(out)
    assert picture.size[0] == 240
    assert len(set(picture.convert("RGBA").getdata())) > 10, "an empty picture"


def test_new_release_dialog_shows_each_template_as_a_picture(window, qtbot):
    from pressdesk.gui.new_release_dialog import NewReleaseDialog

    dialog = NewReleaseDialog(window.templates, "classic", "ar")
    qtbot.addWidget(dialog)
    assert dialog.pictures.count() == len(window.templates.choices())
    dialog.thumbnails.wait()
    qtbot.waitUntil(lambda: all(not dialog.pictures.item(i).icon().isNull()
                                for i in range(dialog.pictures.count())), timeout=10000)
    names = [dialog.pictures.item(i).text() for i in range(dialog.pictures.count())]
    assert any("built-in" in n for n in names)
    dialog.pictures.setCurrentRow(names.index(next(n for n in names if "Modern" in n)))
    assert dialog.choice()[0] == "modern"
    shot(dialog, "8-new-release-pictures", qtbot)


def test_a_template_changed_on_a_shared_folder_is_picked_up_without_restart(qtbot, tmp_path):
    import shutil

    from pressdesk.gui.template_cache import TemplateCache
    from pressdesk.settings import load_settings, save_settings
    from pressdesk.templating import builtin_template

    shared = tmp_path / "network-drive"
    folder = shared / "office"
    shutil.copytree(builtin_template().folder, folder)
    toml = folder / "template.toml"
    toml.write_text(toml.read_text("utf-8").replace('id = "classic"', 'id = "office"')
                    .replace('version = "1.0.0"', 'version = "1.0.0"', 1), "utf-8")
    settings = load_settings()
    settings.shared_template_dirs = [str(shared)]
    save_settings(settings)
    cache = TemplateCache()
    assert cache.resolve("office").template.version == "1.0.0"
    with qtbot.waitSignal(cache.changed, timeout=5000):
        toml.write_text(toml.read_text("utf-8").replace('version = "1.0.0"', 'version = "1.1.0"'),
                        "utf-8")
    assert cache.resolve("office").template.version == "1.1.0"
    newer = cache.resolve("office", "2.0.0").warning
    assert "2.0.0" in newer and "older" in newer  # a release made with a newer version says so
