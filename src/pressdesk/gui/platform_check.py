"""Can Qt open a window here? Say why not, in words, instead of letting Qt abort.

Qt ends the process (``qFatal``) when its platform plugin cannot start: no display, or
the X11 libraries that pip cannot install are missing. We check first — the display
variables, the xcb plugin's libraries (by loading it), and the X server (by connecting)
— and also catch Qt's fatal message while the application starts, as a last resort.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping
from pathlib import Path

DEBIAN_PACKAGES = (
    "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-image0 "
    "libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 "
    "libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0"
)
# Optional: Qt's native Wayland plugin; without them Qt uses X11 (XWayland on a Wayland desktop).
WAYLAND_PACKAGES = "libwayland-client0 libwayland-cursor0 libwayland-egl1"
_WINDOWLESS = {"offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs", "vkkhrdisplay"}


def _advice() -> str:
    return (
        "Start it from a desktop session (X11 or Wayland). If the display is there, the system\n"
        "libraries Qt needs may be missing; on Debian or Ubuntu (see README, 'scripts/setup'):\n"
        f"  sudo apt-get install {DEBIAN_PACKAGES}\n"
        "Without a display you can still export from the command line: pressdesk export FILE -f all"
    )


def message(reason: str) -> str:
    return f"PressDesk cannot open its window: {reason}.\n{_advice()}"


def _xcb_plugin() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def xcb_libraries_problem() -> str | None:
    """Load Qt's xcb plugin the way Qt will; the loader names a missing library."""
    plugin = _xcb_plugin()
    if plugin is None:
        return None
    try:
        ctypes.CDLL(str(plugin), mode=os.RTLD_LAZY | os.RTLD_LOCAL)
    except OSError as exc:
        return f"a system library of Qt's X11 plugin is missing ({exc})"
    return None


def x_server_problem(display: str) -> str | None:
    """Connect to the X server once (libxcb), as Qt would."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError as exc:
        return f"the X11 client library is missing ({exc})"
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        failed = xcb.xcb_connection_has_error(connection)
    finally:
        xcb.xcb_disconnect(connection)
    return f"cannot connect to the X display {display!r}" if failed else None


def display_problem(environ: Mapping[str, str] | None = None, platform: str | None = None) -> str | None:
    """A message for the user when Qt will not be able to open a window, else None."""
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not (platform.startswith("linux") or "bsd" in platform):
        return None  # Windows and macOS always have their platform plugin
    requested = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip().lower()
    if requested in _WINDOWLESS or (requested and not requested.startswith(("xcb", "wayland"))):
        return None
    display, wayland = env.get("DISPLAY", ""), env.get("WAYLAND_DISPLAY", "")
    if requested.startswith("wayland"):
        return None if wayland else message("QT_QPA_PLATFORM asks for Wayland but WAYLAND_DISPLAY is not set")
    if not display:
        if wayland and not requested:
            return None  # a Wayland session; Qt picks its Wayland plugin
        return message("there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)")
    if wayland and not requested:
        return None  # Qt may well use Wayland; the fatal-message guard covers the rest
    problem = xcb_libraries_problem() or x_server_problem(display)
    return message(problem) if problem else None


def guard_startup() -> object:
    """While QApplication starts, turn Qt's fatal platform error into our message and exit 1."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: object, text: str) -> None:
        if kind == QtMsgType.QtFatalMsg:
            sys.stderr.write(f"{text}\n\n{message('the Qt platform plugin could not start')}\n")
            sys.stderr.flush()
            os._exit(1)
        sys.stderr.write(f"{text}\n")

    return qInstallMessageHandler(handler)


def end_guard(previous: object) -> None:
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(previous)  # type: ignore[arg-type]
