"""Tab and Shift+Tab walk the form's text fields in reading order, as on a printed page.

Qt's default chain follows the order widgets were made in, which sends Tab into the
language and template combos, the block-type combos and every card's little buttons.
Here the chain is the editable fields (text and dates) sorted by where they are on the
page: rows from the top, and within a row from the start side (the right in Arabic).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QTextEdit, QWidget


def is_stop(widget: QWidget) -> bool:
    """A field Tab stops at: visible, enabled, editable text or a date."""
    if not (widget.isVisible() and widget.isEnabled()):
        return False
    if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
        return False
    if isinstance(widget, QLineEdit):
        parent = widget.parentWidget()
        return not widget.isReadOnly() and not isinstance(parent, QAbstractSpinBox)
    if isinstance(widget, QTextEdit):
        return not widget.isReadOnly()
    return isinstance(widget, QAbstractSpinBox)


def reading_order(page: QWidget, rtl: bool) -> list[QWidget]:
    """The Tab stops inside ``page``, in reading order."""
    stops = [w for w in page.findChildren(QWidget) if is_stop(w)]
    boxes = []
    for widget in stops:
        top_left = widget.mapTo(page, QPoint(0, 0))
        boxes.append((top_left.y(), top_left.y() + widget.height(), top_left.x(), widget))
    boxes.sort(key=lambda b: (b[0] + b[1]) / 2)
    rows: list[list[tuple[int, int, int, QWidget]]] = []
    for box in boxes:
        centre = (box[0] + box[1]) / 2
        if rows and rows[-1][0][0] <= centre <= rows[-1][0][1]:
            rows[-1].append(box)  # beside the row's first field
        else:
            rows.append([box])
    ordered: list[QWidget] = []
    for row in rows:
        row.sort(key=lambda b: -b[2] if rtl else b[2])
        ordered += [b[3] for b in row]
    return ordered


def next_stop(page: QWidget, current: QWidget | None, forward: bool, rtl: bool) -> QWidget | None:
    """The field after (or before) ``current``, wrapping around; None when there is none."""
    chain = reading_order(page, rtl)
    if not chain:
        return None
    while current is not None and current not in chain and page.isAncestorOf(current):
        current = current.parentWidget()  # the line edit inside a date field
    if current in chain:
        i = chain.index(current)
        return chain[(i + (1 if forward else -1)) % len(chain)]
    if current is not None and page.isAncestorOf(current):
        y = current.mapTo(page, QPoint(0, 0)).y()
        after = [w for w in chain if w.mapTo(page, QPoint(0, 0)).y() > y]
        before = [w for w in chain if w.mapTo(page, QPoint(0, 0)).y() < y]
        if forward:
            return after[0] if after else chain[0]
        return before[-1] if before else chain[-1]
    return chain[0] if forward else chain[-1]
