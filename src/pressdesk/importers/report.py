"""What an import recognised, what it was unsure of, and what it left out as page furniture."""

from __future__ import annotations

from dataclasses import dataclass, field


class Note(str):
    """One report line: the English text, with its template and arguments kept for translation."""

    template: str
    args: dict[str, object]

    def __new__(cls, template: str, **args: object) -> Note:
        note = super().__new__(cls, template.format(**args))
        note.template, note.args = template, args
        return note


@dataclass
class ImportReport:
    source: str = ""
    kind: str = ""  # docx, txt, html, md, paste
    recognised: list[str] = field(default_factory=list)
    unsure: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The report as short lines, for the CLI and the app."""
        out = [f"recognised: {item}" for item in self.recognised]
        out += [f"unsure: {item}" for item in self.unsure]
        out += [f"dropped: {item}" for item in self.dropped]
        return out


def short(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
