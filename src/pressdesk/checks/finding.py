"""A finding of the pre-flight check, and the field paths findings point at."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pressdesk.checks.messages import message

ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITIES = (ERROR, WARNING, INFO)
_PART = re.compile(r"([A-Za-z_]+)|\[(\d+)\]")


@dataclass(frozen=True)
class Finding:
    path: str  # where in the release: "body[3].speaker", "contacts", "" for the whole file
    kind: str  # "placeholder", "embargo", "contacts", "speaker", "spelling", ...
    severity: str  # "error", "warning" or "info"
    message_id: str  # a key of the message catalogue
    args: dict[str, Any] = field(default_factory=dict)
    word: str = ""
    suggestions: tuple[str, ...] = ()
    start: int | None = None  # where ``word`` is in the field's text
    end: int | None = None

    def message(self, ui_language: str = "en", *, isolate: bool = False) -> str:
        """The message in the UI language (English when there is no translation).

        With ``isolate``, each quoted word or value is wrapped in FSI…PDI, so that an Arabic
        word in an English sentence (or a URL in an Arabic one) keeps its quotation marks
        in place on screen.
        """
        args = self.args
        if isolate:
            args = {k: f"\u2068{v}\u2069" if isinstance(v, str) else v for k, v in args.items()}
        return message(self.message_id, ui_language, **args)

    def as_json(self, ui_language: str = "en") -> dict[str, Any]:
        """The finding as ``pressdesk check --json`` prints it."""
        return {"path": self.path, "kind": self.kind, "severity": self.severity,
                "message": self.message(ui_language), "word": self.word,
                "suggestions": list(self.suggestions)}


def path_text(parts: tuple[str | int, ...]) -> str:
    """``("body", 3, "speaker")`` → ``"body[3].speaker"``."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def path_parts(text: str) -> tuple[str | int, ...]:
    """``"body[3].speaker"`` → ``("body", 3, "speaker")`` (the GUI's field paths)."""
    return tuple(int(m.group(2)) if m.group(2) else m.group(1) for m in _PART.finditer(text))


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == ERROR for f in findings)
