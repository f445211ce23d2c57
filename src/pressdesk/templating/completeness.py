"""What a template still lacks in each language it offers: missing texts and placeholders.

Placeholder texts (the built-in templates' "Describe your organisation here") are marked in
the template's data: ``[template] placeholders = ["identity.name", "identity.boilerplate"]``.
An entry names a per-language table (every language of it is a placeholder) or one language
of it (``identity.boilerplate.en``). Writing a text in the editor or with ``templates set``
clears its mark. ``is_placeholder`` is the one function that reads the marks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

PLACEHOLDERS = "placeholders"
# Texts a release shows in every language: missing ones fall back to English (or nothing).
REQUIRED_TEXTS = ("identity.name", "identity.boilerplate")
OPTIONAL_TEXTS = ("header.text", "footer.text")


@dataclass(frozen=True)
class Gap:
    key: str  # e.g. "identity.boilerplate.en", or "identity.contacts"
    kind: str  # "missing" | "placeholder"


def _data(template_or_data: Any) -> dict[str, Any]:
    data = getattr(template_or_data, "data", template_or_data)
    return data if isinstance(data, dict) else {}


def _marks(data: dict[str, Any]) -> list[str]:
    marks = data.get("template", {}).get(PLACEHOLDERS, [])
    return [m for m in marks if isinstance(m, str)] if isinstance(marks, list) else []


def is_placeholder(template_or_data: Any, key: str) -> bool:
    """True when the text at ``key`` (e.g. ``identity.boilerplate.en``) is marked placeholder."""
    marks = _marks(_data(template_or_data))
    parts = key.split(".")
    return any(".".join(parts[:n]) in marks for n in range(1, len(parts) + 1))


def clear_placeholder(data: dict[str, Any], key: str, languages: list[str]) -> None:
    """Unmark ``key`` (the user wrote it); a mark on its whole table stays for the other languages."""
    head = data.get("template")
    if not isinstance(head, dict) or not _marks(data):
        return
    marks = _marks(data)
    parts = key.split(".")
    out: list[str] = []
    for mark in marks:
        if mark == key or mark.startswith(key + "."):
            continue
        if key.startswith(mark + ".") and len(parts) == len(mark.split(".")) + 1:
            out += [f"{mark}.{lang}" for lang in languages if lang != parts[-1]]
            continue
        out.append(mark)
    out = list(dict.fromkeys(out))
    if out:
        head[PLACEHOLDERS] = out
    else:
        head.pop(PLACEHOLDERS, None)


def _text(data: dict[str, Any], key: str, language: str) -> str | None:
    section, name = key.split(".")
    value = data.get(section, {}).get(name)
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        found = value.get(language)
        return found if isinstance(found, str) else None
    return None


def completeness(template_or_data: Any, languages: list[str] | None = None,
                 ) -> dict[str, list[Gap]]:
    """For each offered language, the texts still missing or placeholder ("" = every language)."""
    data = _data(template_or_data)
    offered = languages or list(data.get("template", {}).get("languages", [])) or ["ar"]
    out: dict[str, list[Gap]] = {}
    for lang in offered:
        gaps = []
        for key in REQUIRED_TEXTS:
            text = _text(data, key, lang)
            if text is None or not text.strip():
                gaps.append(Gap(f"{key}.{lang}", "missing"))
            elif is_placeholder(data, f"{key}.{lang}"):
                gaps.append(Gap(f"{key}.{lang}", "placeholder"))
        for key in OPTIONAL_TEXTS:
            if is_placeholder(data, f"{key}.{lang}"):
                gaps.append(Gap(f"{key}.{lang}", "placeholder"))
        out[lang] = gaps
    contacts = data.get("identity", {}).get("contacts")
    general = [] if contacts else [Gap("identity.contacts", "missing")]
    if contacts and is_placeholder(data, "identity.contacts"):
        general.append(Gap("identity.contacts", "placeholder"))
    out[""] = general
    return out
