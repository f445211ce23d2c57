"""DocumentView: shows a QTextDocument built elsewhere, scaled to the view.

The document is laid out at the printed text width and drawn scaled to fit the view
(never larger than 1:1, centred when the view is wider), so its lines break where the
PDF's do and resizing the view never lays it out again. It keeps what a reader of the
preview needs: scrolling (wheel, keys, bar), selecting and copying text (mouse,
double-click for a word, Ctrl+A, Ctrl+C, a context menu) and clicking links.

The layout is made here, on the GUI thread (one made on a worker points into that
thread's font cache), and never all at once: laying out a 5,000-word release takes
35-40 ms, two frames and more. Qt's QTextDocumentLayout is lazy: made, it lays out a
first step (about 2,000 px of text) and lays out further only where it is asked to
(``blockBoundingRect`` up to a block, ``draw`` and ``hitTest`` down to a y) or in its own
timer steps, whose size doubles each time (a late one on a long document would take
longer than a frame); only ``documentSize`` (and ``markContentsDirty``) lay out everything
at once. So the view asks for one more step at a time (``_Progress.step``) from a 0 ms
timer, a few milliseconds per event-loop pass, and holds Qt's own timer steps back
(``eventFilter``) until the document is laid out. It never calls ``documentSize`` before
then: the width is known (the text width the document was built at), the height is
estimated, and painting stops at the laid-out part. A new document is swapped in once the
part that will be in view is laid out (at once for a short one, or when the view is at
the top); until then the previous one stays on screen, so keeping the scroll position
never shows the wrong place first.
"""

from __future__ import annotations

from time import perf_counter

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QContextMenuEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextBlock,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QAbstractScrollArea, QMenu, QWidget

_CONTROLS = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))  # isolates: not for the clipboard
SLICE_MS = 4.0  # a slice of layout starts no further step that would likely end after this


def has_layout(document: QTextDocument) -> bool:
    """Whether ``document`` has its layout yet (asking ``documentLayout()`` would make one)."""
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    return document.findChild(QAbstractTextDocumentLayout, "", direct) is not None


class _Progress:
    """How far the (lazy) layout of one document has got; made on the GUI thread."""

    def __init__(self, document: QTextDocument) -> None:
        self.doc = document
        self.layout = document.documentLayout()  # made now: Qt lays out a first step
        if document.textWidth() <= 0:
            self.layout.documentSize()  # no width to scale by until it is laid out: all of it now
        self.next = document.begin()  # the first block not laid out yet
        self.bottom = 0.0  # the laid-out part ends no higher than this (document pixels)
        self.estimate = 0.0  # the height the scroll range assumes until it is known
        self._skip()

    @property
    def complete(self) -> bool:
        return not self.next.isValid()

    def laid_out(self, block: QTextBlock) -> bool:
        return self.complete or block.position() < self.next.position()

    def laid_chars(self) -> int:
        return self.doc.characterCount() if self.complete else self.next.position()

    def height(self) -> float:
        return float(self.layout.documentSize().height()) if self.complete \
            else max(self.bottom, self.estimate)

    def step(self) -> None:
        """Lay out one more of Qt's steps: from the first block not laid out to Qt's next
        checkpoint (about 2,000 px on), as painting there would."""
        before = self.next.position()
        self.layout.blockBoundingRect(self.next)
        self._skip()
        if not self.complete and self.next.position() == before:  # never seen; never loop on it
            self.layout.documentSize()
            self._skip()

    def _skip(self) -> None:
        last = None
        block = self.next
        while block.isValid() and (block.layout().lineCount() > 0 or not block.isVisible()):
            last, block = block, block.next()
        self.next = block
        if self.complete:
            self.bottom = float(self.layout.documentSize().height())  # laid out: free now
        elif last is not None and last.layout().lineCount() > 0:
            # the top of its last line: Qt's checkpoint (where draw() would lay out further
            # from) is below it, while the block's bounding rect may reach past it
            lines = last.layout()
            top = self.layout.blockBoundingRect(last).top()
            self.bottom = float(top + lines.lineAt(lines.lineCount() - 1).y())


class _HoldSteps(QObject):
    """An event filter for the layouts the view lays out itself: it holds back their timers,
    the lazy steps (10 ms apart, each twice the last) and the size report (the view does not
    listen). Qt stops the steps once a layout is done, and the size report once it has
    gone out: a layout is let go then (held, its 0 ms report would fire on and on)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.held: set[QObject] = set()

    def hold(self, layout: QObject) -> None:
        layout.installEventFilter(self)
        self.held.add(layout)

    def release(self, layout: QObject) -> None:
        if layout in self.held:
            self.held.discard(layout)
            layout.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.Timer


class DocumentView(QAbstractScrollArea):
    anchorClicked = Signal(QUrl)
    documentShown = Signal(QTextDocument)  # a document given to setDocument is on screen now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = QTextDocument(self)
        self._shown = _Progress(self._doc)
        self._pending: _Progress | None = None  # laid out until the part in view is, then shown
        self._keep = False  # the pending document keeps the scroll position
        self._target: QTextBlock | None = None  # to scroll to once it is laid out
        self._holder = _HoldSteps(self)
        self._slicer = QTimer(self)
        self._slicer.setSingleShot(True)
        self._slicer.setInterval(0)
        self._slicer.timeout.connect(self._slice)
        self._cursor = QTextCursor(self._doc)
        self._pressed_anchor = ""
        self._dragging = False
        self._scale = 1.0
        self._left = 0.0  # where the document's left edge is drawn, in view pixels
        self.viewport().setMouseTracking(True)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.verticalScrollBar().setSingleStep(20)
        self.verticalScrollBar().actionTriggered.connect(self._user_scrolled)

    # --- the document ------------------------------------------------------------------------
    def document(self) -> QTextDocument:
        """The document on screen (a newer one may still be being laid out)."""
        return self._doc

    def setDocument(self, document: QTextDocument, keep_position: bool = False) -> None:
        """Show ``document``, laid out on this (the GUI) thread, never on a worker's: its
        layout would point into the worker thread's font cache.

        With ``keep_position`` the view stays where it is scrolled to (the same release,
        rebuilt). The document is shown once the part in view is laid out: now, for a short
        one or at the top; ``documentShown`` says when.
        """
        if has_layout(document):
            # laid out already, maybe on another thread: again, here (all of it, at once;
            # the preview's worker never makes a layout, so its documents never come here)
            document.markContentsDirty(0, document.characterCount())
        if self._pending is not None:
            self._release(self._pending)
        self._pending = _Progress(document)
        self._keep = keep_position
        if not self._pending.complete:
            self._hold(self._pending)
        if not self._swap_if_ready():
            self._slicer.start()

    def isLaidOut(self) -> bool:
        """Whether the document on screen, and any still to come, is laid out to the end."""
        return self._pending is None and self._shown.complete

    def toPlainText(self) -> str:
        return self._doc.toPlainText()

    def scale(self) -> float:
        """View pixels per document pixel."""
        return self._scale

    def _scale_for(self, width: float) -> float:
        return min(1.0, self.viewport().width() / width) if width > 0 else 1.0

    def _width(self, progress: _Progress) -> float:
        """The width the document is laid out at (known before the layout is done)."""
        width = progress.doc.textWidth()
        return width if width > 0 else float(progress.layout.documentSize().width())

    def _swap_if_ready(self) -> bool:
        """Show the pending document if the part that will be in view is laid out."""
        new = self._pending
        if new is None:
            return False
        bar = self.verticalScrollBar()
        value = bar.value() if self._keep else 0
        scale = self._scale_for(self._width(new))
        if not new.complete and new.bottom * scale < value + self.viewport().height():
            return False
        old, self._shown, self._pending = self._shown, new, None
        if not new.complete:
            # the scroll range's height until the layout is done: the document this one
            # replaces if it is the same length give or take (a rebuild while typing: the
            # bar stays still), else the laid-out part's height carried on to the end
            same = abs(old.doc.characterCount() - new.doc.characterCount()) \
                <= new.doc.characterCount() // 10
            new.estimate = old.height() if old.complete and same \
                else new.bottom * new.doc.characterCount() / max(1, new.laid_chars())
            self._slicer.start()
        self._release(old)
        self._doc = new.doc
        self._cursor = QTextCursor(new.doc)
        self._pressed_anchor = ""
        self._target = None
        self._update_range()
        bar.setValue(min(value, bar.maximum()))
        self.viewport().update()
        self.documentShown.emit(new.doc)
        return True

    def _slice(self) -> None:
        """Lay out the newest document a few milliseconds further (a 0 ms timer: the event
        loop runs between slices)."""
        progress = self._pending or self._shown
        bottom = progress.bottom
        start = perf_counter()
        step = 0.0
        while not progress.complete and (perf_counter() - start + step) * 1000 < SLICE_MS:
            began = perf_counter()
            progress.step()
            step = perf_counter() - began
        if progress.complete:
            self._release(progress)
        if progress is self._pending:
            self._swap_if_ready()
        elif progress is self._shown:
            self._shown_progressed(bottom)
        if not self.isLaidOut():
            self._slicer.start()

    def _shown_progressed(self, bottom: float) -> None:
        """The document on screen is laid out further than ``bottom``."""
        shown = self._shown
        self._update_range()
        if self._target is not None and shown.laid_out(self._target):
            self._scroll_to(self._target)
        view_bottom = (self.verticalScrollBar().value() + self.viewport().height()) / self._scale
        if view_bottom > bottom:
            self.viewport().update()  # the newly laid-out part is in view

    def _update_range(self) -> None:
        view = self.viewport()
        width = self._width(self._shown)
        self._scale = self._scale_for(width)
        self._left = max(0.0, (view.width() - width * self._scale) / 2)
        bar = self.verticalScrollBar()
        bar.setPageStep(view.height())
        bar.setRange(0, max(0, round(self._shown.height() * self._scale) - view.height()))

    # --- Qt's own layout steps are held back while the view lays the document out ------------
    def _hold(self, progress: _Progress) -> None:
        self._holder.hold(progress.layout)

    def _release(self, progress: _Progress) -> None:
        self._holder.release(progress.layout)

    # --- scrolling to a block ----------------------------------------------------------------
    def scrollToBlock(self, block: QTextBlock) -> None:
        """Bring ``block`` of the document on screen into view, once it is laid out (laying
        out a long document up to its end here would hold the GUI thread)."""
        if block.document() is not self._doc:
            return
        if self._shown.laid_out(block):
            self._scroll_to(block)
        else:
            self._target = block  # _shown_progressed scrolls there, unless the user scrolls first

    def _scroll_to(self, block: QTextBlock) -> None:
        self._target = None
        rect = self._shown.layout.blockBoundingRect(block)
        top, bottom = rect.top() * self._scale, rect.bottom() * self._scale
        bar = self.verticalScrollBar()
        view = self.viewport().height()
        if top < bar.value() or bottom > bar.value() + view:
            bar.setValue(int(max(0.0, top - view / 4)))

    def _user_scrolled(self, _action: int) -> None:
        self._target = None

    # --- painting ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        rect = QRectF(event.rect())
        painter.fillRect(rect, QColor("#ffffff"))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.translate(self._left, -self.verticalScrollBar().value())
        painter.scale(self._scale, self._scale)
        context = QAbstractTextDocumentLayout.PaintContext()
        clip = painter.transform().inverted()[0].mapRect(rect)
        if not self._shown.complete:  # only what is laid out: draw() would lay out the rest
            clip.setBottom(min(clip.bottom(), self._shown.bottom))
        if clip.height() <= 0:  # an empty clip would make draw() lay everything out
            painter.end()
            return
        context.clip = clip
        palette = QPalette(self.palette())
        palette.setColor(QPalette.ColorRole.Text, QColor("#1a1a1a"))
        context.palette = palette
        if self._cursor.hasSelection():
            selection = QAbstractTextDocumentLayout.Selection()
            selection.cursor = self._cursor
            selection.format.setBackground(self.palette().color(QPalette.ColorRole.Highlight))
            selection.format.setForeground(self.palette().color(QPalette.ColorRole.HighlightedText))
            context.selections = [selection]
        painter.setClipRect(context.clip)
        self._shown.layout.draw(painter, context)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_range()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    # --- mouse: select, follow links ---------------------------------------------------------
    def _doc_pos(self, pos: QPoint | QPointF) -> QPointF:
        x, y = QPointF(pos).x(), QPointF(pos).y() + self.verticalScrollBar().value()
        return QPointF((x - self._left) / self._scale, y / self._scale)

    def _hit(self, pos: QPointF) -> int:
        return int(self._shown.layout.hitTest(self._doc_pos(pos), Qt.HitTestAccuracy.FuzzyHit))

    def anchorAt(self, pos: QPoint | QPointF) -> str:
        return str(self._shown.layout.anchorAt(self._doc_pos(pos)))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self._pressed_anchor = self.anchorAt(event.position())
        at = self._hit(event.position())
        if at >= 0:
            mode = QTextCursor.MoveMode.KeepAnchor if event.modifiers() & Qt.KeyboardModifier.ShiftModifier \
                else QTextCursor.MoveMode.MoveAnchor
            self._cursor.setPosition(at, mode)
        self._dragging = True
        self.viewport().update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over_link = bool(self.anchorAt(event.position()))
        shape = Qt.CursorShape.PointingHandCursor if over_link else Qt.CursorShape.IBeamCursor
        self.viewport().setCursor(shape)
        if self._dragging and event.buttons() & Qt.MouseButton.LeftButton:
            at = self._hit(event.position())
            if at >= 0 and at != self._cursor.position():
                self._cursor.setPosition(at, QTextCursor.MoveMode.KeepAnchor)
                self._pressed_anchor = ""  # a drag selects; it does not follow the link
                self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._dragging = False
        if event.button() == Qt.MouseButton.LeftButton and self._pressed_anchor \
                and self.anchorAt(event.position()) == self._pressed_anchor:
            self.anchorClicked.emit(QUrl(self._pressed_anchor))
        self._pressed_anchor = ""

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        at = self._hit(event.position())
        if at >= 0:
            self._cursor.setPosition(at)
            self._cursor.select(QTextCursor.SelectionType.WordUnderCursor)
            self.viewport().update()

    # --- keyboard and menu: copy, select all -------------------------------------------------
    def selectedText(self) -> str:
        return self._cursor.selection().toPlainText().translate(_CONTROLS)

    def copy(self) -> None:
        if self._cursor.hasSelection():
            QGuiApplication.clipboard().setText(self.selectedText())

    def selectAll(self) -> None:
        # in an edit block: a cursor moved outside one finds its x on the line it lands
        # on, which lays the document out to the end (here, at once, on the GUI thread)
        self._cursor.beginEditBlock()
        self._cursor.select(QTextCursor.SelectionType.Document)
        self._cursor.endEditBlock()
        self.viewport().update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            self.selectAll()
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        copy = menu.addAction(self.tr("&Copy"), self.copy)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setEnabled(self._cursor.hasSelection())
        select = menu.addAction(self.tr("Select &All"), self.selectAll)
        select.setShortcut(QKeySequence.StandardKey.SelectAll)
        menu.exec(event.globalPos())
