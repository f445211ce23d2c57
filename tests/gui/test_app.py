"""Starting the app: display checks, the command line, the UI language and the window's parts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from pressdesk.gui.platform_check import DEBIAN_PACKAGES, display_problem, xcb_libraries_problem

from .conftest import ARABIC_SAMPLE

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


def test_no_display_is_explained() -> None:
    problem = display_problem({}, "linux")
    assert problem and "no display" in problem and "libxcb-cursor0" in problem


@pytest.mark.parametrize("env", [{"QT_QPA_PLATFORM": "offscreen"}, {"QT_QPA_PLATFORM": "vnc:size=800x600"},
                                 {"WAYLAND_DISPLAY": "wayland-0"}])
def test_windowless_or_wayland_platforms_pass(env: dict[str, str]) -> None:
    assert display_problem(env, "linux") is None


def test_other_systems_are_not_checked() -> None:
    assert display_problem({}, "win32") is None and display_problem({}, "darwin") is None


def test_wayland_asked_without_a_compositor() -> None:
    assert "WAYLAND_DISPLAY" in (display_problem({"QT_QPA_PLATFORM": "wayland"}, "linux") or "")


def test_unreachable_x_server_is_explained() -> None:
    problem = display_problem({"DISPLAY": ":987"}, "linux")
    assert problem and ":987" in problem


def test_missing_xcb_libraries_are_named(monkeypatch, tmp_path) -> None:
    import pressdesk.gui.platform_check as check

    fake = tmp_path / "libqxcb.so"
    fake.write_bytes(b"not a library")
    monkeypatch.setattr(check, "_xcb_plugin", lambda: fake)
    problem = xcb_libraries_problem()
    assert problem and "missing" in problem
    monkeypatch.setattr(check, "x_server_problem", lambda display: None)
    message = display_problem({"DISPLAY": ":0"}, "linux")
    assert message and DEBIAN_PACKAGES in message


def _run(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    full.update(env)
    return subprocess.run([sys.executable, "-c", code], env=full, capture_output=True, text=True,
                          timeout=60, cwd=ROOT)


def test_run_app_without_display_returns_1_with_a_message() -> None:
    result = _run("import sys; from pressdesk.gui.app import run_app; sys.exit(run_app([]))", {})
    assert result.returncode == 1
    assert "cannot open its window" in result.stderr and "libxcb-cursor0" in result.stderr
    assert "Traceback" not in result.stderr and "Aborted" not in result.stderr


def test_qt_fatal_platform_error_becomes_our_message() -> None:
    code = ("from pressdesk.gui.platform_check import guard_startup\n"
            "guard_startup()\nfrom PySide6.QtWidgets import QApplication\nQApplication([])\n")
    result = _run(code, {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":987"})
    assert result.returncode == 1
    assert "cannot open its window" in result.stderr and "libxcb-cursor0" in result.stderr


def test_run_app_opens_the_file_given_and_shows_the_window() -> None:
    code = ("import sys; from pressdesk.gui.app import run_app\n"
            f"sys.exit(run_app([{str(ARABIC_SAMPLE)!r}]))")
    env = {"QT_QPA_PLATFORM": "offscreen", "PRESSDESK_QUIT_AFTER_SHOW": "1"}
    result = _run(code, env)
    assert result.returncode == 0, result.stderr
    assert "window shown" in result.stdout


def test_pressdesk_command_starts_the_app() -> None:
    env = {"QT_QPA_PLATFORM": "offscreen", "PRESSDESK_QUIT_AFTER_SHOW": "1"}
    code = f"from pressdesk.cli.main import main; import sys; sys.exit(main([{str(ARABIC_SAMPLE)!r}]))"
    result = _run(code, env)
    assert result.returncode == 0 and "window shown" in result.stdout


def test_create_window_reports_a_broken_file_after_showing(qapp, qtbot, dialogs, tmp_path) -> None:
    from pressdesk.gui import crash
    from pressdesk.gui.app import create_window

    broken = tmp_path / "bad.pressrelease"
    broken.write_text("{", "utf-8")
    try:
        window = create_window(qapp, [str(broken)])
    finally:
        crash.uninstall()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(dialogs.asked), timeout=3000)
    assert "bad.pressrelease" in dialogs.asked[0][1]
    assert window.editor.file is None  # a new release instead


def test_arabic_ui_mirrors_the_whole_window(window, qapp) -> None:
    from pressdesk.gui.ui_language import install

    try:
        used = install(qapp, "ar")
        assert used == "ar"
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        window.retranslate()
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.form.body.cards  # the release survived the rebuild
        assert window.editor.release.headline.startswith("تنظيم")
        # Qt reverses a right-to-left QDateTimeEdit's sections (minutes before hours): not ours
        assert window.form.headline_section.date.text() == "2021-11-30"
        window.form.release_section.embargoed.click()
        assert window.form.release_section.until.text().endswith("09:00")
        window.grab()  # paints without errors
    finally:
        install(qapp, "en")
        window.retranslate()
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_english_release_in_an_arabic_window_reads_left_to_right(window, qapp) -> None:
    from pressdesk.gui.ui_language import install

    try:
        install(qapp, "ar")
        window.files.open_path(ROOT / "examples" / "water-resilience-en.pressrelease")
        assert window.form.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        install(qapp, "en")


def test_settings_dialog_changing_the_language_rebuilds_the_window(window, monkeypatch, qapp) -> None:
    from pressdesk.gui import dialog_launch
    from pressdesk.gui.ui_language import install
    from pressdesk.settings import load_settings, save_settings

    def choose_arabic(parent) -> bool:  # type: ignore[no-untyped-def]
        settings = load_settings()
        settings.ui_language = "ar"
        save_settings(settings)
        return True

    monkeypatch.setattr(dialog_launch, "settings", choose_arabic)
    old_form = window.form
    try:
        window.actions_.settings.trigger()
        assert window.ui_language == "ar"
        assert window.form is not old_form
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        install(qapp, "en")


def test_every_menu_action_is_wired(window) -> None:
    a = window.actions_
    for action in (a.new, a.open, a.save, a.save_as, a.export, a.save_template, a.quit, a.undo, a.redo,
                   a.add_paragraph, a.add_quote, a.duplicate, a.remove, a.move_up, a.move_down,
                   a.templates, a.show_preview, a.show_pages, a.settings, a.about):
        assert action.text() and not action.icon().isNull()
    assert a.undo.shortcut().toString() == "Ctrl+Z" and a.save.shortcut().toString() == "Ctrl+S"
    assert "Alt+Up" in [s.toString() for s in a.move_up.shortcuts()]
    titles = [m.title() for m in window.menuBar().findChildren(type(a.recent)) if m.title()]
    for name in ("&File", "&Edit", "&Templates", "&View", "&Settings", "&Help", "Open &Recent"):
        assert name in titles


def test_about_and_template_dialogs(window, dialogs, monkeypatch) -> None:
    window.about()
    assert "PressDesk" in dialogs.titles("about")[0] and "Amiri" in dialogs.titles("about")[0]
    from pressdesk.gui.dialogs import template_manager

    monkeypatch.setattr(template_manager.TemplateManagerDialog, "exec", lambda self: 0)
    window.manage_templates()
    assert window.form.release_section.template.count() >= 3


def test_window_geometry_is_remembered(window, qtbot) -> None:
    from pressdesk.gui.main_window import MainWindow

    window.resize(700, 500)  # the offscreen screen is 800 x 600
    window.splitter.setSizes([300, 400])
    window.show_tab(1)
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.size().width() == 700
    assert again.tabs.currentIndex() == 1
    assert (Path(os.environ["PRESSDESK_CONFIG_DIR"]) / "window.ini").exists()


def test_on_first_start_the_check_panel_leaves_the_form_room(window, qtbot) -> None:
    """No saved window state: the Check panel takes about a sixth of the height, not a third."""
    window.show()
    qtbot.waitExposed(window)
    assert window.check_panel.isVisible()
    assert window.check_panel.height() <= window.height() // 5
    assert window.form.height() >= window.height() // 2


def test_the_form_fits_the_left_pane_of_a_1024_pixel_screen(window, qtbot) -> None:
    """On a 1024 x 768 screen the form's pane is about 500 px wide; the form must not need
    more (it has no horizontal scroll bar: wider content is cut off at one side)."""
    window.show()
    qtbot.waitExposed(window)
    assert window.form.widget().minimumSizeHint().width() <= 480
