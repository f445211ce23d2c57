"""Make the fonts PressDesk ships available to Qt (the preview draws with them)."""

from __future__ import annotations

import threading

from PySide6.QtGui import QFontDatabase

from pressdesk.fonts import families, font_file

_done = False
_lock = threading.Lock()


def register_fonts() -> int:
    """Register every shipped face once; returns how many Qt accepted.

    The main window calls it on the GUI thread before any preview is built; a caller on
    another thread (the preview worker) waits until the registration is complete, never
    lays text out against a half-filled font database.
    """
    global _done
    if _done:
        return 0
    with _lock:
        if _done:
            return 0
        styles = [(False, False), (True, False), (False, True), (True, True)]
        files = {font_file(family, bold, italic) for family in families() for bold, italic in styles}
        added = sum(QFontDatabase.addApplicationFont(str(path)) >= 0 for path in sorted(files))
        _done = True
        return added
