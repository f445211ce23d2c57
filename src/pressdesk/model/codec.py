"""Turn JSON data into a validated Release (collecting every problem) and back."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pressdesk.model.markup import escape
from pressdesk.model.release import (
    BLOCK_TYPES,
    DIGIT_SYSTEMS,
    FORMAT_NAME,
    FORMAT_VERSION,
    RELEASE_KINDS,
    BodyBlock,
    Contact,
    Dateline,
    Release,
    ReleaseLine,
)

_LANG_RE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
MAX_TEXT = 200_000  # characters in one field


class ReleaseError(ValueError):
    """A release file that cannot be used; ``problems`` lists every reason with its path."""

    def __init__(self, problems: list[str], source: str = "") -> None:
        self.problems = problems
        self.source = source
        where = f"{source}: " if source else ""
        super().__init__(where + "; ".join(problems))


@dataclass
class _Reader:
    problems: list[str] = field(default_factory=list)

    def text(self, data: dict[str, Any], key: str, path: str, default: str = "") -> str:
        value = data.get(key, default)
        if value is None:
            return default
        if not isinstance(value, str):
            self.problems.append(f"{path}{key}: expected text, got {_kind(value)}")
            return default
        if len(value) > MAX_TEXT:
            self.problems.append(f"{path}{key}: text longer than {MAX_TEXT} characters")
            return value[:MAX_TEXT]
        return value

    def obj(self, data: dict[str, Any], key: str, path: str) -> dict[str, Any]:
        value = data.get(key, {})
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.problems.append(f"{path}{key}: expected an object, got {_kind(value)}")
            return {}
        return value

    def items(self, data: dict[str, Any], key: str, path: str) -> list[Any]:
        value = data.get(key, [])
        if value is None:
            return []
        if not isinstance(value, list):
            self.problems.append(f"{path}{key}: expected a list, got {_kind(value)}")
            return []
        return value

    def texts(self, data: dict[str, Any], key: str, path: str = "") -> list[str]:
        out = []
        for i, item in enumerate(self.items(data, key, path)):
            if not isinstance(item, str):
                self.problems.append(f"{path}{key}[{i}]: expected text, got {_kind(item)}")
            elif len(item) > MAX_TEXT:
                self.problems.append(f"{path}{key}[{i}]: text longer than {MAX_TEXT} characters")
            else:
                out.append(item)
        return out


def _kind(value: object) -> str:
    return {
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "text",
        list: "a list",
        dict: "an object",
        type(None): "null",
    }.get(type(value), type(value).__name__)


def _extra(data: dict[str, Any], known: set[str]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in known}


def release_from_data(data: object, source: str = "") -> Release:
    """Validate decoded JSON and build a Release, or raise ReleaseError with every problem."""
    if not isinstance(data, dict):
        raise ReleaseError([f"expected a JSON object at the top, got {_kind(data)}"], source)
    r = _Reader()
    fmt = data.get("format")
    if fmt != FORMAT_NAME:
        r.problems.append(f"format: expected {FORMAT_NAME!r}, got {fmt!r}")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        r.problems.append(f"version: expected a whole number, got {_kind(version)}")
    elif version > FORMAT_VERSION:
        raise ReleaseError(
            [
                f"this release was written by a newer PressDesk (file format version {version}; "
                f"this version reads up to {FORMAT_VERSION}). Update PressDesk to open it."
            ],
            source,
        )
    elif version < 1:
        r.problems.append(f"version: {version} is not a valid format version")

    language = r.text(data, "language", "", "ar")
    if not _LANG_RE.match(language):
        r.problems.append(f"language: {language!r} is not a language tag like 'ar', 'ar-EG', 'en'")

    rel = r.obj(data, "release", "")
    kind = r.text(rel, "kind", "release.", "immediate")
    if kind not in RELEASE_KINDS:
        r.problems.append(f"release.kind: expected one of {', '.join(RELEASE_KINDS)}, got {kind!r}")
    until = r.text(rel, "until", "release.") or None
    if kind == "embargoed":
        if not until:
            r.problems.append("release.until: an embargoed release needs a date-time")
        elif not _is_datetime_with_offset(until):
            r.problems.append(
                f"release.until: expected an ISO date-time with offset like "
                f"2021-11-30T10:00:00+02:00, got {until!r}"
            )

    dl = r.obj(data, "dateline", "")
    date = r.text(dl, "date", "dateline.")
    if date and not _is_date(date):
        r.problems.append(f"dateline.date: expected a date like 2021-11-30, got {date!r}")

    legacy = isinstance(version, int) and version < 2  # markup characters were literal
    lit = escape if legacy else _same
    body = []
    for i, item in enumerate(r.items(data, "body", "")):
        block = _body_block(r, item, f"body[{i}]", lit)
        if block is not None:
            body.append(block)

    contacts = []
    for i, item in enumerate(r.items(data, "contacts", "")):
        path = f"contacts[{i}]."
        if not isinstance(item, dict):
            r.problems.append(f"contacts[{i}]: expected an object, got {_kind(item)}")
            continue
        contacts.append(
            Contact(
                name=r.text(item, "name", path),
                role=r.text(item, "role", path),
                email=r.text(item, "email", path),
                phone=r.text(item, "phone", path),
                extra=_extra(item, {"name", "role", "email", "phone"}),
            )
        )

    boilerplate = data.get("boilerplate")
    if boilerplate is not None and not isinstance(boilerplate, str):
        r.problems.append(f"boilerplate: expected text or null, got {_kind(boilerplate)}")
        boilerplate = None
    digits = data.get("digits")
    if digits is not None and digits not in DIGIT_SYSTEMS:
        r.problems.append(f"digits: expected one of {', '.join(DIGIT_SYSTEMS)} or null")
        digits = None

    release = Release(
        language=language,
        template=r.text(data, "template", "", "classic") or "classic",
        template_version=r.text(data, "template_version", ""),
        release=ReleaseLine(kind=kind, until=until, extra=_extra(rel, {"kind", "until"})),
        headline=r.text(data, "headline", ""),
        subheadline=r.text(data, "subheadline", ""),
        dateline=Dateline(
            city=r.text(dl, "city", "dateline."), date=date, extra=_extra(dl, {"city", "date"})
        ),
        body=body,
        background=[lit(t) for t in r.texts(data, "background")],
        contacts=contacts,
        boilerplate=boilerplate,
        notes_to_editors=[lit(t) for t in r.texts(data, "notes_to_editors")],
        digits=digits,
        keywords=r.texts(data, "keywords"),
        extra=_extra(data, _TOP_KEYS),
    )
    if r.problems:
        raise ReleaseError(r.problems, source)
    return release


_BLOCK_KEYS = {
    "paragraph": ("text",),
    "quote": ("text", "speaker", "role", "lead_in"),
    "image": ("src", "caption", "credit", "alt"),
    "list": ("ordered", "items"),
}
MAX_SRC = 16 * 1024 * 1024  # characters of an image's src: an embedded photo is long


def _same(text: str) -> str:
    return text


def _body_block(r: _Reader, item: object, where: str, lit: Callable[[str], str]
                ) -> BodyBlock | None:
    path = where + "."
    if not isinstance(item, dict):
        r.problems.append(f"{where}: expected an object, got {_kind(item)}")
        return None
    btype = r.text(item, "type", path, "paragraph")
    if btype not in BLOCK_TYPES:
        r.problems.append(f"{path}type: expected one of {', '.join(BLOCK_TYPES)}, got {btype!r}")
    known = {"type", *_BLOCK_KEYS.get(btype, ("text", "speaker", "role", "lead_in"))}
    block = BodyBlock(type=btype, extra=_extra(item, known))
    if btype == "image":
        src = item.get("src", "")
        if not isinstance(src, str):
            r.problems.append(f"{path}src: expected text, got {_kind(src)}")
        elif len(src) > MAX_SRC:
            r.problems.append(f"{path}src: longer than {MAX_SRC // (1024 * 1024)} M characters")
        else:
            block.src = src
        block.caption = r.text(item, "caption", path)
        block.credit = r.text(item, "credit", path)
        block.alt = r.text(item, "alt", path)
    elif btype == "list":
        ordered = item.get("ordered", False)
        if not isinstance(ordered, bool):
            r.problems.append(f"{path}ordered: expected true/false, got {_kind(ordered)}")
        block.ordered = ordered is True
        block.items = [lit(t) for t in r.texts(item, "items", path)]
    else:
        block.text = lit(r.text(item, "text", path))
        block.speaker = r.text(item, "speaker", path)
        block.role = r.text(item, "role", path)
        block.lead_in = r.text(item, "lead_in", path)
    return block


_TOP_KEYS = {
    "format", "version", "language", "template", "template_version", "release", "headline",
    "subheadline", "dateline", "body", "background", "contacts", "boilerplate",
    "notes_to_editors", "digits", "keywords",
}  # fmt: skip


def release_to_data(release: Release) -> dict[str, Any]:
    """The JSON-ready form of a release, extra fields included."""
    rel: dict[str, Any] = {"kind": release.release.kind}
    if release.release.until:
        rel["until"] = release.release.until
    rel.update(release.release.extra)
    data: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "language": release.language,
        "template": release.template,
    }
    if release.template_version:
        data["template_version"] = release.template_version
    data.update(
        {
            "release": rel,
            "headline": release.headline,
            "subheadline": release.subheadline,
            "dateline": {
                "city": release.dateline.city,
                "date": release.dateline.date,
                **release.dateline.extra,
            },
            "body": [_block_to_data(b) for b in release.body],
            "background": list(release.background),
            "contacts": [
                {"name": c.name, "role": c.role, "email": c.email, "phone": c.phone, **c.extra}
                for c in release.contacts
            ],
            "boilerplate": release.boilerplate,
            "notes_to_editors": list(release.notes_to_editors),
        }
    )
    if release.digits:
        data["digits"] = release.digits
    if release.keywords:
        data["keywords"] = list(release.keywords)
    data.update(release.extra)
    return data


def _block_to_data(block: BodyBlock) -> dict[str, Any]:
    out: dict[str, Any] = {"type": block.type}
    if block.is_image:
        out.update(src=block.src, caption=block.caption, credit=block.credit, alt=block.alt)
        out.update(block.extra)
        return out
    if block.is_list:
        out.update(ordered=block.ordered, items=list(block.items))
        out.update(block.extra)
        return out
    out["text"] = block.text
    if block.is_quote:
        out.update(speaker=block.speaker, role=block.role)
        if block.lead_in:
            out["lead_in"] = block.lead_in
    out.update(block.extra)
    return out


def _is_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_datetime_with_offset(value: str) -> bool:
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return parsed.tzinfo is not None
