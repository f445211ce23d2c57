"""The dialogs, driven as a user would: export, template library, save as template, settings."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt

from pressdesk.gui.dialogs import (
    ExportDialog,
    SaveAsTemplateDialog,
    SettingsDialog,
    TemplateManagerDialog,
)
from pressdesk.gui.dialogs import (
    export_dialog as export_module,
)
from pressdesk.gui.dialogs import (
    template_manager as manager_module,
)
from pressdesk.gui.i18n import current_language, install_translations
from pressdesk.model import load_release
from pressdesk.pipeline import slug
from pressdesk.render.registry import defaults as default_formats
from pressdesk.render.registry import names as format_names
from pressdesk.render.registry import problem as renderer_problem
from pressdesk.settings import load_settings, save_settings

pytestmark = pytest.mark.gui

ARABIC_SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "iom-imrf-briefing-ar.pressrelease"
BUILT_INS = {"classic", "minimal", "modern"}
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def english(qapp):
    install_translations(qapp, "en")
    yield
    install_translations(qapp, "en")


@pytest.fixture
def opened(monkeypatch):
    """What the dialogs asked the desktop to open, instead of opening it."""
    calls: list[Path] = []
    for module in (export_module, manager_module):
        monkeypatch.setattr(module, "open_url", lambda path: calls.append(Path(path)) or True)
    return calls


def export_dialog(qtbot, folder: Path | None = None):
    dialog = ExportDialog(load_release(ARABIC_SAMPLE), ARABIC_SAMPLE)
    qtbot.addWidget(dialog)
    if folder is not None:
        dialog.folder_edit.setText(str(folder))
    return dialog


def available_formats() -> list[str]:
    """The formats an export writes by default (the registry's defaults) that work here."""
    return [fmt for fmt in default_formats() if not renderer_problem(fmt)]


def no_traceback(text: str) -> None:
    assert "Traceback" not in text and 'File "' not in text and "Error(" not in text


# --- export -----------------------------------------------------------------------------------
def test_export_defaults(qtbot, tmp_path):
    dialog = export_dialog(qtbot)
    release = load_release(ARABIC_SAMPLE)
    assert dialog.stem_edit.text() == slug(release)
    assert Path(dialog.folder_edit.text()) == ARABIC_SAMPLE.parent  # no saved folder yet
    assert set(dialog.format_boxes) == set(format_names())
    for fmt in format_names():  # the defaults ticked, the others offered
        assert dialog.format_boxes[fmt].isChecked() == (fmt in available_formats())
        assert dialog.format_boxes[fmt].isEnabled() == (not renderer_problem(fmt))
    assert dialog.export_button.isEnabled()
    assert dialog.error_label.isHidden()
    # once the settings have a folder and formats, they are the defaults
    settings = load_settings()
    settings.export_folder = str(tmp_path)
    settings.export_formats = ["html"]
    save_settings(settings)
    dialog = export_dialog(qtbot)
    assert Path(dialog.folder_edit.text()) == tmp_path
    assert [f for f, box in dialog.format_boxes.items() if box.isChecked()] == ["html"]


def test_export_arabic_sample_to_every_available_format(qtbot, tmp_path):
    out = tmp_path / "out"
    dialog = export_dialog(qtbot, out)
    formats = available_formats()
    assert formats, "no renderer at all"
    assert dialog.run_export() is True
    release = load_release(ARABIC_SAMPLE)
    suffixes = {"pdf": ".pdf", "docx": ".docx", "html": ".html"}
    assert dialog.written == [out / (slug(release) + suffixes[fmt]) for fmt in formats]
    data = {path.suffix: path.read_bytes() for path in dialog.written}
    assert data.get(".pdf", b"%PDF").startswith(b"%PDF")
    assert data.get(".docx", b"PK").startswith(b"PK")  # a zip
    assert release.headline.split()[0] in data.get(".html", release.headline.encode()).decode()
    # the dialog reports the files, and offers to open them
    assert dialog.results_group.isVisibleTo(dialog)
    assert dialog.results_list.count() == len(formats)
    assert dialog.results_list.item(0).text() == dialog.written[0].name
    assert str(out) in dialog.status_label.text()
    assert dialog.error_label.isHidden()
    # and remembers the folder and the formats for next time
    settings = load_settings()
    assert Path(settings.export_folder) == out
    assert settings.export_formats == formats


def test_export_button_runs_off_the_gui_thread_then_opens_the_files(qtbot, tmp_path, opened):
    dialog = export_dialog(qtbot, tmp_path)
    dialog.show()
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: dialog._thread is None and bool(dialog.written), timeout=30_000)
    assert all(p.is_file() for p in dialog.written)
    assert dialog.export_button.isEnabled() and dialog.close_button.isEnabled()
    dialog.results_list.setCurrentRow(0)
    qtbot.mouseClick(dialog.open_button, LEFT)
    qtbot.mouseClick(dialog.show_button, LEFT)
    assert opened == [dialog.written[0], tmp_path]


def test_only_selected_formats_are_written(qtbot, tmp_path):
    dialog = export_dialog(qtbot, tmp_path)
    for fmt, box in dialog.format_boxes.items():
        box.setChecked(fmt == "html")
    dialog.stem_edit.setText("just-html")
    assert dialog.run_export()
    assert dialog.written == [tmp_path / "just-html.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["just-html.html"]


def test_nothing_to_export_disables_the_button(qtbot, tmp_path):
    dialog = export_dialog(qtbot, tmp_path)
    for box in dialog.format_boxes.values():
        box.setChecked(False)
    assert not dialog.export_button.isEnabled()
    assert dialog.run_export() is False
    assert "format" in dialog.error_label.text()


@pytest.mark.parametrize("stem", ["", "a/b", "what?", "con"])
def test_bad_file_names_are_explained(qtbot, tmp_path, stem):
    dialog = export_dialog(qtbot, tmp_path)
    dialog.stem_edit.setText(stem)
    assert not dialog.export_button.isEnabled()
    assert dialog.files_label.text() and not dialog.files_label.isHidden()
    assert dialog.run_export() is False
    assert list(tmp_path.iterdir()) == []


def fail_writes(code: int, message: str):
    def write(path, data, **_):
        raise OSError(code, message, str(path))

    return write


def broken_renderer(name):
    def render(document, **_):
        raise ValueError("the font has no glyph for U+0041")

    return render


@pytest.mark.parametrize(("fault", "words"), [
    ("read-only", "read-only"), ("full", "disk is full"), ("render", "no glyph")])
def test_export_failures_are_reported_in_words(qtbot, tmp_path, monkeypatch, fault, words):
    import pressdesk.pipeline as pipeline

    folder = tmp_path / "out"
    folder.mkdir()
    if fault == "read-only":
        folder.chmod(0o555)
        if getattr(os, "geteuid", lambda: 1)() == 0:  # root writes anyway: simulate the refusal
            monkeypatch.setattr(pipeline, "write_atomic", fail_writes(errno.EACCES, "Permission denied"))
    elif fault == "full":
        monkeypatch.setattr(pipeline, "write_atomic", fail_writes(errno.ENOSPC, "No space left"))
    else:
        from pressdesk.render.registry import Format

        monkeypatch.setattr(Format, "load", lambda self: broken_renderer(self.name))
    dialog = export_dialog(qtbot, folder)
    try:
        assert dialog.run_export() is False
    finally:
        folder.chmod(0o755)
    text = dialog.error_label.text()
    assert dialog.error_label.kind == "error" and not dialog.error_label.isHidden()
    assert words in text
    assert fault == "render" or str(folder) in text
    no_traceback(text)
    assert dialog.written == [] and list(folder.iterdir()) == []
    assert not dialog.progress.isVisibleTo(dialog)


def test_existing_files_are_replaced_only_when_confirmed(qtbot, tmp_path, monkeypatch):
    dialog = export_dialog(qtbot, tmp_path)
    assert dialog.run_export()
    first = {p: p.read_bytes() for p in dialog.written}
    for path in first:
        path.write_bytes(b"old")
    asked: list[list[Path]] = []
    monkeypatch.setattr(dialog, "confirm_overwrite", lambda paths: asked.append(paths) or False)
    assert dialog.run_export() is False
    assert asked == [list(first)]
    assert all(p.read_bytes() == b"old" for p in first)
    monkeypatch.setattr(dialog, "confirm_overwrite", lambda paths: True)
    assert dialog.run_export() is True
    assert all(p.read_bytes() != b"old" for p in first)


def test_unavailable_format_is_disabled_with_a_reason(qtbot, monkeypatch):
    monkeypatch.setattr(export_module, "renderer_problem",
                        lambda fmt: "PDF export is not available: no ReportLab" if fmt == "pdf" else "")
    dialog = export_dialog(qtbot)
    box = dialog.format_boxes["pdf"]
    assert not box.isEnabled() and not box.isChecked()
    assert "ReportLab" in box.toolTip()
    assert "pdf" not in dialog.selected_formats()


# --- template library --------------------------------------------------------------------------
def manager(qtbot):
    dialog = TemplateManagerDialog()
    qtbot.addWidget(dialog)
    return dialog


def rows(dialog) -> list[tuple[str, str]]:
    """(id, origin text) of every row."""
    tree = dialog.tree
    return [(tree.topLevelItem(i).text(1), tree.topLevelItem(i).text(4))
            for i in range(tree.topLevelItemCount())]


def test_template_manager_lists_the_built_ins_with_their_origin(qtbot, opened):
    dialog = manager(qtbot)
    assert {(tid, "Built-in") for tid in BUILT_INS} <= set(rows(dialog))
    assert dialog.select_template("classic")
    assert not dialog.delete_button.isEnabled()  # built-in templates cannot be deleted
    assert dialog.export_button.isEnabled()
    assert "classic" in dialog.details_label.text()
    qtbot.mouseClick(dialog.open_button, LEFT)
    assert opened == [dialog.current_info().folder]


def test_template_manager_marks_invalid_templates(qtbot):
    from pressdesk import paths

    broken = paths.user_templates_dir() / "broken"
    broken.mkdir(parents=True)
    (broken / "template.toml").write_text('[template]\nid = "broken"\ncolour = 3\n', "utf-8")
    dialog = manager(qtbot)
    assert ("broken", "Your library") in rows(dialog)
    assert dialog.select_template("broken")
    assert dialog.problem_label.kind == "error"
    assert "colour" in dialog.problem_label.text()
    assert not dialog.export_button.isEnabled()
    assert dialog.delete_button.isEnabled()


def test_template_import_export_delete_round_trip(qtbot, tmp_path):
    pytest.importorskip("pressdesk.templating.package")
    dialog = manager(qtbot)
    assert dialog.select_template("modern", "built-in")
    assert dialog.export_selected(tmp_path / "modern"), dialog.error_label.text()
    package = tmp_path / "modern.pdtemplate"  # the dialog added the suffix
    assert package.is_file()
    assert dialog.import_file(package), dialog.error_label.text()
    assert ("modern", "Your library") in rows(dialog)
    info = dialog.current_info()
    assert (info.id, info.origin) == ("modern", "user")
    assert dialog.delete_button.isEnabled()
    assert "Modern" in dialog.error_label.text() and dialog.error_label.kind == "info"
    # importing it again asks before replacing
    asked: list[str] = []
    dialog.confirm_replace = lambda message: asked.append(message) or False
    assert dialog.import_file(package) is False and len(asked) == 1
    dialog.confirm_replace = lambda message: True
    assert dialog.import_file(package) is True
    # deleting asks too, and only the user's copy goes
    dialog.confirm_delete = lambda info: False
    assert dialog.delete_selected() is False
    dialog.confirm_delete = lambda info: True
    assert dialog.select_template("modern", "user")
    assert dialog.delete_selected() is True
    assert ("modern", "Your library") not in rows(dialog)
    assert ("modern", "Built-in") in rows(dialog)
    # a file that is not a template package is refused in words
    bad = tmp_path / "bad.pdtemplate"
    bad.write_bytes(b"this is not a zip file")
    assert dialog.import_file(bad) is False
    assert dialog.error_label.kind == "error"
    assert "template" in dialog.error_label.text()
    no_traceback(dialog.error_label.text())


# --- save as template --------------------------------------------------------------------------
def save_dialog(qtbot):
    dialog = SaveAsTemplateDialog(load_release(ARABIC_SAMPLE))
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize(("typed", "ok"), [
    ("", False), ("Office", False), ("office ar", False), ("-office", False), ("office/ar", False),
    ("مكتب", False), ("office", True), ("office-ar_2", True), ("2024", True),
])
def test_save_as_template_validates_the_id(qtbot, typed, ok):
    dialog = save_dialog(qtbot)
    dialog.id_edit.setText(typed)
    assert dialog.save_button.isEnabled() is ok
    assert (dialog.id_problem() == "") is ok
    if not ok and typed:
        assert dialog.id_hint.text() == dialog.id_problem()
        assert dialog.save() is False and dialog.saved_template is None
        assert dialog.error_label.text() == dialog.id_problem()


def test_save_as_template_suggests_an_id_from_the_name(qtbot):
    dialog = save_dialog(qtbot)
    qtbot.keyClicks(dialog.name_edit, "Regional Office (2024)")
    assert dialog.id_edit.text() == "regional-office-2024"
    dialog.id_edit.clear()
    qtbot.keyClicks(dialog.id_edit, "mine")
    qtbot.keyClicks(dialog.name_edit, " again")
    assert dialog.id_edit.text() == "mine"  # a typed id is never overwritten


def test_save_as_template_saves_into_the_user_library(qtbot):
    pytest.importorskip("pressdesk.templating.save_from")
    from pressdesk.templating.library import list_templates

    dialog = save_dialog(qtbot)
    dialog.name_edit.setText("Regional office")
    dialog.id_edit.setText("regional")
    dialog.skeleton_box.setChecked(True)
    assert dialog.save(), dialog.error_label.text()
    assert dialog.saved_template is not None and dialog.saved_template.id == "regional"
    assert ("regional", "user") in {(i.id, i.origin) for i in list_templates()}
    # a second dialog warns that the id is taken
    again = save_dialog(qtbot)
    again.id_edit.setText("regional")
    assert "replaces" in again.id_hint.text()


# --- settings ---------------------------------------------------------------------------------
def settings_dialog(qtbot):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    return dialog


def test_settings_dialog_changes_the_ui_language_and_saves(qtbot, qapp):
    dialog = settings_dialog(qtbot)
    codes = [dialog.language_combo.itemData(i) for i in range(dialog.language_combo.count())]
    assert codes[0] == "" and "en" in codes and "ar" in codes  # "" is the system's language
    assert dialog.language_combo.currentData() == ""
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ar"))
    assert "restart" in dialog.language_hint.text()
    assert dialog.apply()
    assert load_settings().ui_language == "ar"
    assert current_language() == "ar"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: dialog.windowTitle() == "الإعدادات")  # the open dialog switched live


def test_settings_dialog_keeps_shared_folders_and_defaults(qtbot, tmp_path):
    settings = load_settings()
    settings.recent_files = [str(tmp_path / "a.pressrelease")]
    settings.extra["window"] = {"w": 3}
    save_settings(settings)
    dialog = settings_dialog(qtbot)
    dialog.add_shared_folder(tmp_path / "office")
    dialog.add_shared_folder(tmp_path / "team")
    dialog.add_shared_folder(tmp_path / "team")  # no duplicates
    assert dialog.shared_list.count() == 2
    templates = [dialog.template_combo.itemData(i) for i in range(dialog.template_combo.count())]
    assert set(templates) >= BUILT_INS
    dialog.shared_list.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove_button, LEFT)
    dialog.release_language_combo.setCurrentIndex(dialog.release_language_combo.findData("fr"))
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("modern"))
    dialog.accept()
    settings = load_settings()
    assert settings.shared_template_dirs == [str(tmp_path / "team")]
    assert (settings.default_language, settings.default_template, settings.ui_language) == (
        "fr", "modern", "")
    # what the dialog does not show is kept
    assert settings.recent_files == [str(tmp_path / "a.pressrelease")]
    assert settings.extra["window"] == {"w": 3}
