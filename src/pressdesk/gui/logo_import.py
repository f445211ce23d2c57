"""Read a logo file the user chose: PNG or JPEG as they are, SVG rasterised with QtSvg."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPainter

from pressdesk.templating.errors import TemplateError
from pressdesk.templating.logo import MAX_INPUT_BYTES, MAX_SIDE, Logo, prepare_logo

SVG_HEIGHT = 600  # px: rasterised SVG logos are this tall (wide ones capped at MAX_SIDE)


def read_logo(path: Path) -> Logo:
    """The logo in ``path`` ready for a template; TemplateError in words when it cannot be."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise TemplateError([f"the file is {size / 2**20:.0f} MB; a logo must be smaller than "
                                 f"{MAX_INPUT_BYTES // 2**20} MB"], source)
        data = path.read_bytes()
    except OSError as exc:
        raise TemplateError([f"cannot read ({exc.strerror or exc})"], source) from None
    if path.suffix.lower() == ".svg" or b"<svg" in data[:1024]:
        data = rasterise_svg(data, source)
    return prepare_logo(data, source)


def rasterise_svg(data: bytes, source: str = "logo.svg") -> bytes:
    """PNG bytes of an SVG drawing (transparent background)."""
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        raise TemplateError(["not a valid SVG drawing"], source)
    view = renderer.defaultSize()
    if view.isEmpty():
        view = QSize(SVG_HEIGHT, SVG_HEIGHT)
    scale = SVG_HEIGHT / max(view.height(), 1)
    width = max(1, min(MAX_SIDE, round(view.width() * scale)))
    height = max(1, round(view.height() * width / max(view.width(), 1)))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes, PySide wants str
    return bytes(buffer.data().data())
