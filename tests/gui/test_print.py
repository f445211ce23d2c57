"""Print (Ctrl+P): the real PDF goes through Qt's print dialog to the printer (a PDF file here)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from pressdesk.gui import printing

pytestmark = pytest.mark.gui


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def _ink(path: Path, tmp_path: Path, page: int = 1) -> float:
    """Share of non-white pixels on a page, as a printer would see it."""
    out = tmp_path / f"page{page}"
    subprocess.run(["pdftoppm", "-r", "30", "-f", str(page), "-l", str(page), "-png", str(path), str(out)],
                   check=True)
    image = QImage(str(next(tmp_path.glob(f"page{page}*.png"))))
    dark = sum(1 for y in range(image.height()) for x in range(image.width())
               if image.pixelColor(x, y).lightness() < 200)
    return dark / (image.width() * image.height())


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils")
def test_print_action_prints_every_page_of_the_pdf(window, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    action = window.actions_.print_
    assert QKeySequence(QKeySequence.StandardKey.Print) in action.shortcuts()
    target = tmp_path / "printed.pdf"
    seen: list[QPrinter] = []

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        seen.append(printer)
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    action.trigger()
    assert seen and target.is_file()
    expected = window.release_pdf()
    source = tmp_path / "source.pdf"
    source.write_bytes(expected)
    assert _pages(target) == _pages(source) >= 1
    assert _ink(target, tmp_path) > 0.01  # the page is printed, not blank


def test_cancelled_print_prints_nothing(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    called: list[int] = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: int(QDialog.DialogCode.Rejected.value))
    monkeypatch.setattr(printing, "print_pdf", lambda *a: called.append(1) or 1)
    window.print_release()
    assert not called


def test_a_page_range_and_a_broken_pdf(window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = window.release_pdf()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "one.pdf"))
    assert printing.print_pdf(data, printer, 1, 1) == 1
    with pytest.raises(ValueError):
        printing.print_pdf(b"not a pdf", printer)
