"""Cards: one per item of a list — a body block, a background paragraph, a note, a contact."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, QPoint, Qt
from PySide6.QtGui import QDrag, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui.editor.paths import new_item
from pressdesk.gui.form.block_boxes import ImageBox, ListBox
from pressdesk.gui.form.fields import LineField, TextField
from pressdesk.gui.form.rich_field import RichTextField
from pressdesk.gui.icons import icon
from pressdesk.gui.import_action import paste_into_block
from pressdesk.util.textsearch import from_utf16

if TYPE_CHECKING:
    from pressdesk.gui.form.item_list import ItemList

MIME = "application/x-pressdesk-item"
_EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")
_PHONE = re.compile(r"^\+?[\d\u0660-\u0669\u06f0-\u06f9 ().\-/]{6,}$")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ItemCard", text)


class DragHandle(QLabel):
    """The grip that starts dragging a card to another place in its list."""

    def __init__(self, card: ItemCard) -> None:
        super().__init__(card)
        self.card = card
        self.setPixmap(icon("grip").pixmap(18, 18))
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(_tr("Drag to move; or Alt+Up / Alt+Down"))
        self._press: QPoint | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        if (event.position().toPoint() - self._press).manhattanLength() < 6:
            return
        self._press = None
        drag = QDrag(self)
        mime = QMimeData()
        mime.setData(MIME, f"{self.card.owner.key}:{self.card.index}".encode())
        drag.setMimeData(mime)
        drag.setPixmap(self.card.grab().scaledToWidth(min(360, self.card.width())))
        drag.exec(Qt.DropAction.MoveAction)


class ItemCard(QFrame):
    """Common frame: grip, title, and buttons to move, duplicate and remove the item."""

    def __init__(self, owner: ItemList, index: int) -> None:
        super().__init__(owner)
        self.owner = owner
        self.index = index
        self._bound: list[tuple[tuple[str, ...], Callable[[Any], None], QWidget]] = []
        self.setObjectName("itemCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 4, 8, 8)
        outer.setSpacing(4)
        self.header = QHBoxLayout()
        self.header.setSpacing(4)
        self.header.addWidget(DragHandle(self))
        self.title = QLabel(f"{index + 1}.", self)
        self.title.setObjectName("cardTitle")
        self.header.addWidget(self.title)
        self.header.addStretch(1)
        self.buttons: dict[str, QToolButton] = {}
        for name, tip, slot in (
            ("up", _tr("Move up (Alt+Up)"), self._up),
            ("down", _tr("Move down (Alt+Down)"), self._down),
            ("duplicate", _tr("Duplicate"), self._duplicate),
            ("remove", _tr("Remove"), self._remove),
        ):
            button = QToolButton(self)
            button.setIcon(icon(name))
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.setObjectName(f"card-{name}")
            button.clicked.connect(slot)
            self.header.addWidget(button)
            self.buttons[name] = button
        self.set_index(index, len(owner.editor.items(owner.key)))
        outer.addLayout(self.header)
        self.body = QVBoxLayout()
        self.body.setSpacing(4)
        outer.addLayout(self.body)

    def path(self, *rest: str | int) -> tuple[str | int, ...]:
        return (self.owner.key, self.index, *rest)

    def set_index(self, index: int, count: int) -> None:
        """The card's place changed (an item was added, removed or moved before it)."""
        self.index = index
        self.title.setText(f"{index + 1}.")
        self.buttons["up"].setEnabled(index > 0)
        self.buttons["down"].setEnabled(index < count - 1)

    def bind(self, suffix: tuple[str, ...], setter: Callable[[Any], None], widget: QWidget) -> None:
        """Show the item's field ``suffix`` (e.g. ("text",)) in a widget, wherever the item moves."""
        self._bound.append((suffix, setter, widget))
        self.owner.bindings.add(self.path(*suffix), setter, widget)

    def bind_text(self, suffix: tuple[str, ...], field: LineField | TextField, label: str) -> None:
        editor = self.owner.editor
        field.value_edited.connect(lambda text: editor.set(self.path(*suffix), text, text=label))
        field.left.connect(editor.break_merge)
        self.bind(suffix, field.set_value, field)

    def split_on_enter(self, field: TextField) -> None:
        """Enter ends the paragraph: a new block starts with the text after the cursor
        (nothing, at the end); Shift+Enter stays a line break inside the paragraph."""
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and isinstance(watched, TextField)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self._split(watched)
            return True
        return super().eventFilter(watched, event)

    def _split(self, field: TextField) -> None:
        path = self.owner.bindings.path_of(field)
        if path is None:
            return
        editor, key = self.owner.editor, self.owner.key
        text = field.value()
        cursor = field.textCursor()
        if isinstance(field, RichTextField):  # cut the formatted text, not its markup
            before, rest = field.split_markup(cursor.selectionStart(), cursor.selectionEnd())
        else:
            start = from_utf16(text, cursor.selectionStart())
            end = from_utf16(text, cursor.selectionEnd())
            before, rest = text[:start], text[end:]
        item: Any = paths_new_item(key, rest)
        editor.break_merge()
        editor.undo_stack.beginMacro(_tr("New paragraph"))
        editor.set(path, before, typing=False, text=_tr("New paragraph"))
        editor.insert(key, self.index + 1, item, text=_tr("New paragraph"))
        editor.undo_stack.endMacro()

    def register(self) -> None:
        """Bind the fields again under the card's current index."""
        for suffix, setter, widget in self._bound:
            self.owner.bindings.add(self.path(*suffix), setter, widget)

    def focus_first(self) -> None:
        """Put the cursor in the card's main field (the text; a contact's name)."""
        main = getattr(self, "text", None) or getattr(self, "name", None)
        if isinstance(main, LineField | TextField):
            main.setFocus(Qt.FocusReason.OtherFocusReason)

    def _up(self) -> None:
        self.owner.editor.move(self.owner.key, self.index, self.index - 1)

    def _down(self) -> None:
        self.owner.editor.move(self.owner.key, self.index, self.index + 1)

    def _duplicate(self) -> None:
        self.owner.editor.duplicate(self.owner.key, self.index)

    def _remove(self) -> None:
        self.owner.editor.remove(self.owner.key, self.index)


class BlockCard(ItemCard):
    """A body block: a paragraph, a quote with its speaker, role and lead-in, a photo with
    its caption and credit, or a list."""

    KINDS = ("paragraph", "quote", "image", "list")

    def __init__(self, owner: ItemList, index: int) -> None:
        super().__init__(owner, index)
        self.kind = QComboBox(self)
        self.kind.addItem(icon("paragraph"), _tr("Paragraph"), "paragraph")
        self.kind.addItem(icon("quote"), _tr("Quote"), "quote")
        self.kind.addItem(icon("paragraph"), _tr("Photo"), "image")
        self.kind.addItem(icon("paragraph"), _tr("List"), "list")
        self.kind.setToolTip(_tr("Block type"))
        self.header.insertWidget(2, self.kind)
        self.kind.activated.connect(self._kind_chosen)

        self.quote_box: QWidget | None = None  # made when the block first becomes a quote
        self.image_box: ImageBox | None = None  # ... a photo
        self.list_box: ListBox | None = None  # ... a list
        self.text = RichTextField(self, _tr("Paragraph text"), min_lines=2)
        self.body.addWidget(self.text)
        self.bind_text(("text",), self.text, _tr("Edit text"))
        self.bind(("type",), self._show_kind, self.kind)
        self.split_on_enter(self.text)
        self.text.paste_hook = self._paste

    def _paste(self, text: str) -> bool:
        return paste_into_block(self, self.owner.editor, self.index, text)

    def _make_quote_box(self) -> QWidget:
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        self.speaker = LineField(box, _tr("Speaker, e.g. د. كريم النوري"))
        self.role = LineField(box, _tr("Role or title"))
        self.lead_in = LineField(box, _tr("Lead-in, e.g. وقال / Added (optional)"))
        for col, (label, field) in enumerate(
            ((_tr("Lead-in"), self.lead_in), (_tr("Speaker"), self.speaker), (_tr("Role"), self.role))
        ):
            caption = QLabel(label, box)
            caption.setObjectName("fieldCaption")
            caption.setBuddy(field)
            grid.addWidget(caption, 0, col)
            grid.addWidget(field, 1, col)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 4)
        self.body.insertWidget(0, box)
        self.bind_text(("speaker",), self.speaker, _tr("Edit speaker"))
        self.bind_text(("role",), self.role, _tr("Edit role"))
        self.bind_text(("lead_in",), self.lead_in, _tr("Edit lead-in"))
        return box

    def _kind_chosen(self, row: int) -> None:
        self.owner.editor.set(self.path("type"), self.kind.itemData(row), typing=False,
                              text=_tr("Change block type"))

    def _show_kind(self, kind: str) -> None:
        quote = kind == "quote"
        self.kind.setCurrentIndex(self.KINDS.index(kind) if kind in self.KINDS else 0)
        if quote and self.quote_box is None:
            self.quote_box = self._make_quote_box()
        if self.quote_box is not None:
            self.quote_box.setVisible(quote)
        if kind == "image" and self.image_box is None:
            self.image_box = ImageBox(self)
            self.body.addWidget(self.image_box)
        if kind == "list" and self.list_box is None:
            self.list_box = ListBox(self)
            self.body.addWidget(self.list_box)
        for box, mine in ((self.image_box, "image"), (self.list_box, "list")):
            if box is not None:
                box.setVisible(kind == mine)
        self.text.setVisible(kind in ("paragraph", "quote"))
        self.text.setPlaceholderText(_tr("What the speaker said") if quote else _tr("Paragraph text"))
        if self.property("quote") != quote:
            self.setProperty("quote", quote)
            self.style().unpolish(self)  # the style sheet tints quotes
            self.style().polish(self)


class TextCard(ItemCard):
    """A background paragraph or a note to editors."""

    def __init__(self, owner: ItemList, index: int) -> None:
        super().__init__(owner, index)
        self.text = RichTextField(self, owner.placeholder, min_lines=2)
        self.body.addWidget(self.text)
        self.bind_text((), self.text, _tr("Edit text"))
        self.split_on_enter(self.text)


class ContactCard(ItemCard):
    """A press contact; the e-mail and phone number are checked as they are typed."""

    def __init__(self, owner: ItemList, index: int) -> None:
        super().__init__(owner, index)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.name = LineField(self, _tr("Name"))
        self.role = LineField(self, _tr("Role, e.g. Communications Officer"))
        self.email = LineField(self, "name@example.org")
        self.phone = LineField(self, "+20 2 1234 5678")
        for field in (self.email, self.phone):
            field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        fields = ((_tr("Name"), self.name), (_tr("Role"), self.role),
                  (_tr("E-mail"), self.email), (_tr("Phone"), self.phone))
        for i, (label, field) in enumerate(fields):
            caption = QLabel(label, self)
            caption.setObjectName("fieldCaption")
            caption.setBuddy(field)
            grid.addWidget(caption, (i // 2) * 2, i % 2)
            grid.addWidget(field, (i // 2) * 2 + 1, i % 2)
        self.body.addLayout(grid)
        for suffix, field in (("name", self.name), ("role", self.role), ("email", self.email),
                              ("phone", self.phone)):
            self.bind_text((suffix,), field, _tr("Edit contact"))
        self.email.set_hint(_tr("An e-mail address such as name@example.org"))
        self.phone.set_hint(_tr("A phone number with its country code, such as +20 2 1234 5678"))
        self.email.textChanged.connect(self._check)
        self.phone.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.email.set_error("" if email_ok(self.email.text()) else _tr(
            "This does not look like an e-mail address (expected name@example.org)."))
        self.phone.set_error("" if phone_ok(self.phone.text()) else _tr(
            "A phone number has digits, spaces, +, ( ) and - only (e.g. +20 2 1234 5678)."))


def paths_new_item(key: str, text: str) -> Any:
    """A new item of list ``key`` holding ``text``: a paragraph block, or a plain paragraph."""
    item = new_item(key, "paragraph")
    if isinstance(item, str):
        return text
    item.text = text
    return item


def email_ok(text: str) -> bool:
    return not text.strip() or bool(_EMAIL.match(text.strip()))


def phone_ok(text: str) -> bool:
    return not text.strip() or bool(_PHONE.match(text.strip()))
