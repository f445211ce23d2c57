"""Errors about templates, each naming the file and the key."""

from __future__ import annotations


class TemplateError(ValueError):
    """A template that cannot be used; ``problems`` holds one clear message per fault."""

    def __init__(self, problems: list[str], source: str = "") -> None:
        self.problems = problems
        self.source = source
        where = f"{source}: " if source else ""
        super().__init__(where + "; ".join(problems))
