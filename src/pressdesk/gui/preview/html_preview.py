"""The live preview: the composed release as Qt rich text, rebuilt when the user pauses.

Compose and the HTML renderer run off the GUI thread (``LatestJob``); only ``setHtml``
runs here. Qt's rich text honours ``dir`` on blocks but not on inline tags, so the HTML
carries LRI/RLI…PDI isolates around embedded runs (``isolate_controls``), which Qt's
bidi algorithm does honour: "IMRF", e-mails and phone numbers stay in place in Arabic.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from pressdesk.compose.document import Document
from pressdesk.gui.editor import ReleaseEditor
from pressdesk.gui.editor.paths import snapshot
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
    html: str


def build_preview(job: PreviewInput) -> PreviewOutput:
    """Compose and render for Qt's rich text (runs in the worker thread)."""
    from pressdesk.pipeline import prepare
    from pressdesk.render.html import render_html

    document = prepare(job.release, job.template).document
    html = render_html(document, isolate_controls=True, qt=True).decode("utf-8")
    return PreviewOutput(document, html)


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
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("htmlPreview")
        self.browser.setOpenLinks(False)
        # text wraps at the width; a justified line can overhang by a pixel, never worth a bar
        self.browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.browser.anchorClicked.connect(QDesktopServices.openUrl)
        self.browser.document().setDocumentMargin(MARGIN)
        self.browser.setStyleSheet("QTextBrowser { background: #ffffff; border: none; }")
        layout.addWidget(self.browser)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self._start)
        self.job = LatestJob(build_preview, self)
        self.job.finished.connect(self._show)
        self.job.failed.connect(self._failed)
        self._requested = 0.0
        self._document: QTextDocument | None = None  # the one shown, built by build_document
        self.last_html = ""
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
        from time import perf_counter

        self._requested = perf_counter()
        self.job.submit(self._input())

    def refresh_now(self) -> PreviewOutput:
        """Build and show on this thread (tests and benchmarks)."""
        from time import perf_counter

        self.timer.stop()
        self._requested = perf_counter()
        output: PreviewOutput = self.job.run_now(self._input())
        return output

    def _show(self, output: PreviewOutput, _seconds: float) -> None:
        from time import perf_counter

        from pressdesk.compose.document import Direction
        from pressdesk.gui.preview.qt_document import SMALL_BLOCKS, build_document
        from pressdesk.gui.preview.qt_html import adapt_for_qt

        html = adapt_for_qt(output.html, output.document.direction is Direction.RTL)
        bar = self.browser.verticalScrollBar()
        at = bar.value()
        if len(output.document.blocks) > SMALL_BLOCKS:
            self.browser.setHtml(html)  # lays out what is on screen first
        else:
            document = build_document(html, self.browser, self.browser.viewport().width(), MARGIN)
            old, self._document = self._document, document
            self.browser.setDocument(document)  # deletes the browser's first, own document
            if old is not None:
                old.deleteLater()
        bar.setValue(min(at, bar.maximum()))
        self.document = output.document
        self.last_html = output.html
        self.document_ready.emit(output.document)
        self.updated.emit((perf_counter() - self._requested) * 1000)

    def scroll_to_text(self, text: str) -> bool:
        """Bring the block holding ``text`` (the one being edited) into view; True if found."""
        needle = squeeze(text)[:40]
        if len(needle) < 6:
            return False
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            if needle in squeeze(block.text()):
                rect = document.documentLayout().blockBoundingRect(block)
                bar = self.browser.verticalScrollBar()
                view = self.browser.viewport().height()
                if rect.top() < bar.value() or rect.bottom() > bar.value() + view:
                    bar.setValue(int(max(0.0, rect.top() - view / 4)))
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
