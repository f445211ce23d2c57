"""Checks shared by the importer tests: every word kept, in order."""

from __future__ import annotations

import re

from pressdesk.model import Release

_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def release_words(release: Release) -> list[str]:
    """The release's words in reading order (release line, labels and headings are the template's)."""
    parts = [release.headline, release.subheadline, release.dateline.city]
    for block in release.body:
        parts += [block.lead_in, block.speaker, block.role, block.text]
    parts += release.background + release.notes_to_editors
    for c in release.contacts:
        parts += [c.name, c.role, c.email, c.phone]
    parts.append(release.boilerplate or "")
    return words(" ".join(parts))


def missing(expected_texts: list[str], release: Release) -> list[str]:
    """Words of the expected texts that the release does not hold (as a multiset)."""
    have: dict[str, int] = {}
    for w in release_words(release):
        have[w] = have.get(w, 0) + 1
    out = []
    for w in words(" ".join(expected_texts)):
        if have.get(w, 0):
            have[w] -= 1
        else:
            out.append(w)
    return out
