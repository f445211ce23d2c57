"""Page preview: zoom (fit width, fit page, Ctrl+wheel, in/out), "Page n of m", and both
previews scroll to the block being edited."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui


@pytest.fixture
def pages(window, qtbot):  # type: ignore[no-untyped-def]
    from pressdesk.model import BodyBlock

    r = window.editor.release
    r.body += [BodyBlock(text=f"فقرة إضافية رقم {i} " + "نص طويل للتجربة " * 30) for i in range(12)]
    r.body.append(BodyBlock(text="The final paragraph of this long test release is in English."))
    window.editor.reset(r, window.editor.file)
    window.show_tab(1)
    with qtbot.waitSignal(window.pages.refreshed, timeout=30000):
        window.preview.refresh_now()
    assert window.pages.page_count() >= 3
    return window.pages


def _wheel(widget, delta: int, modifiers) -> None:  # type: ignore[no-untyped-def]
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(pos, widget.mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt.MouseButton.NoButton,
                        modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_zoom_modes_and_ctrl_wheel(pages) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPdfWidgets import QPdfView

    view, bar = pages.view, pages.zoom_bar
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth and bar.fit_width.isChecked()
    bar.fit_page.click()
    assert view.zoomMode() == QPdfView.ZoomMode.FitInView and bar.fit_page.isChecked()
    fit_page = pages._shown_zoom()
    bar.zoom_in.click()
    assert view.zoomMode() == QPdfView.ZoomMode.Custom
    assert view.zoomFactor() == pytest.approx(fit_page * 1.25, rel=0.01)
    assert not bar.fit_page.isChecked() and not bar.fit_width.isChecked()
    assert bar.zoom_label.text() == f"{round(fit_page * 125)} %"
    before = view.zoomFactor()
    _wheel(view.viewport(), 120, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomFactor() == pytest.approx(before * 1.15, rel=0.01)
    _wheel(view.viewport(), -240, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomFactor() < before
    zoom = view.zoomFactor()
    _wheel(view.viewport(), 120, Qt.KeyboardModifier.NoModifier)  # a plain wheel scrolls
    assert view.zoomFactor() == zoom
    bar.fit_width.click()
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_page_indicator_follows_the_scrolling(pages, qtbot) -> None:  # type: ignore[no-untyped-def]
    total = pages.page_count()
    assert pages.zoom_bar.page_label.text() == f"Page 1 of {total}"
    navigator = pages.view.pageNavigator()
    navigator.jump(total - 1, QPointF(), navigator.currentZoom())
    qtbot.waitUntil(lambda: pages.zoom_bar.page_label.text() == f"Page {total} of {total}")


def test_both_previews_scroll_to_the_block_being_edited(window, pages, qtbot) -> None:  # type: ignore[no-untyped-def]
    last = len(window.editor.release.body) - 1
    field = window.form.bindings.widget(("body", last, "text"))
    from pressdesk.util.textsearch import locate_words

    texts = [pages.pdf.getAllText(i).text() for i in range(pages.page_count())]
    found = locate_words(texts, window.editor.get(("body", last, "text")))
    assert found is not None and found[0] > 0
    field.setFocus()
    qtbot.waitUntil(lambda: pages.current_page() == found[0], timeout=3000)
    window.show_tab(0)
    window.preview.refresh_now()
    bar = window.preview.browser.verticalScrollBar()
    bar.setValue(0)
    window.form.headline_section.headline.setFocus()
    field.setFocus()
    qtbot.waitUntil(lambda: bar.value() > bar.maximum() / 2, timeout=3000)
    window.form.headline_section.headline.setFocus()
    qtbot.waitUntil(lambda: bar.value() < bar.maximum() / 2, timeout=3000)


def test_following_reads_only_the_page_in_view_when_the_block_is_there(window, pages, qtbot) -> None:  # type: ignore[no-untyped-def]
    """After each refresh the page preview follows the edited block; reading every page of
    the new PDF held the GUI thread (13 pages: 50 ms), so the page in view is tried first."""
    last = len(window.editor.release.body) - 1
    text = window.editor.get(("body", last, "text"))
    assert pages.scroll_to_text(text)
    page = pages.current_page()
    assert page > 0
    pages._page_words.clear()  # as after a refresh
    read: list[int] = []
    real = pages.pdf.getAllText
    pages.pdf.getAllText = lambda n: (read.append(n), real(n))[1]  # type: ignore[method-assign]
    assert pages.scroll_to_text(text)
    assert read == [page] and pages.current_page() == page
    assert pages.scroll_to_text(window.editor.get(("body", 0, "text")))  # elsewhere: all pages
    assert pages.current_page() == 0 and sorted(read) == sorted({page, *range(pages.page_count())})
