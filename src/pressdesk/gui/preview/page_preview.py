"""The page preview: the real PDF export, shown page by page with QtPdf.

The PDF is rendered off the GUI thread from the document the live preview composed,
after the user has paused for a while and only while this tab is showing.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent, QWheelEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from pressdesk.compose.document import Document
from pressdesk.gui.preview.jobs import LatestJob
from pressdesk.gui.preview.zoom_bar import ZoomBar
from pressdesk.util.textsearch import PageWords, locate_words

DELAY_MS = 800


def render_pdf(document: Document) -> bytes:
    from pressdesk.render import renderer

    return renderer("pdf")(document)


class PagePreview(QWidget):
    refreshed = Signal(float)  # milliseconds from request to pages shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.zoom_bar = ZoomBar(self)
        self.zoom_bar.setEnabled(False)
        self.zoom_bar.zoom_requested.connect(self._apply_zoom)
        layout.addWidget(self.zoom_bar)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)
        self.message = QLabel(self.tr("The pages appear here when the release has been composed."), self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setObjectName("pageMessage")
        self.message.setStyleSheet("color: #4a5565; padding: 24px;")
        self.stack.addWidget(self.message)
        self.view: Any = None  # QPdfView, created on first use (QtPdf loads only when needed)
        self.pdf: Any = None
        self._buffer: QBuffer | None = None
        self._page_words: dict[int, PageWords] = {}  # the loaded PDF's pages read, for following
        self._pending_doc: Any = None
        self._latest: Document | None = None
        self._shown: Document | None = None
        self._requested = 0.0
        self.pdf_bytes = b""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self._start)
        self.job = LatestJob(render_pdf, self)
        self.job.finished.connect(self._rendered)
        self.job.failed.connect(self._failed)

    # --- requests ---------------------------------------------------------------------------
    def set_document(self, document: Document) -> None:
        """A newer composed release; rendered after a pause, if this tab is showing."""
        self._latest = document
        if self.isVisible():
            self.timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._latest is not None and self._latest is not self._shown:
            self.timer.start(0)

    def warm_up(self) -> None:
        """Render once in the background, so the first look at the pages is quick
        (the PDF renderer loads its fonts on first use)."""
        if self.pdf is None and self._latest is not None and not self.job.busy():
            self._start()

    def _start(self) -> None:
        if self._latest is None:
            return
        self._requested = time.perf_counter()
        self.job.submit(self._latest)

    def refresh_now(self, document: Document | None = None) -> None:
        """Render on this thread and load the pages (tests and benchmarks)."""
        if document is not None:
            self._latest = document
        self.timer.stop()
        self._requested = time.perf_counter()
        try:
            self.job.run_now(self._latest)
        except Exception as exc:  # shown in the tab, in words
            self._failed(exc)

    # --- results ----------------------------------------------------------------------------
    def _rendered(self, data: bytes, _seconds: float) -> None:
        from PySide6.QtPdf import QPdfDocument

        self.pdf_bytes = data
        self._shown = self._latest
        self._ensure_view()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        pdf = QPdfDocument(self)
        pdf.load(buffer)
        if pdf.status() == QPdfDocument.Status.Ready:
            self._swap(pdf, buffer)
        else:  # some builds load asynchronously
            self._pending_doc = (pdf, buffer)
            pdf.statusChanged.connect(lambda status, p=pdf, b=buffer: self._status(p, b, status))

    def _status(self, pdf: Any, buffer: QBuffer, status: Any) -> None:
        from PySide6.QtPdf import QPdfDocument

        if status == QPdfDocument.Status.Ready:
            self._swap(pdf, buffer)
        elif status == QPdfDocument.Status.Error:
            self._show_message(self.tr("The PDF could not be displayed."))

    def _swap(self, pdf: Any, buffer: QBuffer) -> None:
        navigator = self.view.pageNavigator()
        page = navigator.currentPage() if self.pdf is not None else 0
        old, old_buffer = self.pdf, self._buffer
        self.view.setDocument(pdf)
        self.pdf, self._buffer = pdf, buffer
        self._page_words = {}
        if old is not None:
            old.deleteLater()
        if old_buffer is not None:
            old_buffer.deleteLater()
        if 0 < page < pdf.pageCount():
            navigator.jump(page, QPointF(), navigator.currentZoom())
        self.stack.setCurrentWidget(self.view)
        self.zoom_bar.setEnabled(True)
        self.zoom_bar.show_zoom(self._shown_zoom())
        self._page_changed()
        self.refreshed.emit((time.perf_counter() - self._requested) * 1000)

    def _ensure_view(self) -> None:
        if self.view is not None:
            return
        from PySide6.QtPdfWidgets import QPdfView

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocumentMargins(self.view.documentMargins().__class__(16, 16, 16, 16))
        self.view.setStyleSheet("QPdfView { background: #5f6b7a; }")
        self.view.viewport().installEventFilter(self)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.view.zoomFactorChanged.connect(lambda _: self.zoom_bar.show_zoom(self.view.zoomFactor()))
        self.view.verticalScrollBar().valueChanged.connect(self._page_changed)
        self.stack.addWidget(self.view)

    def _failed(self, error: Exception) -> None:
        from pressdesk.render import RendererUnavailable

        if isinstance(error, RendererUnavailable):
            self._show_message(self.tr("The page preview needs the PDF export, which is not "
                                       "available in this installation:\n{error}").format(error=error))
        else:
            self._show_message(self.tr("The PDF could not be made: {error}").format(error=error))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    # --- zoom and pages ---------------------------------------------------------------------
    def _apply_zoom(self, mode: str, factor: float) -> None:
        """"width", "page" or "custom" with a factor (1.0 = 100 %)."""
        if self.view is None:
            return
        from PySide6.QtPdfWidgets import QPdfView

        if mode == "width":
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif mode == "page":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            current = self.view.zoomFactor() if self.zoom_bar.mode == "custom" else self._shown_zoom()
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(max(0.25, min(4.0, current * factor)))
        self.zoom_bar.show_mode(mode)
        self.zoom_bar.show_zoom(self._shown_zoom())

    def _shown_zoom(self) -> float:
        """The zoom as shown: in a fit mode, the scale the page gets at this width."""
        if self.view is None or self.pdf is None or self.pdf.pageCount() == 0:
            return 1.0
        from PySide6.QtPdfWidgets import QPdfView

        if self.view.zoomMode() == QPdfView.ZoomMode.Custom:
            return float(self.view.zoomFactor())
        size = self.pdf.pagePointSize(0)
        dpi = self.logicalDpiX() / 72
        margins = self.view.documentMargins()
        width = self.view.viewport().width() - margins.left() - margins.right()
        height = self.view.viewport().height() - margins.top() - margins.bottom()
        scale_w = width / (size.width() * dpi)
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return float(scale_w)
        return float(min(scale_w, height / (size.height() * dpi)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Wheel and isinstance(event, QWheelEvent)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            steps = event.angleDelta().y() / 120
            if steps:
                self._apply_zoom("custom", 1.15 ** steps)
            return True
        return super().eventFilter(watched, event)

    def zoom_in(self) -> None:
        self._apply_zoom("custom", 1.25)

    def zoom_out(self) -> None:
        self._apply_zoom("custom", 0.8)

    def current_page(self) -> int:
        """The page at the top of the view (0-based)."""
        if self.view is None or self.pdf is None:
            return 0
        return int(self.view.pageNavigator().currentPage())

    def _page_changed(self, *_: object) -> None:
        total = self.page_count()
        self.zoom_bar.show_page(self.current_page() + 1 if total else 0, total)

    def scroll_to_text(self, text: str) -> bool:
        """Show the page holding ``text`` (the block being edited); True when it was found."""
        if self.view is None or self.pdf is None:
            return False
        # the page in view first: while typing, the block is nearly always still there, and
        # reading every page of a new PDF after each refresh held the GUI thread (13 pages:
        # about 50 ms); each page is read once per loaded PDF
        here = self.current_page()
        found = locate_words([self._words_of(here)], text) if here < self.page_count() else None
        if found is not None:
            found = (here, found[1])
        else:
            found = locate_words([self._words_of(page) for page in range(self.page_count())], text)
        if found is None:
            return False
        page, fraction = found
        if page != self.current_page():
            navigator = self.view.pageNavigator()
            y = self.pdf.pagePointSize(page).height() * fraction * 0.9
            navigator.jump(page, QPointF(0, y), navigator.currentZoom())
        return True

    def _words_of(self, page: int) -> PageWords:
        words = self._page_words.get(page)
        if words is None:
            assert self.pdf is not None
            words = self._page_words[page] = PageWords(self.pdf.getAllText(page).text())
        return words

    def page_count(self) -> int:
        return int(self.pdf.pageCount()) if self.pdf is not None else 0

    def shutdown(self) -> None:
        self.timer.stop()
        self.job.wait()
