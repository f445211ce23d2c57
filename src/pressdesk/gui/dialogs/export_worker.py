"""The export dialog's work, apart from its widgets: checking the inputs and running the pipeline.

``ExportJob`` is plain Python (no Qt), so the dialog can run it on the GUI thread for tests
(``run_export``) or on an ``ExportThread`` so typing and the progress bar never freeze.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from pressdesk.model.release import Release

# Characters no file name may hold on Windows, macOS or Linux (plus control characters).
_BAD_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
             *(f"lpt{i}" for i in range(1, 10))}


def stem_problem(stem: str) -> str:
    """Why a file name stem cannot be used ("" when it can): 'empty', 'chars', 'reserved'."""
    stem = stem.strip()
    if not stem or stem in {".", ".."}:
        return "empty"
    if _BAD_NAME.search(stem):
        return "chars"
    if stem.lower() in _RESERVED or stem.endswith("."):
        return "reserved"
    return ""


@dataclass
class ExportJob:
    """One export: a release, the formats and where each file goes."""

    release: Release
    targets: dict[str, Path]
    written: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def existing(self) -> list[Path]:
        return [p for p in self.targets.values() if p.exists()]

    def steps(self) -> Iterator[tuple[int, int, str, Path | None]]:
        """Run the pipeline, yielding (done, total, format, path written or None)."""
        from pressdesk.pipeline import export_steps, prepare
        from pressdesk.settings import shared_template_folders

        prepared = prepare(self.release, shared=shared_template_folders())
        self.warnings = list(prepared.warnings)
        formats = list(self.targets)
        for step in export_steps(prepared, self.targets):
            if step.path is not None:
                self.written.append(step.path)
                fmt = formats[step.done - len(formats) - 1]
            else:
                fmt = formats[step.done - 1]
            yield step.done, step.total, fmt, step.path


class ExportThread(QThread):
    """Runs an ExportJob off the GUI thread; the signals arrive on the GUI thread."""

    progressed = Signal(int, int, str, object)  # done, total, format, Path | None
    failed = Signal(object)  # the exception, put into words by the dialog
    succeeded = Signal()

    def __init__(self, job: ExportJob, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.job = job

    def run(self) -> None:
        try:
            for done, total, fmt, path in self.job.steps():
                self.progressed.emit(done, total, fmt, path)
        except Exception as exc:  # every failure is reported in words, never raised
            self.failed.emit(exc)
            return
        self.succeeded.emit()
