"""Previews: the live rich-text preview (isolates for Qt's bidi) and the real PDF pages."""

from __future__ import annotations

import statistics
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextLine, QTextOption

from pressdesk.gui.preview.qt_html import adapt_for_qt

from .typing import type_text

pytestmark = pytest.mark.gui
LRI, PDI = "\u2066", "\u2069"


def visual_order(text: str, rtl: bool = True) -> str:
    """Characters left to right as Qt lays them out (strong characters only)."""
    layout = QTextLayout(text, QFont("Noto Sans Arabic"))
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(5000)
    layout.endLayout()
    placed = []
    for i, ch in enumerate(text):
        if ch.isdigit() or ch.isalpha() or ch == "+":
            x0 = line.cursorToX(i, QTextLine.Edge.Leading)[0]
            x1 = line.cursorToX(i, QTextLine.Edge.Trailing)[0]
            placed.append(((x0 + x1) / 2, ch))
    return "".join(ch for _, ch in sorted(placed))


def test_qt_honours_isolates_so_the_preview_can_rely_on_them(window) -> None:
    plain = "هاتف: +20 2 1234 5678 شكرا"
    isolated = f"هاتف: {LRI}+20 2 1234 5678{PDI} شكرا"
    digits = lambda s: "".join(c for c in visual_order(s) if c.isdigit())  # noqa: E731
    assert digits(isolated) == "202" + "12345678"  # the number reads as written
    assert digits(plain) != digits(isolated)  # without the isolate its groups are reversed


def test_preview_html_isolates_embedded_runs(window) -> None:
    html = window.preview.refresh_now().html
    assert f"{LRI}IMRF{PDI}" in html
    assert f"{LRI}telyan@iom.int{PDI}" in html
    text = window.preview.browser.toPlainText()
    assert "IMRF" in text and "telyan@iom.int" in text and "للنشر الفوري" in text


def test_preview_is_rich_text_that_qt_can_use(window) -> None:
    window.preview.refresh_now()
    doc = window.preview.browser.document()
    block = doc.begin()
    directions = set()
    while block.isValid():
        if block.text().strip():
            directions.add(block.textDirection())
        block = block.next()
    assert directions == {Qt.LayoutDirection.RightToLeft}


def test_adapt_for_qt() -> None:
    html = ('<style>.pd-paragraph { font-family: "Amiri", serif; font-size: 12pt; '
            'margin: 0pt 0pt 8pt; line-height: 1.55; text-align: start; }\n'
            '.pd-quote-attribution { text-align: end; }</style><img src="data:x">')
    out = adapt_for_qt(html, rtl=True)
    assert "line-height: 1.55" not in out and "%;" in out
    assert "margin: 0px 0px 11px;" in out
    assert "text-align: start" not in out and "text-align: left;" in out
    assert '<img height="48" src="data:x">' in out


def test_preview_waits_for_a_pause_and_keeps_only_the_latest(window, qtbot) -> None:
    shown: list[float] = []
    window.preview.updated.connect(shown.append)
    city = window.form.headline_section.city
    with qtbot.waitSignal(window.preview.updated, timeout=5000):
        type_text(city, "abc")
    qtbot.wait(400)
    assert len(shown) == 1  # three keystrokes, one rebuild
    assert "abc" in window.preview.browser.toPlainText()


def test_preview_update_is_fast_for_the_sample(window) -> None:
    window.preview.refresh_now()
    times = []
    for i in range(15):
        window.editor.set(("headline",), f"عنوان {i}")
        start = time.perf_counter()
        window.preview.refresh_now()
        times.append(time.perf_counter() - start)
    assert statistics.median(times) < 0.05  # target 16 ms; generous for slow CI machines


def test_page_preview_shows_the_pdf_pages(window, qtbot) -> None:
    from pressdesk.render import RendererUnavailable, renderer

    try:
        renderer("pdf")
    except RendererUnavailable:
        pytest.skip("PDF export not available")
    window.show_tab(1)
    with qtbot.waitSignal(window.pages.refreshed, timeout=20000):
        window.preview.refresh_now()
    assert window.pages.page_count() >= 1
    assert window.pages.pdf_bytes.startswith(b"%PDF")
    assert window.pages.stack.currentWidget() is window.pages.view


def test_page_preview_waits_while_hidden(window) -> None:
    window.show_tab(0)
    window.preview.refresh_now()
    assert not window.pages.timer.isActive()


def test_page_preview_explains_a_missing_pdf_renderer(window, monkeypatch) -> None:
    import pressdesk.gui.preview.page_preview as module
    from pressdesk.render import RendererUnavailable

    def missing(document):  # type: ignore[no-untyped-def]
        raise RendererUnavailable("PDF export is not available: no ReportLab")

    monkeypatch.setattr(module.PagePreview, "_ensure_view", lambda self: None)
    window.pages.job.fn = missing
    window.pages.refresh_now(window.preview.refresh_now().document)
    assert "not available" in window.pages.message.text()
    assert window.pages.stack.currentWidget() is window.pages.message


def test_template_fallback_warning_is_shown(window) -> None:
    window.editor.set(("template",), "no-such-template", typing=False)
    window.preview.refresh_now()
    assert window.preview.notice.isVisibleTo(window.preview)
    assert "no-such-template" in window.preview.notice.text()
