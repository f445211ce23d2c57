"""Templates as the app uses them: loaded once, listed for the combo box, refreshed on demand."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from pressdesk.settings import shared_template_folders
from pressdesk.templating.library import Resolved, list_templates, resolve_for_release


@dataclass(frozen=True)
class Choice:
    id: str
    name: str
    origin: str  # built-in | user | shared:<folder>
    folder: Path | None = None
    languages: tuple[str, ...] = ()


class TemplateCache(QObject):
    """Resolved templates by (id, version); cleared when the library changes."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._resolved: dict[tuple[str, str], Resolved] = {}
        self._choices: list[Choice] | None = None
        self.shared: list[Path] = shared_template_folders()

    def resolve(self, template_id: str, version: str = "") -> Resolved:
        key = (template_id, version)
        if key not in self._resolved:
            self._resolved[key] = resolve_for_release(template_id, version, self.shared)
        return self._resolved[key]

    def choices(self) -> list[Choice]:
        """Every template id once, the one that wins first (user, shared, built-in)."""
        if self._choices is None:
            seen = {
                info.id: Choice(info.id, info.name, info.origin, info.folder, tuple(info.languages))
                for info in list_templates(self.shared)
                if not info.shadowed and info.error is None  # broken ones: the template manager
            }
            self._choices = sorted(seen.values(), key=lambda c: (c.origin != "built-in", c.name.lower()))
        return self._choices

    def clear(self) -> None:
        self.shared = shared_template_folders()
        self._resolved.clear()
        self._choices = None
        self.changed.emit()
