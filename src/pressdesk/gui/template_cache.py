"""Templates as the app uses them: loaded once, listed for the combo box, refreshed on demand."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from pressdesk.gui.i18n import current_language
from pressdesk.settings import shared_template_folders
from pressdesk.templating.library import Resolved, list_templates, resolve_for_release

WATCH_DELAY_MS = 400  # a copy onto a network drive writes in bursts
MAX_WATCHED = 300  # template folders per library


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
        # a template changed on a shared folder (or in the user's library) is picked up live
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(WATCH_DELAY_MS)
        self._debounce.timeout.connect(self.clear)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._debounce.start)
        self.watcher.fileChanged.connect(self._debounce.start)
        self._watch()

    def resolve(self, template_id: str, version: str = "") -> Resolved:
        key = (template_id, version)
        if key not in self._resolved:
            self._resolved[key] = resolve_for_release(template_id, version, self.shared)
        return self._resolved[key]

    def choices(self) -> list[Choice]:
        """Every template id once, the one that wins first (user, shared, built-in)."""
        if self._choices is None:
            seen = {
                info.id: Choice(info.id, info.name_in(current_language()), info.origin, info.folder,
                                tuple(info.languages))
                for info in list_templates(self.shared)
                if not info.shadowed and info.error is None  # broken ones: the template manager
            }
            self._choices = sorted(seen.values(), key=lambda c: (c.origin != "built-in", c.name.lower()))
        return self._choices

    def clear(self) -> None:
        self.shared = shared_template_folders()
        self._resolved.clear()
        self._choices = None
        self._watch()
        self.changed.emit()

    def _watch(self) -> None:
        """Watch the libraries that can change (not the built-in one), their templates' folders
        and ``template.toml`` files."""
        from pressdesk.templating.library import sources

        wanted: list[str] = []
        for source in sources(self.shared):
            if source.origin == "built-in" or not source.folder.is_dir():
                continue
            wanted.append(str(source.folder))
            try:
                entries = [e for e in source.folder.iterdir() if not e.name.startswith(".")]
            except OSError:
                continue
            for entry in entries[:MAX_WATCHED]:
                if (entry / "template.toml").is_file():
                    wanted += [str(entry), str(entry / "template.toml")]
        old = set(self.watcher.directories() + self.watcher.files())
        stale = [p for p in old if p not in wanted]
        if stale:
            self.watcher.removePaths(stale)
        new = [p for p in dict.fromkeys(wanted) if p not in old]
        if new:
            self.watcher.addPaths(new)
