"""``.pdtemplate`` files: a template folder in a zip, to share templates between offices.

The zip holds ``template.toml`` at its root or inside one top folder, plus the template's
images and layout. Importing treats the file as hostile: names that leave the folder,
links, encrypted or oddly compressed entries, too many entries and too many bytes (counted
while inflating, since zip headers can lie) are all refused with one clear message, and
nothing reaches the library until the extracted template has loaded and validated.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import replace as replace_fields
from pathlib import Path
from typing import IO

from pressdesk import paths
from pressdesk.templating.errors import TemplateError
from pressdesk.templating.library import (
    TemplateInfo,
    candidates,
    find_template,
    load_library_template,
    template_info,
)
from pressdesk.templating.template import TEMPLATE_FILE, Template, load_template, staging_folder
from pressdesk.util.atomic import write_atomic

SUFFIX = ".pdtemplate"
MAX_ENTRIES = 200
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_TOTAL_BYTES = 20 * 1024 * 1024
MAX_NAME_CHARS = 240
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_DRIVE = re.compile(r"^[A-Za-z]:")
_CHUNK = 64 * 1024
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)


# --- export -------------------------------------------------------------------------------------
def export_pdtemplate(template: str, out: Path, shared: Sequence[Path] = ()) -> Path:
    """Write the template (an id or a folder) to ``out`` as a ``.pdtemplate`` zip, atomically."""
    tpl = find_template(template, shared)
    out = Path(out)
    files = _template_files(tpl.folder)
    buffer = io.BytesIO()
    total = 0
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for rel, path in files:
            data = path.read_bytes()
            total += len(data)
            if len(data) > MAX_FILE_BYTES or total > MAX_TOTAL_BYTES:
                raise TemplateError([f"{rel}: the template is too large to share (5 MB a file, "
                                     "20 MB in all)"], str(tpl.folder))
            info = zipfile.ZipInfo(f"{tpl.id}/{rel}", date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            zf.writestr(info, data)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(out, buffer.getvalue())
    except OSError as exc:
        raise TemplateError([f"cannot write ({exc.strerror or exc})"], str(out)) from None
    return out


def _template_files(folder: Path) -> list[tuple[str, Path]]:
    """Regular files in the template folder (no links, no hidden files), sorted."""
    out = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__"
                         and not Path(root, d).is_symlink())
        for name in sorted(names):
            path = Path(root, name)
            if name.startswith(".") or path.is_symlink() or not path.is_file():
                continue
            out.append((path.relative_to(folder).as_posix(), path))
    if len(out) > MAX_ENTRIES:
        raise TemplateError([f"more than {MAX_ENTRIES} files in the template folder"], str(folder))
    return out


# --- import -------------------------------------------------------------------------------------
def import_pdtemplate(file: Path, *, replace: bool = False) -> TemplateInfo:
    """Add a ``.pdtemplate`` to the user's library; TemplateError on any problem.

    A template with the same id already in the user's library is refused unless ``replace``.
    """
    file = Path(file)
    library = paths.user_templates_dir()
    try:
        staging = staging_folder(library, ".import-")
    except OSError as exc:
        raise TemplateError([f"cannot create the template library ({exc.strerror or exc})"],
                            str(library)) from None
    try:
        tpl = _extract_and_load(file, staging, origin="user")
        declared = tpl.data.get("template", {}).get("id")
        if not isinstance(declared, str):
            raise TemplateError([f"{TEMPLATE_FILE}: template.id: required in a shared template"],
                                str(file))
        target = library / declared
        _move_into_place(staging, target, replace, str(file))
        staging = None  # type: ignore[assignment]
        return template_info(load_library_template(target, "user"))
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)


def check_pdtemplate(file: Path) -> TemplateInfo:
    """Validate a ``.pdtemplate`` without adding it to any library (extracts to a temp folder)."""
    with tempfile.TemporaryDirectory(prefix="pressdesk-check-") as tmp:
        tpl = _extract_and_load(Path(file), Path(tmp), origin="file")
        info = template_info(tpl)
    return replace_fields(info, id=str(tpl.data.get("template", {}).get("id", "")), folder=Path(file))


def _extract_and_load(file: Path, dest: Path, origin: str) -> Template:
    source = str(file)
    try:
        size = file.stat().st_size
        if not file.is_file():
            raise TemplateError(["not a file"], source)
        if size > MAX_TOTAL_BYTES:
            raise TemplateError([f"the file is larger than {MAX_TOTAL_BYTES // 2**20} MB"], source)
        with zipfile.ZipFile(file) as zf:
            _extract(zf, dest, source)
    except TemplateError:
        raise
    except FileNotFoundError:
        raise TemplateError(["no such file"], source) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error) as exc:
        raise TemplateError([f"not a valid .pdtemplate (zip) file: {exc}"], source) from None
    except NotImplementedError as exc:
        raise TemplateError([f"unsupported zip feature: {exc}"], source) from None
    except (RuntimeError, ValueError) as exc:
        raise TemplateError([f"cannot read the zip: {exc}"], source) from None
    except OSError as exc:
        raise TemplateError([f"cannot read ({exc.strerror or exc})"], source) from None
    try:
        return load_template(dest, origin=origin)
    except TemplateError as exc:
        raise TemplateError([_relative(p, dest) for p in exc.problems],
                            f"{source}: {_relative(exc.source, dest)}") from None


def _relative(text: str, folder: Path) -> str:
    """Paths inside the staging folder, as the names they have in the zip."""
    for base in (str(folder) + os.sep, str(folder)):
        text = text.replace(base, "")
    return text or TEMPLATE_FILE


def _extract(zf: zipfile.ZipFile, dest: Path, source: str) -> None:
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise TemplateError([f"more than {MAX_ENTRIES} entries in the zip"], source)
    names = [_checked_name(info, source) for info in infos]
    prefix = _root_prefix([n for n, i in zip(names, infos, strict=True) if not i.is_dir()], source)
    seen: set[str] = set()
    total = 0
    for name, info in zip(names, infos, strict=True):
        if info.is_dir():
            continue
        rel = name[len(prefix):]
        if rel.lower() in seen:
            raise TemplateError([f"{name}: the zip holds this file twice"], source)
        seen.add(rel.lower())
        target = dest.joinpath(*rel.split("/"))
        if dest.resolve() not in target.resolve().parents:
            raise TemplateError([f"{name}: a path must stay inside the template folder"], source)
        target.parent.mkdir(parents=True, exist_ok=True)
        written = 0
        with zf.open(info) as src, open(target, "xb") as out:
            for chunk in _chunks(src):
                written += len(chunk)
                total += len(chunk)
                if written > MAX_FILE_BYTES:
                    raise TemplateError([f"{name}: file larger than 5 MB"], source)
                if total > MAX_TOTAL_BYTES:
                    raise TemplateError(["the template is larger than 20 MB when unpacked"], source)
                out.write(chunk)


def _chunks(src: IO[bytes]) -> Iterator[bytes]:
    while True:
        chunk = src.read(_CHUNK)
        if not chunk:
            return
        yield chunk


def _checked_name(info: zipfile.ZipInfo, source: str) -> str:
    name = info.filename
    shown = name.encode("unicode_escape").decode("ascii")[:120]
    if info.flag_bits & 0x1:
        raise TemplateError([f"{shown}: encrypted entries are not supported"], source)
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise TemplateError([f"{shown}: unsupported compression (use a plain zip)"], source)
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise TemplateError([f"{shown}: links are not allowed in a template"], source)
    if mode and stat.S_IFMT(mode) and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise TemplateError([f"{shown}: only plain files are allowed in a template"], source)
    parts = name.rstrip("/").split("/")
    if ("\\" in name or name.startswith("/") or _DRIVE.match(name) or ".." in parts
            or "." in parts or "" in parts or any(ord(c) < 32 or c in ':*?"<>|' for c in name)):
        raise TemplateError([f"{shown}: a path must stay inside the template folder"], source)
    if len(name) > MAX_NAME_CHARS:
        raise TemplateError([f"{shown}: the name is too long"], source)
    return name


def _root_prefix(files: list[str], source: str) -> str:
    """'' when template.toml is at the root of the zip, 'top/' when it is in one top folder."""
    if TEMPLATE_FILE in files:
        return ""
    tops = {f.split("/")[0] for f in files}
    if len(tops) == 1 and all("/" in f for f in files):
        top = tops.pop() + "/"
        if top + TEMPLATE_FILE in files:
            return top
    raise TemplateError(
        [f"no {TEMPLATE_FILE} at the top of the zip or inside one top folder; is this a template?"],
        source,
    )


def _move_into_place(staging: Path, target: Path, replace: bool, source: str) -> None:
    """Rename the checked folder to its place in the library, setting the old one aside first."""
    old: Path | None = None
    if target.exists() or target.is_symlink():
        if not replace:
            raise TemplateError(
                [f"a template with the id {target.name!r} is already in your library "
                 "(replace it, or delete it first)"],
                source,
            )
        old = target.with_name(f".replaced-{target.name}-{os.getpid()}")
        shutil.rmtree(old, ignore_errors=True)
        if target.is_symlink():
            target.unlink()  # a linked folder: drop the link, never what it points to
            old = None
        else:
            os.replace(target, old)
    try:
        os.replace(staging, target)
    except OSError as exc:
        if old is not None and old.exists():
            os.replace(old, target)
        raise TemplateError([f"cannot add it to the library ({exc.strerror or exc})"],
                            source) from None
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


# --- delete -------------------------------------------------------------------------------------
def delete_user_template(template_id: str, shared: Sequence[Path] = ()) -> None:
    """Remove a template from the user's library (built-in and shared ones cannot be deleted)."""
    library = paths.user_templates_dir()
    folder = library / template_id
    if _ID.match(template_id) and (folder / TEMPLATE_FILE).is_file():
        if folder.is_symlink():
            folder.unlink()  # a linked folder: remove the link, never what it points to
            return
        trash = library / f".deleted-{template_id}-{os.getpid()}"
        shutil.rmtree(trash, ignore_errors=True)
        try:
            os.replace(folder, trash)
        except OSError as exc:
            raise TemplateError([f"cannot delete ({exc.strerror or exc})"], str(folder)) from None
        shutil.rmtree(trash, ignore_errors=True)
        return
    for tid, _folder, origin in candidates(shared):
        if tid == template_id:
            where = "built in" if origin == "built-in" else f"in the shared library {origin[7:]}"
            raise TemplateError(
                [f"template {template_id!r} is {where}; only templates in your own library "
                 "can be deleted"],
                template_id,
            )
    raise TemplateError([f"template {template_id!r} is not in your library"], template_id)

