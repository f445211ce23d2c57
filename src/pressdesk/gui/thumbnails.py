"""Template thumbnails: the first page of a sample release, rendered by the real PDF path.

Rendered off the GUI thread and cached as PNG in the user's cache folder, keyed by a hash
of the template's files (so a changed template gets a new picture) and the language.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSize, QThreadPool, Signal
from PySide6.QtGui import QImage

from pressdesk import __version__, paths

WIDTH = 240  # px


def content_hash(folder: Path) -> str:
    """A hash of every file of a template folder (names and bytes)."""
    from pressdesk.templating.package import _template_files

    digest = hashlib.sha256(__version__.encode())
    for rel, path in _template_files(folder):
        digest.update(rel.encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def thumbnail_path(folder: Path, language: str) -> Path:
    return paths.cache_dir() / "thumbnails" / f"{content_hash(folder)}-{language}-{WIDTH}.png"


def render_thumbnail(folder: Path, origin: str, language: str, out: Path) -> Path:
    """Compose the sample release with the template, render the PDF, save page 1 as PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument

    from pressdesk.compose.compose import compose
    from pressdesk.render import renderer
    from pressdesk.templating.library import load_library_template
    from pressdesk.templating.sample import sample_release
    from pressdesk.util.atomic import write_atomic

    template = load_library_template(folder, origin)
    pdf = renderer("pdf")(compose(sample_release(template, language), template))
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    size = document.pagePointSize(0)
    height = round(WIDTH * size.height() / max(size.width(), 1))
    image = document.render(0, QSize(WIDTH, height)).convertToFormat(QImage.Format.Format_RGBA8888)
    document.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(out, _png(image))
    return out


def _png(image: QImage) -> bytes:
    """PNG bytes by Pillow, not ``QImage.save``: that asks the installed translators for an
    error text, and a translator made in Python needs the GIL for it. The GUI thread holds
    the GIL while it swaps translators (a change of UI language), waiting for this thread
    to let go of Qt's translator lock: both wait for ever."""
    import io

    from PIL import Image

    raw = bytes(image.constBits())
    picture = Image.frombuffer("RGBA", (image.width(), image.height()), raw, "raw", "RGBA",
                               image.bytesPerLine(), 1)
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()


class _Signals(QObject):
    done = Signal(str, str, str)  # key, png path ("" on failure), error


class _Task(QRunnable):
    def __init__(self, key: str, folder: Path, origin: str, language: str, out: Path,
                 signals: _Signals) -> None:
        super().__init__()
        self.args = (key, folder, origin, language, out)
        self.signals = signals

    def run(self) -> None:
        key, folder, origin, language, out = self.args
        try:
            render_thumbnail(folder, origin, language, out)
        except Exception as exc:  # shown as a missing picture, with the reason as tooltip
            self.signals.done.emit(key, "", str(exc))
            return
        self.signals.done.emit(key, str(out), "")


class Thumbnails(QObject):
    """``ready(key, png_path)`` for each requested (template folder, language)."""

    ready = Signal(str, str)
    failed = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # the PDF renderer is not re-entrant
        self.signals = _Signals()  # no parent: a task still running may outlive this object
        self.signals.done.connect(self._done)
        self._pending: set[str] = set()

    def request(self, key: str, folder: Path, origin: str, language: str) -> str:
        """The cached PNG's path when there is one; else "" and ``ready`` comes later."""
        try:
            out = thumbnail_path(folder, language)
        except Exception as exc:  # an unreadable template folder: no picture
            self.failed.emit(key, str(exc))
            return ""
        if out.is_file():
            return str(out)
        if key not in self._pending:
            self._pending.add(key)
            self.pool.start(_Task(key, folder, origin, language, out, self.signals))
        return ""

    def _done(self, key: str, path: str, error: str) -> None:
        self._pending.discard(key)
        if path:
            self.ready.emit(key, path)
        else:
            self.failed.emit(key, error)

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
