"""The neutral form every reader produces: paragraphs with their look and their inline runs.

Readers keep what the recogniser (and a later mapping to inline markup) needs: the style or
heading level, bold/italic/hyperlink runs, list and picture information, size and direction.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# zero-width spaces and direction controls that copy-paste leaves (ZWNJ stays: Persian needs it)
_INVISIBLE = re.compile(r"[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]")


@dataclass
class Run:
    """A piece of a paragraph with one look."""

    text: str
    bold: bool = False
    italic: bool = False
    href: str = ""


@dataclass
class Paragraph:
    """One paragraph (or line) of the input, with what the reader knew about it."""

    text: str
    heading: int = 0  # 1 = title / h1, 2.. = lower headings, 0 = ordinary text
    bold: bool = False  # the whole paragraph is bold
    size: float | None = None  # font size in points, when the input says
    direction: str = ""  # "rtl" / "ltr" when the input marks it (w:bidi, dir=)
    style: str = ""  # the input's own style name (Word style, HTML tag)
    list_level: int = -1  # -1: not a list item
    list_ordered: bool = False
    pictures: int = 0  # pictures anchored in this paragraph
    runs: list[Run] = field(default_factory=list)

    @property
    def words(self) -> int:
        return len(self.text.split())


def clean(text: str) -> str:
    """One line of visible text: invisible controls removed, spaces collapsed, NFC."""
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    return _SPACES.sub(" ", text).strip()


def merge_runs(runs: list[Run]) -> list[Run]:
    """Neighbouring runs with the same look become one; empty runs go."""
    out: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        if out and (out[-1].bold, out[-1].italic, out[-1].href) == (run.bold, run.italic, run.href):
            out[-1] = Run(out[-1].text + run.text, run.bold, run.italic, run.href)
        else:
            out.append(run)
    return out


def from_runs(runs: list[Run], **look: object) -> Paragraph | None:
    """A paragraph from its runs; None when it holds no visible text."""
    runs = merge_runs(runs)
    text = clean("".join(r.text for r in runs))
    if not text:
        return None
    visible = [r for r in runs if r.text.strip()]
    bold = bool(visible) and all(r.bold for r in visible)
    para = Paragraph(text=text, runs=runs, **look)  # type: ignore[arg-type]
    para.bold = para.bold or bold
    return para
