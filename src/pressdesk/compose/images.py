"""Load a release's photos once, with checks, before compose: renderers never open files.

``load_images(release)`` resolves each image block's ``src`` (relative to the release
file, absolute, or a ``data:`` URI), refuses what must not go into an export silently
(a path leaving the release's folder in a file that came from elsewhere, a file too
big, too many pixels, not a picture), decodes it with Pillow to prove it is whole, and
normalises only what readers get wrong: CMYK JPEGs and EXIF-rotated JPEGs become plain
RGB JPEGs, 16-bit or odd PNGs become 8-bit PNGs, other formats PNG. An ordinary JPEG is
passed through byte for byte (the PDF embeds it without re-encoding).

Results are cached by file (path, size, modification time), so preview updates do not
read photos again.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
import threading
import warnings
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from pressdesk.compose.document import Image
from pressdesk.model.release import Release

MAX_IMAGE_BYTES = 25 * 1024 * 1024
MAX_PIXELS = 60_000_000  # decoded in full below this; a JPEG above it is scaled down
MAX_SIDE = 4000  # pixels: what a scaled-down photo keeps on its long side
MAX_JPEG_PIXELS = 200_000_000  # bigger than this is refused even as a JPEG
_DATA_URI = re.compile(r"^data:(image/[a-z0-9.+-]+)?(;[a-z0-9=.-]+)*?;base64,", re.IGNORECASE)
_CACHE_SIZE = 32
_lock = threading.Lock()
_cache: OrderedDict[tuple, Image | str] = OrderedDict()


class ImageRefused(ValueError):
    """A photo that cannot be used; the message says why in words."""


@dataclass
class LoadedImages:
    """Photos by ``src``, and one problem line per photo that could not be used."""

    images: dict[str, Image] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def get(self, src: str) -> Image | None:
        return self.images.get(src)


def describe(src: str) -> str:
    """A short name for a ``src`` in messages."""
    if src.lower().startswith("data:"):
        return "the embedded photo"
    return Path(src).name or src


def load_images(release: Release, base_dir: Path | None = None, *,
                allow_outside: bool = False) -> LoadedImages:
    """Every image block's photo. ``base_dir`` defaults to the folder the release was loaded
    from; paths outside it are read only with ``allow_outside`` (or for a release made in
    this session, which has no folder yet)."""
    base = base_dir if base_dir is not None else release.base_dir
    out = LoadedImages()
    for i, block in enumerate(release.body):
        if not block.is_image or block.src in out.images:
            continue
        if not block.src.strip():
            out.problems.append(f"body[{i}]: the photo block has no photo yet; it was left out")
            continue
        try:
            out.images[block.src] = load_image(block.src, base, allow_outside=allow_outside,
                                               alt=block.alt)
        except ImageRefused as exc:
            out.problems.append(f"body[{i}] ({describe(block.src)}): {exc}; it was left out")
    return out


def load_image(src: str, base_dir: Path | None, *, allow_outside: bool = False,
               alt: str = "") -> Image:
    """One photo, checked; raises ImageRefused with the reason."""
    if _DATA_URI.match(src.strip()):
        key: tuple = ("data", src)
        with _lock:
            hit = _cache.get(key)
        if hit is None:
            hit = _checked(lambda: _decode_data_uri(src.strip()))
            _remember(key, hit)
    else:
        path = resolve(src, base_dir, allow_outside=allow_outside)
        try:
            st = path.stat()
        except FileNotFoundError:
            raise ImageRefused(f"no such file {path}") from None
        except OSError as exc:
            raise ImageRefused(f"cannot read {path} ({exc.strerror or exc})") from None
        key = ("file", str(path), st.st_size, st.st_mtime_ns)
        with _lock:
            hit = _cache.get(key)
        if hit is None:
            hit = _checked(lambda: _read_file(path))
            _remember(key, hit)
    if isinstance(hit, str):
        raise ImageRefused(hit)
    return Image(hit.data, hit.mime, hit.width, hit.height, alt, hit.has_alpha)


def resolve(src: str, base_dir: Path | None, *, allow_outside: bool = False) -> Path:
    """The file a ``src`` names; refuses one outside ``base_dir`` unless allowed."""
    src = src.strip()
    if src.lower().startswith("file://"):
        src = src[len("file://"):]
    path = Path(src).expanduser()
    if not path.is_absolute():
        if base_dir is None:
            raise ImageRefused("the path is relative and the release is not saved yet")
        path = base_dir / path
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError):
        raise ImageRefused(f"cannot resolve {path}") from None
    if base_dir is not None and not allow_outside:
        folder = base_dir.resolve()
        if not resolved.is_relative_to(folder):
            raise ImageRefused(
                f"{resolved} is outside the release's folder {folder}; a photo there is not "
                "read without your permission (choose the photo again in PressDesk to copy "
                "it next to the release, or allow photos from outside the folder)")
    return resolved


def _remember(key: tuple, value: Image | str) -> None:
    with _lock:
        _cache[key] = value
        _cache.move_to_end(key)
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)


def _checked(work) -> Image | str:
    try:
        return work()
    except ImageRefused as exc:
        return str(exc)


def _read_file(path: Path) -> Image:
    if not path.is_file():
        raise ImageRefused(f"{path} is not a file")
    size = path.stat().st_size
    if size > MAX_IMAGE_BYTES:
        raise ImageRefused(_too_big(size))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImageRefused(f"cannot read {path} ({exc.strerror or exc})") from None
    return normalise(data)


def _decode_data_uri(src: str) -> Image:
    payload = src.partition(",")[2]
    if len(payload) * 3 // 4 > MAX_IMAGE_BYTES:
        raise ImageRefused(_too_big(len(payload) * 3 // 4))
    try:
        data = base64.b64decode(re.sub(r"\s+", "", payload), validate=True)
    except (binascii.Error, ValueError):
        raise ImageRefused("the embedded photo is not valid base64 data") from None
    return normalise(data)


def _too_big(size: int) -> str:
    return (f"the photo is {size / (1024 * 1024):.0f} MB; at most "
            f"{MAX_IMAGE_BYTES // (1024 * 1024)} MB (save a smaller copy)")


def normalise(data: bytes) -> Image:
    """Checked bytes of a photo as JPEG or PNG, with its pixel size."""
    from PIL import Image as PILImage
    from PIL import ImageOps, UnidentifiedImageError

    if len(data) > MAX_IMAGE_BYTES:
        raise ImageRefused(_too_big(len(data)))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
            img = PILImage.open(io.BytesIO(data))
            fmt = img.format
            w, h = img.size
            limit = MAX_JPEG_PIXELS if fmt == "JPEG" else MAX_PIXELS
            if w * h > limit or w <= 0 or h <= 0:
                raise ImageRefused(
                    f"the photo is {w:,} × {h:,} pixels; at most {limit // 1_000_000} megapixels"
                    + ("" if fmt == "JPEG" else " (a JPEG may be larger)"))
            if fmt == "JPEG" and w * h > MAX_PIXELS:
                img.draft("RGB", (max(1, w // 8), max(1, h // 8)) if w > 8 * MAX_SIDE
                          else (MAX_SIDE, MAX_SIDE))
            img.load()  # decodes everything: a truncated or corrupt file fails here
    except ImageRefused:
        raise
    except (UnidentifiedImageError, PILImage.DecompressionBombError):
        raise ImageRefused("this is not a photo PressDesk can read (JPEG or PNG)") from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ImageRefused(f"the photo file is damaged ({exc})") from None
    except MemoryError:
        raise ImageRefused("the photo is too large to open") from None
    orientation = img.getexif().get(0x0112, 1) if fmt == "JPEG" else 1
    if fmt == "JPEG" and img.mode in ("RGB", "L") and orientation == 1 and w * h <= MAX_PIXELS:
        return Image(data, "image/jpeg", w, h)
    if fmt == "PNG" and _plain_png(data):
        alpha = img.mode in ("RGBA", "LA") or "transparency" in img.info
        return Image(data, "image/png", w, h, has_alpha=alpha)
    return _reencode(img, fmt == "JPEG", ImageOps)


def _plain_png(data: bytes) -> bool:
    """An 8-bit, non-interlaced PNG every reader takes as it is."""
    if len(data) < 29 or data[12:16] != b"IHDR":
        return False
    depth, colour, interlace = data[24], data[25], data[28]
    return depth == 8 and colour in (0, 2, 3, 4, 6) and interlace == 0


def _reencode(img, jpeg: bool, image_ops) -> Image:
    """CMYK, rotated or oversized JPEGs -> RGB JPEG; anything else -> 8-bit PNG."""
    img = image_ops.exif_transpose(img) or img
    if max(img.size) > MAX_SIDE:
        img.thumbnail((MAX_SIDE, MAX_SIDE))
    buf = io.BytesIO()
    if jpeg:
        img = img.convert("RGB") if img.mode != "L" else img
        img.save(buf, "JPEG", quality=90)
        return Image(buf.getvalue(), "image/jpeg", img.width, img.height)
    alpha = img.mode in ("RGBA", "LA", "PA") or "transparency" in img.info
    if img.mode.startswith("I") or img.mode == "F":  # 16/32-bit grey: scale to 8 bits
        img = img.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    img = img.convert("RGBA" if alpha else ("L" if img.mode == "L" else "RGB"))
    img.save(buf, "PNG")
    return Image(buf.getvalue(), "image/png", img.width, img.height, has_alpha=alpha)
