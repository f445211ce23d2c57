"""ReleaseForm: every part of a release in one scrolling form, mirrored for RTL languages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

from pressdesk.gui.editor import Path, ReleaseEditor
from pressdesk.gui.form.binding import Bindings
from pressdesk.gui.form.boilerplate_section import BoilerplateSection
from pressdesk.gui.form.cards import BlockCard, ContactCard, TextCard
from pressdesk.gui.form.headline_section import HeadlineSection
from pressdesk.gui.form.item_list import ItemList
from pressdesk.gui.form.release_section import ReleaseSection
from pressdesk.gui.form.section import FORM_STYLE, Section
from pressdesk.gui.form.tab_order import next_stop
from pressdesk.gui.form.weekend import follow_release_language
from pressdesk.gui.languages import is_rtl
from pressdesk.gui.template_cache import TemplateCache


class ReleaseForm(QScrollArea):
    def __init__(self, editor: ReleaseEditor, templates: TemplateCache, ui_language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("releaseForm")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget(self)
        page.setObjectName("formPage")
        page.setStyleSheet(FORM_STYLE)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(12)
        # Set first: handing over a page already full of widgets re-resolves the style
        # sheet, fonts and size hints of every one of them (about 40 ms at start-up).
        self.setWidget(page)
        self.bindings = Bindings(editor, self)
        b = self.bindings

        self.release_section = ReleaseSection(editor, b, templates, ui_language, page)
        self.headline_section = HeadlineSection(editor, b, templates, page)
        follow_release_language(editor, self.headline_section.date, self.release_section.until)
        layout.addWidget(self.release_section)
        layout.addWidget(self.headline_section)

        body = Section("paragraph", self.tr("Body"), self.tr(
            "Paragraphs, quotes, photos and lists in reading order; the first paragraph opens with "
            "the dateline. Ctrl+B bold, Ctrl+I italic, Ctrl+K link. "
            "Drag a block by its grip, or move it with Alt+Up and Alt+Down."), page)
        self.body = ItemList(editor, b, "body", BlockCard, add_buttons=[
            ("paragraph", self.tr("Add paragraph"), "paragraph"), ("quote", self.tr("Add quote"), "quote"),
            ("add", self.tr("Add photo"), "image"), ("add", self.tr("Add list"), "list"),
        ], empty_text=self.tr("No paragraphs yet."), placeholder=self.tr("Paragraph text"), parent=body)
        body.content.addWidget(self.body)
        layout.addWidget(body)

        background = Section("pages", self.tr("Background"), parent=page)
        self.background = ItemList(editor, b, "background", TextCard, add_buttons=[
            ("add", self.tr("Add background paragraph"), "text")],
            empty_text=self.tr("Optional: facts and history under a “Background” heading."),
            placeholder=self.tr("Background paragraph"), parent=background)
        background.content.addWidget(self.background)
        layout.addWidget(background)

        contacts = Section("contact", self.tr("Press contacts"), parent=page)
        self.contacts = ItemList(editor, b, "contacts", ContactCard, add_buttons=[
            ("add", self.tr("Add contact"), "contact")],
            empty_text=self.tr("No contacts: the template's contacts are used."), parent=contacts)
        contacts.content.addWidget(self.contacts)
        layout.addWidget(contacts)

        self.boilerplate = BoilerplateSection(editor, b, templates, page)
        layout.addWidget(self.boilerplate)

        notes = Section("about", self.tr("Notes to editors"), parent=page)
        self.notes = ItemList(editor, b, "notes_to_editors", TextCard, add_buttons=[
            ("add", self.tr("Add note"), "text")],
            empty_text=self.tr("Optional: notes for journalists, not for publication."),
            placeholder=self.tr("Note to editors"), parent=notes)
        notes.content.addWidget(self.notes)
        layout.addWidget(notes)
        layout.addStretch(1)

        editor.replaced.connect(self.reload)
        editor.field_changed.connect(self._field_changed)
        self.apply_direction()
        self.headline_section.update_dateline()

    def lists(self) -> list[ItemList]:
        return [self.body, self.background, self.contacts, self.notes]

    def reload(self) -> None:
        """Show a different release (new, opened or restored)."""
        self.setUpdatesEnabled(False)
        try:
            for item_list in self.lists():
                self.bindings.drop(item_list.key)
            self.bindings.refresh()
            for item_list in self.lists():
                item_list.rebuild()
            self.apply_direction()
            self.headline_section.update_dateline()
            self.verticalScrollBar().setValue(0)
        finally:
            self.setUpdatesEnabled(True)

    def apply_direction(self) -> None:
        rtl = is_rtl(self.editor.release.language)
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        if self.layoutDirection() != direction:
            self.setLayoutDirection(direction)

    def _field_changed(self, path: Path) -> None:
        if path == ("language",):
            self.apply_direction()

    def current_list(self) -> ItemList | None:
        """The list whose card holds the keyboard focus."""
        for item_list in self.lists():
            if item_list.current_index() is not None:
                return item_list
        return None

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab walks the text fields in reading order (see ``tab_order``)."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        page = self.widget()
        target = next_stop(page, QApplication.focusWidget(), next, rtl) if page is not None else None
        if target is None:
            return super().focusNextPrevChild(next)
        target.setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        self.ensureWidgetVisible(target, 0, 40)
        return True

    def focus_start(self) -> None:
        """Put the cursor in the headline (after New, Open, and when the window opens)."""
        headline = self.headline_section.headline
        headline.setFocus(Qt.FocusReason.OtherFocusReason)
        headline.moveCursor(QTextCursor.MoveOperation.End)
        self.ensureWidgetVisible(headline, 0, 40)

    def reveal(self, path: Path) -> None:
        """Scroll to the field at ``path`` (after an undo, say) unless it has the focus."""
        widget = self.bindings.widget(path)
        if widget is None or widget.hasFocus():
            return
        self.ensureWidgetVisible(widget, 0, 60)
        focused = QApplication.focusWidget()
        if focused is None or self.isAncestorOf(focused):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
