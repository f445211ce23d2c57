"""A template being edited: change it key by key, check it, save it to the user's library.

Qt-free, so the app's template editor and ``pressdesk templates new/set`` share it. The
draft works on a private copy of the template's files (logo, layout): the template being
edited can be read-only, or vanish, and the draft still saves. Saving writes a checked
folder beside the old one and renames it into place; the previous version is kept in
``<library>/.previous/<id>`` (dot folders are never listed as templates).
"""

from __future__ import annotations

import copy
import hashlib
import os
import shutil
import tempfile
from collections.abc import Container
from pathlib import Path
from typing import Any

import tomli_w

from pressdesk import paths
from pressdesk.templating.completeness import clear_placeholder
from pressdesk.templating.contrast import contrast_problem
from pressdesk.templating.errors import TemplateError
from pressdesk.templating.ids import id_from_name, is_valid_id
from pressdesk.templating.logo import Logo
from pressdesk.templating.schema import SHAPE
from pressdesk.templating.template import (
    TEMPLATE_FILE,
    Template,
    _check_files,
    _defaults,
    _merge,
    load_template,
    staging_folder,
)
from pressdesk.templating.validate import check_template_data

PREVIOUS = ".previous"
TEXT_COLORS = {"accent": False, "text": False, "muted": False}  # name: large text only
_MISSING = object()


class TemplateDraft:
    """Template data under edit, with its files in a private working folder."""

    def __init__(self, data: dict[str, Any], files_from: Path | None = None) -> None:
        self.data = copy.deepcopy(data)
        self.workdir = Path(tempfile.mkdtemp(prefix="pressdesk-draft-"))
        self.saved_data = copy.deepcopy(self.data)
        if files_from is not None:
            _copy_files(files_from, self.workdir)

    @classmethod
    def open(cls, template: Template) -> TemplateDraft:
        """Edit an existing template (saving puts the result in the user's library)."""
        draft = cls(template.data, template.folder)
        draft.data.setdefault("template", {}).setdefault("id", template.id)
        draft.saved_data = copy.deepcopy(draft.data) if template.origin == "user" else {}
        return draft

    @classmethod
    def new(cls, base: Template, name: str, taken: Container[str] = ()) -> TemplateDraft:
        """A new template with ``base``'s look, an id made from ``name`` (any script)."""
        draft = cls(base.data, base.folder)
        head = draft.data.setdefault("template", {})
        head.update({"id": id_from_name(name, taken), "name": name.strip() or base.name,
                     "version": "1.0.0", "based_on": base.id,
                     "description": f"Based on {base.name}."})
        draft.saved_data = {}
        return draft

    # --- reading ---------------------------------------------------------------------------
    @property
    def id(self) -> str:
        return str(self.data.get("template", {}).get("id", ""))

    @property
    def languages(self) -> list[str]:
        langs = self.data.get("template", {}).get("languages")
        return [x for x in langs if isinstance(x, str)] if isinstance(langs, list) else []

    def get(self, key: str, default: Any = None) -> Any:
        """The value written at ``key`` (``identity.name.ar``), or ``default``."""
        node: Any = self.data
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    def effective(self, key: str, default: Any = None) -> Any:
        """The value at ``key`` with PressDesk's defaults filled in."""
        node: Any = _merge(_defaults(), self.data)
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    def is_modified(self) -> bool:
        return self.data != self.saved_data

    # --- changing --------------------------------------------------------------------------
    def set(self, key: str, value: Any) -> Any:
        """Set ``key`` to ``value`` (``None`` removes it); return the previous value or None.

        A per-language text written here is no longer a placeholder.
        """
        parts = key.split(".")
        if not all(parts):
            raise TemplateError([f"{key!r}: not a key"], "")
        node = self.data
        for part in parts[:-1]:
            child = node.get(part)
            if not isinstance(child, dict):
                child = {} if child is None else {"en": child} if isinstance(child, str) else {}
                node[part] = child
            node = child
        old = node.get(parts[-1])
        if value is None:
            node.pop(parts[-1], None)
        else:
            node[parts[-1]] = copy.deepcopy(value)
        if key != "template.placeholders":
            clear_placeholder(self.data, key, self.languages)
        return copy.deepcopy(old)

    def set_from_text(self, key: str, text: str) -> Any:
        """Set ``key`` from text as a command line gives it: 'true', '12', 'ar,en', JSON lists."""
        return self.set(key, parse_value(key, text))

    def set_name(self, name: str) -> None:
        """The display name; a template never saved yet also takes its id from it."""
        self.set("template.name", name)
        if not self.saved_data:
            self.set("template.id", id_from_name(name))

    def add_logo(self, logo: Logo) -> str:
        """Store prepared logo bytes in the draft; return the file name (set ``identity.logo``)."""
        name = f"logo-{hashlib.sha1(logo.data).hexdigest()[:10]}{logo.suffix}"
        (self.workdir / name).write_bytes(logo.data)
        return name

    # --- checking --------------------------------------------------------------------------
    def problems(self) -> list[str]:
        """Everything that would stop the template from loading, as ``key: problem``."""
        problems = check_template_data(self.data)
        if not is_valid_id(self.id):
            problems.append(f"template.id: {self.id!r}: use lowercase letters, digits, - and _")
        if not problems:
            problems += _check_files(self.template(checked=False))
        return problems

    def warnings(self) -> list[str]:
        """Things that load but read badly: text colours without enough contrast on white."""
        out = []
        for name, large in TEXT_COLORS.items():
            color = self.effective(f"colors.{name}")
            problem = contrast_problem(color, large=large) if isinstance(color, str) else ""
            if problem:
                out.append(f"colors.{name}: {problem}")
        return out

    def template(self, *, checked: bool = True) -> Template:
        """The draft as a Template (for the preview); TemplateError when it would not load."""
        if checked:
            problems = self.problems()
            if problems:
                raise TemplateError(problems, TEMPLATE_FILE)
        return Template(folder=self.workdir, data=copy.deepcopy(self.data), origin="draft")

    # --- saving ----------------------------------------------------------------------------
    def save(self, library: Path | None = None) -> Template:
        """Write the template into ``library`` (the user's by default), keeping the old one.

        On any failure the library is as it was and the draft keeps every change.
        """
        library = Path(library) if library is not None else paths.user_templates_dir()
        problems = self.problems()
        if problems:
            raise TemplateError(problems, TEMPLATE_FILE)
        target = library / self.id
        if not self.saved_data and (target.exists() or target.is_symlink()):
            taken = {p.name for p in library.iterdir()} if library.is_dir() else set()
            self.set("template.id", id_from_name(str(self.get("template.name", "")), taken))
            target = library / self.id
        data = copy.deepcopy(self.data)
        if (target / TEMPLATE_FILE).is_file() and self.saved_data and data != self.saved_data:
            data["template"]["version"] = next_version(str(data["template"].get("version", "")))
        try:
            staging = staging_folder(library, ".edit-")
        except OSError as exc:
            raise TemplateError([f"cannot write to the template library ({exc.strerror or exc}); "
                                 "your changes are still in the editor"], str(library)) from None
        try:
            self._write(staging, data)
            load_template(staging, origin="user")  # never put a template that fails in the library
            _swap_into_place(staging, target, library / PREVIOUS / self.id)
        except OSError as exc:
            raise TemplateError([f"cannot save the template ({exc.strerror or exc}); your "
                                 "changes are still in the editor"], str(target)) from None
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        self.data = data
        self.saved_data = copy.deepcopy(data)
        return load_template(target, origin="user")

    def export(self, out: Path) -> Path:
        """Write the draft as it is now to a ``.pdtemplate`` file (saved or not)."""
        from pressdesk.templating.package import export_pdtemplate

        problems = self.problems()
        if problems:
            raise TemplateError(problems, TEMPLATE_FILE)
        with tempfile.TemporaryDirectory(prefix="pressdesk-export-") as tmp:
            folder = Path(tmp) / self.id
            folder.mkdir()
            self._write(folder, self.data)
            return export_pdtemplate(str(folder), Path(out))

    def _write(self, folder: Path, data: dict[str, Any]) -> None:
        for key in ("identity.logo", "html.layout"):
            relative = self.get(key)
            if isinstance(relative, str) and relative:
                source = self.workdir.joinpath(*Path(relative).parts)
                target = folder.joinpath(*Path(relative).parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
        text = "# Made with the PressDesk template editor.\n" + tomli_w.dumps(data)
        with open(folder / TEMPLATE_FILE, "wb") as fh:
            fh.write(text.encode("utf-8"))
            fh.flush()
            os.fsync(fh.fileno())

    def close(self) -> None:
        """Remove the working folder."""
        shutil.rmtree(self.workdir, ignore_errors=True)


def _copy_files(source: Path, dest: Path) -> None:
    """The template's regular files (no links, no dot files) into ``dest``; missing is fine."""
    from pressdesk.templating.package import _template_files

    try:
        files = _template_files(source) if source.is_dir() else []
    except (OSError, TemplateError):
        files = []
    for rel, path in files:
        if rel == TEMPLATE_FILE:
            continue
        target = dest.joinpath(*rel.split("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            shutil.copyfile(path, target)
        except OSError:
            continue  # a file that vanished: the check names it if the template uses it


def _swap_into_place(staging: Path, target: Path, previous: Path) -> None:
    """Rename ``staging`` to ``target``; the old ``target`` becomes ``previous``."""
    moved = False
    if target.is_symlink():
        target.unlink()
    elif target.exists():
        shutil.rmtree(previous, ignore_errors=True)
        previous.parent.mkdir(parents=True, exist_ok=True)
        os.replace(target, previous)
        moved = True
    try:
        os.replace(staging, target)
    except OSError:
        if moved:
            os.replace(previous, target)
        raise


def next_version(version: str) -> str:
    """'1.0.0' -> '1.0.1'; anything else gets '.1' added."""
    head, _, last = version.rpartition(".")
    if last.isdigit():
        return f"{head}.{int(last) + 1}" if head else str(int(last) + 1)
    return f"{version}.1" if version else "1.0.1"


def _spec(key: str) -> Any:
    node: Any = SHAPE
    for part in key.split("."):
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif node == "per-language" or node == "labels":
            return str
        elif isinstance(node, dict) and node and all(isinstance(v, dict) for v in node.values()):
            return _MISSING
        else:
            return _MISSING
    return node


def parse_value(key: str, text: str) -> Any:
    """A value for ``key`` from text, by the schema: booleans, numbers, lists, JSON tables."""
    import json

    spec = _spec(key)
    if spec is _MISSING:
        raise TemplateError([f"{key}: unknown key"], "")
    if spec is bool:
        lowered = text.strip().lower()
        if lowered not in ("true", "false", "yes", "no", "1", "0"):
            raise TemplateError([f"{key}: expected true or false"], "")
        return lowered in ("true", "yes", "1")
    if spec is int or (isinstance(spec, tuple) and int in spec and float in spec):
        try:
            number = float(text)
        except ValueError:
            raise TemplateError([f"{key}: expected a number"], "") from None
        return int(number) if number.is_integer() else number
    if isinstance(spec, list):
        return [part.strip() for part in text.split(",") if part.strip()]
    if spec in ("contacts", "skeleton") or isinstance(spec, dict) or spec == "per-language":
        try:
            return json.loads(text)
        except ValueError:
            if spec == "per-language":
                return text
            raise TemplateError([f"{key}: expected JSON (for example "
                                 '[{"name": "...", "email": "..."}])'], "") from None
    return text
