"""MainWindow: the release form beside its live and page previews, with menus and a toolbar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pressdesk import __version__
from pressdesk.compose.inline import clean_text, has_bidi_controls
from pressdesk.gui import dialog_launch, import_action, messages
from pressdesk.gui.actions import Actions, build
from pressdesk.gui.app_fonts import register_fonts
from pressdesk.gui.checks import install_check_panel
from pressdesk.gui.editor import ReleaseEditor
from pressdesk.gui.files import FileController
from pressdesk.gui.find_bar import FindBar
from pressdesk.gui.form.form import ReleaseForm
from pressdesk.gui.icons import icon
from pressdesk.gui.preview.follow import PreviewFollower
from pressdesk.gui.preview.html_preview import HtmlPreview
from pressdesk.gui.preview.page_preview import PagePreview
from pressdesk.gui.recovery import Autosaver, find_recoveries
from pressdesk.gui.template_cache import TemplateCache
from pressdesk.gui.window_state import window_state
from pressdesk.model import Release, ReleaseError
from pressdesk.settings import load_settings

WARM_UP_MS = 2000  # after start, render the PDF once in the background


def starting_release() -> Release:
    """A new release from the default template and language in the settings."""
    from pressdesk.templating import TemplateError
    from pressdesk.templating.newrelease import new_release

    settings = load_settings()
    try:
        return new_release(settings.default_template, settings.default_language,
                           settings.shared_dirs())
    except TemplateError:
        return new_release("classic", settings.default_language or "ar")


class MainWindow(QMainWindow):
    def __init__(self, release: Release | None = None, file: Path | None = None, *,
                 ui_language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        register_fonts()  # on this thread, before the preview workers lay text out with them
        self.ui_language = ui_language
        self.state = window_state()
        self.templates = TemplateCache(self)
        self.editor = ReleaseEditor(release if release is not None else starting_release(), self)
        self.editor.file = file
        self.files = FileController(self, self.editor, self.templates, self.state, ui_language)
        self.autosaver = Autosaver(self.editor, self)
        self.setAcceptDrops(True)
        self.setWindowIcon(icon("new"))
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(120)
        self._status_timer.timeout.connect(self.update_status)
        self._rebuild_pending = False
        self.editor.modified_changed.connect(self.setWindowModified)
        self.editor.file_changed.connect(self.update_title)
        self.editor.content_changed.connect(self._status_timer.start)
        self.files.status.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.editor.replaced.connect(lambda: QTimer.singleShot(0, self, lambda: self.form.focus_start()))
        self._build_ui()
        self.update_title()
        self.update_status()
        self._restore_geometry()

    # --- building ---------------------------------------------------------------------------
    def _build_ui(self) -> None:
        # Each widget is made inside its final parent: moving a tree of widgets under a style
        # sheet (the form's) to another parent re-resolves the style of every one of them.
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.setCentralWidget(self.splitter)
        left = QWidget(self.splitter)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.splitter.addWidget(left)
        self.form = ReleaseForm(self.editor, self.templates, self.ui_language, left)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName("previewTabs")
        self.tabs.setDocumentMode(True)
        self.splitter.addWidget(self.tabs)
        self.preview = HtmlPreview(self.editor, self.templates, self.tabs)
        self.pages = PagePreview(self.tabs)
        self.preview.document_ready.connect(self.pages.set_document)
        self.follower = PreviewFollower(self.editor, self.form, [self.preview, self.pages], self.form)
        self.preview.updated.connect(self.follower.follow)
        self.pages.refreshed.connect(self.follower.follow)
        self.tabs.addTab(self.preview, icon("preview"), self.tr("Live preview"))
        self.tabs.addTab(self.pages, icon("pages"), self.tr("Page preview"))
        self.find_bar = FindBar(self.editor, self.form, left)
        column.addWidget(self.form)
        column.addWidget(self.find_bar)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 11)
        self.splitter.setStretchFactor(1, 9)
        self.menuBar().clear()
        self.actions_: Actions = build(self)
        self.words = QLabel(self)
        self.headline_length = QLabel(self)
        self.warning = QLabel(self)
        self.warning.setObjectName("statusWarning")
        self.warning.setStyleSheet("color: #9a5a00;")
        for label in (self.warning, self.headline_length, self.words):
            self.statusBar().addPermanentWidget(label)
        self.preview.schedule()
        QTimer.singleShot(WARM_UP_MS, self.pages, self.pages.warm_up)
        QTimer.singleShot(0, self.form, self.form.focus_start)
        self.actions_.undo.triggered.connect(self._reveal_changed_field)
        self.actions_.redo.triggered.connect(self._reveal_changed_field)
        self.check_panel = install_check_panel(self)

    def _reveal_changed_field(self) -> None:
        """After an undo or redo, show the field it changed."""
        if self.editor.last_path is not None:
            self.form.reveal(self.editor.last_path)

    def retranslate(self) -> None:
        """Rebuild every widget in the new UI language; the release and its history stay."""
        sizes, tab = self.splitter.sizes(), self.tabs.currentIndex()
        self.preview.shutdown()
        self.pages.shutdown()
        old = [self.splitter, self.actions_.toolbar, self.words, self.headline_length, self.warning]
        self.removeToolBar(self.actions_.toolbar)
        for widget in old:
            widget.hide()
            widget.deleteLater()
        self._build_ui()
        self.splitter.setSizes(sizes)
        self.tabs.setCurrentIndex(tab)
        self.update_title()
        self.update_status()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and not self._rebuild_pending:
            self._rebuild_pending = True
            QTimer.singleShot(0, self._language_changed)

    def _language_changed(self) -> None:
        import shiboken6

        self._rebuild_pending = False
        if shiboken6.isValid(self) and shiboken6.isValid(self.splitter):  # not while closing
            self.retranslate()

    # --- title and status -------------------------------------------------------------------
    def update_title(self) -> None:
        self.setWindowTitle(self.tr("{name}[*] — PressDesk").format(name=self.files.name()))
        self.setWindowFilePath(str(self.editor.file) if self.editor.file else "")
        self.setWindowModified(self.editor.is_modified())

    def update_status(self) -> None:
        r = self.editor.release
        self.words.setText(self.tr("{n} words").format(n=r.word_count()))
        self.headline_length.setText(self.tr("Headline: {n} characters").format(
            n=len(clean_text(r.headline).strip())))
        problems = self.field_warnings()
        if self.autosaver.error:
            problems.append(self.tr("Autosave failed: {error}").format(error=self.autosaver.error))
        self.warning.setText("⚠ " + problems[0] + (f" (+{len(problems) - 1})" if len(problems) > 1 else "")
                             if problems else "")
        self.warning.setToolTip("\n".join(problems))

    def field_warnings(self) -> list[str]:
        """Fields holding bidi controls or invisible characters that export will remove."""
        r = self.editor.release
        texts = {self.tr("Headline"): r.headline, self.tr("Subheadline"): r.subheadline,
                 self.tr("City"): r.dateline.city, self.tr("Boilerplate"): r.boilerplate or ""}
        for i, block in enumerate(r.body, 1):
            texts[self.tr("Block {n}").format(n=i)] = block.text + block.speaker + block.role + block.lead_in
        for i, text in enumerate(r.background, 1):
            texts[self.tr("Background {n}").format(n=i)] = text
        for i, text in enumerate(r.notes_to_editors, 1):
            texts[self.tr("Note {n}").format(n=i)] = text
        for i, c in enumerate(r.contacts, 1):
            texts[self.tr("Contact {n}").format(n=i)] = c.name + c.role + c.email + c.phone
        bad = [name for name, text in texts.items() if has_bidi_controls(text)]
        if not bad:
            return []
        return [self.tr("Invisible direction controls in: {fields}").format(fields=", ".join(bad))]

    # --- edit actions -----------------------------------------------------------------------
    def add_block(self, kind: str) -> None:
        self.form.body.add(kind)

    def _current(self) -> tuple[str, int] | None:
        item_list = self.form.current_list()
        index = item_list.current_index() if item_list else None
        if item_list is None or index is None:
            self.statusBar().showMessage(self.tr("Click in a block first."), 3000)
            return None
        return item_list.key, index

    def duplicate_block(self) -> None:
        if current := self._current():
            self.editor.duplicate(*current)

    def remove_block(self) -> None:
        if current := self._current():
            self.editor.remove(*current)

    def move_block(self, delta: int) -> None:
        if current := self._current():
            self.editor.move(current[0], current[1], current[1] + delta)

    # --- find, replace, print -------------------------------------------------------------------
    def open_find(self) -> None:
        self.find_bar.open_find(replace=False)

    def open_replace(self) -> None:
        self.find_bar.open_find(replace=True)

    def find_bar_next(self) -> None:
        self.find_bar.find_next()

    def find_bar_previous(self) -> None:
        self.find_bar.find_previous()

    def print_release(self) -> None:
        """Print the release's real PDF through Qt's print dialog."""
        from pressdesk.gui import printing

        data = self.release_pdf()
        try:
            if data and printing.ask_and_print(self, data, self.files.name()):
                self.statusBar().showMessage(self.tr("Sent to the printer."), 4000)
        except ValueError as exc:
            messages.show_error(self, self.tr("Cannot print"), str(exc))

    def release_pdf(self) -> bytes:
        """The release as its PDF export, made now; b"" (after a message) when it cannot be."""
        from pressdesk.pipeline import prepare
        from pressdesk.render import renderer

        r = self.editor.release
        try:
            template = self.templates.resolve(r.template, r.template_version).template
            return bytes(renderer("pdf")(prepare(r, template).document))
        except Exception as exc:  # told in words, never a traceback
            messages.show_error(self, self.tr("Cannot print"), str(exc))
            return b""

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    # --- dialogs ----------------------------------------------------------------------------
    def export(self) -> None:
        settings = load_settings()
        folder = settings.export_folder or str(self.editor.file.parent if self.editor.file else Path.home())
        written = dialog_launch.export(self, self.editor.release, self.editor.file,
                                       settings.export_formats, folder)
        if written:
            self.statusBar().showMessage(self.tr("Exported {n} files to {folder}").format(
                n=len(written), folder=written[0].parent), 6000)

    def send_by_email(self) -> None:
        """Write an e-mail draft of the release and open it in the mail client."""
        draft = dialog_launch.send_by_email(self, self.editor.release)
        if draft is not None:
            self.statusBar().showMessage(self.tr("E-mail draft: {path}").format(path=draft), 8000)

    def export_to(self, folder: Path, formats: list[str]) -> list[Path]:
        """Export straight through the pipeline (no dialog)."""
        return dialog_launch.quick_export(self, self.editor.release, folder, formats)

    def save_as_template(self) -> None:
        if dialog_launch.save_as_template(self, self.editor.release):
            self._templates_changed()

    def manage_templates(self) -> None:
        if dialog_launch.template_manager(self):
            self._templates_changed()

    def edit_template(self, new: bool = False, exec_: bool = True) -> object:
        """The template editor on this release's template (or a new one based on it)."""
        from pressdesk.gui.template_editor.launch import make_editor

        dialog = make_editor(self.editor.release.template, new=new, shared=self.templates.shared,
                             ui_language=self.ui_language, parent=self)
        if dialog is None:
            return None
        dialog.saved.connect(lambda _tid: self._templates_changed())
        if exec_:
            dialog.exec()
        return dialog

    def _templates_changed(self) -> None:
        self.templates.clear()
        self.form.release_section.fill_templates()

    def open_settings(self) -> None:
        if not dialog_launch.settings(self):
            return
        settings = load_settings()
        self.templates.clear()
        self.form.release_section.fill_templates()
        if settings.ui_language != self.ui_language:
            from PySide6.QtWidgets import QApplication

            from pressdesk.gui.ui_language import install

            self.ui_language = install(QApplication.instance(), settings.ui_language)  # type: ignore[arg-type]
            self.files.ui_language = self.ui_language
            self.retranslate()

    def about(self) -> None:
        from pressdesk.fonts import licences

        fonts = ", ".join(sorted(lic.family for lic in licences()))
        QMessageBox.about(self, self.tr("About PressDesk"), self.tr(
            "<h3>PressDesk {version}</h3><p>Write press releases in Arabic, English, French, Persian "
            "and Hebrew, and export them to PDF, Word and HTML.</p>"
            "<p>Fonts (SIL Open Font License 1.1): {fonts}.</p><p>Built with Qt {qt} (LGPL).</p>"
        ).format(version=__version__, fonts=fonts, qt=__import__("PySide6").__version__))

    # --- recovery ---------------------------------------------------------------------------
    def check_recovery(self) -> bool:
        """Offer to restore work that a crash left in the recovery folder."""
        for found in find_recoveries():
            answer = messages.ask_restore(self, str(found.original or ""), found.saved_at)
            if answer == messages.CANCEL:
                return False
            if answer == messages.DISCARD:
                found.discard()
                continue
            try:
                release = found.load()
            except ReleaseError as exc:
                messages.show_error(self, self.tr("Cannot restore"), messages.release_problems(exc.problems))
                continue
            self.files.load_recovered(release, found.original)
            found.discard()
            self.autosaver.save_now()
            return True
        return False

    def save_recovery_now(self) -> str:
        """Used by the crash handler: write the recovery copy at once; return where."""
        from pressdesk.gui.recovery import write_recovery

        if not self.editor.is_modified():
            return ""
        return str(write_recovery(self.editor.release, self.editor.file))

    # --- files dropped, window closed ---------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        if import_action.can_import(files[0]):
            QTimer.singleShot(0, lambda: import_action.import_file(self, files[0]))
        else:
            QTimer.singleShot(0, lambda: self.files.open_path(files[0]))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self._save_geometry()
        self.preview.shutdown()
        self.pages.shutdown()
        self.autosaver.timer.stop()
        self.autosaver.remove()
        event.accept()

    def _save_geometry(self) -> None:
        self.state.setValue("window/geometry", self.saveGeometry())
        self.state.setValue("window/state", self.saveState())
        self.state.setValue("window/splitter", self.splitter.saveState())
        self.state.setValue("window/tab", self.tabs.currentIndex())
        self.state.sync()

    def _restore_geometry(self) -> None:
        geometry = self.state.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry() if self.screen() else None
            width = min(1400, int(screen.width() * 0.92)) if screen else 1400
            height = min(900, int(screen.height() * 0.9)) if screen else 900
            self.resize(width, height)
        state = self.state.value("window/state")
        if state is None or not self.restoreState(state):
            # first start: the Check panel takes a sixth of the height (about four findings),
            # not the list's default quarter and more, which squeezed the form
            self.resizeDocks([self.check_panel], [max(110, self.height() // 6)], Qt.Orientation.Vertical)
        splitter = self.state.value("window/splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([760, 640])
        tab = self.state.value("window/tab", 0)
        self.tabs.setCurrentIndex(int(str(tab)) if str(tab).isdigit() else 0)
