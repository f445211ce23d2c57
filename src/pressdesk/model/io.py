"""Load and save ``.pressrelease`` files."""

from __future__ import annotations

import json
from pathlib import Path

from pressdesk.model.codec import ReleaseError, release_from_data, release_to_data
from pressdesk.model.release import Release
from pressdesk.util.atomic import write_atomic

EXTENSION = ".pressrelease"
MAX_FILE_BYTES = 20 * 1024 * 1024  # a release is text; anything bigger is not one


def load_release(path: str | Path) -> Release:
    """Read and validate a release file; raise ReleaseError with a clear message."""
    path = Path(path)
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ReleaseError(
                [f"the file is {size // (1024 * 1024)} MB; a release file is at most "
                 f"{MAX_FILE_BYTES // (1024 * 1024)} MB, so this is not one"], name)
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ReleaseError(["no such file"], name) from None
    except IsADirectoryError:
        raise ReleaseError(["this is a folder, not a release file"], name) from None
    except PermissionError:
        raise ReleaseError(["permission denied"], name) from None
    except OSError as exc:
        raise ReleaseError([f"cannot read the file ({exc.strerror or exc})"], name) from None
    release = loads_release(raw, name)
    release.base_dir = path.resolve().parent
    return release


def loads_release(raw: bytes | str, source: str = "") -> Release:
    """Parse release JSON from bytes or text."""
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ReleaseError(
                [f"not UTF-8 text (bad byte at position {exc.start}); is this a release file?"],
                source,
            ) from None
    else:
        text = raw
    if not text.strip():
        raise ReleaseError(["the file is empty"], source)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReleaseError(
            [f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"], source
        ) from None
    except RecursionError:
        raise ReleaseError(["the JSON is nested too deeply"], source) from None
    return release_from_data(data, source)


def dumps_release(release: Release) -> bytes:
    """The file's bytes: pretty UTF-8 JSON, Arabic kept readable (no \\u escapes)."""
    text = json.dumps(release_to_data(release), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def save_release(release: Release, path: str | Path, *, backup: bool = True) -> None:
    """Save atomically; the previous version stays beside it as ``<name>~``."""
    write_atomic(Path(path), dumps_release(release), backup=backup)
    release.base_dir = Path(path).resolve().parent
