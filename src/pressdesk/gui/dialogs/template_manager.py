"""The template library: see every template and where it comes from; import, export, delete."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pressdesk import paths
from pressdesk.gui.dialogs.common import (
    MessageLabel,
    already_exists,
    ask_yes_no,
    describe_error,
    documents_dir,
    fill,
    isolate,
    open_url,
)
from pressdesk.gui.i18n import current_language
from pressdesk.gui.thumbnails import WIDTH as THUMB_WIDTH
from pressdesk.gui.thumbnails import Thumbnails
from pressdesk.settings import shared_template_folders

InfoRole = Qt.ItemDataRole.UserRole
PACKAGE_SUFFIX = ".pdtemplate"
COLUMNS = ("name", "id", "version", "languages", "origin")


def _library_function(name: str) -> Any:
    """A template-library function, looked up when used (ImportError when it is missing)."""
    from importlib import import_module

    for module in ("pressdesk.templating.package", "pressdesk.templating.library"):
        try:
            found = getattr(import_module(module), name, None)
        except ImportError:
            continue
        if found is not None:
            return found
    raise ImportError(f"{name} is not available")


class TemplateManagerDialog(QDialog):
    """Lists built-in, user and shared templates; invalid ones are shown with their problem."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TemplateManagerDialog")
        self.infos: list[Any] = []
        self._build()
        self.retranslate()
        self.refresh()

    # --- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setColumnCount(len(COLUMNS))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._selection_changed)
        self.tree.itemDoubleClicked.connect(self.open_folder)

        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label = MessageLabel()  # what is wrong with the selected template
        self.error_label = MessageLabel()  # how the last action went

        self.new_button = QPushButton()
        self.new_button.setObjectName("newTemplate")
        self.new_button.clicked.connect(lambda: self.open_editor(new=True))
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editTemplate")
        self.edit_button.clicked.connect(lambda: self.open_editor(new=False))
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self._import_clicked)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self._export_clicked)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self._delete_clicked)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_folder)
        side = QVBoxLayout()
        for button in (self.new_button, self.edit_button, self.import_button, self.export_button,
                       self.delete_button, self.open_button):
            side.addWidget(button)
        side.addStretch(1)

        self.picture = QLabel()
        self.picture.setObjectName("templatePicture")
        self.picture.setFixedSize(THUMB_WIDTH + 2, THUMB_WIDTH * 297 // 210 + 2)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setStyleSheet("border: 1px solid #c5ccd6; background: #f4f6f8;")
        self.thumbnails = Thumbnails(self)
        self.thumbnails.ready.connect(self._thumbnail_ready)
        self.thumbnails.failed.connect(lambda _key, error: self.picture.setToolTip(error))
        middle = QHBoxLayout()
        middle.addWidget(self.tree, 1)
        middle.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        middle.addLayout(side)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.intro_label)
        layout.addLayout(middle, 1)
        layout.addWidget(self.details_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(1080, 560)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Template Library"))
        self.intro_label.setText(self.tr(
            "Templates give a release its look: logo, fonts, colours and standard texts. "
            "Your own templates take precedence over shared ones, which take precedence over "
            "the built-in ones with the same id."))
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Id"), self.tr("Version"),
                                   self.tr("Languages"), self.tr("Origin")])
        self.new_button.setText(self.tr("&New…"))
        self.new_button.setToolTip(self.tr("Make a new template based on the selected one"))
        self.edit_button.setText(self.tr("E&dit…"))
        self.edit_button.setToolTip(self.tr("Change the selected template (your copy is saved in "
                                            "your library)"))
        self.import_button.setText(self.tr("&Import .pdtemplate…"))
        self.import_button.setToolTip(self.tr("Add a template package someone sent you to your library"))
        self.export_button.setText(self.tr("&Export…"))
        self.export_button.setToolTip(self.tr("Save the selected template as a .pdtemplate file to share"))
        self.delete_button.setText(self.tr("&Delete"))
        self.open_button.setText(self.tr("Open &Folder"))
        if self.infos:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def origin_text(self, origin: str) -> str:
        if origin == "built-in":
            return self.tr("Built-in")
        if origin == "user":
            return self.tr("Your library")
        if origin.startswith("shared:"):
            return fill(self.tr("Shared: %1"), origin.removeprefix("shared:"))
        return origin

    # --- listing ----------------------------------------------------------------------------
    def refresh(self, select: tuple[str, str] | None = None) -> None:
        """Reload the list; ``select`` is (id, origin) of the row to select afterwards."""
        current = select or self._current_key()
        self.tree.clear()
        try:
            from pressdesk.settings import shared_template_folders
            from pressdesk.templating.library import list_templates

            self.infos = list_templates(shared_template_folders())
        except Exception as exc:  # a missing or broken library is reported, not raised
            self.infos = []
            self.error_label.show_error(describe_error(exc))
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        muted = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        for info in self.infos:
            item = QTreeWidgetItem([
                info.name_in(current_language()) or info.id, info.id, info.version, ", ".join(info.languages),
                self.origin_text(info.origin)])
            item.setData(0, InfoRole, info)
            item.setToolTip(4, isolate(str(info.folder)))
            if info.error:
                item.setIcon(0, warning)
                item.setToolTip(0, info.error)
                for column in range(len(COLUMNS)):
                    item.setForeground(column, QBrush(QColor("#a61b10")))
            elif info.shadowed:
                for column in range(len(COLUMNS)):
                    item.setForeground(column, muted)
            self.tree.addTopLevelItem(item)
            if current and (info.id, info.origin) == current:
                self.tree.setCurrentItem(item)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        self._selection_changed()

    def _current_key(self) -> tuple[str, str] | None:
        info = self.current_info()
        return (info.id, info.origin) if info is not None else None

    def current_info(self) -> Any:
        item = self.tree.currentItem()
        return item.data(0, InfoRole) if item is not None else None

    def select_template(self, template_id: str, origin: str | None = None) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is None:
                continue
            info = item.data(0, InfoRole)
            if info is not None and info.id == template_id and origin in (None, info.origin):
                self.tree.setCurrentItem(item)
                return True
        return False

    def _selection_changed(self, *_: object) -> None:
        info = self.current_info()
        self.export_button.setEnabled(info is not None and not info.error and not info.shadowed)
        self.edit_button.setEnabled(self.export_button.isEnabled())
        self.delete_button.setEnabled(info is not None and info.origin == "user")
        self.delete_button.setToolTip("" if info is None or info.origin == "user" else
                                      self.tr("Only templates in your own library can be deleted"))
        self.problem_label.clear()
        self._show_picture(info)
        if info is None:
            self.details_label.clear()
            return
        description = info.description_in(current_language())
        lines = [description] if description else []
        lines.append(fill(self.tr("Folder: %1"), info.folder))
        self.details_label.setText("\n".join(lines))
        if info.error:
            self.problem_label.show_error(fill(self.tr("This template cannot be used: %1"),
                                               info.error))
        elif info.shadowed:
            self.problem_label.show_note(self.tr("Not used: a template with the same id in a "
                                                 "library that takes precedence hides it."))

    def _show_picture(self, info: Any) -> None:
        """The selected template's first page (a sample release), rendered off the GUI thread."""
        self.picture.clear()
        self.picture.setToolTip("")
        if info is None or info.error:
            return
        language = "ar" if "ar" in info.languages or not info.languages else info.languages[0]
        self._picture_key = f"{info.folder}|{language}"
        found = self.thumbnails.request(self._picture_key, info.folder, info.origin, language)
        if found:
            self.picture.setPixmap(QPixmap(found))
        else:
            self.picture.setText(self.tr("Drawing the first page…"))

    def _thumbnail_ready(self, key: str, path: str) -> None:
        if key == getattr(self, "_picture_key", None):
            self.picture.setPixmap(QPixmap(path))

    def done(self, result: int) -> None:
        self.thumbnails.wait()
        super().done(result)

    # --- actions ----------------------------------------------------------------------------
    def confirm_replace(self, message: str) -> bool:
        """Ask before an import replaces a template; tests replace this method."""
        return ask_yes_no(self, self.tr("Replace Template?"), message, self.tr("&Replace"))

    def confirm_delete(self, info: Any) -> bool:
        """Ask before deleting; tests replace this method."""
        text = self.tr("Delete the template “%1” from your library?\n\nReleases that use it will "
                       "fall back to another template. This cannot be undone.")
        return ask_yes_no(self, self.tr("Delete Template?"), fill(text, info.name or info.id),
                          self.tr("&Delete"))

    def import_file(self, path: Path) -> bool:
        """Import a .pdtemplate package into the user's library; True when it was imported."""
        self.error_label.clear()
        try:
            import_pdtemplate = _library_function("import_pdtemplate")
            try:
                info = import_pdtemplate(Path(path), replace=False)
            except Exception as exc:
                if not already_exists(exc):
                    raise
                message = self.tr("Your library already has a template with the same id as "
                                  "“%1”. Replace it?")
                if not self.confirm_replace(fill(message, Path(path).name)):
                    return False
                info = import_pdtemplate(Path(path), replace=True)
        except Exception as exc:
            self.error_label.show_error(describe_error(exc, Path(path)))
            return False
        self.refresh(select=(info.id, info.origin))
        self.error_label.show_info(fill(self.tr("Imported “%1” into your library."),
                                        info.name or info.id))
        return True

    def export_selected(self, out_path: Path) -> bool:
        """Save the selected template as a .pdtemplate package."""
        info = self.current_info()
        if info is None:
            return False
        self.error_label.clear()
        out_path = Path(out_path)
        if out_path.suffix.lower() != PACKAGE_SUFFIX:
            out_path = out_path.with_name(out_path.name + PACKAGE_SUFFIX)
        try:
            _library_function("export_pdtemplate")(info.id, out_path, shared_template_folders())
        except Exception as exc:
            self.error_label.show_error(describe_error(exc, out_path.parent))
            return False
        self.error_label.show_info(fill(self.tr("Saved “%1”."), out_path))
        return True

    def delete_selected(self) -> bool:
        info = self.current_info()
        if info is None or info.origin != "user" or not self.confirm_delete(info):
            return False
        self.error_label.clear()
        try:
            _library_function("delete_user_template")(info.id, shared_template_folders())
        except Exception as exc:
            self.error_label.show_error(describe_error(exc, info.folder))
            return False
        self.refresh()
        self.error_label.show_info(fill(self.tr("Deleted “%1”."), info.name or info.id))
        return True

    def open_editor(self, new: bool, exec_: bool = True) -> object:
        """The template editor on the selected template, or on a new one based on it."""
        from pressdesk.gui.template_editor.launch import make_editor

        info = self.current_info()
        base = info.id if info is not None and not info.error else "classic"
        ui_language = str(getattr(self.parent(), "ui_language", "") or "en")
        dialog = make_editor(base, new=new, shared=shared_template_folders(),
                             ui_language=ui_language, parent=self)
        if dialog is None:
            return None
        dialog.saved.connect(lambda tid: self.refresh(select=(tid, "user")))
        dialog.saved.connect(lambda _tid: setattr(self, "changed_templates", True))
        if exec_:
            dialog.exec()
        return dialog

    def open_folder(self, *_: object) -> None:
        info = self.current_info()
        folder = info.folder if info is not None else paths.user_templates_dir()
        if info is None:
            folder.mkdir(parents=True, exist_ok=True)
        open_url(folder)

    def _import_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import Template"), str(documents_dir()),
            self.tr("PressDesk templates (*.pdtemplate)"))
        if chosen:
            self.import_file(Path(chosen))

    def _export_clicked(self) -> None:
        info = self.current_info()
        if info is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Template"), str(documents_dir() / f"{info.id}{PACKAGE_SUFFIX}"),
            self.tr("PressDesk templates (*.pdtemplate)"))
        if chosen:
            self.export_selected(Path(chosen))

    def _delete_clicked(self) -> None:
        self.delete_selected()
