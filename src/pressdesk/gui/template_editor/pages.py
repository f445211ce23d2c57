"""The template editor's pages: identity, contacts, header and footer, look, page, language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QScrollArea, QTabWidget, QWidget

from pressdesk.gui.template_editor.binder import Binder
from pressdesk.gui.template_editor.widgets import ColorField, ContactsTable, LanguagesField, LogoField


def _page(tabs: QTabWidget, title: str) -> QFormLayout:
    inner = QWidget()
    form = QFormLayout(inner)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(inner)
    tabs.addTab(scroll, title)
    return form


class EditorPages(QTabWidget):
    """Every editable part of a template, bound to the draft through ``binder``."""

    def __init__(self, binder: Binder, names: Callable[[str], str], choose_logo: Callable[[], None],
                 remove_logo: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatePages")
        b = binder
        self.binder = binder
        write = binder.write

        form = _page(self, self.tr("Identity"))
        self.name_edit = b.line("template.name")
        self.name_edit.setObjectName("templateName")
        form.addRow(self.tr("Template name:"), self.name_edit)
        self.id_label = QLabel()
        self.id_label.setObjectName("templateId")
        form.addRow(self.tr("Id:"), self.id_label)
        self.org_edit = b.line("identity.name.{lang}")
        self.org_edit.setObjectName("orgName")
        self.org_caption = QLabel()
        form.addRow(self.org_caption, self.org_edit)
        self.logo = LogoField(choose_logo, remove_logo)
        form.addRow(self.tr("Logo:"), self.logo)
        form.addRow(self.tr("Show in header:"), self._row(
            (b.check("header.show_logo"), self.tr("Logo")), (b.check("header.show_name"), self.tr("Name"))))
        self.boilerplate_edit = b.text("identity.boilerplate.{lang}")
        self.boilerplate_edit.setObjectName("boilerplate")
        self.boilerplate_caption = QLabel()
        form.addRow(self.boilerplate_caption, self.boilerplate_edit)
        self.languages = LanguagesField(write, names)
        form.addRow(self.tr("Languages offered:"), self.languages)

        form = _page(self, self.tr("Contacts"))
        form.addRow(QLabel(self.tr("Press contacts that every new release starts with.")))
        self.contacts = ContactsTable(write)
        form.addRow(self.contacts)

        form = _page(self, self.tr("Header and Footer"))
        self.header_edit = b.line("header.text.{lang}")
        self.header_edit.setObjectName("headerText")
        form.addRow(self.tr("Header text:"), self.header_edit)
        self.footer_edit = b.line("footer.text.{lang}")
        self.footer_edit.setObjectName("footerText")
        form.addRow(self.tr("Footer text:"), self.footer_edit)
        form.addRow("", self._row((b.check("footer.page_numbers"), self.tr("Page numbers"))))

        form = _page(self, self.tr("Look"))
        self.colors: dict[str, ColorField] = {}
        for key, label in (("accent", self.tr("Accent colour:")), ("text", self.tr("Text colour:")),
                           ("muted", self.tr("Muted text:")), ("rule", self.tr("Rules:")),
                           ("quote_background", self.tr("Quote background:"))):
            self.colors[key] = ColorField(f"colors.{key}", write)
            form.addRow(label, self.colors[key])
        from pressdesk.fonts import families

        fonts = [(f, f) for f in families()]
        for use, caption in (("body", self.tr("Text")), ("heading", self.tr("Headings"))):
            group = QGroupBox(caption)
            inner = QFormLayout(group)
            for script, label in (("arabic", self.tr("Arabic script:")), ("latin", self.tr("Latin:")),
                                  ("hebrew", self.tr("Hebrew:"))):
                combo = b.choice(f"fonts.{use}.{script}", fonts)
                combo.setObjectName(f"font:{use}.{script}")
                inner.addRow(label, combo)
            form.addRow(group)

        form = _page(self, self.tr("Page"))
        form.addRow(self.tr("Paper size:"), b.choice("page.size", [("A4", "A4"), ("US Letter", "Letter")]))
        for side, label in (("top", self.tr("Top margin:")), ("bottom", self.tr("Bottom margin:")),
                            ("start", self.tr("Start margin (right in Arabic):")),
                            ("end", self.tr("End margin:"))):
            spin = b.number(f"page.margin_{side}_mm", 5, 60, " mm")
            spin.setObjectName(f"margin:{side}")
            form.addRow(label, spin)

        form = _page(self, self.tr("Language"))
        form.addRow(self.tr("Quotes:"), b.choice("quote.style", [
            (self.tr("Inline, in the text"), "inline"), (self.tr("Pull quote, set apart"), "pull")]))
        form.addRow(self.tr("Digits in the dateline:"), b.choice("dateline.digits", [
            (self.tr("Western 0123"), "latn"), (self.tr("Arabic-Indic ٠١٢٣"), "arab"),
            (self.tr("Persian ۰۱۲۳"), "arabext")]))
        self.end_mark = b.line("labels.{lang}.end_mark")
        self.end_mark.setObjectName("endMark")
        self.end_mark_caption = QLabel()
        form.addRow(self.end_mark_caption, self.end_mark)
        self.end_mark_hint = QLabel(self.tr("Leave empty for the usual mark of the language "
                                            "(“-انتهى-”, “###”, “- FIN -”)."))
        self.end_mark_hint.setWordWrap(True)
        form.addRow("", self.end_mark_hint)

    @staticmethod
    def _row(*pairs: tuple[QWidget, str]) -> QWidget:
        from PySide6.QtWidgets import QHBoxLayout

        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for widget, text in pairs:
            if hasattr(widget, "setText"):
                widget.setText(text)
            row.addWidget(widget)
        row.addStretch(1)
        return box

    def set_language_captions(self, language_name: str) -> None:
        self.org_caption.setText(self.tr("Organisation (%1):").replace("%1", language_name))
        self.boilerplate_caption.setText(self.tr("About us (%1):").replace("%1", language_name))
        self.end_mark_caption.setText(self.tr("End mark (%1):").replace("%1", language_name))


__all__ = ["EditorPages"]
