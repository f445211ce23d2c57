"""The UI in every language: translations load, Arabic mirrors the app, every dialog is translated.

Set PRESSDESK_SCREENSHOTS=/some/folder to also save a picture of every dialog in every language.
"""

from __future__ import annotations

import importlib
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QMainWindow, QWidget

from pressdesk.gui.i18n import (
    available_ui_languages,
    current_language,
    install_translations,
    qt_translations_dir,
    resolve_language,
    translations_dir,
)
from pressdesk.model import load_release

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
ARABIC_SAMPLE = ROOT / "examples" / "iom-imrf-briefing-ar.pressrelease"

ARABIC = re.compile(r"[\u0600-\u06FF]")
LANGUAGES = [code for code, _ in available_ui_languages()]
TS_FILE = ROOT / "src" / "pressdesk" / "resources" / "i18n" / "pressdesk_ar.ts"
DIALOG_CONTEXTS = {"ExportDialog", "ExportResults", "TemplateManagerDialog", "SaveAsTemplateDialog",
                   "SettingsDialog", "Errors", "QPlatformTheme"}


@pytest.fixture(autouse=True)
def english_after(qapp):
    install_translations(qapp, "en")
    yield
    install_translations(qapp, "en")


# --- loading --------------------------------------------------------------------------------
def test_english_and_arabic_are_available():
    languages = dict(available_ui_languages())
    assert next(iter(languages)) == "en"
    assert languages["en"] == "English"
    assert languages["ar"] == "العربية"
    assert (translations_dir() / "pressdesk_ar.qm").is_file()


def test_qt_ships_its_own_arabic_translation():
    assert (qt_translations_dir() / "qtbase_ar.qm").is_file()


def test_arabic_is_installed_right_to_left(qapp):
    assert install_translations(qapp, "ar") == "ar"
    assert current_language() == "ar"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("ExportDialog", "Export Release") == "تصدير البيان الصحفي"
    # Qt's own buttons are translated too (ours take precedence over qtbase's)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "إلغاء"
    assert ARABIC.search(QCoreApplication.translate("QFileDialog", "Look in:"))


def test_switching_back_to_english_removes_the_translations(qapp):
    install_translations(qapp, "ar")
    assert install_translations(qapp, "en") == "en"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("ExportDialog", "Export Release") == "Export Release"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_unknown_languages_fall_back_to_english(qapp):
    assert install_translations(qapp, "xx") == "en"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert resolve_language("ar-EG") == "ar"
    assert resolve_language("ar_MA") == "ar"
    assert resolve_language("") in LANGUAGES  # follows the system


# --- the .ts file -----------------------------------------------------------------------------
def ts_messages() -> list[tuple[str, str, str | None]]:
    """(context, source, translation type) of every live message."""
    out = []
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            kind = message.find("translation").get("type")  # type: ignore[union-attr]
            if kind not in ("obsolete", "vanished"):
                out.append((name, message.findtext("source") or "", kind))
    return out


def test_every_dialog_string_is_translated_to_arabic():
    messages = [m for m in ts_messages() if m[0] in DIALOG_CONTEXTS]
    assert len(messages) > 100
    assert [m[:2] for m in messages if m[2] is not None] == []


@pytest.mark.parametrize("ts", sorted(TS_FILE.parent.glob("pressdesk_*.ts")), ids=lambda p: p.stem)
def test_translations_keep_placeholders_and_mnemonics(ts):
    """A lost %1 or {name} would drop the file name from a message; a lost & its shortcut."""
    tree = ET.parse(ts).getroot()
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") or not translation.text:
            continue
        text = translation.text
        placeholders = r"%\d|%n|\{\w*\}"  # Qt's %1 and Python's {name}
        assert sorted(re.findall(placeholders, source)) == sorted(re.findall(placeholders, text)), source
        assert ("&" in source.replace("&&", "")) == ("&" in text.replace("&&", "")), source


@pytest.mark.skipif(not shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)),
                    reason="pyside6-lupdate is not installed")
def test_the_ts_file_holds_every_string_of_the_code(tmp_path):
    """Fails when a string was added to the GUI without running scripts/update_translations."""
    script = ROOT / "scripts" / "update_translations"
    env = {**os.environ, "VIRTUAL_ENV": str(Path(sys.executable).parent.parent)}
    # Run the script on a scratch copy of the GUI sources and of the .ts file.
    scratch = tmp_path / "repo"
    (scratch / "scripts").mkdir(parents=True)
    shutil.copy(script, scratch / "scripts" / "update_translations")
    shutil.copytree(ROOT / "src" / "pressdesk" / "gui", scratch / "src" / "pressdesk" / "gui",
                    ignore=shutil.ignore_patterns("__pycache__"))
    i18n = scratch / "src" / "pressdesk" / "resources" / "i18n"
    i18n.mkdir(parents=True)
    shutil.copy(TS_FILE, i18n / TS_FILE.name)
    subprocess.run([sys.executable, str(scratch / "scripts" / "update_translations"), "ar"],
                   check=True, env=env, capture_output=True)
    before = {m[:2] for m in ts_messages()}
    after = ET.parse(i18n / TS_FILE.name).getroot()
    live = set()
    for context in after.iter("context"):
        for message in context.iter("message"):
            if message.find("translation").get("type") not in ("obsolete", "vanished"):  # type: ignore[union-attr]
                live.add((context.findtext("name"), message.findtext("source")))
    assert live - before == set(), "run scripts/update_translations"


# --- every dialog in every language --------------------------------------------------------
def make_export(qtbot):
    from pressdesk.gui.dialogs import ExportDialog

    return ExportDialog(load_release(ARABIC_SAMPLE), ARABIC_SAMPLE)


def make_templates(qtbot):
    from pressdesk.gui.dialogs import TemplateManagerDialog

    return TemplateManagerDialog()


def make_save_template(qtbot):
    from pressdesk.gui.dialogs import SaveAsTemplateDialog

    return SaveAsTemplateDialog(load_release(ARABIC_SAMPLE))


def make_settings(qtbot):
    from pressdesk.gui.dialogs import SettingsDialog

    return SettingsDialog()


def make_template_editor(qtbot):
    from pressdesk.gui.template_editor import TemplateEditorDialog
    from pressdesk.templating import builtin_template
    from pressdesk.templating.draft import TemplateDraft

    draft = TemplateDraft.new(builtin_template(), "مكتب")
    dialog = TemplateEditorDialog(draft, current_language())
    draft.saved_data = draft.data  # closing asks nothing
    return dialog


def make_new_release(qtbot):
    from pressdesk.gui.new_release_dialog import NewReleaseDialog
    from pressdesk.gui.template_cache import TemplateCache

    return NewReleaseDialog(TemplateCache(), "classic", "ar", current_language())


def main_window_class():
    for name in ("pressdesk.gui.main_window", "pressdesk.gui.mainwindow"):
        try:
            return importlib.import_module(name).MainWindow
        except (ImportError, AttributeError):
            continue
    return None


def make_main_window(qtbot):
    window_class = main_window_class()
    if window_class is None:
        pytest.skip("the main window is not there yet")
    release = load_release(ARABIC_SAMPLE)
    try:
        return window_class(release, ARABIC_SAMPLE, ui_language=current_language())
    except TypeError:
        return window_class()


DIALOGS = {
    "export": make_export,
    "templates": make_templates,
    "save_template": make_save_template,
    "settings": make_settings,
    "template_editor": make_template_editor,
    "new_release": make_new_release,
    "main_window": make_main_window,
}


def texts(widget: QWidget) -> dict[str, str]:
    """The window title, and the text of every button (and menu, for a main window)."""
    out = {"title": widget.windowTitle()}
    for i, button in enumerate(widget.findChildren(QAbstractButton)):
        if button.text().strip():
            out[button.objectName() or f"button{i}"] = button.text()
    if isinstance(widget, QMainWindow):
        for i, action in enumerate(widget.menuBar().actions()):
            out[f"menu{i}"] = action.text()
    return out


def open_in(qtbot, qapp, language: str, name: str) -> QWidget:
    assert install_translations(qapp, language) == language
    widget = DIALOGS[name](qtbot)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    shots = os.environ.get("PRESSDESK_SCREENSHOTS")
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(shots) / f"{name}_{language}.png"))
    return widget


def close(widget: QWidget) -> None:
    if hasattr(widget, "editor"):  # the main window: nothing to save, no preview job left
        editor = widget.editor
        editor.reset(editor.release, editor.file)
        for part in ("preview", "pages"):
            if hasattr(getattr(widget, part, None), "shutdown"):
                getattr(widget, part).shutdown()
    widget.close()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog_opens_in_every_language(qtbot, qapp, language, name):
    widget = open_in(qtbot, qapp, language, name)
    rtl = language in {"ar", "fa", "he"}
    expected = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    assert qapp.layoutDirection() == expected
    assert widget.layoutDirection() == expected
    assert widget.windowTitle()
    close(widget)


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog_is_translated_in_arabic(qtbot, qapp, name):
    english = texts(open_in(qtbot, qapp, "en", name))
    widget = open_in(qtbot, qapp, "ar", name)
    arabic = texts(widget)
    if not isinstance(widget, QMainWindow):  # a main window is titled by its file's name
        assert ARABIC.search(arabic["title"]), arabic["title"]
    untranslated = {key: text for key, text in arabic.items()
                    if key != "title" and key in english and text == english[key]
                    and re.search(r"[A-Za-z]{3}", text) and not ARABIC.search(text)}
    assert untranslated == {}
    close(widget)


def test_open_dialogs_switch_language_live(qtbot, qapp):
    widget = open_in(qtbot, qapp, "en", "export")
    assert widget.windowTitle() == "Export Release"
    install_translations(qapp, "ar")
    qtbot.waitUntil(lambda: widget.windowTitle() == "تصدير البيان الصحفي")
    assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert ARABIC.search(widget.export_button.text())
    install_translations(qapp, "en")
    qtbot.waitUntil(lambda: widget.windowTitle() == "Export Release")
    assert widget.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_document_keeps_its_own_direction_in_an_english_ui(qtbot, qapp):
    widget = open_in(qtbot, qapp, "en", "export")
    assert widget.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert widget.headline_label.layoutDirection() == Qt.LayoutDirection.RightToLeft
