"""A loaded template: its validated settings and the look they resolve to."""

from __future__ import annotations

import contextlib
import copy
import tomllib
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import Any

from pressdesk.doctypes import FontSpec, PageSpec, Role, RoleStyle
from pressdesk.templating.errors import TemplateError
from pressdesk.templating.validate import check_template_data

TEMPLATE_FILE = "template.toml"
MAX_TOML_BYTES = 512 * 1024
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
MAX_IMAGE_BYTES = 5 * 1024 * 1024


@cache
def _defaults() -> dict[str, Any]:
    text = resources.files("pressdesk").joinpath("resources/style_defaults.toml").read_text("utf-8")
    return tomllib.loads(text)


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


@dataclass
class Template:
    """A template folder, validated. ``origin`` says where it was found."""

    folder: Path
    data: dict[str, Any]  # as written in template.toml
    origin: str = "built-in"

    @property
    def id(self) -> str:
        return str(self.data.get("template", {}).get("id", self.folder.name))

    @property
    def name(self) -> str:
        """The name in English (or the only one given); see :meth:`name_in`."""
        return self.name_in("en")

    def name_in(self, language: str) -> str:
        """The name for a UI language: ``name`` may be text or a table ``{en = ..., ar = ...}``."""
        return pick_language(self.data.get("template", {}).get("name"), language) or self.id

    @property
    def version(self) -> str:
        return str(self.data.get("template", {}).get("version", ""))

    @property
    def description(self) -> str:
        return self.description_in("en")

    def description_in(self, language: str) -> str:
        return pick_language(self.data.get("template", {}).get("description"), language)

    @property
    def languages(self) -> list[str]:
        return list(self.data.get("template", {}).get("languages", []))

    @cached_property
    def settings(self) -> dict[str, Any]:
        """The template's data merged over PressDesk's defaults (computed once; read-only)."""
        return _merge(_defaults(), self.data)

    # --- look -----------------------------------------------------------------------------
    def page(self) -> PageSpec:
        p = self.settings["page"]
        return PageSpec(
            size="Letter" if str(p["size"]).lower() == "letter" else "A4",
            margin_top_mm=float(p["margin_top_mm"]),
            margin_bottom_mm=float(p["margin_bottom_mm"]),
            margin_start_mm=float(p["margin_start_mm"]),
            margin_end_mm=float(p["margin_end_mm"]),
        )

    def color(self, value: str) -> str:
        colors = self.settings["colors"]
        return str(colors.get(value, value)) if value in colors else value

    def role_styles(self) -> dict[Role, RoleStyle]:
        s = self.settings
        out = {}
        for role in Role:
            st = s["styles"].get(role.value, {})
            fonts = s["fonts"][st.get("font", "body")]
            font = FontSpec(
                arabic=fonts["arabic"],
                latin=fonts["latin"],
                hebrew=fonts["hebrew"],
                size=float(st.get("size", 12)),
                bold=bool(st.get("bold", False)),
                italic=bool(st.get("italic", False)),
            )
            background = st.get("background")
            out[role] = RoleStyle(
                font=font,
                color=self.color(st.get("color", "text")),
                background=self.color(background) if background else None,
                space_before=float(st.get("space_before", 0)),
                space_after=float(st.get("space_after", 6)),
                line_height=float(st.get("line_height", 1.4)),
                align=str(st.get("align", "start")),
                rule_above=bool(st.get("rule_above", False)),
                rule_below=bool(st.get("rule_below", False)),
                rule_color=self.color(st.get("rule_color", "rule")),
                indent=float(st.get("indent", 0)),
                border_start=float(st.get("border_start", 0)),
                keep_with_next=bool(st.get("keep_with_next", False)),
                uppercase=bool(st.get("uppercase", False)),
            )
        return out

    # --- words ----------------------------------------------------------------------------
    def text_for(self, section: str, key: str, language: str) -> str:
        """A per-language text (``identity.name``, ``footer.text``...) for a language tag."""
        value = self.settings.get(section, {}).get(key)
        return pick_language(value, language)

    def label_overrides(self, language: str) -> dict[str, Any]:
        labels = self.settings.get("labels", {})
        base = language.split("-")[0]
        return {**labels.get(base, {}), **labels.get(language, {})}

    def logo_path(self) -> Path | None:
        logo = self.settings.get("identity", {}).get("logo")
        return self.resolve_file(logo, IMAGE_SUFFIXES) if logo else None

    def html_layout(self) -> str | None:
        layout = self.settings.get("html", {}).get("layout")
        if not layout:
            return None
        path = self.resolve_file(layout, (".html", ".j2", ".jinja"))
        return path.read_text("utf-8")

    # --- what compose reads on every preview update: worked out once per loaded template --
    @cached_property
    def styles(self) -> dict[Role, RoleStyle]:
        """``role_styles()``, computed once (read-only)."""
        return self.role_styles()

    @cached_property
    def logo(self) -> Path | None:
        """``logo_path()``, checked once instead of on every compose."""
        return self.logo_path()

    @cached_property
    def layout_source(self) -> str | None:
        """``html_layout()``, read once instead of on every compose."""
        return self.html_layout()

    def resolve_file(self, relative: str, suffixes: tuple[str, ...]) -> Path:
        """A file inside the template folder; never one outside it (no ``..``, no links)."""
        return safe_template_file(self.folder, relative, suffixes, TEMPLATE_FILE)


def pick_language(value: Any, language: str) -> str:
    """Text for a language from a ``{lang: text}`` table (exact tag, then base, then English)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    base = language.split("-")[0]
    for key in (language, base, "en"):
        if key in value:
            return str(value[key])
    return ""


def safe_template_file(folder: Path, relative: str, suffixes: tuple[str, ...], src: str) -> Path:
    """Check that ``relative`` names a regular file of an allowed kind inside ``folder``."""
    where = f"{folder / src}"
    rel = Path(relative)
    if rel.is_absolute() or ".." in rel.parts or relative.startswith(("/", "\\")) or ":" in relative:
        raise TemplateError([f"{relative!r}: a path must stay inside the template folder"], where)
    if "\\" in relative or "\0" in relative:
        raise TemplateError([f"{relative!r}: use / between folder names"], where)
    if rel.suffix.lower() not in suffixes:
        raise TemplateError([f"{relative!r}: expected a file ending in {', '.join(suffixes)}"], where)
    root = folder.resolve()
    path = folder / rel
    for part in [path, *path.parents]:
        if part == folder:
            break
        if part.is_symlink():
            raise TemplateError([f"{relative!r}: links are not allowed in a template"], where)
    resolved = path.resolve()
    if root not in resolved.parents:
        raise TemplateError([f"{relative!r}: a path must stay inside the template folder"], where)
    if not resolved.is_file():
        raise TemplateError([f"{relative!r}: file not found in the template folder"], where)
    if resolved.stat().st_size > MAX_IMAGE_BYTES:
        raise TemplateError([f"{relative!r}: file larger than 5 MB"], where)
    return resolved


def load_template(folder: str | Path, origin: str = "folder") -> Template:
    """Load and validate the template in ``folder``; raise TemplateError naming file and key."""
    folder = Path(folder)
    toml_path = folder / TEMPLATE_FILE
    where = str(toml_path)
    try:
        if toml_path.is_symlink():
            raise TemplateError([f"{TEMPLATE_FILE} is a link; links are not allowed in a template"],
                                where)
        raw = toml_path.read_bytes()
    except FileNotFoundError:
        raise TemplateError([f"no {TEMPLATE_FILE} in this folder"], str(folder)) from None
    except OSError as exc:
        raise TemplateError([f"cannot read ({exc.strerror or exc})"], where) from None
    if len(raw) > MAX_TOML_BYTES:
        raise TemplateError(["file larger than 512 KB"], where)
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise TemplateError(["not UTF-8 text"], where) from None
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError([f"not valid TOML: {exc}"], where) from None
    except RecursionError:
        raise TemplateError(["not valid TOML: nested too deeply"], where) from None
    problems = check_template_data(data)
    template = Template(folder=folder, data=data, origin=origin)
    if not problems:
        problems += _check_files(template)
    if problems:
        raise TemplateError(problems, where)
    return template


def _check_files(template: Template) -> list[str]:
    from pressdesk.fonts import families

    problems = []
    known = set(families())
    for use, table in template.settings["fonts"].items():
        for script, family in table.items():
            if family not in known:
                problems.append(
                    f"fonts.{use}.{script}: unknown font {family!r} (PressDesk ships: "
                    f"{', '.join(sorted(known))})"
                )
    for key, check in (("identity.logo", template.logo_path), ("html.layout", template.html_layout)):
        try:
            found = check()
        except TemplateError as exc:
            problems += [f"{key}: {p}" for p in exc.problems]
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{key}: cannot read ({exc})")
        else:
            if key == "html.layout" and isinstance(found, str) and not problems:
                from pressdesk.templating.layout import static_problems

                problems += [f"{key}: {p}" for p in static_problems(found)]
    return problems


def staging_folder(library: Path, prefix: str) -> Path:
    """A new hidden folder inside ``library`` (library searches skip dot folders), mode 0755."""
    import os
    import tempfile

    library.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=library))
    mask = os.umask(0)
    os.umask(mask)
    with contextlib.suppress(OSError):
        folder.chmod(0o755 & ~mask)
    return folder
