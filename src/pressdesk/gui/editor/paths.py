"""Read and write a release's fields by path, e.g. ("body", 2, "text") (no Qt)."""

from __future__ import annotations

import copy
from typing import Any

from pressdesk.model import BodyBlock, Contact, Release

Path = tuple[str | int, ...]

# The lists of a release that the form edits as cards, and what a new item looks like.
LIST_KEYS = ("body", "background", "contacts", "notes_to_editors")


def get(release: Release, path: Path) -> Any:
    obj: Any = release
    for part in path:
        obj = obj[part] if isinstance(part, int) else getattr(obj, part)
    return obj


def put(release: Release, path: Path, value: Any) -> None:
    parent = get(release, path[:-1])
    last = path[-1]
    if isinstance(last, int):
        parent[last] = value
    else:
        setattr(parent, last, value)


def new_item(key: str, kind: str = "paragraph") -> Any:
    if key == "body":
        return BodyBlock(type=kind)
    if key == "contacts":
        return Contact()
    return ""


def clone(value: Any) -> Any:
    return copy.deepcopy(value)


def snapshot(release: Release) -> Release:
    """A copy that a worker thread can read while the user goes on typing."""
    return copy.deepcopy(release)


def text_paths(release: Release) -> list[Path]:
    """Every text field of the release in the form's reading order (for find and replace).

    The boilerplate counts only when the release has its own (the template's is read-only).
    """
    found: list[Path] = [("headline",), ("subheadline",), ("dateline", "city")]
    for i, block in enumerate(release.body):
        if block.type == "quote":
            found += [("body", i, "lead_in"), ("body", i, "speaker"), ("body", i, "role")]
        found.append(("body", i, "text"))
    found += [("background", i) for i in range(len(release.background))]
    for i in range(len(release.contacts)):
        found += [("contacts", i, part) for part in ("name", "role", "email", "phone")]
    if release.boilerplate is not None:
        found.append(("boilerplate",))
    found += [("notes_to_editors", i) for i in range(len(release.notes_to_editors))]
    return found
