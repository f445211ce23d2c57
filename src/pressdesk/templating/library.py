"""Find templates: built-in, the user's library and shared libraries, in that order of search.

Precedence when two have the same id: the user's library wins over shared libraries
(``PRESSDESK_TEMPLATE_PATH`` first, then the folders in the settings), which win over the
built-in ones (so an office can restyle "classic" for everyone).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from pressdesk import paths
from pressdesk.templating.errors import TemplateError
from pressdesk.templating.template import (
    MAX_TOML_BYTES,
    TEMPLATE_FILE,
    Template,
    load_template,
    pick_language,
)

DEFAULT_TEMPLATE = "classic"


def builtin_dir() -> Path:
    return Path(str(resources.files("pressdesk").joinpath("templates")))


@dataclass(frozen=True)
class Source:
    """A folder of template folders and what to call it."""

    folder: Path
    origin: str  # built-in | user | shared:<folder>


def sources(shared: Sequence[Path] = ()) -> list[Source]:
    """Libraries from highest precedence to lowest.

    ``shared`` are the shared folders the caller chose (the app and the CLI pass the ones in
    the settings); ``PRESSDESK_TEMPLATE_PATH`` comes before them.
    """
    out = [Source(paths.user_templates_dir(), "user")]
    for folder in dict.fromkeys([*paths.shared_template_dirs(), *map(Path, shared)]):
        out.append(Source(folder, f"shared:{folder}"))
    out.append(Source(builtin_dir(), "built-in"))
    return out


def candidates(shared: Sequence[Path] = ()) -> list[tuple[str, Path, str]]:
    """Every template folder found, as (id, folder, origin), highest precedence first."""
    found = []
    for src in sources(shared):
        try:
            entries = sorted(src.folder.iterdir()) if src.folder.is_dir() else []
        except OSError:
            entries = []
        for entry in entries:
            # dot folders are work in progress (imports, deletions) and never templates
            if not entry.name.startswith(".") and (entry / TEMPLATE_FILE).is_file():
                found.append((entry.name, entry, src.origin))
    return found


def load_library_template(folder: Path, origin: str) -> Template:
    """Load a template found in a library: like ``load_template``, and its id names its folder."""
    tpl = load_template(folder, origin=origin)
    declared = tpl.data.get("template", {}).get("id")
    if declared is not None and declared != folder.name:
        raise TemplateError(
            [f"template.id: {declared!r} does not match the folder name {folder.name!r}; "
             "rename one so they match"],
            str(folder / TEMPLATE_FILE),
        )
    return tpl


def find_template(id_or_path: str, shared: Sequence[Path] = (), *,
                  allow_path: bool = True) -> Template:
    """Load a template by id (library search) or, with ``allow_path``, by folder path."""
    path = Path(id_or_path)
    if allow_path and (path / TEMPLATE_FILE).is_file():
        return load_template(path, origin="folder")
    for tid, folder, origin in candidates(shared):
        if tid == id_or_path:
            return load_library_template(folder, origin)
    raise TemplateError([f"template {id_or_path!r} not found in any template library"], id_or_path)


def builtin_template(template_id: str = DEFAULT_TEMPLATE) -> Template:
    return load_template(builtin_dir() / template_id, origin="built-in")


@dataclass(frozen=True)
class Resolved:
    """The template to use for a release, with a warning when it had to fall back."""

    template: Template
    warning: str = ""


def resolve_for_release(template_ref: str, version: str = "",
                        shared: Sequence[Path] = ()) -> Resolved:
    """The release's template, or the built-in default with a clear warning; never fails.

    A release names its template by id, looked up in the libraries only: a release file
    from elsewhere never makes PressDesk load a folder by path.
    """
    try:
        tpl = find_template(template_ref, shared, allow_path=False)
    except TemplateError as exc:
        fallback = builtin_template()
        where = f"{exc.source}: " if exc.source and exc.source != template_ref else ""
        return Resolved(
            fallback,
            f"template {template_ref!r} cannot be used ({where}{'; '.join(exc.problems)}); "
            f"using the built-in template {fallback.id!r} instead (no text is lost)",
        )
    warning = ""
    if version and tpl.version and version != tpl.version:
        newer = version_key(version) > version_key(tpl.version)
        warning = (
            f"the release was made with template {tpl.id!r} version {version}; "
            f"this machine has version {tpl.version}"
            + (" (older: ask for the newer template to see the release as it was made)"
               if newer else "")
        )
    return Resolved(tpl, warning)


def version_key(version: str) -> tuple[int, ...]:
    """'1.10.2' -> (1, 10, 2), for comparing template versions (non-digits are ignored)."""
    return tuple(int(part) for part in re.findall(r"\d+", version)[:6])


@dataclass(frozen=True)
class TemplateInfo:
    """One template folder found in a library, as the template chooser shows it."""

    id: str
    name: str
    version: str
    description: str
    origin: str  # "built-in" | "user" | "shared:<folder>"
    folder: Path
    languages: list[str]
    shadowed: bool  # a template with the same id in a higher-precedence library hides it
    error: str | None  # set when the template is invalid (shown, not used)
    names: Any = None  # template.name as written: text or {language: text}
    descriptions: Any = None

    def name_in(self, language: str) -> str:
        """The name in a UI language (English, or the only name, when there is none for it)."""
        return pick_language(self.names, language) or self.name

    def description_in(self, language: str) -> str:
        return pick_language(self.descriptions, language) or self.description


def template_info(tpl: Template, shadowed: bool = False) -> TemplateInfo:
    return TemplateInfo(
        id=tpl.folder.name if tpl.origin != "folder" else tpl.id, name=tpl.name,
        version=tpl.version, description=tpl.description, origin=tpl.origin, folder=tpl.folder,
        languages=tpl.languages, shadowed=shadowed, error=None,
        names=tpl.data.get("template", {}).get("name"),
        descriptions=tpl.data.get("template", {}).get("description"),
    )


def list_templates(shared: Sequence[Path] = ()) -> list[TemplateInfo]:
    """Every template in every library, highest precedence first; invalid ones carry ``error``.

    The first folder with an id is the one used (even when invalid, so what ``list`` shows
    is what exports get); later folders with that id are ``shadowed``.
    """
    out = []
    seen: set[str] = set()
    for tid, folder, origin in candidates(shared):
        shadowed = tid in seen
        seen.add(tid)
        try:
            out.append(template_info(load_library_template(folder, origin), shadowed))
        except TemplateError as exc:
            out.append(_invalid_info(tid, folder, origin, shadowed, exc))
    return out


def describe_error(exc: TemplateError, folder: Path) -> str:
    """``template.toml: key: problem; ...`` with the file named relative to the template."""
    source = Path(exc.source) if exc.source else None
    prefix = ""
    if source is not None and source != folder:
        try:
            prefix = f"{source.relative_to(folder)}: "
        except ValueError:
            prefix = f"{source}: "
    return prefix + "; ".join(exc.problems)


def _invalid_info(tid: str, folder: Path, origin: str, shadowed: bool,
                  exc: TemplateError) -> TemplateInfo:
    head = _peek(folder)

    def text(key: str, default: str = "") -> str:
        value = head.get(key, default)
        return value if isinstance(value, str) else default

    langs = head.get("languages")
    return TemplateInfo(
        id=tid, name=text("name", tid), version=text("version"), description=text("description"),
        origin=origin, folder=folder,
        languages=[x for x in langs if isinstance(x, str)] if isinstance(langs, list) else [],
        shadowed=shadowed, error=describe_error(exc, folder),
    )


def _peek(folder: Path) -> dict[str, Any]:
    """The ``[template]`` table of a template that does not load, if it can be read at all."""
    path = folder / TEMPLATE_FILE
    try:
        if path.is_symlink() or path.stat().st_size > MAX_TOML_BYTES:
            return {}
        head = tomllib.loads(path.read_text("utf-8")).get("template", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        return {}
    return head if isinstance(head, dict) else {}
