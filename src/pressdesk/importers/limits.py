"""What an import refuses: too big, too slow, not what its name says."""

from __future__ import annotations

import time

MB = 1024 * 1024
MAX_TEXT_BYTES = 4 * MB  # a release is a few pages; a 4 MB text file is not one
MAX_HTML_BYTES = 8 * MB  # pages carry scripts and styles, but 8 MB is no release page
MAX_DOCX_BYTES = 40 * MB  # Word files carry pictures
MAX_DOCX_XML_BYTES = 16 * MB  # the unpacked document.xml (a zip bomb stops here)
MAX_PARAGRAPHS = 5000
MAX_PARAGRAPH_CHARS = 20000  # longer paragraphs are kept as they are, without looking for parts
MAX_SECONDS = 20.0


class ImportFailure(Exception):
    """The input cannot be imported; the message is one line for the user."""

    def __init__(self, message: str, source: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class Deadline:
    """Raises ImportFailure once the import has taken too long (checked between steps)."""

    def __init__(self, seconds: float = MAX_SECONDS) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() > self.end:
            raise ImportFailure(f"reading took longer than {self.seconds:g} seconds; gave up")


def check_size(size: int, limit: int, what: str) -> None:
    if size > limit:
        raise ImportFailure(
            f"the file is {size / MB:.1f} MB; {what} larger than {limit // MB} MB is not a press release")
