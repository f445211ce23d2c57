"""Export a release to PDF, DOCX and HTML: formats, folder, file name, progress, results."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui.checks.preflight import PreflightBox
from pressdesk.gui.dialogs.common import (
    MessageLabel,
    ask_yes_no,
    describe_error,
    documents_dir,
    fill,
    open_url,
)
from pressdesk.gui.dialogs.export_results import ExportResults
from pressdesk.gui.dialogs.export_worker import ExportJob, ExportThread, stem_problem
from pressdesk.gui.i18n import is_rtl
from pressdesk.model.release import Release
from pressdesk.pipeline import slug
from pressdesk.render.registry import get as format_spec
from pressdesk.render.registry import names as format_names
from pressdesk.render.registry import problem as renderer_problem
from pressdesk.render.registry import suffix
from pressdesk.settings import load_settings, save_settings


class ExportDialog(QDialog):
    """Choose formats, folder and file name, export with a progress bar, then open the files."""

    def __init__(self, release: Release, release_path: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExportDialog")
        self.release = release
        self.release_path = Path(release_path) if release_path else None
        self.written: list[Path] = []
        self._thread: ExportThread | None = None
        self._job: ExportJob | None = None
        self._unavailable = {fmt: renderer_problem(fmt) for fmt in format_names()}
        self._build()
        self._set_defaults()
        self.retranslate()
        self._update_state()

    # --- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.headline_label = QLabel(self.release.headline.strip())
        self.headline_label.setWordWrap(True)
        self.headline_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.headline_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.headline_label.setFont(font)
        # The headline is in the release's language, whatever the UI language is.
        direction = (Qt.LayoutDirection.RightToLeft if is_rtl(self.release.language)
                     else Qt.LayoutDirection.LeftToRight)
        self.headline_label.setLayoutDirection(direction)
        self.headline_label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.headline_label.setVisible(bool(self.release.headline.strip()))
        self.preflight = PreflightBox(self.release, self)  # errors of the check, before export

        self.formats_group = QGroupBox()
        formats_layout = QVBoxLayout(self.formats_group)
        self.format_boxes: dict[str, QCheckBox] = {}
        for fmt in format_names():
            box = QCheckBox()
            box.setObjectName(f"format_{fmt}")
            box.toggled.connect(self._update_state)
            formats_layout.addWidget(box)
            self.format_boxes[fmt] = box

        self.place_group = QGroupBox()
        form = QFormLayout(self.place_group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.folder_edit = QLineEdit()
        self.folder_edit.textChanged.connect(self._update_state)
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        self.stem_edit = QLineEdit()
        self.stem_edit.textChanged.connect(self._update_state)
        self.suffix_label = QLabel()
        stem_row = QHBoxLayout()
        stem_row.addWidget(self.stem_edit, 1)
        stem_row.addWidget(self.suffix_label)
        self.files_label = QLabel()
        self.files_label.setWordWrap(True)
        self.files_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_caption = QLabel()
        self.stem_caption = QLabel()
        form.addRow(self.folder_caption, folder_row)
        form.addRow(self.stem_caption, stem_row)
        form.addRow("", self.files_label)
        self.files_label.setStyleSheet("color: #8a1c13;")
        self.files_label.hide()

        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        self.error_label = MessageLabel()

        self.results_group = ExportResults()
        self.results_list = self.results_group.file_list
        self.open_button = self.results_group.open_button
        self.show_button = self.results_group.show_button
        self.results_list.itemDoubleClicked.connect(self.open_file)
        self.open_button.clicked.connect(self.open_file)
        self.show_button.clicked.connect(self.show_in_folder)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.headline_label)
        layout.addWidget(self.preflight)
        layout.addWidget(self.formats_group)
        layout.addWidget(self.place_group)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.results_group)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _set_defaults(self) -> None:
        settings = load_settings()
        for fmt, box in self.format_boxes.items():
            box.setChecked(fmt in settings.export_formats and not self._unavailable[fmt])
            box.setEnabled(not self._unavailable[fmt])
        folder = Path(settings.export_folder).expanduser() if settings.export_folder else None
        if folder is None or not folder.is_dir():
            folder = self.release_path.parent if self.release_path else documents_dir()
        self.folder_edit.setText(str(folder))
        self.stem_edit.setText(slug(self.release))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export Release"))
        self.formats_group.setTitle(self.tr("Formats"))
        texts = {
            "pdf": self.tr("PDF — ready to print and send"),
            "docx": self.tr("Word document (DOCX) — for further editing"),
            "html": self.tr("Web page (HTML) — for the website and email"),
            "txt": self.tr("Plain text (TXT) — for news wires and pasting"),
            "eml": self.tr("E-mail draft (EML) — the release with its PDF attached"),
        }
        for fmt, box in self.format_boxes.items():
            box.setText(texts.get(fmt, format_spec(fmt).label))
            problem = self._unavailable[fmt]
            box.setToolTip(fill(self.tr("Not available on this computer: %1"), problem)
                           if problem else "")
        self.place_group.setTitle(self.tr("Save to"))
        self.folder_caption.setText(self.tr("&Folder:"))
        self.folder_caption.setBuddy(self.folder_edit)
        self.stem_caption.setText(self.tr("File &name:"))
        self.stem_caption.setBuddy(self.stem_edit)
        self.stem_edit.setToolTip(self.tr("The name of the files, without the extension"))
        self.browse_button.setText(self.tr("&Choose…"))
        self.export_button.setText(self.tr("Export &Anyway") if self.preflight.has_errors()
                                   else self.tr("&Export"))
        self.preflight.retranslate()
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- state ------------------------------------------------------------------------------
    def selected_formats(self) -> list[str]:
        # not box.isEnabled(): that is False while an export runs (its group is disabled)
        return [fmt for fmt, box in self.format_boxes.items()
                if box.isChecked() and not self._unavailable[fmt]]

    def folder(self) -> Path | None:
        text = self.folder_edit.text().strip()
        return Path(text).expanduser() if text else None

    def targets(self) -> dict[str, Path]:
        folder, stem = self.folder(), self.stem_edit.text().strip()
        if folder is None or stem_problem(stem):
            return {}
        return {fmt: folder / (stem + suffix(fmt)) for fmt in self.selected_formats()}

    def _input_problem(self) -> str:
        if not self.selected_formats():
            return self.tr("Choose at least one format.")
        if self.folder() is None:
            return self.tr("Choose a folder to save the files in.")
        problem = stem_problem(self.stem_edit.text())
        if problem == "empty":
            return self.tr("Type a file name.")
        if problem == "chars":
            chars = '\u2066< > : " / \\ | ? *\u2069'  # left to right in any UI language
            return self.tr("A file name cannot contain any of these characters: %1").replace("%1", chars)
        if problem == "reserved":
            return self.tr("This file name is reserved by the system; choose another one.")
        return ""

    def _update_state(self) -> None:
        if not hasattr(self, "export_button"):
            return
        problem = self._input_problem()
        running = self._thread is not None
        self.export_button.setEnabled(not problem and not running)
        self.files_label.setText(problem)
        self.files_label.setVisible(bool(problem))
        # Left to right, whatever the UI language: ".pdf .docx .html".
        self.suffix_label.setText("\u2066" + " ".join(suffix(f) for f in self.selected_formats())
                                  + "\u2069")
        targets = self.targets()
        self.export_button.setToolTip("\n".join(str(p) for p in targets.values()))

    def _set_running(self, running: bool) -> None:
        for widget in (self.formats_group, self.place_group, self.close_button):
            widget.setEnabled(not running)
        self.export_button.setEnabled(not running and not self._input_problem())

    # --- exporting --------------------------------------------------------------------------
    def confirm_overwrite(self, existing: list[Path]) -> bool:
        """Ask before replacing files; tests replace this method."""
        names = "\n".join(f"• {p.name}" for p in existing)
        text = self.tr("These files already exist in “%1”:\n%2\n\nReplace them?")
        return ask_yes_no(self, self.tr("Replace Files?"),
                          fill(text, existing[0].parent, names),
                          self.tr("&Replace"))

    def _begin(self) -> ExportJob | None:
        """Check the inputs and ask about existing files; a job to run, or None."""
        if self._thread is not None:
            return None
        self.error_label.clear()
        problem = self._input_problem()
        if problem:
            self.error_label.show_error(problem)
            return None
        job = ExportJob(self.release, self.targets())
        existing = job.existing()
        if existing and not self.confirm_overwrite(existing):
            self.status_label.setText(self.tr("Nothing was exported."))
            self.status_label.show()
            return None
        self.written = []
        self.results_group.clear()
        self.progress.setRange(0, len(job.targets) * 2)
        self.progress.setValue(0)
        self.progress.show()
        self.status_label.setText(self.tr("Preparing the document…"))
        self.status_label.show()
        self._job = job
        return job

    def run_export(self) -> bool:
        """Export on the GUI thread, processing events between steps; True when all was written."""
        job = self._begin()
        if job is None:
            return False
        self._set_running(True)
        try:
            for done, total, fmt, path in job.steps():
                self._on_step(done, total, fmt, path)
                QApplication.processEvents()
        except Exception as exc:  # every failure is shown in words
            self._on_failed(exc)
            return False
        finally:
            self._set_running(False)
        self._on_succeeded()
        return True

    def start_export(self) -> None:
        """Export on a worker thread (the Export button)."""
        job = self._begin()
        if job is None:
            return
        self._thread = ExportThread(job, self)
        self._thread.progressed.connect(self._on_step)
        self._thread.failed.connect(self._on_failed)
        self._thread.succeeded.connect(self._on_succeeded)
        self._thread.finished.connect(self._thread_done)
        self._set_running(True)
        self._thread.start()

    def _thread_done(self) -> None:
        if self._thread is not None:
            self._thread.deleteLater()
        self._thread = None
        self._set_running(False)

    def _on_step(self, done: int, total: int, fmt: str, path: Path | None) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if path is None:
            self.status_label.setText(fill(self.tr("Created the %1 version."), format_spec(fmt).label))
        else:
            self.status_label.setText(fill(self.tr("Saved “%1”."), path.name))

    def _on_failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.status_label.hide()
        self.error_label.show_error(describe_error(exc, self.folder()))

    def _on_succeeded(self) -> None:
        job = self._job
        assert job is not None
        self.written = list(job.written)
        self.progress.setValue(self.progress.maximum())
        self.progress.hide()
        folder = str(self.written[0].parent) if self.written else ""
        self.status_label.setText(fill(self.tr("Done. The files are in “%1”."), folder))
        if job.warnings:
            self.error_label.show_note("\n".join(job.warnings))
        self.results_group.show_files(self.written)
        self._remember()

    def _remember(self) -> None:
        settings = load_settings()
        folder = self.folder()
        settings.export_folder = str(folder) if folder else ""
        settings.export_formats = self.selected_formats()
        with contextlib.suppress(OSError):  # forgetting a folder must not spoil a good export
            save_settings(settings)

    # --- after exporting --------------------------------------------------------------------
    def _current_path(self) -> Path | None:
        path = self.results_group.current_path()
        return path or (self.written[0] if self.written else None)

    def open_file(self, *_: object) -> None:
        path = self._current_path()
        if path is not None:
            open_url(path)

    def show_in_folder(self) -> None:
        path = self._current_path()
        open_url(path.parent if path is not None else self.folder() or documents_dir())

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a Folder"),
                                                  self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(chosen)

    def reject(self) -> None:
        if self._thread is not None:  # never leave a half-finished export behind
            return
        super().reject()
