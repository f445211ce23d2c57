"""Save a release's set-up as a new template in the user's library.

The new template keeps the base template's look (its ``template.toml`` and its logo and
layout files), and takes from the release its language, contacts and boilerplate, the
digits it chose for the dateline, and (optionally) the shape of its body: a new release
made from it starts with all of that filled in.
"""

from __future__ import annotations

import copy
import os
import re
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import tomli_w

from pressdesk import paths
from pressdesk.model.release import Release
from pressdesk.templating.completeness import PLACEHOLDERS, clear_placeholder
from pressdesk.templating.errors import TemplateError
from pressdesk.templating.library import load_library_template, resolve_for_release
from pressdesk.templating.template import (
    IMAGE_SUFFIXES,
    TEMPLATE_FILE,
    Template,
    load_template,
    safe_template_file,
    staging_folder,
)

FIRST_VERSION = "1.0.0"
MAX_COUNT = 200  # skeleton.background / skeleton.notes, as the schema allows
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_LAYOUT_SUFFIXES = (".html", ".j2", ".jinja")


def save_from_release(release: Release, template_id: str, *, name: str | None = None,
                      include_skeleton: bool = False, base: Template | None = None,
                      shared: Sequence[Path] = ()) -> Template:
    """Write a new template ``template_id`` into the user's library and return it loaded.

    ``base`` gives the look (default: the release's own template, or the built-in default
    when that cannot be found). An id already in the user's library is refused.
    """
    if not _ID.match(template_id):
        raise TemplateError(
            [f"template.id: {template_id!r}: use 1 to 64 lowercase letters, digits, - and _, "
             "starting with a letter or digit"],
            template_id,
        )
    if base is None:
        base = resolve_for_release(release.template, release.template_version, shared).template
    library = paths.user_templates_dir()
    target = library / template_id
    if target.exists() or target.is_symlink():
        raise TemplateError(
            [f"a template with the id {template_id!r} is already in your library "
             "(choose another id, or delete it first)"],
            str(target),
        )
    data = template_data(release, base, template_id, name=name, include_skeleton=include_skeleton)
    try:
        staging = staging_folder(library, ".save-")
    except OSError as exc:
        raise TemplateError([f"cannot write to the template library ({exc.strerror or exc})"],
                            str(library)) from None
    try:
        _copy_files(base, data, staging)
        header = f"# Saved by PressDesk from a release, based on {base.id!r} {base.version}.\n"
        (staging / TEMPLATE_FILE).write_bytes((header + tomli_w.dumps(data)).encode("utf-8"))
        load_template(staging, origin="user")  # never put an invalid template in the library
        os.rename(staging, target)
    except TemplateError as exc:
        raise TemplateError(exc.problems, str(target / TEMPLATE_FILE)) from None
    except OSError as exc:
        raise TemplateError([f"cannot save the template ({exc.strerror or exc})"],
                            str(target)) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return load_library_template(target, "user")


def template_data(release: Release, base: Template, template_id: str, *, name: str | None = None,
                  include_skeleton: bool = False) -> dict[str, Any]:
    """The new ``template.toml`` data: the base's settings plus what the release set up."""
    data = copy.deepcopy(base.data)
    language = release.language or "ar"
    lang_base = language.split("-")[0]
    languages = list(base.languages) or [lang_base]
    if lang_base not in languages and language not in languages:
        languages.append(lang_base)
    marks = base.data.get("template", {}).get(PLACEHOLDERS)
    data["template"] = {
        "id": template_id,
        "name": (name or "").strip() or template_id,
        "version": FIRST_VERSION,
        "description": f"Saved from a release; look from {base.name} ({base.id} {base.version}).",
        "languages": languages,
        "based_on": base.id,
    }
    if marks:
        data["template"][PLACEHOLDERS] = list(marks)
    identity = data.setdefault("identity", {})
    if release.boilerplate is not None:
        identity["boilerplate"] = _with_language(identity.get("boilerplate"), language,
                                                 release.boilerplate)
        for tag in dict.fromkeys((language.split("-")[0], language)):
            clear_placeholder(data, f"identity.boilerplate.{tag}", languages)
    contacts = [
        {k: v for k, v in (("name", c.name), ("role", c.role), ("email", c.email),
                           ("phone", c.phone)) if v.strip()}
        for c in release.contacts
    ]
    contacts = [c for c in contacts if c]
    if contacts:
        identity["contacts"] = contacts
    if release.digits:
        data.setdefault("dateline", {})["digits"] = release.digits
    skeleton: dict[str, Any] = {"language": language}
    if include_skeleton:
        skeleton["body"] = [_skeleton_block(b.type, b.speaker, b.role, b.lead_in) for b in release.body]
        skeleton["background"] = min(len(release.background), MAX_COUNT)
        skeleton["notes"] = min(len(release.notes_to_editors), MAX_COUNT)
    data["skeleton"] = skeleton
    return data


def _skeleton_block(kind: str, speaker: str, role: str, lead_in: str) -> dict[str, str]:
    block = {"type": kind if kind in ("paragraph", "quote") else "paragraph"}
    if block["type"] == "quote":
        block.update({k: v for k, v in (("speaker", speaker), ("role", role),
                                        ("lead_in", lead_in)) if v})
    return block


def _with_language(value: Any, language: str, text: str) -> dict[str, str] | str:
    """A per-language table with ``text`` for ``language`` (and its base tag), others kept."""
    lang_base = language.split("-")[0]
    if isinstance(value, dict):
        table = {k: v for k, v in value.items() if isinstance(v, str)}
    elif isinstance(value, str) and value:
        table = {"en": value} if lang_base != "en" else {}  # the old text stays the fallback
    else:
        table = {}
    table[lang_base] = text
    if language != lang_base:
        table[language] = text
    return table


def _copy_files(base: Template, data: dict[str, Any], staging: Path) -> None:
    """Copy the base's logo and layout, at the same relative paths, into the new folder."""
    wanted = (
        (data.get("identity", {}).get("logo"), IMAGE_SUFFIXES),
        (data.get("html", {}).get("layout"), _LAYOUT_SUFFIXES),
    )
    for relative, suffixes in wanted:
        if not isinstance(relative, str) or not relative:
            continue
        source = safe_template_file(base.folder, relative, suffixes, TEMPLATE_FILE)
        target = staging.joinpath(*Path(relative).parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
