"""Which texts of a template are placeholders: sample text for the user to replace.

A template marks them in its data (``[template] placeholders = ["identity.boilerplate"]``,
or one language: ``"identity.boilerplate.en"``); ``templating.completeness`` reads and
clears the marks, and this module answers the pre-flight check's questions with them:
is this text, about to be exported, a placeholder? Only the boilerplate counts there: a
sample organisation name is the template editor's business (its completeness list).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pressdesk.templating.completeness import clear_placeholder
from pressdesk.templating.completeness import is_placeholder as is_marked
from pressdesk.templating.template import Template, pick_language

PLACEHOLDER_KEYS = ("boilerplate",)  # identity texts whose placeholder must not reach a release


def _identity(settings: dict[str, Any]) -> dict[str, Any]:
    identity = settings.get("identity", {})
    return identity if isinstance(identity, dict) else {}


def placeholder_languages(settings: dict[str, Any], key: str) -> list[str]:
    """The languages whose ``identity.<key>`` text is marked as a placeholder."""
    value = _identity(settings).get(key)
    if isinstance(value, str):
        return ["*"] if is_marked(settings, f"identity.{key}") else []
    if not isinstance(value, dict):
        return []
    return [lang for lang in value if is_marked(settings, f"identity.{key}.{lang}")]


def placeholder_texts(settings: dict[str, Any], key: str) -> list[str]:
    """The marked texts of ``identity.<key>``, in every language marked."""
    value = _identity(settings).get(key)
    if isinstance(value, str):
        return [value] if placeholder_languages(settings, key) and value.strip() else []
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


def placeholder_matcher(template: Template | dict[str, Any]) -> Callable[[str], bool]:
    """A test of whether a text is (or holds) one of the template's placeholder texts, which
    it reads once for all the texts it is asked about."""
    settings = template.settings if isinstance(template, Template) else template
    marked = [n for n in (normalise(p) for key in PLACEHOLDER_KEYS
                          for p in placeholder_texts(settings, key)) if n]

    def matches(text: str) -> bool:
        found = normalise(text)
        return bool(found) and any(p in found for p in marked)

    return matches


def unmark(settings: dict[str, Any], key: str, language: str) -> None:
    """The user wrote their own ``identity.<key>`` for ``language``: it is no placeholder."""
    value = _identity(settings).get(key)
    languages = list(value) if isinstance(value, dict) else []
    for tag in dict.fromkeys((language.split("-")[0], language)):
        clear_placeholder(settings, f"identity.{key}.{tag}", languages)


def normalise(text: str) -> str:
    return " ".join(text.split()).casefold()


def same_text(text: str, candidates: list[str]) -> bool:
    found = normalise(text)
    return any(found == normalise(c) for c in candidates)
