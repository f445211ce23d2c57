"""DocumentView: shows a QTextDocument built elsewhere, scaled to the view.

The document is laid out at the printed text width and drawn scaled to fit the view
(never larger than 1:1, centred when the view is wider), so its lines break where the
PDF's do and resizing the view never lays it out again. It keeps what a reader of the
preview needs: scrolling (wheel, keys, bar), selecting and copying text (mouse,
double-click for a word, Ctrl+A, Ctrl+C, a context menu) and clicking links.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QUrl, Signal
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
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QAbstractScrollArea, QMenu, QWidget

_CONTROLS = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))  # isolates: not for the clipboard


class DocumentView(QAbstractScrollArea):
    anchorClicked = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = QTextDocument(self)
        self._cursor = QTextCursor(self._doc)
        self._pressed_anchor = ""
        self._dragging = False
        self._scale = 1.0
        self._left = 0.0  # where the document's left edge is drawn, in view pixels
        self.viewport().setMouseTracking(True)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.verticalScrollBar().setSingleStep(20)

    # --- the document ------------------------------------------------------------------------
    def document(self) -> QTextDocument:
        return self._doc

    def setDocument(self, document: QTextDocument) -> None:
        """Show ``document``, laid out on this (the GUI) thread, never on a worker's: its
        layout would point into the worker thread's font cache."""
        document.markContentsDirty(0, document.characterCount())  # any layout made elsewhere
        self._doc = document
        self._cursor = QTextCursor(document)
        self._pressed_anchor = ""
        self._update_range()
        self.viewport().update()

    def toPlainText(self) -> str:
        return self._doc.toPlainText()

    def scale(self) -> float:
        """View pixels per document pixel."""
        return self._scale

    def _update_range(self) -> None:
        size = self._doc.documentLayout().documentSize()
        view = self.viewport()
        self._scale = min(1.0, view.width() / size.width()) if size.width() > 0 else 1.0
        self._left = max(0.0, (view.width() - size.width() * self._scale) / 2)
        bar = self.verticalScrollBar()
        bar.setPageStep(view.height())
        bar.setRange(0, max(0, round(size.height() * self._scale) - view.height()))

    # --- painting ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        rect = QRectF(event.rect())
        painter.fillRect(rect, QColor("#ffffff"))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.translate(self._left, -self.verticalScrollBar().value())
        painter.scale(self._scale, self._scale)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = painter.transform().inverted()[0].mapRect(rect)
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
        self._doc.documentLayout().draw(painter, context)
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
        return int(self._doc.documentLayout().hitTest(self._doc_pos(pos), Qt.HitTestAccuracy.FuzzyHit))

    def anchorAt(self, pos: QPoint | QPointF) -> str:
        return str(self._doc.documentLayout().anchorAt(self._doc_pos(pos)))

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
        self._cursor.select(QTextCursor.SelectionType.Document)
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
