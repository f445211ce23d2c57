"""A logo for a template: checked, scaled down when huge, stored as PNG or JPEG.

SVG logos are rasterised by the caller (the app uses QtSvg) and arrive here as PNG bytes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from pressdesk.templating.errors import TemplateError
from pressdesk.templating.template import MAX_IMAGE_BYTES

MAX_INPUT_BYTES = 20 * 1024 * 1024  # what we agree to open at all
MAX_PIXELS = 60_000_000  # refuse decompression bombs before decoding
MAX_SIDE = 1600  # px: sharp at 40 mm on a 1000 dpi press, small in a .pdtemplate
FORMATS = {"PNG": ".png", "JPEG": ".jpg"}


@dataclass(frozen=True)
class Logo:
    """Image bytes ready to store in a template, and what was done to them."""

    data: bytes
    suffix: str  # ".png" or ".jpg"
    width: int
    height: int
    note: str = ""  # e.g. "scaled down from 10000 × 2000 px"


def prepare_logo(data: bytes, source: str = "logo") -> Logo:
    """Check image bytes (PNG or JPEG); scale down ones wider or taller than MAX_SIDE."""
    from PIL import Image, UnidentifiedImageError

    if len(data) > MAX_INPUT_BYTES:
        raise TemplateError([f"the file is {len(data) / 2**20:.0f} MB; a logo must be smaller "
                             f"than {MAX_INPUT_BYTES // 2**20} MB"], source)
    if data[:5] in (b"<?xml", b"<svg ") or b"<svg" in data[:512]:
        raise TemplateError(["an SVG logo must be converted to PNG first (the app does it "
                             "when you choose the file)"], source)
    try:
        with Image.open(io.BytesIO(data)) as img:
            kind = img.format or ""
            width, height = img.size
            if kind not in FORMATS:
                raise TemplateError([f"not a PNG, JPEG or SVG image ({kind or 'unknown'} file)"],
                                    source)
            if width * height > MAX_PIXELS:
                raise TemplateError([f"the image is {width} × {height} px, too large to open; "
                                     f"use one under {MAX_PIXELS // 1_000_000} megapixels"], source)
            if max(width, height) <= MAX_SIDE and len(data) <= MAX_IMAGE_BYTES:
                img.verify()  # a truncated or corrupt file fails here
                return Logo(data, FORMATS[kind], width, height)
            img.load()
            scaled = img.copy()
    except TemplateError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise TemplateError(["not a PNG, JPEG or SVG image, or a damaged one"], source) from None
    scaled.thumbnail((MAX_SIDE, MAX_SIDE))
    if scaled.mode not in ("RGB", "RGBA", "L", "LA"):
        scaled = scaled.convert("RGBA")
    out = io.BytesIO()
    scaled.save(out, "PNG", optimize=True)
    note = f"scaled down from {width} × {height} px to {scaled.width} × {scaled.height} px"
    return Logo(out.getvalue(), ".png", scaled.width, scaled.height, note)
