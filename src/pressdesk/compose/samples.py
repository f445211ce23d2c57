"""Sample releases composed with a template: what a template's layout is test-rendered on."""

from __future__ import annotations

from pressdesk.compose.compose import compose
from pressdesk.compose.document import Document
from pressdesk.model.release import BodyBlock, Contact, Dateline, Release, ReleaseLine
from pressdesk.templating.template import Template


def sample_documents(template: Template) -> list[Document]:
    """The template's first language and English, with every kind of block and run."""
    languages = list(dict.fromkeys([*(template.languages or ["ar"])[:1], "en"]))
    docs = []
    for lang in languages:
        release = Release(
            language=lang,
            release=ReleaseLine(kind="embargoed", until="2030-01-02T09:00:00+03:00"),
            headline="Sample headline عنوان", subheadline="Sample subheadline",
            dateline=Dateline(city="Amman", date="2030-01-02"),
            body=[BodyBlock(text="Lead text with https://example.org and UNHCR."),
                  BodyBlock(type="quote", text="A quote.", speaker="A. Speaker", role="Director",
                            lead_in="Said"),
                  BodyBlock(text="A paragraph\nwith a line break and press@example.org.")],
            background=["Background."], contacts=[Contact(name="Contact", email="a@example.org")],
            notes_to_editors=["A note."], keywords=["sample"],
        )
        docs.append(compose(release, template))
    return docs
