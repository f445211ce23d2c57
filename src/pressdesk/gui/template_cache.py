"""Templates as the app uses them: loaded once, listed for the combo box, refreshed on demand."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from pressdesk.templating import TemplateError, load_template
from pressdesk.templating.library import Resolved, candidates, resolve_for_release


@dataclass(frozen=True)
class Choice:
    id: str
    name: str
    origin: str  # built-in | user | shared:<folder>


class TemplateCache(QObject):
    """Resolved templates by (id, version); cleared when the library changes."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._resolved: dict[tuple[str, str], Resolved] = {}
        self._choices: list[Choice] | None = None

    def resolve(self, template_id: str, version: str = "") -> Resolved:
        key = (template_id, version)
        if key not in self._resolved:
            self._resolved[key] = resolve_for_release(template_id, version)
        return self._resolved[key]

    def choices(self) -> list[Choice]:
        """Every template id once, the one that wins first (user, shared, built-in)."""
        if self._choices is None:
            seen: dict[str, Choice] = {}
            for tid, folder, origin in candidates():
                if tid in seen:
                    continue
                try:
                    name = load_template(folder, origin=origin).name
                except TemplateError:
                    continue  # a broken template is reported by the template manager
                seen[tid] = Choice(tid, name, origin)
            self._choices = sorted(seen.values(), key=lambda c: (c.origin != "built-in", c.name.lower()))
        return self._choices

    def clear(self) -> None:
        self._resolved.clear()
        self._choices = None
        self.changed.emit()
