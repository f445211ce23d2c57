"""A titled section of the form, and the form's look (one style sheet, scoped to the form)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pressdesk.gui.icons import icon

FORM_STYLE = """
#formPage { background: #f3f5f8; }
QFrame#section { background: #ffffff; border: 1px solid #dde2ea; border-radius: 6px; }
QLabel#sectionTitle { font-size: 11pt; font-weight: 600; color: #1f3a5f; }
QLabel#sectionHint, QLabel#emptyHint { color: #6b7685; }
QLabel#fieldCaption { color: #4a5565; }
QLabel#livePreview { color: #1f3a5f; background: #eef3fa; border-radius: 3px; padding: 2px 6px; }
QLabel#counter { color: #6b7685; }
QLabel#counter[long="true"] { color: #b3261e; }
QFrame#itemCard { background: #fafbfc; border: 1px solid #e3e7ee; border-radius: 5px; }
QFrame#itemCard[quote="true"] { background: #f6f8fd; border-color: #cfd9ee; }
QLabel#cardTitle { color: #8a94a3; font-weight: 600; }
QFrame#dropIndicator { background: #1f6feb; border-radius: 1px; }
"""


class Section(QFrame):
    """A white card with an icon, a title and an optional hint line."""

    def __init__(self, icon_name: str, title: str, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 10, 14, 12)
        outer.setSpacing(8)
        head = QHBoxLayout()
        head.setSpacing(8)
        badge = QLabel(self)
        badge.setPixmap(icon(icon_name).pixmap(20, 20))
        head.addWidget(badge)
        self.title = QLabel(title, self)
        self.title.setObjectName("sectionTitle")
        head.addWidget(self.title)
        head.addStretch(1)
        self.head = head
        outer.addLayout(head)
        if hint:
            label = QLabel(hint, self)
            label.setObjectName("sectionHint")
            label.setWordWrap(True)
            outer.addWidget(label)
        self.content = QVBoxLayout()
        self.content.setSpacing(8)
        outer.addLayout(self.content)
