"""Markdown: rendered to HTML with markdown-it (CommonMark), then read like a page fragment."""

from __future__ import annotations

from pressdesk.importers.limits import MAX_TEXT_BYTES, Deadline, check_size
from pressdesk.importers.paragraphs import Paragraph
from pressdesk.importers.read_html import read_html


def read_markdown(text: str, deadline: Deadline) -> list[Paragraph]:
    from markdown_it import MarkdownIt

    check_size(len(text.encode("utf-8")), MAX_TEXT_BYTES, "a Markdown file")
    md = MarkdownIt("commonmark", {"html": False, "breaks": True})
    html = md.render(text)
    deadline.check()
    return read_html(f"<html><body>{html}</body></html>", deadline, page=False).paragraphs
