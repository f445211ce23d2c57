"""ItemList: the cards of one list of the release, reordered by buttons, keys or dragging."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pressdesk.gui.editor import ReleaseEditor
from pressdesk.gui.form.binding import Bindings
from pressdesk.gui.form.cards import MIME, ItemCard
from pressdesk.gui.icons import icon


class ItemList(QWidget):
    """Cards for ``editor.items(key)``; rebuilt whenever the list gains, loses or reorders items."""

    def __init__(self, editor: ReleaseEditor, bindings: Bindings, key: str,
                 card_class: Callable[[ItemList, int], ItemCard],
                 *, add_buttons: list[tuple[str, str, str]], empty_text: str = "",
                 placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.bindings = bindings
        self.key = key
        self.card_class = card_class
        self.placeholder = placeholder
        self.cards: list[ItemCard] = []
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._box = QVBoxLayout()
        self._box.setSpacing(6)
        layout.addLayout(self._box)
        self._empty = QLabel(empty_text, self)
        self._empty.setObjectName("emptyHint")
        self._empty.setWordWrap(True)
        layout.addWidget(self._empty)
        row = QHBoxLayout()
        self.add_buttons: dict[str, QPushButton] = {}
        for icon_name, text, kind in add_buttons:
            button = QPushButton(icon(icon_name), text, self)
            button.setObjectName(f"add-{key}-{kind}")
            button.clicked.connect(lambda _=False, k=kind: self.add(k))
            row.addWidget(button)
            self.add_buttons[kind] = button
        row.addStretch(1)
        layout.addLayout(row)
        self._indicator = QFrame(self)
        self._indicator.setObjectName("dropIndicator")
        self._indicator.setFixedHeight(3)
        self._indicator.hide()
        editor.list_edited.connect(self._list_edited)
        self.rebuild()

    # --- cards ------------------------------------------------------------------------------
    def rebuild(self) -> None:
        self.setUpdatesEnabled(False)
        try:
            self.bindings.drop(self.key)
            for card in self.cards:
                self._retire(card)
            self.cards = [self.card_class(self, i) for i in range(len(self.editor.items(self.key)))]
            for card in self.cards:
                self._box.addWidget(card)
            self._empty.setVisible(not self.cards)
        finally:
            self.setUpdatesEnabled(True)

    def _retire(self, card: QWidget) -> None:
        """Take a card out for good. It is deleted later, so until then its fields must not
        speak: a re-check of the spelling would make them report their text as an edit of
        the block that now has their index."""
        self._box.removeWidget(card)
        card.hide()
        card.blockSignals(True)
        for child in card.findChildren(QObject):
            child.blockSignals(True)
        card.deleteLater()

    def _list_edited(self, key: str, op: str, index: int, other: int) -> None:
        """Change only the cards concerned: a long release has a hundred of them."""
        if key != self.key:
            return
        self.setUpdatesEnabled(False)
        try:
            if op == "insert":
                card = self.card_class(self, index)
                self.cards.insert(index, card)
                self._box.insertWidget(index, card)
            elif op == "remove":
                self._retire(self.cards.pop(index))
            elif op == "move":
                card = self.cards.pop(index)
                self.cards.insert(other, card)
                self._box.removeWidget(card)
                self._box.insertWidget(other, card)
            self._renumber()
            self._empty.setVisible(not self.cards)
        finally:
            self.setUpdatesEnabled(True)
        hint = self.editor.focus_hint
        if hint and hint[0] == self.key and 0 <= hint[1] < len(self.cards):
            self.editor.focus_hint = None
            card = self.cards[hint[1]]
            card.focus_first()
            self._reveal(card)

    def _renumber(self) -> None:
        """Indices shifted: each card takes its new place and binds its fields there."""
        self.bindings.drop(self.key)
        count = len(self.cards)
        for i, card in enumerate(self.cards):
            card.set_index(i, count)
            card.register()

    def _reveal(self, card: ItemCard) -> None:
        parent = self.parentWidget()
        while parent is not None and not hasattr(parent, "ensureWidgetVisible"):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(card, 0, 40)

    def current_index(self) -> int | None:
        """Index of the card holding the keyboard focus, if any."""
        widget = QApplication.focusWidget()
        while widget is not None:
            if isinstance(widget, ItemCard) and widget.owner is self:
                return widget.index
            widget = widget.parentWidget()
        return None

    def add(self, kind: str = "paragraph") -> None:
        current = self.current_index()
        index = len(self.cards) if current is None else current + 1
        text = {
            "quote": QCoreApplication.translate("ItemList", "Add quote"),
            "paragraph": QCoreApplication.translate("ItemList", "Add paragraph"),
            "image": QCoreApplication.translate("ItemList", "Add photo"),
            "list": QCoreApplication.translate("ItemList", "Add list"),
        }.get(kind, QCoreApplication.translate("ItemList", "Add item"))
        self.editor.insert(self.key, index, kind=kind, text=text)

    def move_current(self, delta: int) -> bool:
        current = self.current_index()
        if current is None:
            return False
        self.editor.move(self.key, current, current + delta)
        return True

    # --- drag and drop ------------------------------------------------------------------------
    def _source(self, event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> int | None:
        mime = event.mimeData()
        if not mime.hasFormat(MIME):
            return None
        key, _, index = bytes(mime.data(MIME).data()).decode().partition(":")
        return int(index) if key == self.key and index.isdigit() else None

    def drop_index(self, y: float) -> int:
        """Where a card dropped at height ``y`` goes: before the first card whose middle is below."""
        for i, card in enumerate(self.cards):
            if y < card.geometry().center().y():
                return i
        return len(self.cards)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._source(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._source(event) is None:
            event.ignore()
            return
        target = self.drop_index(event.position().y())
        if self.cards:
            ref = self.cards[min(target, len(self.cards) - 1)].geometry()
            y = ref.top() - 4 if target < len(self.cards) else ref.bottom() + 2
            self._indicator.setGeometry(ref.left(), y, ref.width(), 3)
            self._indicator.show()
            self._indicator.raise_()
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._indicator.hide()

    def dropEvent(self, event: QDropEvent) -> None:
        self._indicator.hide()
        src = self._source(event)
        if src is None:
            event.ignore()
            return
        target = self.drop_index(event.position().y())
        dst = target - 1 if target > src else target
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.editor.move(self.key, src, dst)
