"""Print the real PDF export (Ctrl+P): Qt's print dialog, pages drawn from QPdfDocument.

What comes out of the printer is the PDF a journalist would receive, not a screen copy:
each page is rasterised by QtPdf at the printer's resolution and scaled to fit the paper.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

MAX_DPI = 300  # enough for text; a 1200 dpi printer would need a gigabyte per page


def _tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def print_pdf(data: bytes, printer: QPrinter, first: int = 1, last: int = 0) -> int:
    """Draw the pages ``first``..``last`` (1-based; 0 = to the end) of a PDF on ``printer``.

    Returns the number of pages printed; raises ``ValueError`` when the PDF cannot be read.
    """
    pdf, _buffer = load_pdf(data)
    if pdf.pageCount() == 0:
        raise ValueError(_tr("The PDF could not be read for printing."))
    count = pdf.pageCount()
    first = max(1, first)
    last = count if last <= 0 else min(last, count)
    painter = QPainter()
    if not painter.begin(printer):
        raise ValueError(_tr("The printer could not be started."))
    dpi = min(printer.resolution(), MAX_DPI)
    printed = 0
    try:
        for number in range(first, last + 1):
            if printed:
                printer.newPage()
            points = pdf.pagePointSize(number - 1)
            size = QSize(max(1, int(points.width() / 72 * dpi)), max(1, int(points.height() / 72 * dpi)))
            image = pdf.render(number - 1, size)
            target = painter.viewport()
            scale = min(target.width() / size.width(), target.height() / size.height())
            w, h = size.width() * scale, size.height() * scale
            painter.drawImage(QRectF((target.width() - w) / 2, (target.height() - h) / 2, w, h), image)
            printed += 1
    finally:
        painter.end()
        pdf.close()
    return printed


def ask_and_print(parent: QWidget, data: bytes, title: str) -> bool:
    """Show Qt's print dialog for the PDF and print it; True when something was printed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(True)  # the PDF has its own margins
    pdf, _buffer = load_pdf(data)
    pdf_pages = pdf.pageCount()
    pdf.close()
    printer.setFromTo(1, max(1, pdf_pages))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("Print Release"))
    dialog.setMinMax(1, max(1, pdf_pages))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    first, last = 1, 0
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        first, last = printer.fromPage(), printer.toPage()
    return print_pdf(data, printer, first, last) > 0


def load_pdf(data: bytes) -> tuple[Any, QBuffer]:
    """A QPdfDocument reading ``data``, and the buffer it reads from (keep both alive)."""
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    pdf = QPdfDocument()
    pdf.load(buffer)
    return pdf, buffer
