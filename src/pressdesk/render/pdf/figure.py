"""A photo in the PDF: scaled to the text width at most, on the start side.

The bytes come checked from compose (``Block.image``). ReportLab embeds a JPEG as it is
(``/DCTDecode``, no re-encoding) and a PNG with alpha as an image plus a soft mask.
"""

from __future__ import annotations

import io

from reportlab.lib.utils import ImageReader

from pressdesk.compose.document import Image

from .flow import Block

PX_TO_PT = 72 / 96  # a photo's natural size is its pixels at 96 dpi
MAX_HEIGHT_SHARE = 0.6  # of the page's text height: a tall photo leaves room for text


class FigureImage(Block):
    """One photo; never split, kept with its caption through ``keepWithNext``."""

    def __init__(self, image: Image, *, rtl: bool, max_height: float, space_before: float = 0.0,
                 space_after: float = 4.0, keep_with_next: bool = True) -> None:
        super().__init__()
        self.image = image
        self.rtl = rtl
        self.max_height = max_height * MAX_HEIGHT_SHARE
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.keepWithNext = keep_with_next
        self._reader: ImageReader | None = None
        self._size = (0.0, 0.0)

    def _fit(self, avail_width: float) -> tuple[float, float]:
        width = min(self.image.width * PX_TO_PT, avail_width)
        height = width * self.image.aspect
        if height > self.max_height:
            height = self.max_height
            width = height / self.image.aspect
        return width, height

    def wrap(self, availWidth, availHeight):
        self._size = self._fit(availWidth)
        self.width = availWidth
        self.height = self._size[1]
        return self.width, self.height

    def split(self, availWidth, availHeight, at_top=False):
        return []

    def draw(self):
        if self._reader is None:
            self._reader = ImageReader(io.BytesIO(self.image.data))
        w, h = self._size
        x = self.width - w if self.rtl else 0.0
        self.canv.drawImage(self._reader, x, 0, w, h,
                            mask="auto" if self.image.has_alpha else None)
