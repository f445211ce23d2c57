"""The live preview of a long release is laid out on the GUI thread a slice at a time: the
view swaps it in, scrolls, selects and copies without ever laying it all out at once."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtGui import QAbstractTextDocumentLayout, QGuiApplication, QTextDocument

from pressdesk.gui.preview.document_view import DocumentView
from pressdesk.gui.preview.html_preview import PreviewInput, PreviewOutput, build_preview
from pressdesk.model import BodyBlock
from tests.fakedocs import lengthened

pytestmark = pytest.mark.gui
ISOLATES = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))


LAST = "فقرة أخيرة لا تتكرر في أي مكان آخر من البيان"


def build_long(window, headline: str = "", words: int = 5000) -> PreviewOutput:  # type: ignore[no-untyped-def]
    """The window's release made long (its last paragraph is ``LAST``), built as the worker does."""
    job = window.preview._input()
    release = lengthened(job.release, words, headline)
    release.body.append(BodyBlock(text=LAST))
    return build_preview(PreviewInput(release, job.template))


def laid_blocks(doc: QTextDocument) -> int:
    """How many blocks, from the first, Qt has laid out."""
    count, block = 0, doc.begin()
    while block.isValid() and block.layout().lineCount() > 0:
        count, block = count + 1, block.next()
    return count


def at_end(doc: QTextDocument) -> bool:
    """Whether Qt has laid ``doc`` out to its end (whatever the view thinks)."""
    return doc.lastBlock().layout().lineCount() > 0


def wait_laid_out(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(view.isLaidOut, timeout=10000)
    # Qt's own timers run again: held, a laid-out layout's 0 ms size report would spin
    assert view._holder.held == set()


@pytest.fixture
def view(window, qtbot):  # type: ignore[no-untyped-def]
    """The live preview's view, given documents by the test only: the window's own preview
    (built as it opened) is in and no other comes; the preview follows no edited field."""
    preview = window.preview
    preview.timer.stop()
    preview.job.wait()
    qtbot.waitUntil(lambda: not preview.job.busy(), timeout=10000)
    preview.job.finished.disconnect(preview._show)
    preview.updated.disconnect(window.follower.follow)
    # nor when the form's focus arrives (250 ms after it, or after the page preview's first
    # refresh): on a busy machine that came during a test and scrolled the view back to the
    # field in focus, cancelling the scroll the test waited for
    window.follower.previews = []
    return preview.browser


def test_the_worker_never_makes_the_documents_layout(window) -> None:
    """A layout made on the worker would point into its font cache; and a document that has
    one must be laid out again on the GUI thread all at once."""
    output = build_long(window)
    assert output.qdoc.findChildren(QAbstractTextDocumentLayout) == []
    assert output.qdoc.textWidth() > 0  # the view scales by it before the layout is done


def test_a_long_preview_is_swapped_in_before_it_is_laid_out_and_laid_out_in_slices(
        window, view, qtbot) -> None:  # type: ignore[no-untyped-def]
    output = build_long(window)
    doc = output.qdoc
    shown: list[QTextDocument] = []
    view.documentShown.connect(shown.append)
    view.setDocument(doc)
    assert shown == [doc] and view.document() is doc  # at the top: shown at once
    assert 0 < laid_blocks(doc) < doc.blockCount() // 2  # a first part, not all of it
    assert not at_end(doc) and not view.isLaidOut()
    slices = []
    while not view.isLaidOut():
        before = laid_blocks(doc)
        qtbot.wait(1)
        slices.append(laid_blocks(doc) - before)
        assert len(slices) < 500
    # in several slices, none of them much of it
    assert len([s for s in slices if s]) >= 2 and max(slices) < doc.blockCount() // 2
    assert at_end(doc)
    # the scroll range ends at the full height, scaled as the view draws it
    height = doc.documentLayout().documentSize().height()
    bar = view.verticalScrollBar()
    assert bar.maximum() == max(0, round(height * view.scale()) - view.viewport().height())
    assert view.scale() == pytest.approx(min(1.0, view.viewport().width() / doc.textWidth()))


def test_qts_own_growing_layout_steps_are_held_back(window, view, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt lays a lazy document out in timer steps of its own, each twice the last: late ones
    on a long document take longer than a frame. Only the view's slices lay it out."""
    output = build_long(window, words=12000)
    view.setDocument(output.qdoc)
    view._slicer.stop()
    laid = laid_blocks(output.qdoc)
    qtbot.wait(150)  # Qt's steps come every 10 ms
    assert laid_blocks(output.qdoc) == laid
    view._slicer.start()
    wait_laid_out(qtbot, view)
    assert laid_blocks(output.qdoc) == output.qdoc.blockCount()


def test_painting_a_half_laid_out_preview_lays_no_more_of_it_out(window, view, qtbot) -> None:  # type: ignore[no-untyped-def]
    output = build_long(window)
    view.setDocument(output.qdoc)
    view._slicer.stop()
    laid = laid_blocks(output.qdoc)
    bar = view.verticalScrollBar()
    for value in (0, bar.maximum() // 8, bar.maximum() // 2, bar.maximum()):
        bar.setValue(value)
        view.viewport().grab()
    assert laid_blocks(output.qdoc) == laid
    view._slicer.start()
    wait_laid_out(qtbot, view)


def test_a_rebuilt_long_preview_keeps_the_scroll_position(window, view, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = build_long(window, "العنوان الأول")
    view.setDocument(first.qdoc)
    wait_laid_out(qtbot, view)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() * 3 // 4)
    at = bar.value()
    values: list[int] = []
    maxima: list[int] = []
    bar.valueChanged.connect(values.append)
    bar.rangeChanged.connect(lambda _low, high: maxima.append(high))
    second = build_long(window, "العنوان الثاني")
    view.setDocument(second.qdoc, keep_position=True)
    # until the part in view is laid out the last document stays on screen
    assert view.document() is first.qdoc
    with qtbot.waitSignal(view.documentShown, timeout=10000):
        pass
    assert view.document() is second.qdoc
    wait_laid_out(qtbot, view)
    assert bar.value() == at and values == []  # never anywhere else on the way
    assert all(high >= at for high in maxima)


def test_select_all_and_copy_give_the_whole_long_preview_while_it_is_laid_out(
        window, view, qtbot) -> None:  # type: ignore[no-untyped-def]
    output = build_long(window)
    view.setDocument(output.qdoc)
    view.selectAll()
    view.copy()
    assert not at_end(output.qdoc)  # selecting needs no layout
    copied = QGuiApplication.clipboard().text()
    assert copied == output.qdoc.toPlainText().translate(ISOLATES)
    assert copied.count("IMRF") > 5
    wait_laid_out(qtbot, view)


def test_a_new_preview_swapped_in_while_the_last_is_being_laid_out_is_safe(
        window, view, qtbot) -> None:  # type: ignore[no-untyped-def]
    shown: list[QTextDocument] = []
    view.documentShown.connect(shown.append)
    first = build_long(window, "الأول")
    view.setDocument(first.qdoc)
    qtbot.wait(1)  # a slice or so
    assert not view.isLaidOut()
    # scrolled down: the next one waits until the part in view is laid out
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    second = build_long(window, "الثاني")
    view.setDocument(second.qdoc, keep_position=True)
    assert view.document() is first.qdoc
    third = build_long(window, "الثالث")
    view.setDocument(third.qdoc, keep_position=True)  # the second is dropped before it is shown
    del first, second
    gc.collect()
    for _ in range(3):
        view.viewport().grab()
        qtbot.wait(1)
    wait_laid_out(qtbot, view)
    assert view.document() is third.qdoc and len(shown) == 2
    assert "الثالث" in view.toPlainText()
    view.viewport().grab()


def test_following_the_edited_block_waits_for_its_layout(window, view, qtbot) -> None:  # type: ignore[no-untyped-def]
    output = build_long(window)
    view.setDocument(output.qdoc)
    assert window.preview.scroll_to_text(LAST)
    assert not at_end(output.qdoc)  # the view did not lay out to the end to get there
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > bar.maximum() * 0.8, timeout=10000)
    block = output.qdoc.lastBlock()
    while LAST not in block.text():
        block = block.previous()
    rect = output.qdoc.documentLayout().blockBoundingRect(block)
    # in view, in view pixels (the view is scaled)
    assert bar.value() <= rect.top() * view.scale() <= bar.value() + view.viewport().height()


def test_scrolling_cancels_following_a_block_not_laid_out_yet(window, view, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractSlider

    output = build_long(window)
    view.setDocument(output.qdoc)
    assert window.preview.scroll_to_text(LAST)
    view.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderSingleStepAdd)
    at = view.verticalScrollBar().value()
    wait_laid_out(qtbot, view)
    assert view.verticalScrollBar().value() == at
