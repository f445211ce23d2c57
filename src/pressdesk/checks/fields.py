"""Every text of a release that a reader sees, with its path."""

from __future__ import annotations

from collections.abc import Iterator

from pressdesk.model import Release

FieldPath = tuple[str | int, ...]


def text_fields(release: Release) -> Iterator[tuple[FieldPath, str]]:
    """(path, text) of every non-empty text field, in reading order (no e-mails or phones)."""
    def pairs() -> Iterator[tuple[FieldPath, str]]:
        yield ("headline",), release.headline
        yield ("subheadline",), release.subheadline
        yield ("dateline", "city"), release.dateline.city
        for i, block in enumerate(release.body):
            if block.is_quote:
                yield ("body", i, "lead_in"), block.lead_in
            yield ("body", i, "text"), block.text
            if block.is_quote:
                yield ("body", i, "speaker"), block.speaker
                yield ("body", i, "role"), block.role
        for i, text in enumerate(release.background):
            yield ("background", i), text
        for i, contact in enumerate(release.contacts):
            yield ("contacts", i, "name"), contact.name
            yield ("contacts", i, "role"), contact.role
        if release.boilerplate is not None:
            yield ("boilerplate",), release.boilerplate
        for i, text in enumerate(release.notes_to_editors):
            yield ("notes_to_editors", i), text

    for path, text in pairs():
        if text and text.strip():
            yield path, text
