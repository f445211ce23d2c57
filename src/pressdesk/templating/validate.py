"""Check parsed ``template.toml`` data against the schema, collecting every problem."""

from __future__ import annotations

import re
import string
from typing import Any

from pressdesk.templating.schema import (
    HEX_COLOR,
    LABEL_FIELDS,
    LABEL_KEYS,
    PALETTE,
    PER_LANGUAGE,
    SHAPE,
)

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_LANG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
MAX_TEXT = 20_000
# one mailbox, optionally with a display name; no line breaks, commas or quotes (header safety)
_ADDRESS = re.compile(r"^(?:[^<>\"\r\n,;@]{1,100}<[^<>\s,;@]+@[^<>\s,;@]+\.[^<>\s,;@]+>"
                      r"|[^<>\s,;@\"]+@[^<>\s,;@\"]+\.[^<>\s,;@\"]+)$")


def check_template_data(data: dict[str, Any]) -> list[str]:
    """Every problem in the data as ``key.path: message``; empty when it is fine."""
    problems: list[str] = []
    _check_table(data, SHAPE, "", problems)
    return problems


def _check_table(data: Any, shape: dict[str, Any], path: str, problems: list[str]) -> None:
    if not isinstance(data, dict):
        problems.append(f"{path.rstrip('.') or 'file'}: expected a table")
        return
    for key, value in data.items():
        if key not in shape:
            known = ", ".join(sorted(shape))
            problems.append(f"{path}{key}: unknown key (known here: {known})")
            continue
        _check_value(value, shape[key], f"{path}{key}", problems)


def _check_value(value: Any, spec: Any, path: str, problems: list[str]) -> None:
    if isinstance(spec, dict):
        _check_table(value, spec, path + ".", problems)
    elif spec == "color":
        if not (isinstance(value, str) and (HEX_COLOR.match(value) or value in PALETTE)):
            problems.append(f"{path}: expected a colour like '#1f4e79' or one of {PALETTE}")
    elif spec == "id":
        if not (isinstance(value, str) and _ID.match(value)):
            problems.append(f"{path}: expected an id of lowercase letters, digits, - and _")
    elif spec == PER_LANGUAGE:
        _check_per_language(value, path, problems)
    elif spec == "labels":
        _check_labels(value, path, problems)
    elif spec == "contacts":
        _check_contacts(value, path, problems)
    elif spec == "skeleton":
        _check_skeleton(value, path, problems)
    elif spec == "addresses":
        _check_addresses(value, path, problems)
    elif isinstance(spec, list):
        if not isinstance(value, list) or not all(isinstance(v, spec[0]) for v in value):
            problems.append(f"{path}: expected a list of text")
    elif isinstance(spec, tuple) and all(isinstance(s, str) for s in spec):
        if value not in spec:
            problems.append(f"{path}: expected one of {', '.join(dict.fromkeys(spec))}")
    elif spec is bool:
        if not isinstance(value, bool):
            problems.append(f"{path}: expected true or false")
    elif spec is int:
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 200:
            problems.append(f"{path}: expected a whole number from 0 to 200")
    elif isinstance(spec, tuple):  # numbers
        if isinstance(value, bool) or not isinstance(value, spec):
            problems.append(f"{path}: expected a number")
        elif not 0 <= value <= 400:
            problems.append(f"{path}: {value} is out of range (0 to 400)")
    elif spec is str:
        if not isinstance(value, str):
            problems.append(f"{path}: expected text")
        elif len(value) > MAX_TEXT:
            problems.append(f"{path}: text longer than {MAX_TEXT} characters")


def _check_per_language(value: Any, path: str, problems: list[str]) -> None:
    if isinstance(value, str):
        return  # one text for every language
    if not isinstance(value, dict):
        problems.append(f"{path}: expected text or a table of language = text")
        return
    for lang, text in value.items():
        if not _LANG.match(lang):
            problems.append(f"{path}.{lang}: not a language tag")
        elif not isinstance(text, str) or len(text) > MAX_TEXT:
            problems.append(f"{path}.{lang}: expected text")


def _check_labels(value: Any, path: str, problems: list[str]) -> None:
    if not isinstance(value, dict):
        problems.append(f"{path}: expected a table of language tables")
        return
    for lang, table in value.items():
        if not _LANG.match(lang) or not isinstance(table, dict):
            problems.append(f"{path}.{lang}: expected a table named by a language tag")
            continue
        for key, text in table.items():
            if key not in LABEL_KEYS:
                problems.append(f"{path}.{lang}.{key}: unknown label")
            elif key == "city_upper":
                if not isinstance(text, bool):
                    problems.append(f"{path}.{lang}.{key}: expected true or false")
            elif not isinstance(text, str) or len(text) > 2000:
                problems.append(f"{path}.{lang}.{key}: expected text")
            elif key in LABEL_FIELDS:
                problem = _placeholder_problem(text, LABEL_FIELDS[key])
                if problem:
                    problems.append(f"{path}.{lang}.{key}: {problem}")


def _placeholder_problem(text: str, allowed: frozenset[str]) -> str | None:
    """Labels are filled with str.format: only plain ``{name}`` fields that compose supplies."""
    try:
        fields = list(string.Formatter().parse(text))
    except ValueError:
        return "unbalanced { or }; write {{ and }} for literal braces"
    for _literal, name, spec, conversion in fields:
        if name is None:
            continue
        if name not in allowed or spec or conversion:
            return f"unknown placeholder {{{name}{'!' + conversion if conversion else ''}" + (
                f":{spec}}}" if spec else "}") + f" (use {', '.join('{' + f + '}' for f in sorted(allowed))})"
    return None


def _check_contacts(value: Any, path: str, problems: list[str]) -> None:
    if not isinstance(value, list):
        problems.append(f"{path}: expected a list of contacts")
        return
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            problems.append(f"{path}[{i}]: expected a table")
            continue
        for key, text in item.items():
            if key not in ("name", "role", "email", "phone"):
                problems.append(f"{path}[{i}].{key}: unknown key")
            elif not isinstance(text, str):
                problems.append(f"{path}[{i}].{key}: expected text")


def _check_addresses(value: Any, path: str, problems: list[str]) -> None:
    """E-mail addresses for a header: ``a@b.org``, ``Name <a@b.org>``, or a list of them."""
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
        problems.append(f"{path}: expected an e-mail address or a list of them")
        return
    if len(items) > 500:
        problems.append(f"{path}: more than 500 addresses")
        return
    for item in items:
        if not _ADDRESS.match(item.strip()):
            problems.append(f"{path}: {item[:80]!r} is not an e-mail address "
                            "(write a@example.org or Name <a@example.org>)")


def _check_skeleton(value: Any, path: str, problems: list[str]) -> None:
    if not isinstance(value, list):
        problems.append(f"{path}: expected a list of blocks")
        return
    for i, item in enumerate(value):
        if not isinstance(item, dict) or item.get("type") not in ("paragraph", "quote"):
            problems.append(f"{path}[{i}]: expected a table with type 'paragraph' or 'quote'")
            continue
        for key, text in item.items():
            if key not in ("type", "speaker", "role", "lead_in", "text"):
                problems.append(f"{path}[{i}].{key}: unknown key")
            elif not isinstance(text, str):
                problems.append(f"{path}[{i}].{key}: expected text")
