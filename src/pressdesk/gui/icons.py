"""The app's icons: small line drawings kept here as SVG, so they look the same everywhere.

(Icon themes exist only on some Linux desktops; QStyle's standard icons lack most of these.)
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

INK = "#34495e"
ACCENT = "#1f6feb"
DANGER = "#b3261e"

_P: dict[str, str] = {
    "new": '<path d="M6 3h8l4 4v14H6z"/><path d="M14 3v4h4"/><path d="M12 11v6M9 14h6"/>',
    "open": '<path d="M3 6h6l2 2h10v11H3z"/><path d="M3 10h18"/>',
    "save": '<path d="M5 4h11l3 3v13H5z"/><path d="M8 4v5h7V4"/><rect x="8" y="13" width="8" height="5"/>',
    "save-as": '<path d="M5 4h11l3 3v6M5 4v16h7"/><path d="M8 4v5h7V4"/>'
    '<path d="M14 21l1-3 5-5 2 2-5 5z"/>',
    "export": '<path d="M12 15V3M7 8l5-5 5 5"/><path d="M4 14v6h16v-6"/>',
    "template": '<rect x="4" y="3" width="16" height="18" rx="1"/><path d="M8 7h8M8 11h8M8 15h5"/>',
    "undo": '<path d="M9 7H4V2"/><path d="M4 7c2.5-3 5-4 8-4a8 8 0 1 1-7.5 10.5"/>',
    "redo": '<path d="M15 7h5V2"/><path d="M20 7c-2.5-3-5-4-8-4a8 8 0 1 0 7.5 10.5"/>',
    "paragraph": '<path d="M4 6h16M4 10h16M4 14h16M4 18h10"/>',
    "quote": '<path d="M5 11h4v6H4v-5c0-3 1.5-5 4-6M15 11h4v6h-5v-5c0-3 1.5-5 4-6"/>',
    "duplicate": '<rect x="8" y="8" width="12" height="12" rx="1"/><path d="M16 8V4H4v12h4"/>',
    "remove": '<path d="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13M10 11v6M14 11v6"/>',
    "up": '<path d="M12 19V5M6 11l6-6 6 6"/>',
    "down": '<path d="M12 5v14M6 13l6 6 6-6"/>',
    "grip": '<circle cx="9" cy="6" r="1.3"/><circle cx="15" cy="6" r="1.3"/><circle cx="9" cy="12" r="1.3"/>'
    '<circle cx="15" cy="12" r="1.3"/><circle cx="9" cy="18" r="1.3"/><circle cx="15" cy="18" r="1.3"/>',
    "settings": '<circle cx="12" cy="12" r="3"/><path d="M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1'
    'M17 17l2.1 2.1M4.9 19.1L7 17M17 7l2.1-2.1"/>',
    "preview": '<path d="M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12z"/><circle cx="12" cy="12" r="3"/>',
    "pages": '<path d="M7 2h8l4 4v12H7z"/><path d="M4 6v16h11"/>',
    "about": '<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7.5v.5"/>',
    "add": '<path d="M12 5v14M5 12h14"/>',
    "find": '<circle cx="10.5" cy="10.5" r="6"/><path d="M15 15l6 6"/>',
    "print": '<path d="M7 9V3h10v6"/><rect x="3" y="9" width="18" height="8" rx="1"/>'
    '<path d="M7 14h10v7H7z"/>',
    "close": '<path d="M6 6l12 12M18 6L6 18"/>',
    "zoom-in": '<circle cx="10.5" cy="10.5" r="6"/><path d="M15 15l6 6M8 10.5h5M10.5 8v5"/>',
    "zoom-out": '<circle cx="10.5" cy="10.5" r="6"/><path d="M15 15l6 6M8 10.5h5"/>',
    "contact": '<circle cx="12" cy="8" r="4"/><path d="M4 21c1-5 5-7 8-7s7 2 8 7"/>',
    "warning": '<path d="M12 3l10 18H2z"/><path d="M12 10v5M12 18v.5"/>',
    "quit": '<path d="M10 4H5v16h5M16 8l4 4-4 4M20 12H9"/>',
}
_COLOURS = {"remove": DANGER, "warning": "#d9822b", "export": ACCENT, "new": ACCENT}


def _svg(name: str, colour: str) -> bytes:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" '
        f'stroke="{colour}" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round">'
        f"{_P[name]}</svg>"
    ).encode()


class SvgIconEngine(QIconEngine):
    """Draws an icon at the size (and pixel ratio) asked for, when it is first asked for:
    drawing every icon at five sizes up front took 12 to 15 ms of each start of the app."""

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg
        self._pixmaps: dict[tuple[int, int, QIcon.Mode, QIcon.State], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self._svg)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        key = (size.width(), size.height(), mode, state)
        found = self._pixmaps.get(key)
        if found is None:
            found = QPixmap(size)
            found.fill(Qt.GlobalColor.transparent)
            painter = QPainter(found)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            QSvgRenderer(QByteArray(self._svg)).render(painter, QRectF(found.rect()))
            painter.end()
            if mode != QIcon.Mode.Normal:  # disabled (greyed) or selected, as the style draws them
                from PySide6.QtWidgets import QApplication, QStyleOption

                found = QApplication.style().generatedIconPixmap(mode, found, QStyleOption())
            self._pixmaps[key] = found
        return found

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        found = QPixmap(self.pixmap(QSize(round(size.width() * scale), round(size.height() * scale)),
                                    mode, state))
        found.setDevicePixelRatio(scale)
        return found

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, ratio))


@cache
def icon(name: str) -> QIcon:
    """A named icon, drawn at whatever size it is shown."""
    return QIcon(SvgIconEngine(_svg(name, _COLOURS.get(name, INK))))


def names() -> list[str]:
    return list(_P)
