"""What every export must contain, built from the release file itself, field by field.

The expectations never come from the composed Document: anything compose loses or
scrambles must show up as a failure. The formatted dateline is the one part PressDesk
writes itself; its expected text is written out here, by hand, for each release.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pressdesk.model import Release, load_release
from pressdesk.model.markup import plain
from tests.conformance.readers import words

# The dateline each release must open its lead with, as a reader of that language writes it.
DATELINES = {
    "iom-imrf-briefing-ar": "30 نوفمبر 2021، القاهرة -",
    "water-resilience-en": "TUNIS, 3 December 2026 –",
    "fa": "تهران، 10 مه 2026 -",
    "fr": "RABAT, le 22 mars 2026 –",
    "he": "ירושלים, 1 יוני 2026 –",
    "hostile-en": "\"><SVG ONLOAD=ALERT(1)>, 1 January 2026 –",
    "stress-ar": "14 فبراير 2026، عمّان -",
}

RTL_BIDI = frozenset({"R", "AL"})


@dataclass(frozen=True)
class Field:
    """One piece of the release that must come out, with where it is in the release."""

    path: str  # "body[3].speaker"
    text: str
    block: int  # fields of one block share this number; blocks must come out in order

    @property
    def words(self) -> list[str]:
        return words(self.text)


def strong_direction(text: str) -> str | None:
    """``rtl``/``ltr`` when one side's letters clearly win (3 to 1), else None."""
    rtl = ltr = 0
    for ch in text:
        bidi = unicodedata.bidirectional(ch)
        rtl += bidi in RTL_BIDI
        ltr += bidi == "L"
    if rtl >= 3 * max(ltr, 1):
        return "rtl"
    if ltr >= 3 * max(rtl, 1):
        return "ltr"
    return None


def release_fields(release: Release, name: str, template_boilerplate: str = "",
                   template_contacts: list[dict] | None = None, pull_quotes: bool = False,
                   ) -> list[Field]:
    """Every field of the release that a reader must find, in the release's order."""
    out: list[Field] = []
    block = 0

    def add(path: str, text: str, same_block: bool = False) -> None:
        nonlocal block
        if not words(text):
            return
        if not same_block:
            block += 1
        out.append(Field(path, text, block))

    add("headline", release.headline)
    add("subheadline", release.subheadline)
    dateline = DATELINES.get(name, release.dateline.city)
    add("dateline", dateline)
    first = True
    for i, b in enumerate(release.body):
        if b.type == "image":  # the photo itself has no words; its caption and credit do
            add(f"body[{i}].caption", b.caption)
            add(f"body[{i}].credit", b.credit)
        elif b.type == "list":
            for k, item in enumerate(b.items):
                add(f"body[{i}].items[{k}]", plain(item))
        elif b.type == "quote":
            add(f"body[{i}].text", plain(b.text))
            add(f"body[{i}].speaker", b.speaker, same_block=True)
            add(f"body[{i}].role", b.role, same_block=True)
            if not pull_quotes:  # a pull quote has an attribution, not a lead-in
                add(f"body[{i}].lead_in", b.lead_in, same_block=True)
        else:
            # the lead continues the dateline's paragraph
            add(f"body[{i}].text", plain(b.text), same_block=first and bool(words(dateline)))
        first = False
    for i, text in enumerate(release.background):
        add(f"background[{i}]", plain(text))
    contacts = [(c.name, c.role, c.email, c.phone) for c in release.contacts
                if any(v.strip() for v in (c.name, c.role, c.email, c.phone))]
    if not contacts and template_contacts:
        contacts = [(d.get("name", ""), d.get("role", ""), d.get("email", ""), d.get("phone", ""))
                    for d in template_contacts]
    for i, (cname, role, email, phone) in enumerate(contacts):
        add(f"contacts[{i}].name", cname)
        add(f"contacts[{i}].role", role, same_block=True)
        add(f"contacts[{i}].email", email, same_block=True)
        add(f"contacts[{i}].phone", phone, same_block=True)
    boilerplate = release.boilerplate if release.boilerplate is not None else template_boilerplate
    for i, para in enumerate(p for p in boilerplate.split("\n\n") if p.strip()):
        add(f"boilerplate[{i}]", para)
    for i, text in enumerate(release.notes_to_editors):
        add(f"notes_to_editors[{i}]", plain(text))
    return out


def fields_for(path: Path, template: str = "classic") -> list[Field]:
    from pressdesk.templating import find_template

    release = load_release(path)
    tpl = find_template(template)
    contacts = tpl.settings.get("identity", {}).get("contacts", [])
    return release_fields(release, path.stem, tpl.text_for("identity", "boilerplate", release.language),
                          contacts, pull_quotes=tpl.settings["quote"]["style"] == "pull")


def find_in_order(fields: list[Field], got: list[str], furniture: frozenset[str]) -> list[str]:
    """Problems: fields whose words are not found whole, in order, after the previous block.

    A field's words must follow each other in the read-back with nothing between them but
    page furniture (header, footer, page numbers) where a page breaks. Fields of one block
    (a quote's text, speaker and role) may come in any order, after the previous block.
    """
    problems = []
    cursor = 0  # where the current block may start
    block, block_end = -1, 0
    for field in fields:
        if field.block != block:
            block, cursor = field.block, block_end
        want = field.words
        at = _find(want, got, cursor, furniture)
        if at is None:
            anywhere = _find(want, got, 0, furniture)
            where = "out of order" if anywhere is not None else "missing or scrambled"
            problems.append(f"{field.path} {where}: {' '.join(want)[:80]!r}")
            continue
        block_end = max(block_end, at)
    return problems


def _find(want: list[str], got: list[str], start: int, furniture: frozenset[str]) -> int | None:
    """The index after the first match of ``want`` in ``got`` at or after ``start``."""
    if not want:
        return start
    first = want[0]
    for i in range(start, len(got)):
        if got[i] != first:
            continue
        j, k = i + 1, 1
        while k < len(want) and j < len(got):
            if got[j] == want[k]:
                j, k = j + 1, k + 1
            elif got[j] in furniture:
                j += 1
            else:
                break
        if k == len(want):
            return j
    return None
