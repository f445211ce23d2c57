"""Make the fonts PressDesk ships available to Qt (the preview draws with them)."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from pressdesk.fonts import families, font_file

_done = False


def register_fonts() -> int:
    """Register every shipped face once; returns how many Qt accepted."""
    global _done
    if _done:
        return 0
    _done = True
    styles = [(False, False), (True, False), (False, True), (True, True)]
    files = {font_file(family, bold, italic) for family in families() for bold, italic in styles}
    return sum(QFontDatabase.addApplicationFont(str(path)) >= 0 for path in sorted(files))
