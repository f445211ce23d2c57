"""Photos the user chooses in the app: copied next to the release, or embedded (no Qt).

A photo chosen in PressDesk goes into the release's folder, so the folder (or one file,
with the photo embedded as a ``data:`` URI) is all a colleague needs.
"""

from __future__ import annotations

import base64
import hashlib
import shutil
from pathlib import Path

from pressdesk.compose.images import ImageRefused, load_image, resolve
from pressdesk.model.release import Release


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.stat().st_size != b.stat().st_size:
            return False
        return hashlib.sha256(a.read_bytes()).digest() == hashlib.sha256(b.read_bytes()).digest()
    except OSError:
        return False


def copy_next_to(photo: Path, folder: Path) -> str:
    """Copy ``photo`` into ``folder`` (a new name if another file has its name); the
    ``src`` to store, relative to the folder."""
    photo = photo.resolve()
    folder = folder.resolve()
    if photo.is_relative_to(folder):
        return photo.relative_to(folder).as_posix()
    target = folder / photo.name
    n = 1
    while target.exists() and not _same_file(photo, target):
        n += 1
        target = folder / f"{photo.stem}-{n}{photo.suffix}"
    if not target.exists():
        shutil.copy2(photo, target)
    return target.name


def choose(photo: Path, release: Release) -> str:
    """Check a chosen photo and return its ``src``: copied next to a saved release, else
    its absolute path (copied when the release is first saved). Raises ImageRefused."""
    load_image(str(photo), None)  # the same checks as an export, before anything is copied
    if release.base_dir is not None:
        try:
            return copy_next_to(photo, release.base_dir)
        except OSError as exc:
            raise ImageRefused(f"cannot copy it next to the release ({exc.strerror or exc})"
                               ) from None
    return str(photo.resolve())


def embedded(src: str, release: Release) -> str:
    """The photo of ``src`` as a ``data:`` URI (checked bytes). Raises ImageRefused."""
    image = load_image(src, release.base_dir, allow_outside=True)
    return f"data:{image.mime};base64,{base64.b64encode(image.data).decode()}"


def localise(release: Release, folder: Path) -> list[str]:
    """Before saving into ``folder``: copy the photos this release names outside it (chosen
    in this session, or next to the file it was saved as before) into it. Returns problems."""
    problems = []
    for block in release.body:
        src = block.src.strip()
        if not block.is_image or not src or src.lower().startswith("data:"):
            continue
        try:
            path = resolve(src, release.base_dir, allow_outside=True)
            if path.is_file():
                block.src = copy_next_to(path, folder)  # relative, copied only if outside
        except (ImageRefused, OSError) as exc:
            problems.append(f"{Path(src).name}: {exc}")
    return problems
