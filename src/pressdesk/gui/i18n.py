"""The user interface's language: Qt translations and the layout direction that goes with it.

The UI language (menus, dialogs, messages) is the user's choice and is separate from a release's
language, which decides the labels inside exported documents. Right-to-left is a policy: the
whole application is mirrored when the UI language is written right to left.

Translations live in ``pressdesk/resources/i18n/pressdesk_<lang>.qm`` (compiled from the ``.ts``
sources by ``scripts/update_translations``); Qt's own strings (OK, Cancel, file dialogs) come
from ``qtbase_<lang>.qm`` in Qt's translations folder.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from pressdesk.compose.direction import is_rtl_language

SOURCE_LANGUAGE = "en"
# Each language names itself in the language picker, whatever the current UI language.
NATIVE_NAMES = {
    "en": "English",
    "ar": "العربية",
    "fr": "Français",
    "fa": "فارسی",
    "he": "עברית",
}

# Qt's standard buttons, listed so that lupdate puts them in our .ts files: our translator is
# searched before Qt's, so these keep the buttons in the same terminology as the rest of the
# app (and fill the ones qtbase lacks, such as "Don't Save").
QT_STANDARD_TEXTS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close without Saving"),
)

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def translations_dir() -> Path:
    """The folder holding PressDesk's compiled translations (``pressdesk_<lang>.qm``)."""
    return Path(str(resources.files("pressdesk").joinpath("resources/i18n")))


def qt_translations_dir() -> Path:
    """Qt's own translations (``qtbase_<lang>.qm``), shipped in the PySide6 wheel."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def native_name(code: str) -> str:
    """A language's name in that language: 'العربية' for 'ar'."""
    if code in NATIVE_NAMES:
        return NATIVE_NAMES[code]
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def available_ui_languages() -> list[tuple[str, str]]:
    """UI languages with a translation present, English first: [("en", "English"), ...]."""
    codes = [SOURCE_LANGUAGE]
    folder = translations_dir()
    if folder.is_dir():
        for qm in sorted(folder.glob("pressdesk_*.qm")):
            code = qm.stem.removeprefix("pressdesk_")
            if code and code not in codes:
                codes.append(code)
    return [(code, native_name(code)) for code in codes]


def is_rtl(language: str) -> bool:
    return is_rtl_language(language)


def resolve_language(language: str = "") -> str:
    """The UI language to use for a request ("" follows the system), or "en"."""
    available = [code for code, _ in available_ui_languages()]
    wanted = [language] if language else list(QLocale.system().uiLanguages())
    for tag in wanted:
        full = tag.replace("-", "_")
        base = full.split("_")[0].lower()
        for code in (full, base):
            if code in available:
                return code
    return SOURCE_LANGUAGE


def current_language() -> str:
    """The UI language installed last by :func:`install_translations`."""
    return _current


def install_translations(app: QCoreApplication, language: str = "") -> str:
    """Install the translations for ``language`` ("" follows the system) and mirror for RTL.

    Removes what an earlier call installed, so calling it again switches the language of a
    running app (Qt sends every widget a LanguageChange event). Returns the language used:
    "en" when there is no translation for the one asked for.
    """
    global _current
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()

    lang = resolve_language(language)
    if lang != SOURCE_LANGUAGE:
        own = QTranslator()
        if own.load(str(translations_dir() / f"pressdesk_{lang}.qm")):
            # The translator installed last is searched first: Qt's own, then ours over it.
            qt = QTranslator()
            if qt.load(f"qtbase_{lang}", str(qt_translations_dir())):
                QCoreApplication.installTranslator(qt)
                _installed.append(qt)
            QCoreApplication.installTranslator(own)
            _installed.append(own)
        else:
            lang = SOURCE_LANGUAGE

    if isinstance(app, QGuiApplication):
        direction = Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight
        app.setLayoutDirection(direction)
    _current = lang
    return lang


__all__ = [
    "available_ui_languages",
    "current_language",
    "install_translations",
    "is_rtl",
    "native_name",
    "resolve_language",
]
