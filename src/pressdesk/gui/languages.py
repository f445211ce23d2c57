"""Release languages offered in the app, with their names and directions (no Qt)."""

from __future__ import annotations

import json
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
    """'العربية (مصر) — ar-EG' or 'Arabic (Egypt) — ar-EG': the name in the UI language, with the tag."""
    ui_language = ui_language or "en"
    return _offered_names(ui_language).get(language) or _babel_name(language, ui_language)


def _babel_name(language: str, ui_language: str) -> str:
    try:
        from babel import Locale

        locale = Locale.parse(language.replace("-", "_"))
        ui = Locale.parse(ui_language.replace("-", "_"))
        name = locale.get_display_name(ui) or language
    except Exception:  # unknown tags are shown as typed
        return language
    return f"{name} — {language}"


@cache
def _offered_names(ui_language: str) -> dict[str, str]:
    """The offered languages' names in ``ui_language``, kept in the user cache folder:
    babel takes 20 to 30 ms to load a locale's names, on every start of the window."""
    import babel

    from pressdesk.paths import cache_dir

    path = cache_dir() / "languages" / f"names-{babel.__version__}-{ui_language}.json"
    try:
        found = json.loads(path.read_text("utf-8"))
        if (isinstance(found, dict) and set(found) == set(RELEASE_LANGUAGES)
                and all(isinstance(v, str) and v for v in found.values())):
            return found
    except (OSError, ValueError):
        pass  # missing or damaged: rebuilt below
    names = {tag: _babel_name(tag, ui_language) for tag in RELEASE_LANGUAGES}
    try:
        from pressdesk.util.atomic import write_atomic

        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(names, ensure_ascii=False).encode("utf-8"))
    except OSError:
        pass  # a read-only cache folder costs only the time
    return names


def languages_with(current: str) -> list[str]:
    """The offered languages, plus the release's own when it is not one of them."""
    out = list(RELEASE_LANGUAGES)
    if current and current not in out:
        out.append(current)
    return out
