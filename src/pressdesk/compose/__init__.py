"""Compose: release + template -> one renderer-neutral Document."""

from __future__ import annotations

from typing import Any

from pressdesk.compose.document import Block, Direction, Document, Role, Run, RunKind

__all__ = ["Block", "Direction", "Document", "Role", "Run", "RunKind", "compose"]


def __getattr__(name: str) -> Any:
    # ``compose`` pulls in templates; loaded on first use so that document types stay light
    if name == "compose":
        from pressdesk.compose.compose import compose

        return compose
    raise AttributeError(name)
