"""Build the live preview's QTextDocument straight from the composed ``Document``.

The same blocks, role styles and runs the PDF, DOCX and HTML renderers read become
Qt text blocks through ``QTextCursor`` (novelWriter's ``toqdoc.py`` does the same): no
HTML is generated or parsed. Every block carries its layout direction, its logical
alignment (Qt mirrors start/end per block), margins and the printed leading; every run
its font family by script (the role's ``FontSpec``, as the PDF picks it), size, colour,
weight and links; embedded opposite-direction runs are wrapped in LRI/RLI…PDI, which
Qt's bidi algorithm honours. Rules (above/below a role, under the header) are empty
blocks one or two pixels high filled with the rule colour.

The document is as wide as the printed text (the page less its margins) plus the preview's
margin, so its lines break where the PDF's do; the view scales it to fit. A
``QTextDocument`` is not a widget: this runs in the preview's worker thread; the GUI
thread lays the document out (see ``html_preview``).
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)

from pressdesk.compose.direction import language_script
from pressdesk.compose.document import (
    Block,
    Direction,
    Document,
    PageSpec,
    Role,
    RoleStyle,
    Run,
    RunKind,
)
from pressdesk.gui.app_fonts import register_fonts
from pressdesk.gui.preview.scripts import script_spans

MM_PER_INCH = 25.4
PX_PER_PT = 96 / 72  # the preview's pixels are CSS pixels: 12 pt text is 16 px
LOGO_HEIGHT_PX = 48
PHOTO_MAX_PX = 600  # a photo's natural size (its pixels are CSS pixels) up to this width
LIST_HANG_PT = 18.0  # between a list's bullet or number and its text, as in the PDF
LRI, RLI, PDI = "\u2066", "\u2067", "\u2069"
LINE_SEPARATOR = "\u2028"  # a line break inside a block, like <br>
_ALIGN = {
    "start": Qt.AlignmentFlag.AlignLeading,  # Qt mirrors leading/trailing in a right-to-left block
    "end": Qt.AlignmentFlag.AlignTrailing,
    "center": Qt.AlignmentFlag.AlignHCenter,
    "justify": Qt.AlignmentFlag.AlignJustify,
}
_FOOTER_COLOR, _FOOTER_RULE = "#666666", "#bbbbbb"
ROLE_PROPERTY = QTextFormat.Property.UserProperty + 1  # the Role a block shows, for tests and tools


def _qt_direction(direction: Direction) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if direction is Direction.RTL else Qt.LayoutDirection.LeftToRight


@cache
def line_height_percent(family: str, size_pt: float, bold: bool, factor: float) -> float:
    """Qt's proportional line height (a share of the font's own line spacing) that gives the
    printed leading of ``factor`` × the font size (Amiri's own spacing is tall)."""
    register_fonts()  # measured before the shipped faces are known, a fallback's spacing would stick
    font = QFont(family)
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    natural = QFontMetricsF(font).lineSpacing()
    wanted = factor * size_pt * PX_PER_PT
    return float(max(60, round(100 * wanted / natural))) if natural > 0 else 100.0


class _Builder:
    """Fills one QTextDocument; caches the formats of each role, script and emphasis."""

    def __init__(self, doc: Document, qdoc: QTextDocument) -> None:
        self.doc = doc
        self.qdoc = qdoc
        self.cursor = QTextCursor(qdoc)
        self.first = True
        self._chars: dict[tuple[Role, str, bool, bool], QTextCharFormat] = {}

    def style(self, role: Role) -> RoleStyle:
        return self.doc.styles.get(role) or self.doc.styles[Role.PARAGRAPH]

    # --- blocks ------------------------------------------------------------------------------
    def new_block(self, fmt: QTextBlockFormat, chars: QTextCharFormat | None = None) -> None:
        if self.first:
            self.cursor.setBlockFormat(fmt)
            if chars is not None:
                self.cursor.setBlockCharFormat(chars)
            self.first = False
        elif chars is not None:
            self.cursor.insertBlock(fmt, chars)
        else:
            self.cursor.insertBlock(fmt)

    def rule(self, color: str, width_pt: float, space_before_pt: float = 0.0,
             space_after_pt: float = 0.0) -> None:
        fmt = QTextBlockFormat()
        fmt.setBackground(QColor(color))
        fixed = QTextBlockFormat.LineHeightTypes.FixedHeight.value
        fmt.setLineHeight(max(1.0, round(width_pt * PX_PER_PT)), fixed)
        fmt.setTopMargin(space_before_pt * PX_PER_PT)
        fmt.setBottomMargin(space_after_pt * PX_PER_PT)
        tiny = QTextCharFormat()
        tiny.setFontPointSize(1)
        self.new_block(fmt, tiny)

    def block_format(self, role: Role, style: RoleStyle, direction: Direction,
                     script: str) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(_qt_direction(direction))
        fmt.setAlignment(_ALIGN.get(style.align, Qt.AlignmentFlag.AlignLeading))
        fmt.setTopMargin(style.space_before * PX_PER_PT)
        fmt.setBottomMargin(style.space_after * PX_PER_PT)
        indent = style.indent * PX_PER_PT
        fmt.setLeftMargin(indent)
        fmt.setRightMargin(indent)
        family = style.font.family_for(script)
        percent = line_height_percent(family, style.font.size, style.font.bold, style.line_height)
        fmt.setLineHeight(percent, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        if style.background:
            fmt.setBackground(QColor(style.background))
        fmt.setProperty(ROLE_PROPERTY, role.value)
        return fmt

    def add_figure(self, block: Block) -> None:
        """A photo on its own line at the start side, at most PHOTO_MAX_PX wide."""
        photo = block.image
        assert photo is not None
        image = QImage.fromData(photo.data)
        if image.isNull():
            return
        name = f"pd-photo:{hashlib.sha1(photo.data).hexdigest()}"
        self.qdoc.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name), image)
        style = self.style(block.role)
        fmt = self.block_format(block.role, style, block.direction, language_script(block.language))
        fmt.setLineHeight(100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        self.new_block(fmt)
        picture = QTextImageFormat()
        picture.setName(name)
        width = min(photo.width, PHOTO_MAX_PX)
        picture.setWidth(width)
        picture.setHeight(width * photo.aspect)
        self.cursor.insertImage(picture)

    def add_block(self, block: Block) -> None:
        if block.image is not None:
            self.add_figure(block)
            return
        if not block.text.strip():
            return  # the PDF and DOCX leave empty blocks out too
        style = self.style(block.role)
        script = language_script(block.language)
        if style.rule_above:
            self.rule(style.rule_color, 0.75, style.space_before, 4)
        fmt = self.block_format(block.role, style, block.direction, script)
        if style.rule_above:
            fmt.setTopMargin(0)
        if block.list_item is not None:  # the marker hangs on the start side, as in the PDF
            start = (style.indent + LIST_HANG_PT) * PX_PER_PT
            fmt.setLeftMargin(0 if block.direction is Direction.RTL else start)
            fmt.setRightMargin(start if block.direction is Direction.RTL else 0)
            fmt.setTextIndent(-LIST_HANG_PT * PX_PER_PT)
        self.new_block(fmt, self.char_format(block.role, script, False, False))
        if block.list_item is not None:
            marker = self.char_format(block.role, script, False, False)
            self.cursor.insertText(block.list_item.marker + "\u2002", marker)
        for run in block.runs:
            self.add_run(block.role, run, script)
        if style.rule_below:
            self.rule(style.rule_color, 0.75, 4, style.space_after)

    # --- runs --------------------------------------------------------------------------------
    def char_format(self, role: Role, script: str, bold: bool, italic: bool) -> QTextCharFormat:
        key = (role, script, bold, italic)
        fmt = self._chars.get(key)
        if fmt is None:
            style = self.style(role)
            font = style.font
            fmt = QTextCharFormat()
            families = [font.family_for(script), font.arabic, font.latin, font.hebrew]
            fmt.setFontFamilies(list(dict.fromkeys(families)))
            fmt.setFontPointSize(font.size)
            fmt.setFontWeight(QFont.Weight.Bold if (font.bold or bold) else QFont.Weight.Normal)
            fmt.setFontItalic((font.italic or italic) and script == "latin")  # as the PDF: Latin only
            fmt.setForeground(QColor(style.color))
            if style.uppercase:
                fmt.setFontCapitalization(QFont.Capitalization.AllUppercase)
            self._chars[key] = fmt
        return fmt

    def add_run(self, role: Role, run: Run, script: str) -> None:
        if run.kind is RunKind.LINE_BREAK:
            self.cursor.insertText(LINE_SEPARATOR)
            return
        text = run.text.replace("\r\n", "\n").replace("\n", LINE_SEPARATOR)
        if not text:
            return
        default = script
        if run.direction is not None:
            rtl_script = script if script != "latin" else "arabic"
            default = "latin" if run.direction is Direction.LTR else rtl_script
            text = (LRI if run.direction is Direction.LTR else RLI) + text + PDI
        bold = run.bold or run.kind is RunKind.DATELINE
        href = run.href if run.kind in (RunKind.LINK, RunKind.EMAIL) else None
        if href and not href.lower().startswith(("http://", "https://", "mailto:")):
            href = None  # compose only makes these; anything else is never a link
        for piece, piece_script in script_spans(text, default):
            fmt = self.char_format(role, piece_script, bold, run.italic)
            if href:
                fmt = QTextCharFormat(fmt)
                fmt.setAnchor(True)
                fmt.setAnchorHref(href)
                fmt.setForeground(QColor(self.doc.identity.accent or "#1f4e79"))
                fmt.setFontUnderline(True)
            self.cursor.insertText(piece, fmt)

    # --- header and footer -------------------------------------------------------------------
    def header(self) -> None:
        doc = self.doc
        logo = _logo(doc.identity.logo) if doc.furniture.show_logo and doc.identity.logo else None
        text = doc.furniture.header_text.strip()
        if logo is None and not text:
            return
        body = self.style(Role.PARAGRAPH)
        script = language_script(doc.language)
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(_qt_direction(doc.direction))
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeading)
        fmt.setBottomMargin(6 * PX_PER_PT)
        org = QTextCharFormat()
        org.setFontFamilies(list(dict.fromkeys([body.font.family_for(script), body.font.latin])))
        org.setFontPointSize(12)
        org.setFontWeight(QFont.Weight.Bold)
        org.setForeground(QColor(doc.identity.accent))
        org.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
        self.new_block(fmt, org)
        if logo is not None:
            name, image = logo
            self.qdoc.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name), image)
            picture = QTextImageFormat()
            picture.setName(name)
            picture.setHeight(LOGO_HEIGHT_PX)
            if image.height() > 0:
                picture.setWidth(LOGO_HEIGHT_PX * image.width() / image.height())
            picture.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
            self.cursor.insertImage(picture)
            if text:
                self.cursor.insertText("\u2003", org)
        if text:
            for piece, _script in script_spans(text, script):
                self.cursor.insertText(piece, org)
        self.rule(doc.identity.accent, 1.5, 4, 12)

    def footer(self) -> None:
        text = self.doc.furniture.footer_text.strip()
        if not text:
            return
        self.rule(_FOOTER_RULE, 0.5, 24, 4)
        body = self.style(Role.PARAGRAPH)
        script = language_script(self.doc.language)
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(_qt_direction(self.doc.direction))
        chars = QTextCharFormat()
        chars.setFontFamilies(list(dict.fromkeys([body.font.family_for(script), body.font.latin])))
        chars.setFontPointSize(9)
        chars.setForeground(QColor(_FOOTER_COLOR))
        self.new_block(fmt, chars)
        self.cursor.insertText(text.replace("\n", LINE_SEPARATOR), chars)


@cache
def _logo_image(path: str, mtime_ns: int) -> QImage:
    return QImage(path)


def _logo(path: Path) -> tuple[str, QImage] | None:
    """The template's logo (decoded once per file version), or None if it cannot be read."""
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        return None
    image = _logo_image(str(path), mtime)
    return (f"pd-logo:{mtime}/{path.name}", image) if not image.isNull() else None


def text_width_px(page: PageSpec) -> float:
    """The printed text width of a page, in preview pixels."""
    return (page.size_mm[0] - page.margin_start_mm - page.margin_end_mm) / MM_PER_INCH * 96


def build_document(doc: Document, margin: float) -> QTextDocument:
    """The preview of ``doc`` as a QTextDocument, ``margin`` pixels round the printed width."""
    qdoc = QTextDocument()
    qdoc.setUndoRedoEnabled(False)
    qdoc.setUseDesignMetrics(True)  # unhinted advances, as in the PDF: the same line breaks
    qdoc.setDocumentMargin(margin)
    option = qdoc.defaultTextOption()
    option.setTextDirection(_qt_direction(doc.direction))
    qdoc.setDefaultTextOption(option)
    builder = _Builder(doc, qdoc)
    builder.header()
    for block in doc.blocks:
        builder.add_block(block)
    builder.footer()
    qdoc.setTextWidth(text_width_px(doc.page) + 2 * margin)
    return qdoc
