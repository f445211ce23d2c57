"""Which texts of a template are placeholders: sample text for the user to replace.

A template marks them in its data, per text and language::

    [identity]
    boilerplate = { ar = "اكتب هنا نبذة عن منظمتك…", en = "Describe your organisation here…" }
    placeholders = { boilerplate = ["ar", "en"] }

The pre-flight check (``pressdesk.checks``) reports a placeholder that would reach an
exported release; the template editor can show which languages still need their own text,
and unmark a language once the user writes it (``unmark``).
"""

from __future__ import annotations

from typing import Any

from pressdesk.templating.template import Template, pick_language

PLACEHOLDER_KEYS = ("boilerplate", "name")  # identity texts that may be marked


def _identity(settings: dict[str, Any]) -> dict[str, Any]:
    identity = settings.get("identity", {})
    return identity if isinstance(identity, dict) else {}


def placeholder_languages(settings: dict[str, Any], key: str) -> list[str]:
    """The languages whose ``identity.<key>`` text is marked as a placeholder."""
    marks = _identity(settings).get("placeholders", {})
    langs = marks.get(key, []) if isinstance(marks, dict) else []
    return [lang for lang in langs if isinstance(lang, str)]


def placeholder_texts(settings: dict[str, Any], key: str) -> list[str]:
    """The marked texts of ``identity.<key>``, in every language marked."""
    value = _identity(settings).get(key)
    if not isinstance(value, dict):
        return []
    return [str(value[lang]) for lang in placeholder_languages(settings, key)
            if isinstance(value.get(lang), str) and value[lang].strip()]


def is_placeholder(template: Template | dict[str, Any], key: str, language: str) -> bool:
    """True when the template's ``identity.<key>`` text for ``language`` is a placeholder
    (or there is none for that language and the fallback it uses is one)."""
    settings = template.settings if isinstance(template, Template) else template
    text = pick_language(_identity(settings).get(key), language)
    return bool(text) and same_text(text, placeholder_texts(settings, key))


def is_placeholder_text(template: Template | dict[str, Any], text: str) -> bool:
    """True when ``text`` is (or holds) one of the template's placeholder texts."""
    settings = template.settings if isinstance(template, Template) else template
    found = normalise(text)
    if not found:
        return False
    return any(normalise(p) in found for key in PLACEHOLDER_KEYS
               for p in placeholder_texts(settings, key))


def unmark(settings: dict[str, Any], key: str, language: str) -> None:
    """The user wrote their own ``identity.<key>`` for ``language``: it is no placeholder."""
    marks = _identity(settings).get("placeholders")
    if not isinstance(marks, dict) or key not in marks:
        return
    base = language.split("-")[0]
    marks[key] = [lang for lang in placeholder_languages(settings, key) if lang not in (language, base)]
    if not marks[key]:
        del marks[key]
    if not marks:
        del settings["identity"]["placeholders"]


def normalise(text: str) -> str:
    return " ".join(text.split()).casefold()


def same_text(text: str, candidates: list[str]) -> bool:
    found = normalise(text)
    return any(found == normalise(c) for c in candidates)
