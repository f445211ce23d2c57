"""run_app(argv): start the desktop app, open a release given on the command line."""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from pressdesk.gui.main_window import MainWindow

_STARTED = time.perf_counter()


def run_app(argv: Sequence[str]) -> int:
    """Start PressDesk; returns the exit code (1 with a message when no window can open)."""
    from pressdesk.gui.platform_check import display_problem, end_guard, guard_startup

    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from PySide6.QtCore import QTimer

    from pressdesk.gui.compat import protect_bool_singletons, skip_feature_source_scan

    skip_feature_source_scan()  # before the window's modules are imported
    from PySide6.QtWidgets import QApplication

    from pressdesk import __version__
    from pressdesk.gui import single_instance

    files = [a for a in argv if not a.startswith("-")]
    single = single_instance.enabled() and QApplication.instance() is None
    if single and single_instance.send_to_running(files):
        return 0  # the running PressDesk opens them
    app = QApplication.instance()
    if app is None:
        previous = guard_startup()
        app = QApplication(["pressdesk", *argv])
        end_guard(previous)
    assert isinstance(app, QApplication)
    protect_bool_singletons()
    app.setApplicationName("PressDesk")
    app.setApplicationDisplayName("PressDesk")
    app.setOrganizationName("PressDesk")
    app.setOrganizationDomain("pressdesk.app")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("pressdesk")
    window = create_window(app, [a for a in app.arguments()[1:] if not a.startswith("-")])
    if single:
        listen_for_files(app, window)
    window.show()
    if os.environ.get("PRESSDESK_QUIT_AFTER_SHOW"):  # benchmarks and smoke tests
        def shown() -> None:
            print(f"window shown {time.perf_counter() - _STARTED:.3f}", flush=True)
            window.editor.reset(window.editor.release, window.editor.file)  # nothing to save
            window.close()
            app.quit()

        QTimer.singleShot(0, shown)
    else:
        QTimer.singleShot(0, window.check_recovery)
    # Ctrl+C in the terminal closes the window the normal way (asking about unsaved work);
    # the timer lets Python run its signal handler while Qt's loop is waiting.
    signal.signal(signal.SIGINT, lambda *_: window.close())
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(300)
    code = app.exec()
    from pressdesk.gui import crash

    crash.uninstall()
    return int(code)


def listen_for_files(app: QApplication, window: MainWindow) -> None:
    """Later starts (and, on macOS, the Finder) hand their files to this window."""
    from pressdesk.gui.single_instance import ExternalFiles, FileOpenFilter, InstanceServer

    opener = ExternalFiles(window, window.files.open_path)
    server = InstanceServer(parent=window)
    server.files_received.connect(opener.receive)
    server.listen()
    if sys.platform == "darwin":  # only there does Qt send file-open events; elsewhere a
        # filter on the whole app would run Python for every event the app handles
        finder = FileOpenFilter(window)
        finder.files_received.connect(opener.receive)
        app.installEventFilter(finder)
    app.aboutToQuit.connect(server.close)


def create_window(app: QApplication, files: list[str]) -> MainWindow:
    """Fonts, translations, the crash handler and the main window with its first release."""
    from PySide6.QtCore import QCoreApplication, QTimer

    from pressdesk.gui import crash, messages
    from pressdesk.gui.app_fonts import register_fonts
    from pressdesk.gui.main_window import MainWindow
    from pressdesk.gui.ui_language import install
    from pressdesk.model import ReleaseError, load_release
    from pressdesk.settings import load_settings

    register_fonts()
    language = install(app, load_settings().ui_language)
    release, path, error = None, None, None
    if files:
        path = Path(files[0])
        try:
            release = load_release(path)
            path = path.resolve()
        except ReleaseError as exc:
            release, path, error = None, None, exc
    window = MainWindow(release, path, ui_language=language)
    if path is not None:
        window.files._remember(path)
    crash.install(window.save_recovery_now, lambda: window)
    if error is not None:
        QTimer.singleShot(0, lambda: messages.show_error(
            window, QCoreApplication.translate("FileController", "Cannot open the release"),
            QCoreApplication.translate(
                "FileController", "“{name}” could not be opened:\n\n{problems}").format(
                name=Path(files[0]).name, problems=messages.release_problems(error.problems))))
    return window
