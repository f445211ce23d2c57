"""Every text of a release that a reader sees, with its path."""

from __future__ import annotations

from collections.abc import Iterator

from pressdesk.model import Release
from pressdesk.model.markup import plain

FieldPath = tuple[str | int, ...]


def text_fields(release: Release) -> Iterator[tuple[FieldPath, str]]:
    """(path, text) of every non-empty text field, in reading order (no e-mails or phones);
    fields with inline markup give the text a reader sees (as their editor shows it)."""
    def pairs() -> Iterator[tuple[FieldPath, str]]:
        yield ("headline",), release.headline
        yield ("subheadline",), release.subheadline
        yield ("dateline", "city"), release.dateline.city
        for i, block in enumerate(release.body):
            if block.is_quote:
                yield ("body", i, "lead_in"), block.lead_in
            if block.is_image:
                yield ("body", i, "caption"), block.caption
                yield ("body", i, "credit"), block.credit
                continue
            if block.is_list:
                for k, item in enumerate(block.items):
                    yield ("body", i, "items", k), plain(item)
                continue
            yield ("body", i, "text"), plain(block.text)
            if block.is_quote:
                yield ("body", i, "speaker"), block.speaker
                yield ("body", i, "role"), block.role
        for i, text in enumerate(release.background):
            yield ("background", i), plain(text)
        for i, contact in enumerate(release.contacts):
            yield ("contacts", i, "name"), contact.name
            yield ("contacts", i, "role"), contact.role
        if release.boilerplate is not None:
            yield ("boilerplate",), release.boilerplate
        for i, text in enumerate(release.notes_to_editors):
            yield ("notes_to_editors", i), plain(text)

    for path, text in pairs():
        if text and text.strip():
            yield path, text
