"""New, open, save, save as and recent files; never loses the release being edited.

Every failure (a broken file, a folder without permission, a full disk) is told in words
and leaves the current release open and unchanged.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QWidget

from pressdesk.gui import messages
from pressdesk.gui.editor import ReleaseEditor
from pressdesk.gui.new_release_dialog import NewReleaseDialog
from pressdesk.gui.template_cache import TemplateCache
from pressdesk.model import EXTENSION, Release, ReleaseError, load_release, save_release
from pressdesk.settings import load_settings, save_settings
from pressdesk.templating import TemplateError


class FileController(QObject):
    recent_changed = Signal()
    status = Signal(str)  # a short message for the status bar

    def __init__(self, window: QWidget, editor: ReleaseEditor, templates: TemplateCache,
                 state: QSettings, ui_language: str = "en") -> None:
        super().__init__(window)
        self.window = window
        self.editor = editor
        self.templates = templates
        self.state = state
        self.ui_language = ui_language

    # --- asking -----------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """True when it is fine to replace or close the release (saved, or the user said so)."""
        if not self.editor.is_modified():
            return True
        answer = messages.ask_save_changes(self.window, self.name())
        if answer == messages.SAVE:
            return self.save()
        return answer == messages.DISCARD

    def name(self) -> str:
        return self.editor.file.name if self.editor.file else self.tr("Untitled")

    # --- new and open -------------------------------------------------------------------------
    def new(self) -> bool:
        if not self.maybe_save():
            return False
        settings = load_settings()
        dialog = NewReleaseDialog(self.templates, settings.default_template, settings.default_language,
                                  self.ui_language, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        template, language = dialog.choice()
        return self.start_new(template, language)

    def start_new(self, template: str, language: str) -> bool:
        from pressdesk.templating.newrelease import new_release

        try:
            release = new_release(template, language, self.templates.shared)
        except TemplateError as exc:
            messages.show_error(self.window, self.tr("New release"),
                                self.tr("The template could not be used:\n{error}").format(error=exc))
            return False
        self.editor.reset(release, None)
        return True

    def open(self) -> bool:
        if not self.maybe_save():
            return False
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open release"), self._folder(),
            self.tr("Press releases (*{ext});;All files (*)").format(ext=EXTENSION))
        return self.open_path(Path(path), ask=False) if path else False

    def open_path(self, path: Path, *, ask: bool = True) -> bool:
        """Open a release file; on any problem say why and keep the current release."""
        if ask and not self.maybe_save():
            return False
        try:
            release = load_release(path)
        except ReleaseError as exc:
            messages.show_error(self.window, self.tr("Cannot open the release"), self.tr(
                "“{name}” could not be opened:\n\n{problems}").format(
                name=path.name, problems=messages.release_problems(exc.problems)))
            return False
        self.editor.reset(release, path.resolve())
        self._remember(path)
        self.status.emit(self.tr("Opened {name}").format(name=path.name))
        return True

    def load_recovered(self, release: Release, original: Path | None) -> None:
        """Show a recovered release as unsaved changes to its original file."""
        self.editor.reset(release, original, modified=True)

    # --- save -------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.editor.file is None:
            return self.save_as()
        return self.write(self.editor.file)

    def save_as(self) -> bool:
        from pressdesk.pipeline import slug

        start = self.editor.file or Path(self._folder()) / (slug(self.editor.release) + EXTENSION)
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save release as"), str(start),
            self.tr("Press releases (*{ext})").format(ext=EXTENSION))
        if not path:
            return False
        target = Path(path)
        if target.suffix != EXTENSION:
            target = target.with_name(target.name + EXTENSION)
        return self.write(target)

    def write(self, path: Path) -> bool:
        from pressdesk.gui.photos import localise

        problems = localise(self.editor.release, path.resolve().parent)
        if problems:
            messages.show_error(self.window, self.tr("Photos not copied"), self.tr(
                "These photos could not be copied next to the release:\n{list}").format(
                    list="\n".join(problems)))
        try:
            save_release(self.editor.release, path)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            messages.show_error(self.window, self.tr("Cannot save the release"), self.tr(
                "“{name}” could not be saved: {reason}.\n\nYour text is still here; "
                "try Save As to put it somewhere else.").format(name=path.name, reason=reason))
            return False
        self.editor.mark_saved(path.resolve())
        self._remember(path)
        self.status.emit(self.tr("Saved {name}").format(name=path.name))
        return True

    # --- recent files -------------------------------------------------------------------------
    def _remember(self, path: Path) -> None:
        self.state.setValue("files/last_folder", str(path.resolve().parent))
        try:
            settings = load_settings()
            settings.add_recent(path)
            save_settings(settings)
        except OSError:
            return  # a read-only settings folder must not stop the work
        self.recent_changed.emit()

    def _folder(self) -> str:
        folder = self.state.value("files/last_folder", "")
        return str(folder) if folder and Path(str(folder)).is_dir() else str(Path.home())

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        recent = load_settings().existing_recent()
        for i, path in enumerate(recent):
            label = f"&{i + 1}  {path.name}" if i < 9 else path.name
            action = menu.addAction(label)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not recent:
            menu.addAction(self.tr("No recent files")).setEnabled(False)
            return
        menu.addSeparator()
        menu.addAction(self.tr("Clear list"), self._clear_recent)

    def _clear_recent(self) -> None:
        try:
            settings = load_settings()
            settings.recent_files = []
            save_settings(settings)
        except OSError:
            pass
        self.recent_changed.emit()
