"""User settings shared by the app and the command line (a JSON file, no Qt).

Lives in ``paths.config_dir()/settings.json`` (``PRESSDESK_CONFIG_DIR`` overrides, so tests
never touch the user's files). A broken settings file is set aside, never fatal.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pressdesk import paths
from pressdesk.render.registry import defaults
from pressdesk.util.atomic import write_atomic

MAX_RECENT = 10


@dataclass
class Settings:
    ui_language: str = ""  # "" follows the system; else "en", "ar", ...
    shared_template_dirs: list[str] = field(default_factory=list)
    recent_files: list[str] = field(default_factory=list)
    default_template: str = "classic"
    default_language: str = "ar"
    export_folder: str = ""
    export_formats: list[str] = field(default_factory=lambda: list(defaults()))
    extra: dict[str, Any] = field(default_factory=dict)

    def shared_dirs(self) -> list[Path]:
        return [Path(p) for p in self.shared_template_dirs if p.strip()]

    def add_recent(self, path: Path) -> None:
        text = str(Path(path).resolve())
        self.recent_files = [text] + [p for p in self.recent_files if p != text]
        del self.recent_files[MAX_RECENT:]

    def existing_recent(self) -> list[Path]:
        return [Path(p) for p in self.recent_files if Path(p).is_file()]


def settings_file() -> Path:
    return paths.config_dir() / "settings.json"


def load_settings() -> Settings:
    """The saved settings, or defaults when there are none or the file is broken."""
    path = settings_file()
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError):
        _set_aside(path)
        return Settings()
    if not isinstance(data, dict):
        _set_aside(path)
        return Settings()
    s = Settings()
    known = {k for k in asdict(s) if k != "extra"}
    for key, value in data.items():
        default = getattr(s, key, None)
        if key in known and isinstance(value, type(default)):
            if isinstance(value, list) and not all(isinstance(v, str) for v in value):
                continue
            setattr(s, key, value)
        elif key not in known:
            s.extra[key] = value
    return s


def save_settings(settings: Settings) -> None:
    data = asdict(settings)
    extra = data.pop("extra")
    data.update(extra)
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))


def _set_aside(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.replace(path.with_name(path.name + ".broken"))


def shared_template_folders() -> list[Path]:
    """The shared template folders chosen in the settings (the app and the CLI search them)."""
    return load_settings().shared_dirs()
