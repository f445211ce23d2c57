"""The live preview: the composed release as a QTextDocument, rebuilt when the user pauses.

Compose and the building of the QTextDocument (``qt_document.build_document``, straight
from the ``Document``, no HTML) run off the GUI thread (``LatestJob``); the GUI thread
lays the document out, a few milliseconds at a time (``DocumentView``), swaps it into
the view and keeps the scroll position. The layout is not done on the worker: a document
laid out there points into that thread's font cache, and painting it on the GUI thread
crashed in QFontEngineFT (at random in test runs; every time once the idle worker thread
had retired). The worker never makes the document's layout at all (no
``documentLayout()``, ``size()``, ``idealWidth()``…): a document with a layout would
have to be laid out again on the GUI thread all at once.

Embedded opposite-direction runs carry LRI/RLI…PDI isolates, which Qt's bidi algorithm
honours: "IMRF", e-mails and phone numbers stay in place in Arabic.
"""

from __future__ import annotations

from dataclasses import dataclass
from time import perf_counter

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from pressdesk.compose.document import Document
from pressdesk.gui.editor import ReleaseEditor
from pressdesk.gui.editor.paths import snapshot
from pressdesk.gui.preview.document_view import DocumentView
from pressdesk.gui.preview.jobs import LatestJob
from pressdesk.gui.template_cache import TemplateCache
from pressdesk.model import Release
from pressdesk.templating.template import Template
from pressdesk.util.textsearch import squeeze

DELAY_MS = 150
MARGIN = 28


@dataclass(frozen=True)
class PreviewInput:
    release: Release  # a snapshot the worker owns
    template: Template


@dataclass(frozen=True)
class PreviewOutput:
    document: Document
    qdoc: QTextDocument  # built, not laid out (no layout at all), and owned by the GUI thread

    @property
    def text(self) -> str:
        """The preview's plain text (tests)."""
        return self.qdoc.toPlainText()


def build_preview(job: PreviewInput) -> PreviewOutput:
    """Compose and build the QTextDocument (runs in the worker thread; the GUI thread lays
    it out: see the module docstring). Nothing here may make the document's layout."""
    from pressdesk.gui.preview.qt_document import build_document
    from pressdesk.pipeline import prepare

    document = prepare(job.release, job.template).document
    qdoc = build_document(document, MARGIN)
    app = QCoreApplication.instance()
    if app is not None:
        qdoc.moveToThread(app.thread())
    return PreviewOutput(document, qdoc)


class HtmlPreview(QWidget):
    document_ready = Signal(object)  # the composed Document, for the page preview
    updated = Signal(float)  # milliseconds from request to shown

    def __init__(self, editor: ReleaseEditor, templates: TemplateCache,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.templates = templates
        self.document: Document | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.notice = QLabel(self)
        self.notice.setObjectName("previewNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background: #fff4e5; color: #7a4b00; padding: 6px 10px;")
        self.notice.hide()
        layout.addWidget(self.notice)
        self.browser = DocumentView(self)
        self.browser.setObjectName("htmlPreview")
        self.browser.setFrameShape(DocumentView.Shape.NoFrame)
        # the document is scaled to the width: there is never anything to scroll sideways
        self.browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # always there: a bar that came and went would change the scale with the view's width
        self.browser.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.browser.anchorClicked.connect(QDesktopServices.openUrl)
        self.browser.documentShown.connect(self._shown)
        layout.addWidget(self.browser)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self._start)
        self.job = LatestJob(build_preview, self)
        self.job.finished.connect(self._show)
        self.job.failed.connect(self._failed)
        self._requested = 0.0
        editor.content_changed.connect(self.schedule)
        templates.changed.connect(self.schedule)

    def schedule(self) -> None:
        """Rebuild after the user pauses (the timer restarts on every change)."""
        self.timer.start()

    def _input(self) -> PreviewInput:
        r = self.editor.release
        resolved = self.templates.resolve(r.template, r.template_version)
        self._set_notice(resolved.warning)
        return PreviewInput(snapshot(r), resolved.template)

    def _start(self) -> None:
        self._requested = perf_counter()
        self.job.submit(self._input())

    def refresh_now(self) -> PreviewOutput:
        """Build and show on this thread (tests and benchmarks)."""
        self.timer.stop()
        self._requested = perf_counter()
        output: PreviewOutput = self.job.run_now(self._input())
        return output

    def _show(self, output: PreviewOutput, _seconds: float) -> None:
        """Hand the finished document to the view (which lays it out on this thread, a
        slice at a time, and shows it where the last one was scrolled to)."""
        self.document = output.document
        self.document_ready.emit(output.document)
        self.browser.setDocument(output.qdoc, keep_position=True)

    def _shown(self, _document: QTextDocument) -> None:
        self.updated.emit((perf_counter() - self._requested) * 1000)

    def scroll_to_text(self, text: str) -> bool:
        """Bring the block holding ``text`` (the one being edited) into view; True if found."""
        needle = squeeze(text)[:40]
        if len(needle) < 6:
            return False
        block = self.browser.document().begin()
        while block.isValid():
            if needle in squeeze(block.text()):
                self.browser.scrollToBlock(block)  # once laid out, if it is not yet
                return True
            block = block.next()
        return False

    def _failed(self, error: Exception) -> None:
        self._set_notice(self.tr("The preview could not be built: {error}").format(error=error))

    def _set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def shutdown(self) -> None:
        self.timer.stop()
        self.job.wait()
