"""The app's icons, drawn on demand: every one has ink, greys out when disabled, and is
sharp on a high-density screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage

from pressdesk.gui.icons import INK, icon, names


def inked(image: QImage) -> list[str]:
    return [image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
            if image.pixelColor(x, y).alpha() > 200]


def test_every_icon_draws_at_the_size_asked(qapp) -> None:  # type: ignore[no-untyped-def]
    for name in names():
        for size in (16, 24, 40):
            pixmap = icon(name).pixmap(size)
            assert pixmap.size() == QSize(size, size), name
            assert inked(pixmap.toImage()), f"{name} at {size} px is blank"


def test_a_disabled_icon_is_grey(qapp) -> None:  # type: ignore[no-untyped-def]
    normal = inked(icon("undo").pixmap(24).toImage())
    disabled = inked(icon("undo").pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage())
    assert INK in normal and INK not in disabled
    assert disabled and all(c[1:3] == c[3:5] == c[5:7] for c in disabled)  # grey: r = g = b


def test_a_high_density_screen_gets_twice_the_pixels(qapp) -> None:  # type: ignore[no-untyped-def]
    pixmap = icon("save").pixmap(QSize(24, 24), 2.0)
    assert pixmap.devicePixelRatio() == 2.0
    assert pixmap.size() == QSize(48, 48)
    assert QIcon(icon("save")).pixmap(16).size() == QSize(16, 16)  # a copy draws too
