"""The UI language: translations from ``pressdesk.gui.i18n`` when present, else direction only."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from pressdesk.gui.languages import is_rtl


def install(app: QApplication, language: str = "") -> str:
    """Install the UI translations for ``language`` ('' = the system's); return the language used."""
    try:
        from pressdesk.gui.i18n import install_translations
    except ImportError:
        used = language or QLocale.system().name().split("_")[0] or "en"
        rtl = is_rtl(used)
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        return used
    return install_translations(app, language) or language or "en"
