"""Find templates: built-in, the user's library and shared libraries, in that order of search.

Precedence when two have the same id: the user's library wins over shared libraries
(``PRESSDESK_TEMPLATE_PATH`` first, then the folders in the settings), which win over the
built-in ones (so an office can restyle "classic" for everyone).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from pressdesk import paths
from pressdesk.templating.errors import TemplateError
from pressdesk.templating.template import TEMPLATE_FILE, Template, load_template

DEFAULT_TEMPLATE = "classic"


def builtin_dir() -> Path:
    return Path(str(resources.files("pressdesk").joinpath("templates")))


@dataclass(frozen=True)
class Source:
    """A folder of template folders and what to call it."""

    folder: Path
    origin: str  # built-in | user | shared:<folder>


def sources(extra_shared: list[Path] | None = None) -> list[Source]:
    """Libraries from highest precedence to lowest."""
    if extra_shared is None:
        from pressdesk.settings import load_settings

        extra_shared = load_settings().shared_dirs()
    out = [Source(paths.user_templates_dir(), "user")]
    for folder in dict.fromkeys([*paths.shared_template_dirs(), *extra_shared]):
        out.append(Source(folder, f"shared:{folder}"))
    out.append(Source(builtin_dir(), "built-in"))
    return out


def candidates(extra_shared: list[Path] | None = None) -> list[tuple[str, Path, str]]:
    """Every template folder found, as (id, folder, origin), highest precedence first."""
    found = []
    for src in sources(extra_shared):
        try:
            entries = sorted(src.folder.iterdir()) if src.folder.is_dir() else []
        except OSError:
            entries = []
        for entry in entries:
            if (entry / TEMPLATE_FILE).is_file():
                found.append((entry.name, entry, src.origin))
    return found


def find_template(id_or_path: str, extra_shared: list[Path] | None = None) -> Template:
    """Load a template by id (library search) or by folder path."""
    path = Path(id_or_path)
    if (path / TEMPLATE_FILE).is_file():
        return load_template(path, origin="folder")
    for tid, folder, origin in candidates(extra_shared):
        if tid == id_or_path:
            return load_template(folder, origin=origin)
    raise TemplateError([f"template {id_or_path!r} not found"], id_or_path)


def builtin_template(template_id: str = DEFAULT_TEMPLATE) -> Template:
    return load_template(builtin_dir() / template_id, origin="built-in")


@dataclass(frozen=True)
class Resolved:
    """The template to use for a release, with a warning when it had to fall back."""

    template: Template
    warning: str = ""


def resolve_for_release(template_ref: str, version: str = "") -> Resolved:
    """The release's template, or the built-in default with a clear warning; never fails."""
    try:
        tpl = find_template(template_ref)
    except TemplateError as exc:
        fallback = builtin_template()
        return Resolved(
            fallback,
            f"{exc}; using the built-in template {fallback.id!r} instead (no text is lost)",
        )
    warning = ""
    if version and tpl.version and version != tpl.version:
        warning = (
            f"the release was made with template {tpl.id!r} version {version}; "
            f"this machine has version {tpl.version}"
        )
    return Resolved(tpl, warning)
