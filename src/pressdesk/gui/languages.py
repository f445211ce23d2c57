"""Release languages offered in the app, with their names and directions (no Qt)."""

from __future__ import annotations

from functools import cache

from pressdesk.compose.direction import language_direction
from pressdesk.compose.document import Direction

# The office's languages first; any other BCP 47 tag in a file is kept and shown as is.
RELEASE_LANGUAGES = (
    "ar", "ar-EG", "ar-IQ", "ar-JO", "ar-LB", "ar-MA", "ar-TN", "ar-DZ", "ar-SA", "ar-AE",
    "en", "en-GB", "fr", "fr-MA", "fa", "he",
)  # fmt: skip


def is_rtl(language: str) -> bool:
    return language_direction(language or "en") is Direction.RTL


@cache
def display_name(language: str, ui_language: str = "en") -> str:
    """'العربية (مصر)' or 'Arabic (Egypt)': the name in the UI language, with the tag."""
    try:
        from babel import Locale

        locale = Locale.parse(language.replace("-", "_"))
        ui = Locale.parse((ui_language or "en").replace("-", "_"))
        name = locale.get_display_name(ui) or language
    except Exception:  # unknown tags are shown as typed
        return language
    return f"{name} — {language}"


def languages_with(current: str) -> list[str]:
    """The offered languages, plus the release's own when it is not one of them."""
    out = list(RELEASE_LANGUAGES)
    if current and current not in out:
        out.append(current)
    return out
